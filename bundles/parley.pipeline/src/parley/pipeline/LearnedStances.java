package parley.pipeline;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import parley.type.Sentence;
import parley.type.Stance;
import parley.types.TagValues;

/**
 * Suggests the stances the rules of {@link StanceTagger} did not find, where the learned {@link PairModel} reads one
 * between two mentions of a sentence with at least its threshold's probability. It never adds a stance between two
 * IDs that a stance of the sentence already joins (in either status: a rejected one stays rejected). The system
 * property {@value #OFF_PROPERTY} switches it off (to train the model on what the rules alone find).
 */
public class LearnedStances extends JCasAnnotator_ImplBase {

    public static final String ORIGIN = "parley.pipeline.LearnedStances";

    static final String OFF_PROPERTY = "parley.learned.off";

    private PairModel model;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        model = Boolean.getBoolean(OFF_PROPERTY) ? null : PairModel.shipped();
    }

    @Override
    public void process(JCas jcas) {
        if (model != null) {
            tag(jcas, model);
        }
    }

    public static void tag(JCas jcas, PairModel model) {
        List<StancePairs.Candidate> candidates = StancePairs.of(jcas);
        Set<String> stated = new HashSet<>();
        for (StancePairs.Candidate c : candidates) {
            if (c.stated()) {
                stated.add(key(c.sentence(), c.holderId(), c.targetId()));
            }
        }
        Map<String, Suggestion> chosen = new LinkedHashMap<>();
        for (StancePairs.Candidate c : candidates) {
            String reverse = key(c.sentence(), c.targetId(), c.holderId());
            // a mutual relation is one stance (codebook §3): none against a stance that joins the two the other way
            if (c.stated() || stated.contains(reverse)) {
                continue;
            }
            PairModel.Reading r = model.reading(c.features());
            if (!model.suggests(r)) {
                continue;
            }
            Suggestion other = chosen.get(reverse);
            if (other != null && other.reading().probability() >= r.probability()) {
                continue;
            }
            chosen.remove(reverse);
            chosen.put(key(c.sentence(), c.holderId(), c.targetId()), new Suggestion(c, r));
        }
        for (Suggestion suggestion : chosen.values()) {
            StancePairs.Candidate c = suggestion.candidate();
            PairModel.Reading r = suggestion.reading();
            Stance stance = new Stance(jcas, c.sentence().getBegin(), c.sentence().getEnd());
            stance.setHolder(c.holder());
            stance.setTarget(c.target());
            stance.setPolarity(r.label());
            stance.setStatus(TagValues.SUGGESTED);
            stance.setConfidence(model.precision());
            stance.setOrigin(ORIGIN + "/pair/" + Math.round(r.probability() * 100));
            stance.addToIndexes();
        }
    }

    private record Suggestion(StancePairs.Candidate candidate, PairModel.Reading reading) {
    }

    private static String key(Sentence s, String holder, String target) {
        return s.getBegin() + "|" + holder + ">" + target;
    }
}
