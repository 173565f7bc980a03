package parley.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import parley.model.Catalogue;
import parley.pipeline.StanceTagger.Mention;
import parley.types.TagValues;

/**
 * A response threatened to any attack by another: "Ankara reserved the right to respond with all its might to any attack
 * by Syrian government forces", "its fighters would respond to any advance by the regime", "Washington would retaliate
 * against any chemical attack by the Assad regime". The response is only announced, but the threat is the position
 * (codebook: threatens): who would respond opposes whose attack it would answer. The verbs are data (lexicon
 * {@code ThreatenedResponses.RESPONSE_VERBS}, {@code ANY_WORDS}).
 */
final class ThreatenedResponses {

    static final Set<String> RESPONSE_VERBS = Vocabulary.set("ThreatenedResponses.RESPONSE_VERBS");
    /** The words that make the attack a hypothetical one ("any", "every", "further"). */
    static final Set<String> ANY_WORDS = Vocabulary.set("ThreatenedResponses.ANY_WORDS");
    /** How far after the verb the "any" may stand ("respond with all its might to any attack"). */
    private static final int REACH = 8;

    private ThreatenedResponses() {
    }

    /** @param subjectOf the actor that does what the verb at a token says, or null */
    static void tag(DocumentTokens t, int s, List<Mention> inSentence, Catalogue catalogue, CueLexicon cues, IntFunction<Mention> subjectOf,
            NominalFrames.Found found) {
        int first = t.sentenceFirst[s];
        int limit = t.sentenceFirst[s + 1];
        for (int k = first + 1; k + 3 < limit; k++) {
            if (!RESPONSE_VERBS.contains(t.lower[k])) {
                continue;
            }
            Mention attacker = attackerOfAny(t, k + 1, limit, inSentence, cues);
            Mention responder = attacker == null ? null : subjectOf.apply(k);
            if (responder == null || !responder.actor()) {
                continue;
            }
            List<Mention> attackers = new ArrayList<>(List.of(attacker));
            attackers.addAll(StanceTagger.coordinatedAfter(t, attacker, inSentence, limit)); // "by the regime or its allies"
            for (Mention a : attackers) {
                if (a.actor() && !catalogue.affiliationOf(a.id()).equals(catalogue.affiliationOf(responder.id()))) {
                    found.stance(responder, a, TagValues.OPPOSE, "threat", t.lower[k]);
                }
            }
        }
    }

    /** "... to any attack by Syrian government forces": the actor after "by" of an attack that "any" makes hypothetical. */
    private static Mention attackerOfAny(DocumentTokens t, int from, int limit, List<Mention> inSentence, CueLexicon cues) {
        for (int j = from; j + 2 < limit && j < from + REACH; j++) {
            if (t.lower[j].equals(",") || t.lower[j].equals(";") || StanceTagger.containing(inSentence, j) != null) {
                return null;
            }
            if (ANY_WORDS.contains(t.lower[j])) {
                for (int n = j + 1; n + 2 < limit && n <= j + 3; n++) {
                    CueLexicon.Cue noun = cues.lookupNoun(t.lower[n]);
                    if (noun != null && TagValues.OPPOSE.equals(noun.polarity()) && !noun.agreementsOnly()
                            && (t.lower[n + 1].equals("by") || t.lower[n + 1].equals("from"))) {
                        return StanceTagger.startingAt(inSentence, n + 2);
                    }
                }
                return null;
            }
        }
        return null;
    }
}
