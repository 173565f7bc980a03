package parley.pipeline;

import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import parley.model.Catalogue;
import parley.pipeline.StanceTagger.Mention;
import parley.types.TagValues;

/**
 * An appeal to stop an attack: "NATO called on Russia and the regime to halt their offensive", "the EU urged Turkey to
 * end its operation". The act is only asked for, so the addressees attack no one here; but whoever asks them to stop
 * it opposes them (codebook: criticises, condemns). The stopping verbs are data (lexicon
 * {@code AppealsToStop.STOPPING_VERBS}).
 */
final class AppealsToStop {

    static final Set<String> STOPPING_VERBS = Vocabulary.set("AppealsToStop.STOPPING_VERBS");
    /** How many words (determiners, possessives, modifiers) may stand between the stopping verb and the attack. */
    private static final int OBJECT_WINDOW = 4;
    /** How many words the addressees may take between the appeal and "to". */
    private static final int ADDRESSEE_WINDOW = 12;

    private AppealsToStop() {
    }

    /** @param subjectOf the actor that does what the verb at a token says, or null */
    static void tag(DocumentTokens t, int s, List<Mention> inSentence, Catalogue catalogue, CueLexicon cues, IntFunction<Mention> subjectOf,
            NominalFrames.Found found) {
        int first = t.sentenceFirst[s];
        int limit = t.sentenceFirst[s + 1];
        for (int k = first + 2; k + 1 < limit; k++) {
            if (!STOPPING_VERBS.contains(t.lower[k]) || !t.lower[k - 1].equals("to") || !stopsAnAttack(t, k + 1, limit, cues)) {
                continue;
            }
            int appeal = appealBefore(t, k - 1, first, inSentence);
            if (appeal < 0) {
                continue;
            }
            Mention asker = subjectOf.apply(appeal);
            if (asker == null || !asker.actor()) {
                continue;
            }
            for (Mention m : inSentence) {
                if (m.actor() && m.first() > appeal && m.end() <= k - 1
                        && !catalogue.affiliationOf(m.id()).equals(catalogue.affiliationOf(asker.id()))) {
                    found.stance(asker, m, TagValues.OPPOSE, "appeal", t.lower[k]);
                }
            }
        }
    }

    /** Whether an attack (a noun cue of opposition) is what is to stop: "halt their offensive", "end all air strikes". */
    private static boolean stopsAnAttack(DocumentTokens t, int from, int limit, CueLexicon cues) {
        for (int j = from; j < Math.min(limit, from + OBJECT_WINDOW); j++) {
            CueLexicon.Cue noun = cues.lookupNoun(t.lower[j]);
            if (noun != null && TagValues.OPPOSE.equals(noun.polarity()) && !noun.agreementsOnly()) {
                return true;
            }
            if (t.isCapitalized(j) || !Character.isLetter(t.word[j].charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The appeal verb before the addressees that end at {@code to} ("called on Russia and the regime to", "urged
     * Ankara to"), or -1 when anything but actors, "and" and commas stands between them.
     */
    private static int appealBefore(DocumentTokens t, int to, int first, List<Mention> inSentence) {
        int j = to - 1;
        boolean addressee = false;
        while (j > first && to - j <= ADDRESSEE_WINDOW) {
            Mention m = StanceTagger.containing(inSentence, j);
            if (m != null && m.actor()) {
                addressee = true;
                j = m.first() - 1;
            } else if (t.lower[j].equals("and") || t.lower[j].equals(",")) {
                j--;
            } else {
                break;
            }
        }
        if (!addressee) {
            return -1;
        }
        if (t.lower[j].equals("on") && StanceTagger.APPEAL_VERBS.contains(t.lower[j - 1])) {
            return j - 1;
        }
        return StanceTagger.EXPECTATIONS.contains(t.lower[j]) ? j : -1;
    }
}
