package parley.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.eclipse.core.commands.operations.DefaultOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.annotation.Decisions;
import parley.annotation.TagChange;
import parley.annotation.WorkingDocument;
import parley.review.ReviewCorpus;
import parley.review.ReviewRow;
import parley.review.RowFilter;
import parley.review.RowOrder;
import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;
import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Sentence;
import parley.type.Stance;
import parley.types.ParleyTypeSystem;

class ReviewCorpusTest {

    static final String A = "Ankara backs the Sochi deal. Moscow rejects the Sochi deal.";
    static final String B = "Tehran supports the regime.";

    @TempDir
    Path folder;

    /** A project with two tagged documents and one untagged; every stance SUGGESTED. */
    private Project project() throws Exception {
        Files.writeString(folder.resolve("a.txt"), A);
        Files.writeString(folder.resolve("b.txt"), B);
        Files.writeString(folder.resolve("c.txt"), "Not tagged yet.");
        Project project = Project.open(folder);
        JCas a = load(project, 0);
        sentence(a, 0, 28);
        sentence(a, 29, A.length());
        stance(a, actor(a, "Ankara", "TUR"), agreement(a, 0, "the Sochi deal"), "SUPPORT", 0, 28);
        stance(a, actor(a, "Moscow", "RUS"), agreement(a, 29, "the Sochi deal"), "OPPOSE", 29, A.length());
        project.save(doc(project, 0), a);
        JCas b = load(project, 1);
        sentence(b, 0, B.length());
        stance(b, actor(b, "Tehran", "IRN"), actor(b, "the regime", "SYR_GOV"), "SUPPORT", 0, B.length());
        project.save(doc(project, 1), b);
        return project;
    }

    @Test
    void everyStanceOfTheTaggedDocumentsIsARowWithItsEvidence() throws Exception {
        ReviewCorpus review = ReviewCorpus.load(project());

        assertEquals(3, review.stances().size());
        assertEquals(1, review.untagged());
        ReviewRow moscow = review.stances().get(1);
        assertEquals("RUS", moscow.holderId());
        assertEquals("SOCHI", moscow.targetId());
        assertEquals("OPPOSE", moscow.polarity());
        assertEquals("Moscow rejects the Sochi deal.", moscow.evidence());
        assertEquals(0, moscow.spanInEvidence(moscow.holder())[0]);
        assertEquals(6, review.tags().size(), "actors and agreements");
    }

    @Test
    void filtersCombineStatusHolderTargetPolarityDocumentAndText() throws Exception {
        List<ReviewRow> rows = ReviewCorpus.load(project()).stances();

        assertEquals(2, count(rows, RowFilter.ANY.withTarget("SOCHI")));
        assertEquals(1, count(rows, RowFilter.ANY.withTarget("SOCHI").withPolarity("OPPOSE")));
        assertEquals(1, count(rows, RowFilter.ANY.withDocument("b.txt")));
        assertEquals(1, count(rows, RowFilter.ANY.withText("tehran")));
        assertEquals(3, count(rows, RowFilter.ANY.withStatus(RowFilter.OPEN)));
        assertEquals(0, count(rows, RowFilter.ANY.withStatus(RowFilter.REVIEWED)));
        assertEquals(0, count(rows, RowFilter.ANY.withHolder("TUR").withPolarity("OPPOSE")));
    }

    @Test
    void bulkAcceptIsSavedWithTheAnalystAndUndoRestoresTheFiles() throws Exception {
        Project project = project();
        ReviewCorpus review = ReviewCorpus.load(project);
        IOperationHistory history = new DefaultOperationHistory();
        ObjectUndoContext context = new ObjectUndoContext(this);
        List<ReviewRow> sochi = review.stances().stream().filter(RowFilter.ANY.withTarget("SOCHI")).toList();

        TagChange accept = Decisions.accept(sochi, "analyst:amira");
        accept.addContext(context);
        history.execute(accept, null, null);
        save(accept);

        ReviewCorpus reread = ReviewCorpus.load(project);
        assertEquals(2, count(reread.stances(), RowFilter.ANY.withStatus("ACCEPTED")));
        assertTrue(reread.stances().stream().filter(r -> "ACCEPTED".equals(r.status())).allMatch(r -> "analyst:amira".equals(r.origin())
                && r.confidence() == 1.0));
        assertEquals("SUGGESTED", reread.stances().get(2).status(), "the other document is untouched");

        history.undo(context, null, null);
        save(accept);
        assertTrue(ReviewCorpus.load(project).stances().stream()
                .allMatch(r -> "SUGGESTED".equals(r.status()) && "StanceTagger".equals(r.origin()) && r.confidence() == 0.7),
                "undo wrote the suggestions back as they were");
        history.redo(context, null, null);
        save(accept);
        assertEquals(2, count(ReviewCorpus.load(project).stances(), RowFilter.ANY.withStatus("ACCEPTED")));
    }

