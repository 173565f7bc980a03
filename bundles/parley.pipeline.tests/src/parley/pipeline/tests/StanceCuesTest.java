package parley.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.pipeline.Pipeline;
import parley.pipeline.StanceCues;
import parley.store.DocumentException;
import parley.store.DocumentImport;
import parley.type.Actor;
import parley.type.Stance;

/** An analyst extends the stance lexicon of a project; its tagging runs use the added cue, others do not. */
class StanceCuesTest {

    @TempDir
    Path dir;

    private static List<String> stances(AnalysisEngine engine, String text) throws Exception {
        JCas jcas = engine.newJCas();
        DocumentImport.fromText("t.txt", text, jcas);
        engine.process(jcas);
        return jcas.getAnnotationIndex(Stance.class).select().asList().stream()
                .map(s -> ((Actor) s.getHolder()).getActorId() + " " + s.getPolarity() + " " + ((Actor) s.getTarget()).getActorId()).toList();
    }

    @Test
    void anAddedCueIsUsedByTheProjectsNextRun() throws Exception {
        Path additions = dir.resolve("lexicon.json");
        String sentence = "Turkey excoriated the Syrian government.";
        assertEquals(List.of(), stances(Pipeline.createFull(null, additions), sentence), "not a shipped cue");

        List<StanceCues.Group> groups = StanceCues.groups(additions);
        StanceCues.Group verbalConflict = groups.stream().filter(g -> g.words().contains("condemn")).findFirst().orElseThrow();
        StanceCues.add(additions, verbalConflict, " Excoriate ", true);

        List<StanceCues.Group> after = StanceCues.groups(additions);
        assertEquals(groups.size() + 1, after.size());
        StanceCues.Group added = after.get(after.size() - 1);
        assertTrue(added.added() && added.words().equals(List.of("excoriate")) && added.polarity().equals("OPPOSE"), added.toString());
        assertEquals(List.of("TUR OPPOSE SYR_GOV"), stances(Pipeline.createFull(null, additions), sentence));
        assertEquals(List.of(), stances(Pipeline.createFull(), sentence), "a project's cue stays in that project");
    }

    @Test
    void aCueIsOneWord() {
        StanceCues.Group any = assertDoesNotThrowGroups().get(0);
        DocumentException e = assertThrows(DocumentException.class, () -> StanceCues.add(dir.resolve("lexicon.json"), any, "stand by", true));
        assertTrue(e.getMessage().contains("one word"), e.getMessage());
    }

    @Test
    void aBrokenAdditionsFileIsNamedWhenTheEngineStarts() throws Exception {
        Path additions = dir.resolve("lexicon.json");
        Files.writeString(additions, "{\"cues\": [{\"polarity\": \"MAYBE\", \"verbs\": [\"x\"]}]}");
        ResourceInitializationException e = assertThrows(ResourceInitializationException.class, () -> Pipeline.createFull(null, additions));
        String message = messages(e);
        assertTrue(message.contains(additions.toString()) && message.contains("SUPPORT or OPPOSE"), message);
    }

    private List<StanceCues.Group> assertDoesNotThrowGroups() {
        try {
            return StanceCues.groups(null);
        } catch (DocumentException e) {
            throw new AssertionError(e);
        }
    }

    private static String messages(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            b.append(t.getMessage()).append(" | ");
        }
        return b.toString();
    }
}
