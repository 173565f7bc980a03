package parley.learn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.learn.LearnedChoices;
import parley.learn.LearnedRule;
import parley.learn.ProjectLearning;
import parley.pipeline.HeldDocuments;
import parley.pipeline.ProjectTagger;
import parley.pipeline.Retagger;
import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;
import parley.store.TagCounts;
import parley.type.Actor;
import parley.types.ParleyTypeSystem;
import parley.types.TagValues;

/** Learning from a project's decisions, and Tag Corpus with what was kept; dismissing a rule brings its suggestions back. */
class ProjectLearningTest {

    @TempDir
    Path corpus;

    @Test
    void aKeptSuppressionStopsASuggestionInTheNextTagCorpusAndDismissingItBringsItBack() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Moscow said it would wait. Moscow agreed later.");
        Files.writeString(corpus.resolve("b.txt"), "Moscow denied it. Turkey insisted.");
        Files.writeString(corpus.resolve("c.txt"), "Moscow doubted it.");
        Project project = Project.open(corpus);
        tag(project, null);
        // the analysts reject every "Moscow" as an actor in documents a and b: three times
        int rejected = 0;
        for (String name : List.of("a.txt", "b.txt")) {
            rejected += rejectAll(project, doc(project, name), "Moscow");
        }
        assertTrue(rejected >= 3, "the pipeline suggested Moscow " + rejected + " times");
        assertTrue(moscowSuggested(project, "c.txt"), "before learning, c.txt has the suggestion");

        ProjectLearning learning = ProjectLearning.of(project);
        double shipped = confidenceOfMoscow(project, "c.txt");
        tag(project, learning);
        double learned = confidenceOfMoscow(project, "c.txt");
        assertTrue(learned < shipped - 0.2, "rejected three times in this project: " + shipped + " -> " + learned);
        LearnedRule rule = learning.rules().stream().filter(r -> r.kind() == LearnedRule.Kind.SUPPRESS && r.surface().equals("moscow"))
                .findFirst().orElseThrow(() -> new AssertionError(learning.rules().toString()));
        assertTrue(rule.evidence().stream().allMatch(t -> t.document().equals("a.txt") || t.document().equals("b.txt")));
        assertFalse(learning.inForce(rule), "not kept, not automatic: not applied");

        learning.accept(rule);
        assertTrue(LearnedChoices.read(project.root()).accepted().contains(rule.key()), "the choice is kept in the project");
        tag(project, ProjectLearning.of(project));
        assertFalse(moscowSuggested(project, "c.txt"), "a kept suppression: the next Tag Corpus does not suggest it");

        ProjectLearning again = ProjectLearning.of(project);
        LearnedRule same = again.rules().stream().filter(r -> r.key().equals(rule.key())).findFirst().orElseThrow();
        again.dismiss(same);
        tag(project, ProjectLearning.of(project));
        assertTrue(moscowSuggested(project, "c.txt"), "dismissed: the suggestion is back");
        assertEquals(0, countActors(project, "a.txt", "Moscow", TagValues.SUGGESTED), "what analysts rejected is never resurrected");
    }

    private static void tag(Project project, ProjectLearning learning) throws Exception {
        ProjectTagger tagger = learning == null ? new ProjectTagger(project, 1) : new ProjectTagger(project, 1, HeldDocuments.NONE, learning.refiner());
        ProjectTagger.Summary summary = tagger.run(new ProjectTagger.Listener() {
            @Override
            public void tagged(CorpusDocument document, Retagger.Result result, TagCounts counts) {
            }

            @Override
            public void failed(CorpusDocument document, DocumentException problem) {
                throw new AssertionError(problem.getMessage());
            }
        }, () -> false);
        assertEquals(3, summary.tagged());
    }

    private static CorpusDocument doc(Project project, String name) {
        return project.corpus().documents().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private static int rejectAll(Project project, CorpusDocument d, String text) throws Exception {
        JCas jcas = ParleyTypeSystem.newJCas();
        project.load(d, jcas);
        int n = 0;
        for (Actor a : jcas.getAnnotationIndex(Actor.class)) {
            if (a.getCoveredText().equals(text)) {
                a.setStatus(TagValues.REJECTED);
                a.setOrigin("analyst");
                n++;
            }
        }
        project.save(d, jcas);
        return n;
    }

    private static double confidenceOfMoscow(Project project, String name) throws Exception {
        JCas jcas = ParleyTypeSystem.newJCas();
        project.load(doc(project, name), jcas);
        for (Actor a : jcas.getAnnotationIndex(Actor.class)) {
            if (a.getCoveredText().equals("Moscow") && TagValues.SUGGESTED.equals(a.getStatus())) {
                return a.getConfidence();
            }
        }
        throw new AssertionError("no Moscow suggestion in " + name);
    }

    private static boolean moscowSuggested(Project project, String name) throws Exception {
        return countActors(project, name, "Moscow", TagValues.SUGGESTED) > 0;
    }

    private static int countActors(Project project, String name, String text, String status) throws Exception {
        JCas jcas = ParleyTypeSystem.newJCas();
        project.load(doc(project, name), jcas);
        int n = 0;
        for (Actor a : jcas.getAnnotationIndex(Actor.class)) {
            if (a.getCoveredText().equals(text) && status.equals(a.getStatus())) {
                n++;
            }
        }
        return n;
    }
}