    @Test
    void flipAndChangeHolderMarkTheStanceCorrected() throws Exception {
        ReviewCorpus review = ReviewCorpus.load(project());
        ReviewRow ankara = review.stances().get(0);

        Decisions.flipPolarity(ankara, "analyst:a").execute(null, null);
        assertEquals("OPPOSE", ankara.polarity());
        assertEquals("CORRECTED", ankara.status());

        Actor moscow = (Actor) review.candidates(ankara, true).stream().filter(t -> t.getCoveredText().equals("Moscow")).findFirst().orElseThrow();
        assertEquals("Ankara", review.candidates(ankara, true).get(0).getCoveredText(), "the evidence sentence's actors come first");
        TagChange change = Decisions.changeHolder(ankara, moscow, "analyst:a");
        change.execute(null, null);
        assertEquals("RUS", ankara.holderId());
        change.undo(null, null);
        assertEquals("TUR", ankara.holderId());
    }

    @Test
    void aDocumentWhoseWorkingCasIsBrokenIsNamedAndTheOthersStillLoad() throws Exception {
        Project project = project();
        Files.writeString(project.casFile(doc(project, 1)), "<xmi:XMI broken");

        ReviewCorpus review = ReviewCorpus.load(project);

        assertEquals(2, review.stances().size());
        assertEquals(1, review.problems().size());
        assertTrue(review.problems().get(0).contains("b.xmi"), review.problems().get(0));
    }

    @Test
    void acceptingAStanceAcceptsItsSuggestedHolderAndTarget() throws Exception {
        Project project = project();
        ReviewCorpus review = ReviewCorpus.load(project);
        ReviewRow ankara = review.stances().get(0);
        assertEquals("SUGGESTED", ankara.holder().getStatus());
        IOperationHistory history = new DefaultOperationHistory();
        ObjectUndoContext context = new ObjectUndoContext(this);

        TagChange accept = Decisions.accept(List.of(ankara), "analyst:amira");
        accept.addContext(context);
        history.execute(accept, null, null);
        save(accept);

        ReviewCorpus reread = ReviewCorpus.load(project);
        List<ReviewRow> arguments = reread.tags().stream().filter(r -> r.document().name().equals("a.txt") && r.tag().getEnd() <= 28).toList();
        assertEquals(2, arguments.size(), "Ankara and the Sochi deal of the first sentence");
        assertTrue(arguments.stream().allMatch(r -> "ACCEPTED".equals(r.status()) && "analyst:amira".equals(r.origin())),
                "holder and target accepted with the stance");
        assertEquals(2, reread.tags().stream().filter(r -> "ACCEPTED".equals(r.status())).count(), "nothing else accepted");
        history.undo(context, null, null);
        save(accept);
        assertTrue(ReviewCorpus.load(project).tags().stream().allMatch(r -> "SUGGESTED".equals(r.status())), "one undo takes it all back");
    }

    @Test
    void aDocumentThatTaggingCouldNotReadIsNamedWithItsProblemNotCountedAsUntagged() throws Exception {
        Project project = project();
        project.reportProblem(doc(project, 2), folder.resolve("c.txt") + ": is not valid UTF-8 text (invalid byte sequence at offset 4)");

        ReviewCorpus review = ReviewCorpus.load(project);

        assertEquals(0, review.untagged(), "Tag Corpus cannot fix it: it is not \u201cnot tagged yet\u201d");
        assertTrue(review.problems().stream().anyMatch(p -> p.contains("c.txt") && p.contains("UTF-8")), review.problems().toString());
    }

    @Test
    void rowsOrderedByEvidenceAreInTheOrderOfTheirTextIgnoringCase() throws Exception {
        // sentences that share their first characters, differ only in case, are shorter than four characters, or are one
        String[] sentences = {"Ankara backs HTS.", "ankara backs it.", "Ank.", "An.", "ANKARA BACKS HTS!", "Zed.", "Ankara backs HTS.", "Ankar"};
        JCas jcas = ParleyTypeSystem.newJCas();
        jcas.setDocumentText(String.join(" ", sentences));
        int at = 0;
        Actor turkey = null;
        for (String text : sentences) {
            sentence(jcas, at, at + text.length());
            Actor a = new Actor(jcas, at, at + 2);
            a.setActorId("TUR");
            a.addToIndexes();
            turkey = turkey == null ? a : turkey;
            stance(jcas, a, turkey, "SUPPORT", at, at + text.length());
            at += text.length() + 1;
        }
        List<ReviewRow> rows = new ArrayList<>(ReviewCorpus.of(java.util.Map.of(new CorpusDocument("a.txt", folder.resolve("a.txt"), 0), jcas)).stances());
        assertEquals(sentences.length, rows.size());
        List<String> byText = rows.stream().map(r -> r.evidence().toLowerCase(java.util.Locale.ROOT)).sorted().toList();
        long[] keys = RowOrder.byEvidence().keys(rows);
        assertEquals(keys[0], keys[6], "one text in two sentences");
        assertEquals(byText, RowOrder.byEvidence().sort(rows, false).stream().map(r -> r.evidence().toLowerCase(java.util.Locale.ROOT)).toList());
        List<String> backwards = new ArrayList<>(byText);
        java.util.Collections.reverse(backwards);
        assertEquals(backwards, RowOrder.byEvidence().sort(rows, true).stream().map(r -> r.evidence().toLowerCase(java.util.Locale.ROOT)).toList());
    }

