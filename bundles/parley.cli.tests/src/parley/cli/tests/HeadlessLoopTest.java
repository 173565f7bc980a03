package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * The analyst's loop without the workbench, on a copy of the seeds never opened anywhere:
 * {@code tag <corpus>} makes the project, {@code status} counts it, decisions survive a second
 * {@code tag}, and {@code export} writes what was reviewed and says what it left out.
 */
class HeadlessLoopTest {

    @TempDir
    Path corpus;
    @TempDir
    Path out;

    private String stdout = "";
    private String stderr = "";

    private int cli(String... args) {
        CliRun run = CliRun.of(args);
        stdout = run.out();
        stderr = run.err();
        return run.exit();
    }

    private void copySeeds() throws Exception {
        try (Stream<Path> seeds = Files.list(Seeds.folder())) {
            for (Path p : (Iterable<Path>) seeds.filter(p -> p.toString().endsWith(".txt"))::iterator) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
    }

    @Test
    void tagStatusDecideRetagExport() throws Exception {
        copySeeds();
        assertFalse(Files.exists(corpus.resolve(Project.FOLDER)));
        assertEquals(Cli.OK, cli("tag", corpus.toString()), stderr);
        long documents;
        try (Stream<Path> txt = Files.list(corpus)) {
            documents = txt.filter(p -> p.toString().endsWith(".txt")).count();
        }
        assertEquals(documents, stdout.lines().filter(l -> l.matches(".*\\.txt\\s+\\d+ open suggestions")).count(), stdout);
        try (Stream<Path> cas = Files.list(corpus.resolve(Project.FOLDER).resolve("cas"))) {
            assertEquals(documents, cas.filter(p -> p.toString().endsWith(".xmi")).count());
        }

        assertEquals(Cli.OK, cli("status", corpus.toString()), stderr);
        String firstDocument = stdout.lines().skip(1).findFirst().orElseThrow();
        assertTrue(firstDocument.matches("\\S+\\.txt(\\s+\\d+){15}"), "a row of 15 counts: " + firstDocument);

        // an analyst's decisions: one actor suggestion rejected, one stance accepted (its holder and target untouched)
        String rejectedAt;
        String acceptedStance;
        {
            Project project = Project.open(corpus);
            CorpusDocument d = project.corpus().documents().stream().filter(doc -> hasStance(project, doc)).findFirst().orElseThrow();
            JCas jcas = ParleyTypeSystem.newJCas();
            project.load(d, jcas);
            Stance stance = jcas.getAnnotationIndex(Stance.class).iterator().next();
            stance.setStatus("ACCEPTED");
            acceptedStance = d.name() + " " + stance.getBegin() + " " + stance.getHolder().getActorId();
            Actor other = jcas.getAnnotationIndex(Actor.class).select().filter(a -> a != stance.getHolder() && a != stance.getTarget())
                    .findFirst().orElseThrow();
            other.setStatus("REJECTED");
            rejectedAt = other.getBegin() + "-" + other.getEnd() + " " + other.getActorId();
            project.save(d, jcas);

            assertEquals(Cli.OK, cli("tag", corpus.toString()), stderr);
            project.load(d, jcas);
            List<Actor> there = jcas.getAnnotationIndex(Actor.class).select()
                    .filter(a -> (a.getBegin() + "-" + a.getEnd() + " " + a.getActorId()).equals(rejectedAt)).toList();
            assertEquals(1, there.size(), "the rejected actor stays, once, and is not suggested again");
            assertEquals("REJECTED", there.get(0).getStatus());
            assertEquals(1, jcas.getAnnotationIndex(Stance.class).select()
                    .filter(s -> "ACCEPTED".equals(s.getStatus()) && acceptedStance.equals(d.name() + " " + s.getBegin() + " " + s.getHolder().getActorId()))
                    .count(), "the accepted stance stays");
        }

        assertEquals(Cli.OK, cli("export", corpus.toString(), "--format", "csv", "--out", out.toString()), stderr);
        List<List<String>> rows = ProjectExportTest.parseCsv(Files.readString(out.resolve("stances.csv"), StandardCharsets.UTF_8));
        assertEquals(2, rows.size(), "the header and the accepted stance, with its holder and target: " + rows);
        assertEquals(acceptedStance.split(" ")[2], rows.get(1).get(3));
        assertTrue(stderr.matches("(?s).*left out \\d+ suggested stances.*"), "the export says what it left out: " + stderr);
    }

    private static boolean hasStance(Project project, CorpusDocument d) {
        try {
            JCas jcas = ParleyTypeSystem.newJCas();
            project.load(d, jcas);
            return !jcas.getAnnotationIndex(Stance.class).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }
}
