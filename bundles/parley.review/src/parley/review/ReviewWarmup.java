package parley.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import parley.annotation.Decisions;
import parley.annotation.TagChange;
import parley.store.CorpusDocument;
import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Sentence;
import parley.type.Stance;
import parley.types.ParleyTypeSystem;
import parley.types.TagValues;

/**
 * Runs what the review does once per row (its orders, a filter, a bulk decision and its undo) over a few thousand
 * made-up stances that belong to no project, so that the JVM has compiled it before an analyst's first sort or bulk
 * decision over a large corpus: run once, off the UI thread, when the workbench has started. Nothing of it is kept.
 */
public final class ReviewWarmup {

    private static final String SENTENCE = "Ankara backs the Sochi deal. ";
    private static final int STANCES = 4_000;
    private static final int ROUNDS = 3;

    private ReviewWarmup() {
    }

    /** Returns how many rows it decided in all (what the compiler saw run). */
    public static int run() throws ResourceInitializationException {
        JCas jcas = ParleyTypeSystem.newJCas();
        jcas.setDocumentText(SENTENCE.repeat(STANCES));
        for (int i = 0, at = 0; i < STANCES; i++, at += SENTENCE.length()) {
            new Sentence(jcas, at, at + SENTENCE.length() - 1).addToIndexes();
            Actor holder = new Actor(jcas, at, at + 6);
            holder.setActorId(i % 2 == 0 ? "TUR" : "RUS");
            Agreement target = new Agreement(jcas, at + 13, at + 27);
            target.setAgreementId("SOCHI_2018");
            Stance stance = new Stance(jcas, at, at + SENTENCE.length() - 1);
            stance.setHolder(holder);
            stance.setTarget(target);
            stance.setPolarity(i % 3 == 0 ? TagValues.OPPOSE : TagValues.SUPPORT);
            for (parley.type.Tag t : new parley.type.Tag[] {holder, target, stance}) {
                t.setStatus(TagValues.SUGGESTED);
                t.setConfidence(i % 100 / 100.0);
                t.setOrigin("warm-up");
                t.addToIndexes();
            }
        }
        ReviewCorpus corpus = ReviewCorpus.of(Map.of(new CorpusDocument("warm-up", Path.of("warm-up.txt"), SENTENCE.length() * STANCES), jcas));
        List<ReviewRow> rows = corpus.stances();
        List<RowOrder> orders = List.of(RowOrder.byText(ReviewRow::status), RowOrder.byText(ReviewRow::origin), RowOrder.byText(ReviewRow::holderId),
                RowOrder.byNumber(ReviewRow::confidence), RowOrder.byDocumentAndOffset(), RowOrder.byEvidence());
        RowFilter filter = RowFilter.ANY.withText("sochi").withHolder("TUR").withStatus(RowFilter.OPEN);
        int decided = 0;
        for (int round = 0; round < ROUNDS; round++) {
            orders.forEach(order -> order.keys(rows));
            List<ReviewRow> shown = rows.stream().filter(filter).toList();
            TagChange accept = Decisions.accept(shown, "analyst:warm-up");
            accept.execute(null, null);
            accept.undo(null, null);
            decided += shown.size();
        }
        corpus.close();
        return decided;
    }
}
