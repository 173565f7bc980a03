package parley.annotation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.annotation.Annotated;
import parley.annotation.Decisions;
import parley.annotation.WorkingDocument;
import parley.annotation.WorkingDocuments;
import parley.pipeline.ProjectTagger;
import parley.pipeline.Retagger;
import parley.review.ReviewCorpus;
import parley.review.ReviewRow;
import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;
import parley.store.TagCounts;
import parley.type.Actor;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.ParleyTypeSystem;

/** One working copy of each document, shared by the editor and the review, and merged into by Tag Corpus. */
class WorkingDocumentsTest {

    static final String TEXT = "Russia backed the Sochi memorandum.\n\nIran supports Hezbollah.\n\nTurkey opposed the regime.\n";

    @TempDir
    Path folder;

    @Test
    void aReviewDecisionBesideUnsavedEditsThenTagCorpusThenSaveKeepsEveryDecisionAndEverySuggestion() throws Exception {
        Project project = tagged();
        WorkingDocuments working = new WorkingDocuments(project, WorkingDocuments.OwnerThread.CALLER);
        ReviewCorpus review = ReviewCorpus.load(working);
        CorpusDocument a = doc(project, "a.txt");
        WorkingDocument editor = working.get(a);
        assertSame(editor.jcas(), review.jcas(a), "the editor and the review hold one copy");

        // in the editor, unsaved: the analyst deletes Iran's suggested stance and tags an actor of her own
        Stance iran = stance(editor.jcas(), "IRN");
        editor.execute(Decisions.delete(Annotated.of(editor, iran)));
        int regime = TEXT.indexOf("the regime");
        editor.execute(Decisions.createActor(editor, regime, regime + "the regime".length(), "SYR_GOV", "STATE", "analyst:amira"));
        assertTrue(editor.isDirty());
        assertTrue(review.stances().stream().noneMatch(r -> r.tag() == iran), "the review follows the editor's deletion at once");

        // in the review, meanwhile, on the same document: Russia's stance is rejected
        ReviewRow russia = review.stances().stream().filter(r -> r.document().equals(a) && "RUS".equals(r.holderId())).findFirst().orElseThrow();
        assertTrue(editor.execute(Decisions.reject(List.of(russia), "analyst:amira")), "not refused for the unsaved edits");
        assertEquals("REJECTED", stance(editor.jcas(), "RUS").getStatus(), "the editor's copy shows the review's decision");

        String onDiskBefore = Files.readString(project.casFile(a));
        new ProjectTagger(project, 2, working).run(quiet(), () -> false);

        assertTrue(editor.isDirty(), "the analyst's unsaved edits stay unsaved, merged with the new suggestions");
        assertEquals(onDiskBefore, Files.readString(project.casFile(a)), "nothing of an unsaved document was written behind the analyst");
        editor.save();

        JCas saved = load(project, a);
        assertEquals("REJECTED", stance(saved, "RUS").getStatus());
        assertEquals("analyst:amira", stance(saved, "RUS").getOrigin());
        assertTrue(saved.select(Actor.class).anyMatch(t -> "SYR_GOV".equals(t.getActorId()) && "MANUAL".equals(t.getStatus())
                && t.getBegin() == regime), "the analyst's own actor");
        assertEquals("SUGGESTED", stance(saved, "IRN").getStatus(), "the deleted suggestion is suggested again by the re-run");
        assertEquals(1, saved.select(Stance.class).filter(s -> "RUS".equals(s.getHolder().getActorId())).count(),
                "the rejected stance is not suggested beside itself");
        List<String> keys = new ArrayList<>();
        saved.select(Tag.class).forEach(t -> keys.add(t.getType().getShortName() + t.getBegin() + "-" + t.getEnd() + t.getStatus()));
        assertEquals(keys.stream().distinct().count(), keys.size(), "no tag twice: " + keys);
    }

