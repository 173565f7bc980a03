package parley.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The learned stance model: a logistic regression per polarity (one against the rest, as LIBLINEAR trains it) over
 * the features of {@link StancePairs}, with the threshold it is applied at and the precision it was measured to have
 * there on documents it was not trained on. {@code ./parley train-stances} writes it to {@code lexicon/stance-pairs.json}.
 */
public final class PairModel {

    static final String RESOURCE = "/lexicon/stance-pairs.json";

    /** What the model found: a polarity (SUPPORT, OPPOSE) or {@link #NONE}, and its probability. */
    public record Reading(String label, double probability) {
    }

    public static final String NONE = "NONE";

    private final List<String> labels;
    private final double[] bias;
    private final Map<String, double[]> weights;
    private final double threshold;
    private final double precision;
    private final JsonNode measured;

    public PairModel(List<String> labels, double[] bias, Map<String, double[]> weights, double threshold, double precision,
            JsonNode measured) {
        this.labels = List.copyOf(labels);
        this.bias = bias.clone();
        this.weights = weights;
        this.threshold = threshold;
        this.precision = precision;
        this.measured = measured;
    }

    /** The shipped model, read once for every engine (it is immutable), or null if the bundle carries none. */
    public static PairModel shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {

        static final PairModel MODEL = load();

        private static PairModel load() {
            try (InputStream in = PairModel.class.getResourceAsStream(RESOURCE)) {
                return in == null ? null : read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(RESOURCE + " cannot be read: " + e.getMessage(), e);
            }
        }
    }

    public static PairModel read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        List<String> labels = new ArrayList<>();
        root.path("labels").forEach(n -> labels.add(n.asText()));
        double[] bias = doubles(root.path("bias"));
        Map<String, double[]> weights = new LinkedHashMap<>();
        root.path("weights").properties().forEach(e -> weights.put(e.getKey(), doubles(e.getValue())));
        if (labels.isEmpty() || bias.length != labels.size()) {
            throw new IOException("a stance model needs its labels and one bias per label");
        }
        for (Map.Entry<String, double[]> e : weights.entrySet()) {
            if (e.getValue().length != labels.size()) {
                throw new IOException("feature " + e.getKey() + " has " + e.getValue().length + " weights for " + labels.size() + " labels");
            }
        }
        return new PairModel(labels, bias, weights, root.path("threshold").asDouble(1.0), root.path("precision").asDouble(0), root.path("measured"));
    }

    public void write(OutputStream out) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("about", "Parley's learned stance model: logistic regressions over the features of StancePairs, trained by"
                + " './parley train-stances' on the proxy gold (releng/proxy-gold); 'precision' and 'recall' are those of its"
                + " additions at 'threshold' on documents it was not trained on. Generated: do not edit.");
        root.put("threshold", threshold);
        root.put("precision", precision);
        root.set("measured", measured);
        ArrayNode l = root.putArray("labels");
        labels.forEach(l::add);
        ArrayNode b = root.putArray("bias");
        for (double x : bias) {
            b.add(round(x));
        }
        ObjectNode w = root.putObject("weights");
        weights.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ArrayNode a = w.putArray(e.getKey());
            for (double x : e.getValue()) {
                a.add(round(x));
            }
        });
        mapper.writeValue(out, root);
    }

    /** The most probable polarity of a candidate and its probability, the probabilities normalised as LIBLINEAR does. */
    public Reading reading(List<String> features) {
        double[] score = bias.clone();
        for (String f : features) {
            double[] w = weights.get(f);
            if (w != null) {
                for (int i = 0; i < score.length; i++) {
                    score[i] += w[i];
                }
            }
        }
        double sum = 0;
        for (int i = 0; i < score.length; i++) {
            score[i] = 1 / (1 + Math.exp(-score[i]));
            sum += score[i];
        }
        int best = 0;
        for (int i = 1; i < score.length; i++) {
            if (score[i] > score[best]) {
                best = i;
            }
        }
        return new Reading(labels.get(best), score[best] / sum);
    }

    /** A reading worth suggesting: a polarity, at or above the threshold. */
    public boolean suggests(Reading r) {
        return !NONE.equals(r.label()) && r.probability() >= threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** The precision of the model's suggestions measured on documents it was not trained on: their confidence. */
    public double precision() {
        return precision;
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    private static double round(double x) {
        return Math.round(x * 1e6) / 1e6;
    }
}
