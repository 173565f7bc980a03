package parley.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.store.Corpus;
import parley.store.CorpusWatcher;
import parley.store.DocumentException;
import parley.store.Project;

/** A corpus follows its folder; a project folder is never taken for a corpus. */
class CorpusFolderTest {

    @TempDir
    Path corpus;

    @Test
    void aDocumentAddedToTheFolderIsReportedAndListed() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Ankara argues.");
        Project project = Project.open(corpus);
        AtomicInteger changes = new AtomicInteger();
        try (CorpusWatcher watcher = CorpusWatcher.watch(corpus, changes::incrementAndGet)) {
            Files.writeString(corpus.resolve(".hidden.txt"), "not a document");
            Files.writeString(corpus.resolve("notes.md"), "not a document");
            Files.writeString(corpus.resolve("b.txt"), "Moscow agrees.");
            long deadline = System.currentTimeMillis() + 20_000;
            while (changes.get() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20); // polling the observable fact, with a deadline
            }
            assertTrue(changes.get() > 0, "no change reported within 20 s of adding b.txt");
        }
        assertEquals(1, project.corpus().documents().size(), "the listing changes only when asked");
        assertEquals(java.util.List.of("a.txt", "b.txt"), project.rescan().documents().stream().map(d -> d.name()).toList());
    }

    @Test
    void theProjectFolderIsNotACorpus() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Ankara argues.");
        Project.open(corpus);
        DocumentException e = assertThrows(DocumentException.class, () -> Corpus.open(corpus.resolve(".parley")));
        assertTrue(e.getMessage().contains("project folder") && e.getMessage().contains(corpus.toString()), e.getMessage());
        assertThrows(DocumentException.class, () -> Corpus.open(corpus.resolve(".parley").resolve("cas")));
        assertEquals(corpus.toAbsolutePath().normalize(), Corpus.projectOwner(corpus.resolve(".parley/cas")));
    }
}
