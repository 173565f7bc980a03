package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.cli.Cli;
import parley.store.CorpusDocument;
import parley.store.Project;
import parley.type.Actor;
import parley.type.Stance;
import parley.types.ParleyTypeSystem;

/**
 * Every export loads in DKPro cassis, an independent UIMA implementation (shared/consumers): the pre-tagged
 * seeds, and a project with decisions exported as XMI (reviewed only, and with suggestions) and as JSON CAS.
 */
class CassisContractTest {

    @TempDir
    Path work;

    private String errors = "";

    private int cli(String... args) {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        errors = e.toString(StandardCharsets.UTF_8);
        return exit;
    }

    /** Runs a consumer script; returns its output, failing the test with it when the script fails. */
    static String python(Path script, String... args) throws IOException, InterruptedException {
        // Debian's interpreter, which has the python3-* packages cassis needs (another python3 may come first on the PATH)
        List<String> command = new ArrayList<>(List.of(Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3", script.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "cassis did not finish: " + command);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
        return out;
    }

    private static Path loadWithCassis() {
        return Seeds.shared().resolve("consumers").resolve("load-with-cassis");
    }

    @Test
    void pretaggedSeedsLoadInCassis() throws Exception {
        Path export = work.resolve("tagged");
        assertEquals(Cli.OK, cli("tag", Seeds.folder().toString(), "--export", export.toString()), errors);
        String out = python(loadWithCassis(), export.toString(), Seeds.folder().toString());
        assertTrue(out.contains("contract ok"), out);
        assertTrue(count(out, "Stance") > 0 && count(out, "Actor") > 100, out);
    }

    @Test
    void projectExportsWithDecisionsLoadInCassis() throws Exception {
        Path corpus = work.resolve("corpus");
        Files.createDirectories(corpus);
        try (Stream<Path> seeds = Files.list(Seeds.folder())) {
            for (Path p : (Iterable<Path>) seeds.filter(p -> p.toString().endsWith(".txt"))::iterator) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        assertEquals(Cli.OK, cli("tag", corpus.toString()), errors);
        Project project = Project.open(corpus);
        int accepted = 0;
        JCas jcas = ParleyTypeSystem.newJCas();
        for (CorpusDocument d : project.corpus().documents()) {
            project.load(d, jcas);
            Stance first = jcas.getAnnotationIndex(Stance.class).select().findFirst().orElse(null);
            if (first != null) {
                first.setStatus("ACCEPTED");
                first.getHolder().setStatus("ACCEPTED");
                accepted++;
            }
            jcas.getAnnotationIndex(Actor.class).select().skip(3).findFirst().ifPresent(a -> a.setStatus("REJECTED"));
            project.save(d, jcas);
        }
        assertTrue(accepted > 0);

        Path reviewed = work.resolve("reviewed");
        assertEquals(Cli.OK, cli("export", corpus.toString(), "--format", "xmi", "--out", reviewed.toString()), errors);
        String out = python(loadWithCassis(), reviewed.toString(), corpus.toString());
        assertTrue(out.contains("contract ok"), out);
        assertEquals(accepted, count(out, "Stance"), "the accepted stances, each with holder and target: " + out);

        Path all = work.resolve("all");
        assertEquals(Cli.OK, cli("export", corpus.toString(), "--format", "xmi", "--include-suggested", "--include-rejected",
                "--out", all.toString()), errors);
        out = python(loadWithCassis(), all.toString(), corpus.toString());
        assertTrue(out.contains("contract ok"), out);

        Path json = work.resolve("json");
        assertEquals(Cli.OK, cli("export", corpus.toString(), "--format", "json", "--include-suggested", "--out", json.toString()), errors);
        out = python(Seeds.e2e().resolve("cassis-load.py"), Seeds.shared().resolve("consumers").toString(), json.toString());
        assertTrue(out.contains("cassis loaded " + project.corpus().documents().size() + " of " + project.corpus().documents().size()), out);
        assertTrue(!out.contains("stances_whole=False"), out);
    }

    private static int count(String cassisOutput, String type) {
        Matcher m = Pattern.compile("\\b" + type + "=(\\d+)").matcher(cassisOutput);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
