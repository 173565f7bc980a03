package parley.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import parley.pipeline.PairModel;
import parley.pipeline.StanceConfidence;
import parley.types.TagValues;

/**
 * Trains the learned stance model ({@link PairModel}) with LIBLINEAR's L2-regularised logistic regression, and
 * measures it first: for each group of documents (a proxy round), a model trained on the other groups suggests
 * stances in that group's candidates that no rule stance covers, and its hits and misses there give the precision
 * and recall that the shipped model claims.
 */
public final class StanceModelTrainer {

    /** A candidate of {@code StancePairs} with its gold label (SUPPORT, OPPOSE or NONE). */
    public record Example(String group, List<String> features, String label, boolean stated) {
    }

    /** Per held-out group: its gold stances, and the model's additions there that were right and wrong. */
    public record Fold(String group, int gold, int right, int wrong) {
    }

    static final List<String> LABELS = List.of(PairModel.NONE, TagValues.SUPPORT, TagValues.OPPOSE);

    private final double cost;
    private final double threshold;

    public StanceModelTrainer(double cost, double threshold) {
        this.cost = cost;
        this.threshold = threshold;
    }

    /** Held-out measure per group; {@code goldPerGroup}: how many gold stances each group has. */
    public List<Fold> crossValidate(List<Example> examples, Map<String, Integer> goldPerGroup) {
        List<Fold> folds = new ArrayList<>();
        for (String group : new TreeSet<>(goldPerGroup.keySet())) {
            List<Example> train = examples.stream().filter(e -> !e.group().equals(group)).toList();
            PairModel model = train(train, 0, null);
            int right = 0;
            int wrong = 0;
            for (Example e : examples) {
                if (e.group().equals(group) && !e.stated()) {
                    PairModel.Reading r = model.reading(e.features());
                    if (model.suggests(r)) {
                        if (r.label().equals(e.label())) {
                            right++;
                        } else {
                            wrong++;
                        }
                    }
                }
            }
            folds.add(new Fold(group, goldPerGroup.get(group), right, wrong));
        }
        return folds;
    }

    /** The model trained on all examples, claiming the precision the folds measured. */
    public PairModel train(List<Example> examples, List<Fold> folds) {
        int right = folds.stream().mapToInt(Fold::right).sum();
        int wrong = folds.stream().mapToInt(Fold::wrong).sum();
        // smoothed as the rules' confidence is, so that few additions do not claim 1.0
        double precision = StanceConfidence.smoothed(right, wrong);
        ObjectNode measured = JsonNodeFactory.instance.objectNode();
        measured.put("cost", cost);
        ObjectNode perGroup = measured.putObject("heldOutGroups");
        for (Fold f : folds) {
            ObjectNode g = perGroup.putObject(f.group());
            g.put("goldStances", f.gold());
            g.put("right", f.right());
            g.put("wrong", f.wrong());
        }
        measured.put("recallAdded", round(right / (double) Math.max(1, folds.stream().mapToInt(Fold::gold).sum())));
        return train(examples, precision, measured);
    }

    private PairModel train(List<Example> examples, double precision, ObjectNode measured) {
        Map<String, Integer> index = new HashMap<>();
        for (Example e : examples) {
            for (String f : e.features()) {
                index.computeIfAbsent(f, x -> index.size() + 1);
            }
        }
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = index.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            TreeMap<Integer, Double> row = new TreeMap<>();
            e.features().forEach(f -> row.put(index.get(f), 1.0));
            Feature[] x = new Feature[row.size() + 1];
            int k = 0;
            for (Map.Entry<Integer, Double> c : row.entrySet()) {
                x[k++] = new FeatureNode(c.getKey(), c.getValue());
            }
            x[k] = new FeatureNode(problem.n, problem.bias);
            problem.x[i] = x;
            problem.y[i] = LABELS.indexOf(e.label());
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model m = Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, 0.001));
        int[] order = m.getLabels();
        int classes = m.getNrClass();
        double[] w = m.getFeatureWeights();
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            labels.add(LABELS.get(order[c]));
        }
        Map<String, double[]> weights = new LinkedHashMap<>();
        index.forEach((feature, i) -> weights.put(feature, column(w, i - 1, classes)));
        double[] bias = column(w, problem.n - 1, classes);
        return new PairModel(labels, bias, weights, threshold, precision, measured == null ? JsonNodeFactory.instance.objectNode() : measured);
    }

    private static double[] column(double[] w, int feature, int classes) {
        double[] out = new double[classes];
        for (int c = 0; c < classes; c++) {
            out[c] = w[feature * classes + c];
        }
        return out;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
