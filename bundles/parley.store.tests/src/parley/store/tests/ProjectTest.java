package parley.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;
import parley.type.Actor;
import parley.types.ParleyTypeSystem;

class ProjectTest {

    @TempDir
    Path corpus;

    @Test
    void workingCasIsStoredInTheProjectAndTheSourceIsUntouched() throws Exception {
        Path source = Files.writeString(corpus.resolve("a.txt"), "Moscow argues.");
        Project project = Project.open(corpus);
        CorpusDocument doc = project.corpus().documents().get(0);
        JCas jcas = ParleyTypeSystem.newJCas();
        project.load(doc, jcas);
        assertFalse(project.hasWorkingCas(doc));
        Actor a = new Actor(jcas, 0, 6);
        a.setActorId("RUS");
        a.setStatus("ACCEPTED");
        a.addToIndexes();
        project.save(doc, jcas);

        assertTrue(project.hasWorkingCas(doc));
        assertTrue(Files.exists(corpus.resolve(".parley/project.json")));
        assertEquals("Moscow argues.", Files.readString(source));
        JCas reloaded = ParleyTypeSystem.newJCas();
        Project.open(corpus).load(doc, reloaded);
        Actor back = reloaded.getAnnotationIndex(Actor.class).iterator().next();
        assertEquals("RUS", back.getActorId());
        assertEquals("ACCEPTED", back.getStatus());
        try (Stream<Path> files = Files.list(corpus.resolve(".parley/cas"))) {
            assertEquals(1, files.count(), "no temporary file may be left behind");
        }
    }

    @Test
    void workingCasWhoseTextNoLongerMatchesTheSourceIsRefused() throws Exception {
        Path source = Files.writeString(corpus.resolve("a.txt"), "Moscow argues.");
        Project project = Project.open(corpus);
        CorpusDocument doc = project.corpus().documents().get(0);
        JCas jcas = ParleyTypeSystem.newJCas();
        project.load(doc, jcas);
        project.save(doc, jcas);
        Files.writeString(source, "Ankara argues.");

        DocumentException e = assertThrows(DocumentException.class, () -> project.load(doc, ParleyTypeSystem.newJCas()));
        assertTrue(e.getMessage().contains("a.xmi") && e.getMessage().contains("differs from the source"), e.getMessage());
    }

    @Test
    void aProjectHeldByAnotherProcessOpensReadOnlyAndRefusesToWrite() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Moscow argues.");
        Files.createDirectories(corpus.resolve(".parley"));
        Path holder = Files.writeString(corpus.getParent().resolve("LockHolder" + System.nanoTime() + ".java"), """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class LockHolder {
                    public static void main(String[] a) throws Exception {
                        FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        c.lock();
                        System.out.println("locked");
                        System.out.flush();
                        System.in.read();
                    }
                }
                """);
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), holder.toString(),
                corpus.resolve(".parley/lock").toString()).redirectErrorStream(true).start();
        try {
            assertEquals("locked", new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream())).readLine());
            Project project = Project.open(corpus);
            assertTrue(project.isReadOnly(), "a second writer was let in");
            CorpusDocument doc = project.corpus().documents().get(0);
            JCas jcas = ParleyTypeSystem.newJCas();
            project.load(doc, jcas);
            DocumentException e = assertThrows(DocumentException.class, () -> project.save(doc, jcas));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            assertFalse(project.hasWorkingCas(doc));
        } finally {
            other.destroyForcibly().waitFor();
            Files.deleteIfExists(holder);
        }
    }

    @Test
    void malformedWorkingCasIsNamed() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Moscow argues.");
        Project project = Project.open(corpus);
        CorpusDocument doc = project.corpus().documents().get(0);
        Files.writeString(project.casFile(doc), "<xmi:XMI broken");

        DocumentException e = assertThrows(DocumentException.class, () -> project.load(doc, ParleyTypeSystem.newJCas()));
        assertTrue(e.getMessage().contains("a.xmi") && e.getMessage().contains("XMI"), e.getMessage());
    }
}
