package parley.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;

import parley.eval.Evaluation;
import parley.eval.Scorer;
import parley.eval.StanceMention;
import parley.model.Catalogue;
import parley.pipeline.StanceConfidence;
import parley.store.AtomicFiles;
import parley.store.DocumentException;

/** {@code parley eval <export dir> --gold <gold dir>}: precision, recall and F1, and every miss with its context. */
final class EvalCommand {

    private final PrintStream out;
    private final PrintStream err;

    EvalCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Path export = null;
        Path gold = null;
        Path catalogueFile = null;
        boolean listMisses = true;
        boolean byFrame = false;
        Path confidenceFile = null;
        String onlyIn = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gold" -> gold = Path.of(Options.value(args, ++i, "--gold"));
                case "--catalogue" -> catalogueFile = Path.of(Options.value(args, ++i, "--catalogue"));
                case "--summary" -> listMisses = false;
                case "--by-frame" -> byFrame = true;
                case "--cues-only-in" -> onlyIn = Options.value(args, ++i, "--cues-only-in");
                case "--write-confidence" -> confidenceFile = Path.of(Options.value(args, ++i, "--write-confidence"));
                default -> {
                    if (args[i].startsWith("--") || export != null) {
                        throw new Cli.UsageException("unexpected argument " + args[i]);
                    }
                    export = Path.of(args[i]);
                }
            }
        }
        if (export == null || gold == null) {
            throw new Cli.UsageException("name the export folder and --gold <dir>");
        }
        Evaluation.Result result;
        try {
            Catalogue catalogue = Options.catalogue(catalogueFile);
            result = Evaluation.run(export, gold, catalogue::affiliationOf);
        } catch (IOException e) {
            err.println("parley eval: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        }
        for (String missing : result.missingDocuments()) {
            err.println("parley eval: no XMI for " + missing + " in " + export + "; all its gold counts as missed");
        }
        Scorer.Report r = result.report();
        if (onlyIn != null) {
            out.println(String.join(",", cuesOnlyIn(r, onlyIn)));
            return Cli.OK;
        }
        if (listMisses) {
            out.println("False positives (FP) and negatives (FN):");
            for (Scorer.Miss m : r.misses()) {
                out.printf("%s %-9s %s %d-%d %s | %s%n", m.kind(), m.type(), m.document(), m.begin(), m.end(), m.what(), m.context());
            }
            out.println();
        }
        out.printf("Scores over %d gold documents (micro-averaged):%n", result.documents());
        out.println("type               P      R      F1     TP   FP   FN");
        row("Actor", r.actors());
        row("Agreement", r.agreements());
        row("Stance (strict)", r.stances());
        row("Stance (lenient)", r.stancesLenient());
        out.println();
        out.println("Per document (F1):                  Actor  Agreement  Stance");
        result.perDocument().forEach((name, d) -> out.printf(Locale.ROOT, "%-34s %6.3f %10.3f %7.3f%n", name, d.actors().f1(),
                d.agreements().f1(), d.stances().f1()));
        Map<String, int[]> rows = new TreeMap<>();
        r.stancesByFrame().forEach((frame, c) -> {
            int space = frame.lastIndexOf(' ');
            String row = StanceConfidence.rowOfOrigin(frame.substring(0, space), frame.substring(space + 1));
            if (row != null) {
                int[] sum = rows.computeIfAbsent(row, x -> new int[2]);
                sum[0] += c.tp();
                sum[1] += c.fp();
            }
        });
        if (byFrame) {
            out.println();
            out.println("Stance suggestions by frame:        TP   FP   precision");
            rows.forEach((row, c) -> out.printf(Locale.ROOT, "%-34s %4d %4d %8.3f%n", row, c[0], c[1], c[0] / (double) Math.max(1, c[0] + c[1])));
        }
        if (confidenceFile != null) {
            try {
                AtomicFiles.write(confidenceFile, o -> StanceConfidence.write(rows, o));
            } catch (DocumentException e) {
                err.println("parley eval: " + e.getMessage());
                return Cli.INPUT_PROBLEM;
            }
            out.println("Wrote the stance confidence table to " + confidenceFile);
        }
        return result.missingDocuments().isEmpty() ? Cli.OK : Cli.INPUT_PROBLEM;
    }

    /**
     * The cue words whose correct suggestions all lie in one document: switched off, they show how much that
     * document's score owes to words no other document confirms (leave-one-document-out).
     */
    static List<String> cuesOnlyIn(Scorer.Report r, String document) {
        Map<String, Set<String>> documentsByCue = new TreeMap<>();
        for (StanceMention s : r.stancesMatched()) {
            if (s.origin() != null && s.origin().indexOf('/') < s.origin().lastIndexOf('/')) {
                documentsByCue.computeIfAbsent(s.origin().substring(s.origin().lastIndexOf('/') + 1), x -> new TreeSet<>()).add(s.document());
            }
        }
        List<String> out = new ArrayList<>();
        documentsByCue.forEach((cue, documents) -> {
            if (documents.size() == 1 && documents.iterator().next().startsWith(document)) {
                out.add(cue);
            }
        });
        return out;
    }

    private void row(String name, Scorer.Counts c) {
        out.printf(Locale.ROOT, "%-17s %6.3f %6.3f %6.3f %5d %4d %4d%n", name, c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn());
    }
}