    @Test
    void aDocumentWithoutUnsavedEditsIsStoredByTagCorpusAndTheReviewShowsTheNewSuggestions() throws Exception {
        Project project = tagged();
        WorkingDocuments working = new WorkingDocuments(project, WorkingDocuments.OwnerThread.CALLER);
        ReviewCorpus review = ReviewCorpus.load(working);
        CorpusDocument b = doc(project, "b.txt");
        WorkingDocument w = working.get(b);
        w.execute(Decisions.delete(Annotated.of(w, stance(w.jcas(), "IRN"))));
        w.save();
        int before = review.stances().size();
        List<Set<CorpusDocument>> told = new ArrayList<>();
        review.addListener(told::add);

        new ProjectTagger(project, 1, working).run(quiet(), () -> false);

        assertFalse(w.isDirty());
        assertEquals("SUGGESTED", stance(load(project, b), "IRN").getStatus(), "stored as a tagging run stores");
        assertEquals(before + 1, review.stances().size(), "the review's rows follow the merge");
        assertTrue(told.stream().anyMatch(s -> s.contains(b)), "the review's parts are told: " + told);
    }

    @Test
    void dontSaveBringsBackTheSavedStateForEveryViewAndUndoReachesTheReviewsDecisions() throws Exception {
        Project project = tagged();
        WorkingDocuments working = new WorkingDocuments(project, WorkingDocuments.OwnerThread.CALLER);
        ReviewCorpus review = ReviewCorpus.load(working);
        CorpusDocument a = doc(project, "a.txt");
        WorkingDocument w = working.get(a);
        ReviewRow russia = review.stances().stream().filter(r -> r.document().equals(a) && "RUS".equals(r.holderId())).findFirst().orElseThrow();
        int[] batches = {0};
        review.addListener(docs -> batches[0]++);

        review.batch(() -> w.execute(Decisions.accept(List.of(russia), "analyst:amira")));
        assertEquals(1, batches[0], "a decision over several tags is told once");
        assertEquals("ACCEPTED", russia.status());
        assertEquals("ACCEPTED", russia.holder().getStatus(), "accepting a stance confirms its suggested holder");
        assertTrue(w.undo(), "the document's undo reaches a decision made in the review");
        assertEquals("SUGGESTED", russia.status());
        assertTrue(w.redo());

        w.revert();

        assertFalse(w.isDirty());
        assertEquals("SUGGESTED", stance(w.jcas(), "RUS").getStatus(), "the decision was never saved");
        assertEquals("SUGGESTED", review.stances().stream().filter(r -> r.document().equals(a) && "RUS".equals(r.holderId()))
                .findFirst().orElseThrow().status(), "the review shows the saved state again");
        assertFalse(project.hasJournal(a));
    }

    private Project tagged() throws Exception {
        Files.writeString(folder.resolve("a.txt"), TEXT);
        Files.writeString(folder.resolve("b.txt"), TEXT);
        Project project = Project.open(folder);
        ProjectTagger.Summary summary = new ProjectTagger(project, 1).run(quiet(), () -> false);
        assertEquals(2, summary.tagged());
        for (String name : List.of("a.txt", "b.txt")) {
            JCas jcas = load(project, doc(project, name));
            for (String holder : List.of("RUS", "IRN")) {
                assertEquals("SUGGESTED", stance(jcas, holder).getStatus(), "the pipeline suggests " + holder + "'s stance in " + name);
            }
        }
        return project;
    }

    private static ProjectTagger.Listener quiet() {
        return new ProjectTagger.Listener() {
            @Override
            public void tagged(CorpusDocument document, Retagger.Result result, TagCounts counts) {
            }

            @Override
            public void failed(CorpusDocument document, DocumentException problem) {
                throw new AssertionError(problem.getMessage(), problem);
            }
        };
    }

    private static Stance stance(JCas jcas, String holder) {
        return jcas.select(Stance.class).filter(s -> holder.equals(s.getHolder().getActorId())).findFirst()
                .orElseThrow(() -> new AssertionError("no stance held by " + holder));
    }

    private static CorpusDocument doc(Project project, String name) {
        return project.corpus().documents().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private static JCas load(Project project, CorpusDocument d) throws Exception {
        JCas jcas = ParleyTypeSystem.newJCas();
        project.load(d, jcas);
        return jcas;
    }
}
