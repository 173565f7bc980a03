package parley.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;
import parley.type.Actor;
import parley.type.Stance;
import parley.types.ParleyTypeSystem;

/**
 * Projects made by Parley 0.1, whose type system declared status, category and polarity as string
 * subtypes, open unchanged now that they are plain strings; a value outside the allowed ones is refused
 * with the file and the value.
 */
class PreviousVersionProjectTest {

    @TempDir
    Path corpus;

    /** A corpus with the working XMI that Parley 0.1 wrote ({@code data/version-0.1}). */
    private Project previousVersionProject(String xmiReplace, String with) throws Exception {
        Path data = repository().resolve("bundles/parley.store.tests/data/version-0.1");
        Files.copy(data.resolve("report.txt"), corpus.resolve("report.txt"));
        Project project = Project.open(corpus);
        String xmi = Files.readString(data.resolve("report.xmi"));
        Files.writeString(project.casFile(project.corpus().documents().get(0)), xmiReplace == null ? xmi : xmi.replace(xmiReplace, with));
        return project;
    }

    static Path repository() {
        String repo = System.getProperty("parley.repo");
        for (Path p = repo != null ? Path.of(repo) : Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("bundles/parley.store.tests/data"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository from " + repo + " or " + Path.of("").toAbsolutePath());
    }

    @Test
    void aWorkingCasOfVersion01OpensWithEveryDecision() throws Exception {
        Project project = previousVersionProject(null, null);
        CorpusDocument doc = project.corpus().documents().get(0);
        JCas jcas = ParleyTypeSystem.newJCas();
        project.load(doc, jcas);
        List<String> actors = jcas.getAnnotationIndex(Actor.class).select()
                .map(a -> a.getActorId() + " " + a.getCategory() + " " + a.getStatus()).toList();
        assertEquals(List.of("RUS STATE SUGGESTED", "TUR STATE REJECTED", "SYR_GOV STATE SUGGESTED"), actors);
        List<String> stances = jcas.getAnnotationIndex(Stance.class).select()
                .map(s -> s.getHolder().getActorId() + " " + s.getPolarity() + " " + s.getStatus() + " " + s.getOrigin()).toList();
        assertTrue(stances.contains("RUS SUPPORT ACCEPTED analyst:tester"), stances.toString());

        project.save(doc, jcas); // written again in today's format, and read back the same
        JCas again = ParleyTypeSystem.newJCas();
        project.load(doc, again);
        assertEquals(actors, again.getAnnotationIndex(Actor.class).select()
                .map(a -> a.getActorId() + " " + a.getCategory() + " " + a.getStatus()).toList());
    }

    @Test
    void aValueOutsideTheAllowedOnesIsRefusedWithTheFileAndTheValue() throws Exception {
        Project project = previousVersionProject("polarity=\"SUPPORT\"", "polarity=\"MAYBE\"");
        CorpusDocument doc = project.corpus().documents().get(0);
        DocumentException e = assertThrows(DocumentException.class, () -> project.load(doc, ParleyTypeSystem.newJCas()));
        assertTrue(e.getMessage().contains("report.xmi") && e.getMessage().contains("polarity 'MAYBE'"), e.getMessage());
    }
}
