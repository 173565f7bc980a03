package parley.pipeline;

import java.util.Set;

/**
 * Decides whether a country, capital or building name is a place ("in Moscow", "Syria’s Idlib",
 * "the Turkey border") rather than the state acting ("Moscow argues", "Russia’s arms exporter").
 */
final class PlaceContext {

    /** Prepositions after which a name is a location. */
    static final Set<String> LOCATIVE = Vocabulary.set("PlaceContext.LOCATIVE");
    /** Words skipped when looking for the preposition ("in northern Syria"). */
    static final Set<String> GEO_ADJECTIVES = Vocabulary.set("PlaceContext.GEO_ADJECTIVES");
    /** "to" after these is a destination. */
    static final Set<String> MOTION = Vocabulary.set("PlaceContext.MOTION");
    /** "with" after these is a neighbour, a place ("its border with Turkey"). */
    static final Set<String> BOUNDARY_NOUNS = Vocabulary.set("PlaceContext.BOUNDARY_NOUNS");
    /** "from" after these names an agent ("pressure from Turkey"); otherwise an origin ("refugees from Syria"). */
    static final Set<String> AGENT_NOUNS = Vocabulary.set("PlaceContext.AGENT_NOUNS");
    /** "for" after these is a beneficiary country, i.e. a place ("reconstruction aid for Syria"). */
    static final Set<String> AID_NOUNS = Vocabulary.set("PlaceContext.AID_NOUNS");
    /** "of" after these is a place ("the north of Syria"). */
    static final Set<String> PART_NOUNS = Vocabulary.set("PlaceContext.PART_NOUNS");
    /** "in" after these names the counterpart, not a place ("found an ally in Ankara"). */
    static final Set<String> COUNTERPART_NOUNS = Vocabulary.set("PlaceContext.COUNTERPART_NOUNS");
    /** "at" after these names whom something is aimed at, not a place ("lashed out at Turkey", "angry at Moscow"). */
    static final Set<String> AT_TARGETS = Vocabulary.set("PlaceContext.AT_TARGETS");
    /** Nouns that make the name before them a place: "Syria’s devastated cities", "the Turkey border". */
    static final Set<String> PLACE_NOUNS = Vocabulary.set("PlaceContext.PLACE_NOUNS");
    /** Words between a possessive and its head that say nothing about place or agent. */
    private static final int POSSESSIVE_LOOKAHEAD = 3;

    private PlaceContext() {
    }

    /**
     * "between" names parties ("divergences between Russia and Turkey", "the agreement between ...") unless what
     * lies between them is a place or a way ("the border between Turkey and Syria", "fled between").
     */
    private static boolean isLocative(DocumentTokens t, int p, int first) {
        String w = t.lower[p];
        if (NominalFrames.BETWEEN.contains(w)) {
            String before = p - 1 >= first ? t.lower[p - 1] : "";
            return PLACE_NOUNS.contains(before) || BOUNDARY_NOUNS.contains(before) || MOTION.contains(before) || PART_NOUNS.contains(before);
        }
        return LOCATIVE.contains(w);
    }

    /** Words after a name that make it a clause's subject, whatever precedes it ("In Idlib, Russia said ..."). */
    static final Set<String> SUBJECT_FOLLOWERS = Vocabulary.set("PlaceContext.SUBJECT_FOLLOWERS");

    static boolean isPlace(DocumentTokens t, int start, int end) {
        int first = t.sentenceFirst[t.sentence[start]];
        int limit = t.sentenceFirst[t.sentence[start] + 1];
        if (end < limit && PLACE_NOUNS.contains(t.lower[end])) {
            return true;
        }
        if (end < limit && (t.word[end].equals("’s") || t.word[end].equals("’"))) {
            // the possessed noun decides, whatever governs the phrase: "in Syria’s strategy" is the state's
            return possessesPlace(t, end + 1, limit);
        }
        int p = start - 1;
        while (p >= first && GEO_ADJECTIVES.contains(t.lower[p])) {
            p--;
        }
        if (p >= first) {
            String prev = t.lower[p];
            String before = t.lowerAt(p - 1);
            if (prev.equals("in") && COUNTERPART_NOUNS.contains(before)) {
                return false; // "an ally in Turkey", "an adversary in Iran": the state is the counterpart
            }
            if (prev.equals("at") && AT_TARGETS.contains(before)) {
                return false; // "lashed out at Turkey", "angry at Moscow": the state is whom it is aimed at
            }
            if (isLocative(t, p, first)) {
                return true;
            }
            switch (prev) {
                case "to", "toward", "towards":
                    if (MOTION.contains(before)) {
                        return true;
                    }
                    break;
                case "from":
                    if (!AGENT_NOUNS.contains(before)) {
                        return true;
                    }
                    break;
                case "for":
                    if (AID_NOUNS.contains(before)) {
                        return true;
                    }
                    break;
                case "with":
                    if (BOUNDARY_NOUNS.contains(before)) {
                        return true;
                    }
                    break;
                case "of":
                    if (PART_NOUNS.contains(before)) {
                        return true;
                    }
                    break;
                case ",":
                    if (end < limit && SUBJECT_FOLLOWERS.contains(t.lower[end])) {
                        break; // "Pointing at its presence in Idlib, Russia said": a subject
                    }
                    // "Idlib, Syria": a name after another place name
                    if (p - 1 >= first && t.isCapitalized(p - 1) && p - 2 >= first && isLocative(t, p - 2, first)) {
                        return true;
                    }
                    if (p - 1 >= first && t.isCapitalized(p - 1) && p - 2 >= first && t.lowerAt(p - 2).equals("of")) {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return false;
    }

    private static boolean isTitleWord(String lower) {
        return TitledPeople.HEADS.contains(lower) || TitledPeople.MODIFIERS.contains(lower);
    }

    /** After a possessive: "Syria’s devastated cities", "Syria’s Idlib" are places; "Russia’s arms exporter" is not. */
    private static boolean possessesPlace(DocumentTokens t, int from, int limit) {
        for (int k = from; k < Math.min(limit, from + POSSESSIVE_LOOKAHEAD); k++) {
            if (PLACE_NOUNS.contains(t.lower[k])) {
                return true;
            }
            if (k == from && t.isCapitalized(k) && !isTitleWord(t.lower[k])) {
                return true; // "Syria’s Idlib"; but "France’s Permanent Representative" is the state's
            }
            if (!Character.isLowerCase(t.word[k].charAt(0))) {
                break;
            }
        }
        return false;
    }
}
