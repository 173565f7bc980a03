package parley.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.jcas.JCas;

/**
 * A corpus folder opened as a Parley project: the working CAS of each document lives as XMI in
 * {@code <corpus>/.parley/cas/}, next to a small {@code project.json}. The source text files are
 * only ever read.
 */
public final class Project {

    public static final String FOLDER = ".parley";
    static final String CAS_FOLDER = "cas";
    static final String PROJECT_FILE = "project.json";

    private final Corpus corpus;
    private final Path root;

    private Project(Corpus corpus, Path root) {
        this.corpus = corpus;
        this.root = root;
    }

    /** Opens the project of a corpus folder, creating it on first use. */
    public static Project open(Path corpusFolder) throws DocumentException {
        Corpus corpus = Corpus.open(corpusFolder);
        Path root = corpus.folder().resolve(FOLDER);
        try {
            Files.createDirectories(root.resolve(CAS_FOLDER));
        } catch (IOException e) {
            throw new DocumentException(root, "cannot create the project folder (" + e.getMessage() + ")", e);
        }
        Path projectFile = root.resolve(PROJECT_FILE);
        if (!Files.exists(projectFile)) {
            String json = "{\n  \"formatVersion\": 1,\n  \"corpus\": \"" + jsonEscape(corpus.folder().getFileName().toString()) + "\"\n}\n";
            AtomicFiles.write(projectFile, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
        }
        return new Project(corpus, root);
    }

    public Corpus corpus() {
        return corpus;
    }

    public Path root() {
        return root;
    }

    /** Where the working CAS of a document is kept. */
    public Path casFile(CorpusDocument document) throws DocumentException {
        return root.resolve(CAS_FOLDER).resolve(ExportFolder.xmiName(document.name()));
    }

    public boolean hasWorkingCas(CorpusDocument document) throws DocumentException {
        return Files.isRegularFile(casFile(document));
    }

    /**
     * Loads the document's working CAS, or its source text where it has none yet. A working CAS
     * whose text is no longer the source's is refused rather than shown with shifted annotations.
     */
    public void load(CorpusDocument document, JCas jcas) throws DocumentException {
        Path xmi = casFile(document);
        String source = SourceText.read(document.path());
        if (!Files.isRegularFile(xmi)) {
            jcas.reset();
            DocumentImport.fromText(document.name(), source, jcas);
            return;
        }
        XmiFiles.read(xmi, jcas);
        if (!source.equals(jcas.getDocumentText())) {
            jcas.reset();
            throw new DocumentException(xmi, "its text differs from the source " + document.path().getFileName()
                    + " (the source changed after it was annotated); the annotations were not loaded");
        }
    }

    /** Writes the document's working CAS atomically. */
    public void save(CorpusDocument document, JCas jcas) throws DocumentException {
        XmiFiles.write(casFile(document), jcas);
    }

    private static String jsonEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
