package parley.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.pipeline.ProjectTagger;
import parley.pipeline.Retagger;
import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;
import parley.store.TagCounts;

/** The runner behind Tag Corpus and ./parley tag <corpus>. */
class ProjectTaggerTest {

    @TempDir
    Path corpus;

    @Test
    void tagsDocumentsAddedAfterTheProjectWasOpenedAndNamesTheBadOnes() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Russia supports the Syrian government.");
        Project project = Project.open(corpus);
        Files.writeString(corpus.resolve("b.txt"), "Turkey condemned the Assad regime.");
        Files.write(corpus.resolve("c.txt"), new byte[] {'A', 'n', 'k', 'a', 'r', 'a', ' ', (byte) 0xE9, '.'}); // Latin-1

        Map<String, Integer> open = new TreeMap<>();
        Map<String, String> failed = new TreeMap<>();
        ProjectTagger.Summary summary = new ProjectTagger(project, 2).run(new ProjectTagger.Listener() {
            @Override
            public synchronized void tagged(CorpusDocument d, Retagger.Result result, TagCounts counts) {
                open.put(d.name(), counts.open());
            }

            @Override
            public synchronized void failed(CorpusDocument d, DocumentException problem) {
                failed.put(d.name(), problem.getMessage());
            }
        }, () -> false);

        assertEquals(2, summary.tagged());
        assertEquals(1, summary.failed());
        assertEquals(java.util.Set.of("a.txt", "b.txt"), open.keySet());
        assertTrue(open.values().stream().allMatch(n -> n >= 3), open.toString());
        assertTrue(failed.get("c.txt").contains("c.txt") && failed.get("c.txt").contains("UTF-8"), failed.toString());
        assertTrue(project.hasWorkingCas(project.corpus().documents().get(1)));
    }
}
