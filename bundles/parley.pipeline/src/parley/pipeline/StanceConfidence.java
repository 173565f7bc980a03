package parley.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A suggested stance's confidence: the precision its frame and polarity measured on the dev gold, read from
 * {@code lexicon/confidence.json}, which {@code ./parley calibrate} writes. A holder found through a pronoun is
 * its own row, whatever the frame. A frame the dev gold never exercised gets {@value #UNMEASURED}.
 */
public final class StanceConfidence {

    static final String RESOURCE = "/lexicon/confidence.json";
    static final double UNMEASURED = 0.5;

    private static final Map<String, Double> PRECISION = load();

    private StanceConfidence() {
    }

    /** The row a stance is counted in: "verb OPPOSE", "party SUPPORT", "pronoun SUPPORT". */
    public static String row(String frame, String polarity, boolean throughPronoun) {
        return (throughPronoun ? "pronoun" : frame) + " " + polarity;
    }

    /**
     * The row of a stance the pipeline made, from its origin ("parley.pipeline.StanceTagger/verb/attack", or without
     * the cue word), or null.
     */
    public static String rowOfOrigin(String origin, String polarity) {
        if (origin == null || !origin.startsWith(StanceTagger.ORIGIN + "/")) {
            return null;
        }
        String frame = origin.substring(StanceTagger.ORIGIN.length() + 1).split("/")[0];
        return frame.endsWith(PRONOUN) ? row("", polarity, true) : row(frame, polarity, false);
    }

    /** How an origin's frame says that the holder was found through a pronoun: "verb+pronoun". */
    static final String PRONOUN = "+pronoun";

    /**
     * Writes the table: per row its true and false positives on the dev gold and its precision, smoothed by
     * one success and one failure ((tp + 1) / (tp + fp + 2)) so that a frame seen twice does not claim 1.0.
     */
    public static void write(Map<String, int[]> tpFpByRow, OutputStream out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("about", "Written by ./parley calibrate: for each stance frame and polarity, the true and false positives of the"
                + " pipeline's suggestions on the dev gold, and the precision that becomes their confidence ((tp + 1) / (tp + fp + 2)).");
        ObjectNode rows = root.putObject("precision");
        new TreeMap<>(tpFpByRow).forEach((row, c) -> {
            ObjectNode r = rows.putObject(row);
            r.put("tp", c[0]);
            r.put("fp", c[1]);
            r.put("precision", Math.round(smoothed(c[0], c[1]) * 1000) / 1000.0);
        });
        mapper.writerWithDefaultPrettyPrinter().writeValue(out, root);
    }

    /** A precision smoothed by one success and one failure, (tp + 1) / (tp + fp + 2): a frame seen twice claims no 1.0. */
    public static double smoothed(int tp, int fp) {
        return (tp + 1.0) / (tp + fp + 2.0);
    }

    static double of(String frame, String polarity, boolean throughPronoun) {
        return PRECISION.getOrDefault(row(frame, polarity, throughPronoun), UNMEASURED);
    }

    private static Map<String, Double> load() {
        Map<String, Double> out = new HashMap<>();
        try (InputStream in = StanceConfidence.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return out; // not calibrated yet: every stance is unmeasured
            }
            JsonNode rows = new ObjectMapper().readTree(in).path("precision");
            rows.properties().forEach(e -> out.put(e.getKey(), e.getValue().path("precision").asDouble(UNMEASURED)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }
}
