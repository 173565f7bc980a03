package parley.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import parley.store.ExportFolder;
import parley.store.XmiFiles;
import parley.types.ParleyTypeSystem;

/** Scores an exported corpus (a folder of XMI) against a folder of gold JSON files. */
public final class Evaluation {

    /** The report, and the gold documents for which no XMI was found (scored as all misses). */
    public record Result(Scorer.Report report, List<String> missingDocuments, int documents, Map<String, Scorer.Report> perDocument) {
    }

    private Evaluation() {
    }

    public static Result run(Path exportDir, Path goldDir, UnaryOperator<String> affiliation) throws IOException {
        if (!Files.isDirectory(exportDir)) {
            throw new IOException(exportDir + ": no such folder");
        }
        if (!Files.isDirectory(goldDir)) {
            throw new IOException(goldDir + ": no such folder");
        }
        List<AnnotatedDocument> gold = new ArrayList<>();
        Map<String, AnnotatedDocument> predicted = new HashMap<>();
        List<String> missing = new ArrayList<>();
        JCas jcas;
        try {
            jcas = ParleyTypeSystem.newJCas();
        } catch (ResourceInitializationException e) {
            throw new IOException("cannot create a CAS: " + e.getMessage(), e);
        }
        for (Path goldFile : GoldReader.goldFiles(goldDir)) {
            AnnotatedDocument head = GoldReader.read(goldFile, null);
            Path xmi = exportDir.resolve(ExportFolder.fileName(head.name(), ExportFolder.XMI_SUFFIX));
            if (!Files.isRegularFile(xmi)) {
                missing.add(head.name());
                gold.add(head);
                continue;
            }
            XmiFiles.read(xmi, jcas, true);
            gold.add(GoldReader.read(goldFile, jcas.getDocumentText()));
            predicted.put(head.name(), CasReader.read(head.name(), jcas.getCas()));
        }
        Map<String, Scorer.Report> perDocument = new java.util.TreeMap<>();
        for (AnnotatedDocument g : gold) {
            perDocument.put(g.name(), Scorer.score(List.of(g), predicted, affiliation));
        }
        return new Result(Scorer.score(gold, predicted, affiliation), missing, gold.size(), perDocument);
    }

}
