package parley.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.jcas.JCas;

import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.TagValues;

/**
 * Applies the rules in force to the pipeline's suggestions for a document, before they reach its working CAS:
 * suppressed suggestions are not made (nor the stances that hang on them), and each stance's confidence blends the
 * shipped estimate with the project's rate for its cue. Aliases act through the catalogue ({@link CatalogueAliases}).
 */
public final class LearnedRules {

    /** What applying the rules changed in one document. */
    public record Effect(int suppressed, int reweighted) {
    }

    private LearnedRules() {
    }

    public static Effect apply(JCas analysed, List<LearnedRule> inForce, LearningSettings settings) {
        return apply(analysed, inForce, Map.of(), settings);
    }

    /**
     * @param surfaceRates the project's record of each actor or agreement text ({@link Learner#surfaceRates}): the
     *                     confidence of a suggestion of that text blends it in
     */
    public static Effect apply(JCas analysed, List<LearnedRule> inForce, Map<String, int[]> surfaceRates, LearningSettings settings) {
        List<LearnedRule> suppressions = inForce.stream().filter(r -> r.kind() == LearnedRule.Kind.SUPPRESS).toList();
        Map<String, LearnedRule> cues = new HashMap<>();
        inForce.stream().filter(r -> r.kind() == LearnedRule.Kind.CUE).forEach(r -> cues.put(r.surface(), r));
        String text = analysed.getDocumentText();
        Set<Tag> gone = new HashSet<>();
        List<Tag> candidates = new ArrayList<>();
        analysed.getAnnotationIndex(Actor.class).forEach(candidates::add);
        analysed.getAnnotationIndex(Agreement.class).forEach(candidates::add);
        for (Tag t : candidates) {
            String type = t instanceof Actor ? ReviewedTag.ACTOR : ReviewedTag.AGREEMENT;
            String surface = Surfaces.normalise(t.getCoveredText());
            if (suggested(t) && matches(suppressions, type, surface, Surfaces.wordBefore(text, t.getBegin()))) {
                gone.add(t);
            } else if (suggested(t) && surfaceRates.containsKey(type + "|" + surface)) {
                int[] r = surfaceRates.get(type + "|" + surface);
                t.setConfidence(Learner.blend(t.getConfidence(), r[0], r[1], settings));
            }
        }
        int reweighted = 0;
        List<Stance> stances = new ArrayList<>();
        analysed.getAnnotationIndex(Stance.class).forEach(stances::add);
        for (Stance s : stances) {
            if (!suggested(s)) {
                continue;
            }
            String cue = Surfaces.cue(s.getOrigin());
            if (gone.contains(s.getHolder()) || gone.contains(s.getTarget()) || matches(suppressions, ReviewedTag.STANCE, cue, "")) {
                gone.add(s);
            } else if (cues.containsKey(cue)) {
                s.setConfidence(Learner.blend(s.getConfidence(), cues.get(cue), settings));
                reweighted++;
            }
        }
        gone.forEach(Tag::removeFromIndexes);
        return new Effect(gone.size(), reweighted);
    }

    private static boolean suggested(Tag t) {
        return t.getStatus() == null || TagValues.SUGGESTED.equals(t.getStatus());
    }

    private static boolean matches(List<LearnedRule> suppressions, String type, String surface, String before) {
        return suppressions.stream().anyMatch(r -> r.suppresses(type, surface, before));
    }
}
