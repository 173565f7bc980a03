package parley.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import parley.pipeline.Pipeline;
import parley.pipeline.Retagger;
import parley.store.DocumentImport;
import parley.type.Actor;
import parley.type.Stance;
import parley.type.Tag;

/** A re-run of the pipeline never overrides an analyst's decision. */
class RetaggerTest {

    private static final String TEXT = "Russia supports the Syrian government. Turkey condemned the Assad regime.";

    private static JCas tagged(AnalysisEngine engine) throws Exception {
        JCas jcas = engine.newJCas();
        DocumentImport.fromText("doc.txt", TEXT, jcas);
        new Retagger(engine).retag(jcas);
        return jcas;
    }

    private static Actor actor(JCas jcas, String text) {
        return jcas.getAnnotationIndex(Actor.class).select().filter(a -> a.getCoveredText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void rerunKeepsEveryDecisionAndDoesNotResuggestARejection() throws Exception {
        AnalysisEngine engine = Pipeline.createFull();
        JCas jcas = tagged(engine);
        Actor russia = actor(jcas, "Russia");
        Actor turkey = actor(jcas, "Turkey");
        russia.setStatus("ACCEPTED");
        turkey.setStatus("REJECTED");
        Actor regime = actor(jcas, "the Assad regime");
        regime.setActorId("SYR_GOV");
        regime.setStatus("CORRECTED");
        regime.removeFromIndexes();
        regime.setBegin(regime.getBegin() + 4); // analyst shrank it to "Assad regime"
        regime.addToIndexes();
        Actor manual = new Actor(jcas, TEXT.indexOf("government"), TEXT.indexOf("government") + 10);
        manual.setActorId("SYR_GOV");
        manual.setStatus("MANUAL");
        manual.addToIndexes();
        Stance stance = jcas.getAnnotationIndex(Stance.class).select().findFirst().orElseThrow();
        stance.setStatus("REJECTED");

        Retagger.Result r = new Retagger(engine).retag(jcas);

        assertEquals("ACCEPTED", russia.getStatus());
        assertEquals("REJECTED", turkey.getStatus());
        assertEquals("CORRECTED", regime.getStatus());
        assertEquals("Assad regime", regime.getCoveredText());
        assertEquals("MANUAL", manual.getStatus());
        List<Actor> turkeys = jcas.getAnnotationIndex(Actor.class).select().filter(a -> a.getCoveredText().equals("Turkey")).toList();
        assertEquals(List.of(turkey), turkeys, "the rejected Turkey came back as a suggestion");
        assertTrue(jcas.getAnnotationIndex(Actor.class).select().noneMatch(a -> a.getCoveredText().equals("the Assad regime")),
                "a suggestion overlapping a corrected span came back");
        assertEquals(1, jcas.getAnnotationIndex(Stance.class).select().filter(s -> s.getHolder() == russia).count(),
                "the rejected stance came back as a suggestion");
        assertTrue(r.keptDecisions() >= 5);
        assertTrue(jcas.getAnnotationIndex(Stance.class).select().noneMatch(s -> s.getHolder() == turkey),
                "a stance held by a rejected actor was suggested again");
        int afterFirst = jcas.getAnnotationIndex(Tag.class).size();
        new Retagger(engine).retag(jcas);
        assertEquals(afterFirst, jcas.getAnnotationIndex(Tag.class).size(), "a second re-run must change nothing");
    }

    @Test
    void rerunReplacesOldSuggestionsInsteadOfDuplicatingThem() throws Exception {
        AnalysisEngine engine = Pipeline.createFull();
        JCas jcas = tagged(engine);
        int suggestions = jcas.getAnnotationIndex(Tag.class).size();
        new Retagger(engine).retag(jcas);
        new Retagger(engine).retag(jcas);
        assertEquals(suggestions, jcas.getAnnotationIndex(Tag.class).size());
    }

    @Test
    void aStanceWhoseHolderWasCorrectedDoesNotComeBackBesideTheCorrection() throws Exception {
        AnalysisEngine engine = Pipeline.createFull();
        JCas jcas = engine.newJCas();
        String text = "The regime welcomed the Sochi memorandum, and Moscow said so on Tuesday.";
        DocumentImport.fromText("doc.txt", text, jcas);
        new Retagger(engine).retag(jcas);
        Stance stance = jcas.getAnnotationIndex(Stance.class).select().filter(s -> s.getHolder().getActorId().equals("SYR_GOV"))
                .findFirst().orElseThrow(() -> new AssertionError("the pipeline made no SYR_GOV stance in: " + text));
        Actor moscow = actor(jcas, "Moscow");
        stance.setHolder(moscow); // the analyst's H: SYR_GOV -> RUS
        stance.setStatus("CORRECTED");

        new Retagger(engine).retag(jcas);

        List<String> stances = jcas.getAnnotationIndex(Stance.class).select()
                .map(s -> s.getHolder().getActorId() + "->" + (s.getTarget() instanceof Actor a ? a.getActorId()
                        : ((parley.type.Agreement) s.getTarget()).getAgreementId()) + " " + s.getStatus()).toList();
        assertEquals(List.of("RUS->SOCHI_2018 CORRECTED"), stances, "the stance as it was before the correction came back");
    }
}
