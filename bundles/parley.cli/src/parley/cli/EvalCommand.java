package parley.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import parley.eval.Evaluation;
import parley.eval.Scorer;
import parley.model.Catalogue;

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
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gold" -> gold = Path.of(Options.value(args, ++i, "--gold"));
                case "--catalogue" -> catalogueFile = Path.of(Options.value(args, ++i, "--catalogue"));
                case "--summary" -> listMisses = false;
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
        return result.missingDocuments().isEmpty() ? Cli.OK : Cli.INPUT_PROBLEM;
    }

    private void row(String name, Scorer.Counts c) {
        out.printf(Locale.ROOT, "%-17s %6.3f %6.3f %6.3f %5d %4d %4d%n", name, c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn());
    }
}
