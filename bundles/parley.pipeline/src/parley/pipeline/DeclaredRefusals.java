package parley.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import parley.model.Catalogue;
import parley.pipeline.StanceTagger.Mention;
import parley.types.TagValues;

/**
 * A declared refusal to accept an actor or an agreement: "Israel says it will not tolerate Iranian forces near the
 * frontier", "Ankara would never accept a YPG corridor", "Turkey does not recognise the Salvation Government". The
 * refusal is the position itself, so unlike a negated act it asserts opposition (codebook: rejects; CAMEO 12, reject),
 * also under "will" or "would". The verbs and the auxiliaries that may carry the negation are data (lexicon
 * {@code DeclaredRefusals.ACCEPTING_VERBS}, {@code DeclaredRefusals.AUXILIARIES}).
 */
final class DeclaredRefusals {

    static final Set<String> ACCEPTING_VERBS = Vocabulary.set("DeclaredRefusals.ACCEPTING_VERBS");
    /** Auxiliaries before the negation that keep the refusal asserted ("will not", "did not"); not "should" or "may". */
    static final Set<String> AUXILIARIES = Vocabulary.set("DeclaredRefusals.AUXILIARIES");
    static final Set<String> NEGATIONS = Vocabulary.set("DeclaredRefusals.NEGATIONS");
    /** Auxiliaries with the negation in one word ("won’t", "cannot"). */
    static final Set<String> NEGATED_AUXILIARIES = Vocabulary.set("DeclaredRefusals.NEGATED_AUXILIARIES");
    /** How many words (determiners, modifiers) may stand between the verb and what it refuses. */
    private static final int OBJECT_WINDOW = 3;

    private DeclaredRefusals() {
    }

    /** @param subjectOf the actor that does what the verb group at a token says, or null */
    static void tag(DocumentTokens t, int s, List<Mention> inSentence, Catalogue catalogue, IntFunction<Mention> subjectOf,
            NominalFrames.Found found) {
        int first = t.sentenceFirst[s];
        int limit = t.sentenceFirst[s + 1];
        for (int k = first + 2; k + 1 < limit; k++) {
            if (!ACCEPTING_VERBS.contains(t.lower[k])) {
                continue;
            }
            int auxiliary = negatedAuxiliary(t, first, k - 1);
            if (auxiliary < 0 && k - 2 > first && StanceTagger.ADVERBS.contains(t.lower[k - 1])) {
                auxiliary = negatedAuxiliary(t, first, k - 2); // "will not simply accept"
            }
            if (auxiliary < 0) {
                continue;
            }
            Mention refused = objectAfter(t, k + 1, limit, inSentence);
            Mention holder = refused == null ? null : subjectOf.apply(auxiliary);
            if (holder == null || !holder.actor()) {
                continue;
            }
            List<Mention> targets = new ArrayList<>(List.of(refused));
            targets.addAll(StanceTagger.coordinatedAfter(t, refused, inSentence, limit));
            for (Mention target : targets) {
                String side = target.actor() ? catalogue.affiliationOf(target.id()) : target.id();
                if (!side.equals(catalogue.affiliationOf(holder.id()))) {
                    found.stance(holder, target, TagValues.OPPOSE, "refusal", t.lower[k]);
                }
            }
        }
    }

    /** The auxiliary of a negation that ends at {@code j} ("will not", "won’t", "never did"... : "did never"), or -1. */
    private static int negatedAuxiliary(DocumentTokens t, int first, int j) {
        if (NEGATED_AUXILIARIES.contains(t.lower[j])) {
            return j;
        }
        return NEGATIONS.contains(t.lower[j]) && j - 1 >= first && AUXILIARIES.contains(t.lower[j - 1]) ? j - 1 : -1;
    }

    /** The actor or agreement right after the verb, past determiners and lower-case modifiers only. */
    private static Mention objectAfter(DocumentTokens t, int from, int limit, List<Mention> inSentence) {
        for (int j = from; j < Math.min(limit, from + OBJECT_WINDOW); j++) {
            Mention m = StanceTagger.startingAt(inSentence, j);
            if (m != null) {
                return m;
            }
            if (!Character.isLowerCase(t.word[j].charAt(0)) || StanceTagger.PREPOSITIONS.contains(t.lower[j]) || t.lower[j].equals("to")) {
                return null;
            }
        }
        return null;
    }
}
