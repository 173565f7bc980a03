package parley.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import parley.pipeline.ActorTagger;
import parley.pipeline.AgreementTagger;
import parley.pipeline.DocumentMetadataAnnotator;
import parley.pipeline.LearnedStances;
import parley.pipeline.PairModel;
import parley.pipeline.Pipeline;
import parley.pipeline.Segmenter;
import parley.pipeline.StancePairs;
import parley.store.DocumentImport;
import parley.type.Actor;
import parley.type.Sentence;
import parley.type.Stance;
import parley.types.TagValues;

/** The learned stance model on short sentences written for this test, with a model whose weights the test sets. */
class LearnedStancesTest {

    private static AnalysisEngine mentions;

    /** "armed" between two mentions reads SUPPORT, "shelled" reads OPPOSE; anything else reads nothing. */
    private static PairModel model() {
        Map<String, double[]> w = new LinkedHashMap<>();
        w.put("B:armed", new double[] {-4, 6, -4});
        w.put("B:shelle", new double[] {-4, -4, 6});
        return new PairModel(List.of(PairModel.NONE, "SUPPORT", "OPPOSE"), new double[] {2, -3, -3}, w, 0.5, 0.8,
                JsonNodeFactory.instance.objectNode());
    }

    /** Actors and agreements tagged, no rule stance: what the learned model sees when the rules found nothing. */
    private static JCas mentions(String text) throws Exception {
        if (mentions == null) {
            mentions = Pipeline.create(List.of(DocumentMetadataAnnotator.class, Segmenter.class, ActorTagger.class, AgreementTagger.class), null);
        }
        JCas jcas = mentions.newJCas();
        DocumentImport.fromText("test.txt", text, jcas);
        mentions.process(jcas);
        return jcas;
    }

    private static List<String> stances(JCas jcas) {
        return jcas.getAnnotationIndex(Stance.class).select().asList().stream()
                .map(s -> s.getHolder().getActorId() + " " + s.getPolarity() + " " + ((Actor) s.getTarget()).getActorId()).sorted().toList();
    }

    @Test
    void suggestsWhatTheModelReadsWithTheMeasuredPrecisionAsConfidence() throws Exception {
        JCas jcas = mentions("Iran armed Hezbollah. Israel shelled Hezbollah. Iran met Hezbollah.");
        LearnedStances.tag(jcas, model());
        assertEquals(List.of("IRN SUPPORT HEZBOLLAH", "ISR OPPOSE HEZBOLLAH"), stances(jcas));
        for (Stance s : jcas.getAnnotationIndex(Stance.class)) {
            assertEquals(0.8, s.getConfidence(), 1e-9);
            assertTrue(s.getOrigin().startsWith(LearnedStances.ORIGIN + "/pair/"), s.getOrigin());
            assertEquals(TagValues.SUGGESTED, s.getStatus());
            assertTrue(s.getCoveredText().endsWith("."), "the evidence is the sentence: " + s.getCoveredText());
        }
    }

    @Test
    void aMutualRelationIsOneStance() throws Exception {
        // the words between the two are the same both ways round: only one direction is suggested
        JCas jcas = mentions("Turkey shelled the YPG.");
        LearnedStances.tag(jcas, model());
        assertEquals(List.of("TUR OPPOSE YPG"), stances(jcas));
    }

    @Test
    void neverAddsToAPairAStanceOfTheSentenceAlreadyJoinsEvenARejectedOneOrTheOtherWayRound() throws Exception {
        JCas jcas = mentions("Iran armed Hezbollah. Russia armed the regime.");
        List<Actor> actors = jcas.getAnnotationIndex(Actor.class).select().asList();
        List<Sentence> sentences = jcas.getAnnotationIndex(Sentence.class).select().asList();
        decided(jcas, sentences.get(0), actors.get(0), actors.get(1), "OPPOSE", TagValues.REJECTED);
        decided(jcas, sentences.get(1), actors.get(3), actors.get(2), "SUPPORT", TagValues.ACCEPTED);
        LearnedStances.tag(jcas, model());
        assertEquals(List.of("IRN OPPOSE HEZBOLLAH", "SYR_GOV SUPPORT RUS"), stances(jcas));
    }

    private static void decided(JCas jcas, Sentence s, Actor holder, Actor target, String polarity, String status) {
        Stance stance = new Stance(jcas, s.getBegin(), s.getEnd());
        stance.setHolder(holder);
        stance.setTarget(target);
        stance.setPolarity(polarity);
        stance.setStatus(status);
        stance.addToIndexes();
    }

    @Test
    void candidatesAreTheClosestMentionsOfEachPairOfIdsWithTheirWordsAndWhatTheRulesSaid() throws Exception {
        JCas jcas = mentions("Russia, an old ally, backed Russia’s partner the regime.");
        List<StancePairs.Candidate> candidates = StancePairs.of(jcas);
        StancePairs.Candidate c = candidates.stream().filter(x -> x.holderId().equals("RUS") && x.targetId().equals("SYR_GOV")).findFirst().orElseThrow();
        assertTrue(c.holder().getBegin() > 10, "the second Russia is the closer one");
        assertTrue(c.features().containsAll(List.of("B:partne", "order:holder-first", "target:actor", "stated:none", "pair:RUS>SYR_GOV")), c.features().toString());
        assertTrue(!c.features().contains("B:backed"), "words before the closer holder are not between: " + c.features());
        assertTrue(!c.stated());
    }

    @Test
    void theModelWritesAndReadsBackAndRefusesWeightsThatDoNotFitItsLabels() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model().write(out);
        PairModel back = PairModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(model().reading(List.of("B:armed")), back.reading(List.of("B:armed")));
        assertEquals(0.5, back.threshold());
        // with no feature known, the bias decides; the probabilities are normalised over the labels
        PairModel.Reading nothing = back.reading(List.of("B:unknown"));
        assertEquals(PairModel.NONE, nothing.label());
        assertTrue(nothing.probability() > 1 / 3.0 && nothing.probability() < 1);
        String bad = "{\"labels\":[\"NONE\",\"SUPPORT\"],\"bias\":[0,0],\"weights\":{\"B:x\":[1]}}";
        IOException e = assertThrows(IOException.class, () -> PairModel.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("B:x"), e.getMessage());
    }

    @Test
    void theShippedModelClaimsAPrecisionMeasuredOnRoundsItWasNotTrainedOnAboveTheBar() {
        PairModel shipped = PairModel.shipped();
        assertNotNull(shipped, "lexicon/stance-pairs.json (./parley train-stances writes it)");
        assertTrue(shipped.precision() >= 0.75, "held-out precision of the learned additions: " + shipped.precision());
        assertTrue(shipped.threshold() > 0.3 && shipped.threshold() < 1, "threshold " + shipped.threshold());
    }
}
