package parley.eval.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import parley.eval.AnnotatedDocument;
import parley.eval.CasReader;
import parley.eval.Mention;
import parley.eval.Scorer;
import parley.eval.StanceMention;
import parley.type.Actor;
import parley.type.Stance;
import parley.types.ParleyTypeSystem;

class ScorerTest {

    private static AnnotatedDocument doc(List<Mention> actors, List<StanceMention> stances) {
        return new AnnotatedDocument("d.txt", "x".repeat(200), actors, List.of(), stances);
    }

    private static Mention m(int b, int e, String id) {
        return new Mention("d.txt", b, e, id, false);
    }

    private static Scorer.Report score(AnnotatedDocument gold, AnnotatedDocument predicted) {
        return Scorer.score(List.of(gold), Map.of("d.txt", predicted), id -> id.equals("PUTIN") ? "RUS" : id);
    }

    @Test
    void overlappingSpanWithTheSameIdMatches() {
        Scorer.Report r = score(doc(List.of(m(10, 16, "RUS")), List.of()), doc(List.of(m(14, 20, "RUS")), List.of()));
        assertEquals(new Scorer.Counts(1, 0, 0), r.actors());
    }

    @Test
    void eachGoldMentionMatchesOnePredictionOnly() {
        Scorer.Report r = score(doc(List.of(m(10, 16, "RUS")), List.of()), doc(List.of(m(10, 16, "RUS"), m(12, 16, "RUS")), List.of()));
        assertEquals(new Scorer.Counts(1, 1, 0), r.actors());
    }

    @Test
    void wrongIdIsAFalsePositiveAndAMiss() {
        Scorer.Report r = score(doc(List.of(m(10, 16, "RUS")), List.of()), doc(List.of(m(10, 16, "TUR")), List.of()));
        assertEquals(new Scorer.Counts(0, 1, 1), r.actors());
        assertEquals(2, r.misses().size());
    }

    @Test
    void optionalGoldCountsNeitherWay() {
        Mention optional = new Mention("d.txt", 10, 16, "SYR_GOV", true);
        assertEquals(new Scorer.Counts(0, 0, 0), score(doc(List.of(optional), List.of()), doc(List.of(m(10, 16, "SYR_GOV")), List.of())).actors());
        assertEquals(new Scorer.Counts(0, 0, 0), score(doc(List.of(optional), List.of()), doc(List.of(), List.of())).actors());
    }

    @Test
    void lenientStanceAcceptsAPersonForTheirState() {
        StanceMention gold = new StanceMention("d.txt", 0, 100, "RUS", "SUPPORT", "SYR_GOV");
        StanceMention predicted = new StanceMention("d.txt", 0, 100, "PUTIN", "SUPPORT", "SYR_GOV");
        Scorer.Report r = score(doc(List.of(), List.of(gold)), doc(List.of(), List.of(predicted)));
        assertEquals(new Scorer.Counts(0, 1, 1), r.stances());
        assertEquals(new Scorer.Counts(1, 0, 0), r.stancesLenient());
    }

    @Test
    void stanceNeedsTheSamePolarity() {
        StanceMention gold = new StanceMention("d.txt", 0, 100, "RUS", "SUPPORT", "SYR_GOV");
        StanceMention predicted = new StanceMention("d.txt", 50, 150, "RUS", "OPPOSE", "SYR_GOV");
        assertEquals(new Scorer.Counts(0, 1, 1), score(doc(List.of(), List.of(gold)), doc(List.of(), List.of(predicted))).stances());
    }

    @Test
    void rejectedAnnotationsAreLeftOut() throws Exception {
        JCas jcas = ParleyTypeSystem.newJCas();
        jcas.setDocumentText("Russia backs the regime.");
        Actor russia = new Actor(jcas, 0, 6);
        russia.setActorId("RUS");
        russia.setStatus("REJECTED");
        russia.addToIndexes();
        Actor regime = new Actor(jcas, 13, 23);
        regime.setActorId("SYR_GOV");
        regime.setStatus("ACCEPTED");
        regime.addToIndexes();
        Stance s = new Stance(jcas, 0, 24);
        s.setHolder(russia);
        s.setTarget(regime);
        s.setPolarity("SUPPORT");
        s.setStatus("REJECTED");
        s.addToIndexes();
        AnnotatedDocument read = CasReader.read("d.txt", jcas.getCas());
        assertEquals(List.of(new Mention("d.txt", 13, 23, "SYR_GOV", false)), read.actors());
        assertEquals(List.of(), read.stances());
    }
}
