package parley.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import parley.model.ActorEntry;
import parley.model.Catalogue;
import parley.pipeline.StanceTagger.Mention;
import parley.types.TagValues;

/**
 * Support named by a hyphenated modifier: "the Turkish-backed Syrian National Army", "a Russian-backed offensive by
 * Syrian government forces". The modifier is no mention of its own (codebook: "Russian-backed" is not tagged), so the
 * stance is made only where the sentence also names that actor, whose mention then holds it. The participles are data
 * (lexicon {@code BackedCompounds.PARTICIPLES}).
 */
final class BackedCompounds {

    static final Set<String> PARTICIPLES = Vocabulary.set("BackedCompounds.PARTICIPLES");
    /** How many words may stand between the compound and the noun of an act it modifies ("a Russian-backed offensive by"). */
    private static final int ACT_WINDOW = 3;

    private BackedCompounds() {
    }

    /** Each state's or group's demonyms, lower-cased, to its catalogue ID ("turkish", "american"). */
    static Map<String, String> demonymsOf(Catalogue catalogue) {
        Map<String, String> names = new HashMap<>();
        for (ActorEntry a : catalogue.actors()) {
            for (String n : a.isPerson() ? List.<String>of() : a.demonyms()) {
                if (n != null && !n.contains(" ")) {
                    names.putIfAbsent(n.toLowerCase(Locale.ROOT), a.id());
                }
            }
        }
        return names;
    }

    /** Each state's or group's names, demonyms and metonyms, lower-cased, to its catalogue ID ("turkish", "iran"). */
    static Map<String, String> namesOf(Catalogue catalogue) {
        Map<String, String> names = new HashMap<>();
        for (ActorEntry a : catalogue.actors()) {
            if (a.isPerson()) {
                continue;
            }
            for (List<String> list : List.of(a.demonyms(), a.metonyms(), List.of(a.name()))) {
                for (String n : list) {
                    if (n != null && !n.contains(" ")) {
                        names.putIfAbsent(n.toLowerCase(Locale.ROOT), a.id());
                    }
                }
            }
        }
        return names;
    }

    static void tag(DocumentTokens t, int s, List<Mention> inSentence, Catalogue catalogue, Map<String, String> names, CueLexicon cues,
            NominalFrames.Found found) {
        int first = t.sentenceFirst[s];
        int limit = t.sentenceFirst[s + 1];
        for (int k = first; k + 1 < limit; k++) {
            String w = t.lower[k];
            int hyphen = w.lastIndexOf('-');
            if (hyphen <= 0 || !PARTICIPLES.contains(w.substring(hyphen + 1)) || StanceTagger.containing(inSentence, k) != null) {
                continue;
            }
            String patron = names.get(w.substring(0, hyphen));
            Mention holder = patron == null ? null : namedElsewhere(inSentence, patron);
            Mention backed = holder == null ? null : backedAfter(t, k + 1, limit, inSentence, cues);
            if (backed != null && backed.actor() && !catalogue.affiliationOf(backed.id()).equals(patron)) {
                found.stance(holder, backed, TagValues.SUPPORT, "compound", w.substring(hyphen + 1));
            }
        }
    }

    /** A mention of the actor elsewhere in the sentence, to hold the stance; or null. */
    static Mention namedElsewhere(List<Mention> inSentence, String id) {
        for (Mention m : inSentence) {
            if (m.actor() && m.id().equals(id)) {
                return m;
            }
        }
        return null;
    }

    /** The actor the compound modifies ("the Turkish-backed Syrian National Army"), or the agent of the act it modifies. */
    private static Mention backedAfter(DocumentTokens t, int j, int limit, List<Mention> inSentence, CueLexicon cues) {
        Mention m = StanceTagger.startingAt(inSentence, j);
        if (m != null) {
            return m;
        }
        for (int n = j; n + 2 < limit && n < j + ACT_WINDOW; n++) {
            CueLexicon.Cue noun = cues.lookupNoun(t.lower[n]);
            if (noun != null && TagValues.OPPOSE.equals(noun.polarity()) && t.lower[n + 1].equals("by")) {
                return StanceTagger.startingAt(inSentence, n + 2); // "a Russian-backed offensive by Syrian government forces"
            }
        }
        return null;
    }
}
