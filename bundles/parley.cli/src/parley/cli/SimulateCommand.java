package parley.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import parley.eval.AnnotatedDocument;
import parley.eval.GoldReader;
import parley.learn.LearningSettings;

/**
 * {@code parley simulate <corpus> --gold <dir> [--order reverse|<name,name,...>] [--catalogue <file>]}: a simulated
 * analyst reviews the gold documents one by one, with learning off and on; per step, F1 per type and the share of
 * suggestions accepted unchanged.
 */
final class SimulateCommand {

    private final PrintStream out;
    private final PrintStream err;

    SimulateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        try {
            return simulate(args);
        } catch (Cli.UsageException e) {
            throw e;
        } catch (Exception e) {
            err.println("parley simulate: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        }
    }

    private int simulate(String[] args) throws Exception {
        Path corpus = null;
        Path gold = null;
        Path catalogue = null;
        String order = null;
        boolean rules = false;
        LearningSettings settings = LearningSettings.DEFAULT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gold" -> gold = Path.of(Options.value(args, ++i, "--gold"));
                case "--catalogue" -> catalogue = Path.of(Options.value(args, ++i, "--catalogue"));
                case "--order" -> order = Options.value(args, ++i, "--order");
                case "--rules" -> rules = true;
                case "--min-rejections" -> settings = new LearningSettings(settings.aliasMinDocuments(), settings.aliasMinShare(),
                        Integer.parseInt(Options.value(args, ++i, "--min-rejections")), settings.suppressMaxAcceptance(), settings.flipMinimum(),
                        settings.priorWeight());
                case "--alias-documents" -> settings = new LearningSettings(Integer.parseInt(Options.value(args, ++i, "--alias-documents")),
                        settings.aliasMinShare(), settings.suppressMinRejections(), settings.suppressMaxAcceptance(), settings.flipMinimum(),
                        settings.priorWeight());
                default -> {
                    if (args[i].startsWith("--") || corpus != null) {
                        throw new Cli.UsageException("unexpected argument " + args[i]);
                    }
                    corpus = Path.of(args[i]);
                }
            }
        }
        if (corpus == null || gold == null) {
            throw new Cli.UsageException("name the corpus (the gold documents' texts) and --gold <dir>");
        }
        List<AnnotatedDocument> documents = new ArrayList<>();
        for (Path g : GoldReader.goldFiles(gold)) {
            String name = GoldReader.read(g, null).name();
            Path text = corpus.resolve(name);
            if (!Files.isRegularFile(text)) {
                err.println("parley simulate: " + text + ": the gold's document is not in the corpus");
                return Cli.INPUT_PROBLEM;
            }
            documents.add(GoldReader.read(g, Files.readString(text)));
        }
        if (documents.isEmpty()) {
            err.println("parley simulate: " + gold + ": no gold files (*.json)");
            return Cli.INPUT_PROBLEM;
        }
        documents = ordered(documents, order);
        Simulation simulation = new Simulation(catalogue, settings, rules ? err : null);
        long start = System.nanoTime();
        List<Simulation.Step> off = simulation.run(documents, false);
        List<Simulation.Step> on = simulation.run(documents, true);
        out.print(Simulation.table(off, on));
        int suggested = on.stream().mapToInt(Simulation.Step::suggestions).sum();
        int accepted = on.stream().mapToInt(Simulation.Step::acceptedUnchanged).sum();
        out.printf(Locale.ROOT, "Accepted unchanged with learning: %d of %d suggestions (%.1f%%); both runs took %.1f s%n", accepted, suggested,
                suggested == 0 ? 0 : 100.0 * accepted / suggested, (System.nanoTime() - start) / 1e9);
        return Cli.OK;
    }

    private static List<AnnotatedDocument> ordered(List<AnnotatedDocument> documents, String order) {
        List<AnnotatedDocument> out = new ArrayList<>(documents);
        if (order == null) {
            return out;
        }
        if (order.equals("reverse")) {
            Collections.reverse(out);
            return out;
        }
        List<AnnotatedDocument> chosen = new ArrayList<>();
        for (String name : order.split(",")) {
            out.stream().filter(d -> d.name().startsWith(name.strip())).findFirst().ifPresent(chosen::add);
        }
        return chosen;
    }
}
