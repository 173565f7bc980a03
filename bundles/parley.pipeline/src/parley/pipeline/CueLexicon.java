package parley.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Stance cues of the codebook, read from {@code lexicon/english.json} ({@link Vocabulary}): verbs (any
 * inflection) and nominalisations that express SUPPORT or OPPOSE. A cue marked {@code needsPreposition} counts only with its target after one of its
 * prepositions ("offensive against", "support for").
 */
final class CueLexicon {

    /** Relational nouns that are also a holder's own head ("his Russian allies"). */
    static final Set<String> RELATIONAL = Set.copyOf(Vocabulary.strings(Vocabulary.root().path("relationalNouns")));

    /** Verbs whose target is their direct object, right after them ("prevent the United States from ..."). */
    static final Set<String> DIRECT_OBJECT = Set.copyOf(Vocabulary.strings(Vocabulary.root().path("directObjectVerbs")));

    /** Words that look like cues but mostly are not ("armed groups"). */
    private static final Set<String> NOT_CUES = Set.copyOf(Vocabulary.strings(Vocabulary.root().path("notCues")));

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
        // in the resource's order: a verb form does not displace an earlier entry; nouns and exact forms do
        for (com.fasterxml.jackson.databind.JsonNode group : Vocabulary.root().path("cues")) {
            String polarity = group.path("polarity").asText();
            Set<String> prepositions = Set.copyOf(Vocabulary.strings(group.path("prepositions")));
            verbs(polarity, Vocabulary.strings(group.path("verbs")));
            nouns(polarity, prepositions, Vocabulary.strings(group.path("nouns")));
            for (String form : Vocabulary.strings(group.path("forms"))) {
                FORMS.put(form, new Cue(polarity, false, NONE));
            }
        }
    }

    private CueLexicon() {
    }

    private static void verbs(String polarity, java.util.List<String> lemmas) {
        for (String lemma : lemmas) {
            Cue cue = new Cue(polarity, false, NONE, DIRECT_OBJECT.contains(lemma));
            for (String form : inflections(lemma)) {
                FORMS.putIfAbsent(form, cue);
            }
        }
    }

    private static void nouns(String polarity, Set<String> prepositions, java.util.List<String> words) {
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
        if (NOT_CUES.contains(lowerToken)) {
            return null;
        }
        return FORMS.get(lowerToken);
    }
}
