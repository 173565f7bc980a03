package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.cli.Cli;

/**
 * Quality gate of the pre-tagger on the development gold (shared/gold beside the repository):
 * ./parley tag then ./parley eval must reach the targets of the pipeline issue.
 */
class GoldScoreTest {

    @TempDir
    Path out;

    @Test
    void pretaggerMeetsTheTargetsOnTheDevelopmentGold() throws Exception {
        Path gold = Seeds.folder().getParent().resolveSibling("shared").resolve("gold");
        assumeTrue(Files.isDirectory(gold), "no shared/gold beside the repository");
        assertEquals(Cli.OK, run("tag", Seeds.folder().toString(), "--export", out.toString()));
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        int exit = Cli.run(new String[] {"eval", out.toString(), "--gold", gold.toString(), "--summary"},
                new PrintStream(report, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String text = report.toString(StandardCharsets.UTF_8);
        assertEquals(Cli.OK, exit, text);
        assertTrue(f1(text, "Actor") >= 0.90, text);
        assertTrue(f1(text, "Agreement") >= 0.85, text);
        assertTrue(f1(text, "Stance \\(strict\\)") >= 0.60, text);
    }

    private static double f1(String report, String type) {
        Matcher m = Pattern.compile("(?m)^" + type + "\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)").matcher(report);
        assertTrue(m.find(), "no row for " + type + " in\n" + report);
        return Double.parseDouble(m.group(3));
    }

    private static int run(String... args) {
        return Cli.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
