package parley.pipeline;

import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import parley.model.Catalogue;
import parley.pipeline.StanceTagger.Mention;
import parley.types.TagValues;

/**
 * A judgement named of an actor or an agreement: "the UN envoy called the memorandum a positive step", "Lavrov described
 * the deal as the only realistic basis for stability", "Putin said the memorandum was a serious result", "Damascus called
 * the agreement illegal". Praise supports what it judges and condemnation opposes it (codebook: endorses, welcomes;
 * condemns, criticises; CAMEO 051 praise, 111 criticise). The naming verbs, the saying verbs, the copulas and the words of
 * judgement are data (lexicon {@code Evaluations.NAMING_VERBS}, {@code SAYING_VERBS}, {@code COPULAS}, {@code PERFECT_OR_FUTURE}, {@code POSITIVE},
 * {@code NEGATIVE}, {@code DENIALS}); a denial before the judgement ("not ideal", "far from a success") asserts nothing.
 */
final class Evaluations {

    static final Set<String> NAMING_VERBS = Vocabulary.set("Evaluations.NAMING_VERBS");
    static final Set<String> SAYING_VERBS = Vocabulary.set("Evaluations.SAYING_VERBS");
    static final Set<String> COPULAS = Vocabulary.set("Evaluations.COPULAS");
    /** Auxiliaries before "been" or "be" ("had been", "would be"). */
    static final Set<String> PERFECT_OR_FUTURE = Vocabulary.set("Evaluations.PERFECT_OR_FUTURE");
    static final Set<String> POSITIVE = Vocabulary.set("Evaluations.POSITIVE");
    static final Set<String> NEGATIVE = Vocabulary.set("Evaluations.NEGATIVE");
    /** Words that deny the judgement after them ("not", "hardly", "far from"). */
    static final Set<String> DENIALS = Vocabulary.set("Evaluations.DENIALS");
    /** How many words after the judged mention the judgement may reach ("as “the only realistic basis”"). */
    private static final int REACH = 6;

    private Evaluations() {
    }

    /** @param subjectOf the actor that does what the verb at a token says, or null */
    static void tag(DocumentTokens t, int s, List<Mention> inSentence, Catalogue catalogue, IntFunction<Mention> subjectOf,
            NominalFrames.Found found) {
        int first = t.sentenceFirst[s];
        int limit = t.sentenceFirst[s + 1];
        for (int k = first + 1; k + 2 < limit; k++) {
            boolean naming = NAMING_VERBS.contains(t.lower[k]);
            if (!naming && !SAYING_VERBS.contains(t.lower[k])) {
                continue;
            }
            int at = k + 1;
            if (!naming && at < limit && t.lower[at].equals("that")) {
                at++; // "said that the memorandum was ..."
            }
            Mention judged = StanceTagger.startingAt(inSentence, at);
            if (judged == null || judged.end() >= limit || t.lower[judged.end()].equals("’s") || t.lower[judged.end()].equals("'s")) {
                continue; // ("described Washington’s decision as a betrayal": what is judged is the decision)
            }
            int from = judged.end();
            if (!naming) {
                if (from + 1 < limit && PERFECT_OR_FUTURE.contains(t.lower[from]) && (t.lower[from + 1].equals("been") || t.lower[from + 1].equals("be"))) {
                    from++; // "said the deal had been a success"
                } else if (!COPULAS.contains(t.lower[from])) {
                    continue; // "said Russia had violated ...": an act reported, not a judgement
                }
                from++;
            }
            String polarity = judgementAfter(t, from, limit);
            Mention holder = polarity == null ? null : subjectOf.apply(k);
            if (holder == null || !holder.actor() || holder == judged) {
                continue;
            }
            String side = judged.actor() ? catalogue.affiliationOf(judged.id()) : judged.id();
            if (!side.equals(catalogue.affiliationOf(holder.id()))) {
                found.stance(holder, judged, polarity, "evaluation", t.lower[k]);
            }
        }
    }

    /** SUPPORT or OPPOSE for the first word of judgement within reach of {@code from}, or null (also where it is denied). */
    private static String judgementAfter(DocumentTokens t, int from, int limit) {
        for (int j = from; j < Math.min(limit, from + REACH); j++) {
            String w = t.lower[j];
            if (DENIALS.contains(w)) {
                return null;
            }
            if (POSITIVE.contains(w)) {
                return TagValues.SUPPORT;
            }
            if (NEGATIVE.contains(w)) {
                return TagValues.OPPOSE;
            }
            if (w.equals(",") || w.equals(";") || StanceTagger.CLAUSE_BREAKS.contains(w) || StanceTagger.PREDICATE_COORDINATORS.contains(w)) {
                return null;
            }
        }
        return null;
    }
}
