package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.cli.Cli;

/**
 * The quality gate of the pre-tagger on the development gold kept in this fragment ({@code gold/}):
 * {@code ./parley tag} then {@code ./parley eval} must reach every threshold of
 * {@code gold/thresholds.properties}, a ratchet raised with each improvement.
 */
class GoldScoreTest {

    @TempDir
    Path out;

    static Path gold() {
        return Seeds.folder().resolveSibling("bundles").resolve("parley.cli.tests").resolve("gold");
    }

    @Test
    void pretaggerReachesTheRatchetOnTheDevelopmentGold() throws Exception {
        Path gold = gold();
        try (Stream<Path> files = Files.list(gold)) {
            assertEquals(4, files.filter(p -> p.toString().endsWith(".json")).count(), "gold documents in " + gold);
        }
        Properties thresholds = new Properties();
        try (InputStream in = Files.newInputStream(gold.resolve("thresholds.properties"))) {
            thresholds.load(in);
        }
        assertEquals(Cli.OK, run("tag", Seeds.folder().toString(), "--export", out.toString()));
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        int exit = Cli.run(new String[] {"eval", out.toString(), "--gold", gold.toString(), "--summary"},
                new PrintStream(report, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String text = report.toString(StandardCharsets.UTF_8);
        assertEquals(Cli.OK, exit, text);
        List<String> below = new ArrayList<>();
        String[][] rows = {{"actor", "Actor"}, {"agreement", "Agreement"}, {"stance", "Stance \\(strict\\)"}};
        String[] measures = {"precision", "recall", "f1"};
        for (String[] row : rows) {
            double[] scores = scores(text, row[1]);
            for (int m = 0; m < measures.length; m++) {
                String key = row[0] + "." + measures[m];
                String threshold = thresholds.getProperty(key);
                assertTrue(threshold != null, "no threshold " + key + " in thresholds.properties");
                if (scores[m] < Double.parseDouble(threshold)) {
                    below.add(key + " " + scores[m] + " < " + threshold);
                }
            }
        }
        assertTrue(below.isEmpty(), "below the ratchet: " + below + "\n" + text);
    }

    /**
     * A stance's confidence is its frame's measured precision: the table the pipeline ships is the one the
     * pipeline measures now on the dev gold ({@code ./parley calibrate} rewrites it after a change of the rules).
     */
    @Test
    void shippedStanceConfidenceIsTheMeasuredPrecision() throws Exception {
        assertEquals(Cli.OK, run("tag", Seeds.folder().toString(), "--export", out.resolve("export").toString()));
        Path measured = out.resolve("confidence.json");
        assertEquals(Cli.OK, run("eval", out.resolve("export").toString(), "--gold", gold().toString(), "--summary", "--write-confidence",
                measured.toString()));
        Path shipped = Seeds.folder().resolveSibling("bundles").resolve("parley.pipeline").resolve("lexicon").resolve("confidence.json");
        String now = Files.readString(measured);
        assertTrue(now.contains("\"tp\""), "the measured table has rows:\n" + now);
        assertEquals(now, Files.readString(shipped), "the stance rules changed since " + shipped + " was measured: run ./parley calibrate");
    }

    /** The gate measures what the codebook's annotators wrote: the copy here is shared/gold as it is now. */
    @Test
    void goldCopyIsTheSharedGold() throws IOException {
        Path shared = Seeds.folder().getParent().resolveSibling("shared").resolve("gold");
        if (!Files.isDirectory(shared)) {
            return; // a clone outside the project's layout: the copy is all there is
        }
        try (Stream<Path> files = Files.list(shared)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".json"))::iterator) {
                Path copy = gold().resolve(f.getFileName());
                assertTrue(Files.exists(copy), copy + " is missing: copy shared/gold into " + gold());
                assertEquals(Files.readString(f), Files.readString(copy), copy + " differs from " + f + ": copy it again");
            }
        }
    }

    private static double[] scores(String report, String type) {
        Matcher m = Pattern.compile("(?m)^" + type + "\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)").matcher(report);
        assertTrue(m.find(), "no row for " + type + " in\n" + report);
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))};
    }

    private static int run(String... args) {
        return Cli.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
