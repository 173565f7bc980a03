package parley.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import parley.eval.AnnotatedDocument;
import parley.eval.GoldReader;
import parley.eval.StanceMention;
import parley.learn.StanceModelTrainer;
import parley.pipeline.PairModel;
import parley.pipeline.StancePairs;
import parley.store.AtomicFiles;
import parley.store.DocumentException;
import parley.store.ExportFolder;
import parley.store.XmiFiles;
import parley.types.ParleyTypeSystem;

/**
 * {@code parley train-stances <export dir> --gold <gold dir> --out <model file>}: trains the learned stance model on
 * an export the rules alone made (see {@code ./parley train-stances}) and its gold, after measuring it per group of
 * documents held out (a group: the letters a proxy document's name starts with, "h" of "h1_feature").
 */
final class TrainStancesCommand {

    private final PrintStream out;
    private final PrintStream err;

    TrainStancesCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Path export = null;
        Path gold = null;
        Path model = null;
        double cost = 0.3;
        double threshold = 0.55;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gold" -> gold = Path.of(Options.value(args, ++i, "--gold"));
                case "--out" -> model = Path.of(Options.value(args, ++i, "--out"));
                case "--cost" -> cost = number(Options.value(args, ++i, "--cost"), "--cost");
                case "--threshold" -> threshold = number(Options.value(args, ++i, "--threshold"), "--threshold");
                default -> {
                    if (args[i].startsWith("--") || export != null) {
                        throw new Cli.UsageException("unknown argument " + args[i]);
                    }
                    export = Path.of(args[i]);
                }
            }
        }
        if (export == null || gold == null || model == null) {
            throw new Cli.UsageException("name the export folder, --gold <dir> and --out <model file>");
        }
        List<StanceModelTrainer.Example> examples = new ArrayList<>();
        Map<String, Integer> goldPerGroup = new TreeMap<>();
        try {
            JCas jcas = ParleyTypeSystem.newJCas();
            for (Path goldFile : GoldReader.goldFiles(gold)) {
                AnnotatedDocument head = GoldReader.read(goldFile, null);
                Path xmi = export.resolve(ExportFolder.fileName(head.name(), ExportFolder.XMI_SUFFIX));
                if (!Files.isRegularFile(xmi)) {
                    err.println("parley train-stances: no XMI for " + head.name() + " in " + export);
                    return Cli.INPUT_PROBLEM;
                }
                XmiFiles.read(xmi, jcas, true);
                List<StanceMention> stances = GoldReader.read(goldFile, jcas.getDocumentText()).stances();
                String group = group(head.name());
                goldPerGroup.merge(group, (int) stances.stream().distinct().count(), Integer::sum);
                for (StancePairs.Candidate c : StancePairs.of(jcas)) {
                    examples.add(new StanceModelTrainer.Example(group, c.features(), label(c, stances), c.stated()));
                }
            }
        } catch (IOException | ResourceInitializationException e) {
            err.println("parley train-stances: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        }
        StanceModelTrainer trainer = new StanceModelTrainer(cost, threshold);
        List<StanceModelTrainer.Fold> folds = trainer.crossValidate(examples, goldPerGroup);
        out.println("held-out group   gold stances   added right   added wrong");
        for (StanceModelTrainer.Fold f : folds) {
            out.printf(Locale.ROOT, "%-14s %14d %13d %13d%n", f.group(), f.gold(), f.right(), f.wrong());
        }
        PairModel trained = trainer.train(examples, folds);
        try {
            AtomicFiles.write(model, trained::write);
        } catch (DocumentException e) {
            err.println("parley train-stances: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        }
        out.printf(Locale.ROOT, "Trained on %d candidates of %d groups; held-out precision of the additions %.3f; wrote %s%n",
                examples.size(), goldPerGroup.size(), trained.precision(), model);
        return Cli.OK;
    }

    /** A proxy round: the letters a document's name starts with ("h1_feature" is in "h"); else the name before "_". */
    static String group(String document) {
        int i = 0;
        while (i < document.length() && Character.isLetter(document.charAt(i))) {
            i++;
        }
        return i > 0 ? document.substring(0, i) : document.split("_")[0];
    }

    static String label(StancePairs.Candidate c, List<StanceMention> gold) {
        for (StanceMention s : gold) {
            if (s.begin() < c.sentence().getEnd() && s.end() > c.sentence().getBegin() && s.holder().equals(c.holderId())
                    && s.target().equals(c.targetId())) {
                return s.polarity();
            }
        }
        return PairModel.NONE;
    }

    private static double number(String value, String option) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new Cli.UsageException(option + " takes a number, not " + value);
        }
    }
}
