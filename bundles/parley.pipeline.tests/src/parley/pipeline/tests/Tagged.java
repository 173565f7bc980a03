package parley.pipeline.tests;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;

import parley.pipeline.Pipeline;
import parley.store.DocumentImport;
import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Stance;

/** Runs the rules of the pipeline over a short text, as the engines' tests need it (the learned model has tests of its own). */
final class Tagged {

    private static AnalysisEngine engine;

    final JCas jcas;

    private Tagged(JCas jcas) {
        this.jcas = jcas;
    }

    static synchronized Tagged text(String text) throws Exception {
        if (engine == null) {
            engine = Pipeline.createRules();
        }
        JCas jcas = engine.newJCas();
        DocumentImport.fromText("test.txt", text, jcas);
        engine.process(jcas);
        return new Tagged(jcas);
    }

    List<Actor> actors() {
        return jcas.getAnnotationIndex(Actor.class).select().asList();
    }

    List<Agreement> agreements() {
        return jcas.getAnnotationIndex(Agreement.class).select().asList();
    }

    List<Stance> stances() {
        return jcas.getAnnotationIndex(Stance.class).select().asList();
    }

    /** "ID:covered text" of each actor, in order. */
    List<String> actorIds() {
        return actors().stream().map(a -> a.getActorId() + ":" + a.getCoveredText()).toList();
    }

    List<String> agreementIds() {
        return agreements().stream().map(a -> a.getAgreementId() + ":" + a.getCoveredText()).toList();
    }

    /** "HOLDER POLARITY TARGET" of each stance. */
    List<String> stanceTriples() {
        return stances().stream().map(s -> ((Actor) s.getHolder()).getActorId() + " " + s.getPolarity() + " "
                + (s.getTarget() instanceof Actor a ? a.getActorId() : ((Agreement) s.getTarget()).getAgreementId())).toList();
    }
}