    @Test
    void rowsOrderedByATextPutThoseWithoutOneFirstAndIgnoreCase() throws Exception {
        ReviewCorpus review = ReviewCorpus.load(project());
        List<ReviewRow> rows = java.util.stream.Stream.concat(review.tags().stream(), review.stances().stream()).toList();
        List<ReviewRow> byHolder = RowOrder.byText(ReviewRow::holderId).sort(rows, false);
        assertEquals(List.of("(none)", "(none)", "(none)", "(none)", "(none)", "(none)", "IRN", "RUS", "TUR"),
                byHolder.stream().map(r -> r.holderId() == null ? "(none)" : r.holderId()).toList());
        assertEquals(rows.subList(0, 6), byHolder.subList(0, 6), "rows equal in the order keep theirs");
        assertEquals(List.of("TUR", "RUS", "IRN"), RowOrder.byText(ReviewRow::holderId).sort(rows, true).subList(0, 3).stream()
                .map(ReviewRow::holderId).toList());
        long[] byCase = RowOrder.byText(r -> r.isStance() ? (r.holderId().equals("RUS") ? "b" : "B") : null).keys(rows);
        long[] stanceKeys = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).isStance()).mapToLong(i -> byCase[i]).distinct().toArray();
        assertEquals(1, stanceKeys.length, "'b' and 'B' are one text ignoring case");
    }

    @Test
    void rowsOrderedByNumberOrByDocumentFollowTheirValues() throws Exception {
        List<ReviewRow> stances = ReviewCorpus.load(project()).stances();
        double[] confidences = {0.5, -2.0, 0.0};
        for (int i = 0; i < stances.size(); i++) {
            stances.get(i).tag().setConfidence(confidences[i]);
        }
        assertEquals(List.of(-2.0, 0.0, 0.5), RowOrder.byNumber(ReviewRow::confidence).sort(stances, false).stream()
                .map(ReviewRow::confidence).toList());
        List<ReviewRow> reversed = new ArrayList<>(stances);
        java.util.Collections.reverse(reversed);
        assertEquals(List.of("a.txt@0", "a.txt@29", "b.txt@0"), RowOrder.byDocumentAndOffset().sort(reversed, false).stream()
                .map(r -> r.document().name() + "@" + r.tag().getBegin()).toList());
    }

    @Test
    void theWarmUpDecidesTheRowsItsFilterShows() throws Exception {
        // three rounds, each accepting the open stances of one of its two holders, then undoing that
        assertEquals(3 * 2_000, parley.review.ReviewWarmup.run());
    }

    private static void save(TagChange change) throws DocumentException {
        for (WorkingDocument w : change.documents()) {
            w.save();
        }
    }

    private static long count(List<ReviewRow> rows, RowFilter filter) {
        return rows.stream().filter(filter).count();
    }

    private static CorpusDocument doc(Project p, int i) {
        return p.corpus().documents().get(i);
    }

    private static JCas load(Project p, int i) throws Exception {
        JCas jcas = ParleyTypeSystem.newJCas();
        p.load(doc(p, i), jcas);
        return jcas;
    }

    private static void sentence(JCas jcas, int begin, int end) {
        new Sentence(jcas, begin, end).addToIndexes();
    }

    private static Actor actor(JCas jcas, String surface, String id) {
        int begin = jcas.getDocumentText().indexOf(surface);
        Actor a = new Actor(jcas, begin, begin + surface.length());
        a.setActorId(id);
        a.setStatus("SUGGESTED");
        a.setConfidence(0.9);
        a.setOrigin("ActorTagger");
        a.addToIndexes();
        return a;
    }

    private static Agreement agreement(JCas jcas, int from, String surface) {
        int begin = jcas.getDocumentText().indexOf(surface, from);
        Agreement g = new Agreement(jcas, begin, begin + surface.length());
        g.setAgreementId("SOCHI");
        g.setStatus("SUGGESTED");
        g.setConfidence(0.8);
        g.setOrigin("AgreementTagger");
        g.addToIndexes();
        return g;
    }

    private static void stance(JCas jcas, Actor holder, parley.type.Tag target, String polarity, int begin, int end) {
        Stance s = new Stance(jcas, begin, end);
        s.setHolder(holder);
        s.setTarget(target);
        s.setPolarity(polarity);
        s.setStatus("SUGGESTED");
        s.setConfidence(0.7);
        s.setOrigin("StanceTagger");
        s.addToIndexes();
    }
}
