package parley.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Stance cues of the codebook: verbs (any inflection) and nominalisations that express SUPPORT
 * or OPPOSE. A cue marked {@code needsPreposition} counts only with its target after one of its
 * prepositions ("offensive against", "support for").
 */
final class CueLexicon {

    /** Relational nouns that are also a holder's own head ("his Russian allies"). */
    static final Set<String> RELATIONAL = Set.of("backer", "backers", "ally", "allies", "alliance", "partner", "patron",
            "patrons", "sponsor", "sponsors", "supplier", "suppliers", "protector", "protectors");

    /** Verbs whose target is their direct object, right after them ("prevent the United States from ..."). */
    static final Set<String> DIRECT_OBJECT = Set.of("prevent", "block", "deter", "isolate", "contain", "counter", "punish",
            "obstruct", "resist", "weaken", "undermine", "protect", "shield", "rescue", "save", "salvage");

    record Cue(String polarity, boolean noun, Set<String> prepositions, boolean direct) {
        Cue(String polarity, boolean noun, Set<String> prepositions) {
            this(polarity, noun, prepositions, false);
        }

        boolean needsPreposition() {
            return !prepositions.isEmpty();
        }
    }

    private static final Set<String> NONE = Set.of();
    private static final Map<String, Cue> FORMS = new HashMap<>();

    static {
        verbs("SUPPORT", "support", "endorse", "welcome", "uphold", "adhere", "comply", "implement", "reaffirm", "tout",
                "protect", "ally", "shield", "defend", "bolster", "assist", "rescue", "sponsor", "champion", "praise",
                "embrace", "sign", "conclude", "negotiate", "broker", "agree", "commit", "respect", "honour", "honor", "observe",
                "abide", "guarantee", "underwrite", "rehabilitate", "supply", "finance", "fund", "equip", "reinforce",
                "cooperate", "collaborate", "favour", "favor", "advocate", "promote", "legitimise", "legitimize", "prop", "shore",
                "arm", "rearm", "safeguard", "preserve", "renew", "salvage");
        nouns("SUPPORT", NONE, "alongside", "endorsement", "adherence", "compliance", "commitment");
        // relational nouns: "Russia is the biggest supplier to the Syrian military"
        nouns("SUPPORT", Set.of("to", "of", "for", "with"), "backer", "backers", "ally", "allies", "alliance", "partner",
                "patron", "patrons", "sponsor", "sponsors", "supplier", "suppliers", "protector", "protectors", "lifeline");
        nouns("SUPPORT", Set.of("for", "to", "of"), "support", "backing", "protection", "cooperation", "assistance", "help");
        verbs("OPPOSE", "oppose", "reject", "condemn", "criticise", "criticize", "blame", "violate", "breach", "obstruct",
                "refuse", "attack", "fight", "bomb", "shell", "target", "sanction", "threaten", "veto", "denounce", "accuse",
                "undermine", "weaken", "prevent", "block", "resist", "besiege", "confront", "combat", "counter", "defeat",
                "expel", "oust", "bombard", "assault", "invade", "designate", "dismiss", "torpedo", "sabotage", "abandon",
                "scrap", "suspend", "pummel", "retake", "recapture", "crush", "battle", "punish", "isolate", "deter", "slam",
                "decry", "deplore", "ditch", "derail", "violate", "antagonise", "antagonize", "strike", "raid", "ambush");
        // "back" alone is mostly the particle ("pushing back"); its verb forms are not
        for (String form : new String[] {"backs", "backed", "backing"}) {
            FORMS.put(form, new Cue("SUPPORT", false, NONE));
        }
        FORMS.put("fought", new Cue("OPPOSE", false, NONE));
        FORMS.put("struck", new Cue("OPPOSE", false, NONE));
        FORMS.put("allied", new Cue("SUPPORT", false, NONE));
        nouns("OPPOSE", NONE, "rejection", "condemnation", "violation", "violations", "breach", "breaches", "veto", "sanctions",
                "enemy", "enemies", "foe", "foes", "adversary", "adversaries", "rival", "rivals", "recapture", "crackdown");
        nouns("OPPOSE", Set.of("against", "on", "of", "for"), "attack", "attacks", "offensive", "offensives", "campaign",
                "backlash", "airstrikes", "strikes", "war", "bombing", "bombardment", "assault", "hostility", "criticism",
                "threat", "threats", "retaliation", "fight", "struggle", "operation", "operations", "opposition");
    }

    private CueLexicon() {
    }

    private static void verbs(String polarity, String... lemmas) {
        for (String lemma : lemmas) {
            Cue cue = new Cue(polarity, false, NONE, DIRECT_OBJECT.contains(lemma));
            for (String form : inflections(lemma)) {
                FORMS.putIfAbsent(form, cue);
            }
        }
    }

    private static void nouns(String polarity, Set<String> prepositions, String... words) {
        for (String w : words) {
            FORMS.put(w, new Cue(polarity, true, prepositions));
        }
    }

    static String[] inflections(String lemma) {
        boolean consonantY = lemma.matches(".*[^aeiou]y");
        String root = consonantY ? lemma.substring(0, lemma.length() - 1) : lemma;
        String third = consonantY ? root + "ies" : lemma.matches(".*(s|sh|ch|x|z)") ? lemma + "es" : lemma + "s";
        String past = consonantY ? root + "ied" : lemma.endsWith("e") ? lemma + "d" : lemma + "ed";
        String ing = lemma.endsWith("e") && !lemma.endsWith("ee") ? lemma.substring(0, lemma.length() - 1) + "ing" : lemma + "ing";
        // one-syllable verbs ending consonant-vowel-consonant double it: "bar" -> "barred"
        if (lemma.length() <= 4 && lemma.matches(".*[^aeiou][aeiou][bdgmnprt]")) {
            char last = lemma.charAt(lemma.length() - 1);
            return new String[] {lemma, third, lemma + last + "ed", lemma + last + "ing", past, ing};
        }
        return new String[] {lemma, third, past, ing};
    }

    /** The cue that a lower-case token is, or null. */
    static Cue lookup(String lowerToken) {
        if (lowerToken.equals("armed")) {
            return null; // "armed groups" is an adjective far more often than a verb
        }
        return FORMS.get(lowerToken);
    }
}
