package parley.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Stance cues of the codebook, read from {@code lexicon/english.json} ({@link Vocabulary}) and a project's
 * additions ({@link StanceCues}): verbs (any
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

    /**
     * A cue word: its polarity, whether it is a noun, the prepositions that must introduce its target (none: the
     * target follows freely), whether its target is its direct object, the words one of which must follow it in its
     * sentence ("listed ... as terrorist"), whether only an agreement can be its target ("reached a deal"), the frame its
     * stances are counted in (null: by its part of speech), the words that, just before it, undo it ("severed its
     * ties with") or that it needs just before it ("raised the cost to"), whether its preposition comes after its object ("captured the town from IS"), and whether the
     * roles are reversed: the actor after the cue holds the stance towards its subject ("relies on Russia"), and the words
     * that, just after it, make it another verb ("back down"), and the words one of which (or a name) must follow it right
     * after ("armed the rebels", not "armed groups"; none: any), and whether a noun's possessor is what it is done to
     * ("called for Assad’s removal": Assad is the target, the clause's subject holds).
     */
    record Cue(String word, String polarity, boolean noun, Set<String> prepositions, boolean direct, Set<String> requires,
            boolean agreementsOnly, String frame, Set<String> notAfter, Set<String> onlyAfter, boolean prepositionAfterObject,
            boolean reversed, Set<String> notBefore, Set<String> onlyBefore, boolean possessorIsTarget) {

        boolean needsPreposition() {
            return !prepositions.isEmpty();
        }
    }

    private final Map<String, Cue> forms = new HashMap<>();
    /** Every word's verb reading and noun reading apart: "killing" is both ("the killing of", "killing HTS fighters"). */
    private final Map<String, Cue> verbReadings = new HashMap<>();
    private final Map<String, Cue> nounReadings = new HashMap<>();
    /** Cues that take only an agreement as target; a word may be one of these and a general cue too ("struck"). */
    private final Map<String, Cue> agreementForms = new HashMap<>();
    /** Cue words switched off for a leave-one-document-out run (system property {@value #OFF_PROPERTY}). */
    static final String OFF_PROPERTY = "parley.cues.off";
    private static final Set<String> OFF = Set.of(System.getProperty(OFF_PROPERTY, "").split(","));

    /** The shipped cues alone. */
    static final CueLexicon SHIPPED = new CueLexicon(StanceCues.shippedGroups());

    /** The cues of these groups (lexicon format), in their order. */
    CueLexicon(List<JsonNode> groups) {
        // in the groups' order: a verb form does not displace an earlier entry; nouns and exact forms do
        for (JsonNode group : groups) {
            String polarity = group.path("polarity").asText();
            Set<String> prepositions = Set.copyOf(Vocabulary.strings(group.path("prepositions")));
            Set<String> requires = Set.copyOf(Vocabulary.strings(group.path("requires")));
            boolean agreements = "agreement".equals(group.path("target").asText());
            String frame = group.path("frame").isTextual() ? group.path("frame").asText() : null;
            Set<String> notAfter = Set.copyOf(Vocabulary.strings(group.path("notAfter")));
            Set<String> onlyAfter = Set.copyOf(Vocabulary.strings(group.path("onlyAfter")));
            Set<String> notBefore = Set.copyOf(Vocabulary.strings(group.path("notBefore")));
            Set<String> onlyBefore = Set.copyOf(Vocabulary.strings(group.path("onlyBefore")));
            boolean afterObject = group.path("prepositionAfterObject").asBoolean(false);
            boolean reversed = "object".equals(group.path("holder").asText());
            boolean possessorIsTarget = "target".equals(group.path("possessor").asText());
            // a group's words share everything but the word and whether it is a noun
            BiFunction<String, Boolean, Cue> cueOf = (word, noun) -> new Cue(word, polarity, noun, prepositions,
                    !noun && DIRECT_OBJECT.contains(word), requires, agreements, frame, notAfter, onlyAfter, afterObject, reversed,
                    notBefore, onlyBefore, possessorIsTarget);
            Map<String, Cue> into = agreements ? agreementForms : forms;
            for (String lemma : Vocabulary.strings(group.path("verbs"))) {
                Cue cue = cueOf.apply(lemma, false);
                for (String form : inflections(lemma)) {
                    into.putIfAbsent(form, cue);
                    if (!agreements) {
                        verbReadings.putIfAbsent(form, cue);
                    }
                }
            }
            for (String w : Vocabulary.strings(group.path("nouns"))) {
                Cue cue = cueOf.apply(w, true);
                into.put(w, cue);
                if (!agreements) {
                    nounReadings.putIfAbsent(w, cue);
                }
            }
            for (String form : Vocabulary.strings(group.path("forms"))) {
                Cue cue = cueOf.apply(form, false);
                into.put(form, cue);
                if (!agreements) {
                    verbReadings.putIfAbsent(form, cue);
                }
            }
        }
    }

    static String[] inflections(String lemma) {
        boolean consonantY = lemma.matches(".*[^aeiou]y");
        String root = consonantY ? lemma.substring(0, lemma.length() - 1) : lemma;
        String third = consonantY ? root + "ies" : lemma.matches(".*(s|sh|ch|x|z)") ? lemma + "es" : lemma + "s";
        String past = consonantY ? root + "ied" : lemma.endsWith("e") ? lemma + "d" : lemma + "ed";
        String ing = lemma.endsWith("e") && !lemma.endsWith("ee") ? lemma.substring(0, lemma.length() - 1) + "ing" : lemma + "ing";
        // one-syllable verbs ending consonant-vowel-consonant double it: "bar" -> "barred"
        // longer ones do when the last syllable is stressed ("expel" -> "expelled", "commit" -> "committed"), and British
        // spelling doubles a final l ("channel" -> "channelled"): both forms are kept, the wrong one never occurs
        if (lemma.matches(".*([^aeiou]|qu)[aeiou][bdglmnprt]")) { // "qu" sounds as a consonant: "equip" -> "equipped"
            char last = lemma.charAt(lemma.length() - 1);
            return new String[] {lemma, third, lemma + last + "ed", lemma + last + "ing", past, ing};
        }
        return new String[] {lemma, third, past, ing};
    }

    /** The cue that a lower-case token is, or null. */
    Cue lookup(String lowerToken) {
        return usable(lowerToken, forms.get(lowerToken));
    }

    /** The token read as a verb ("killing HTS fighters"), or null where it is no verb cue. */
    Cue lookupVerb(String lowerToken) {
        return usable(lowerToken, verbReadings.get(lowerToken));
    }

    /** The token read as a noun ("Iran’s backing of Hezbollah"), or null where it is no noun cue. */
    Cue lookupNoun(String lowerToken) {
        return usable(lowerToken, nounReadings.get(lowerToken));
    }

    /** The cue that a lower-case token is when its target is an agreement ("reached a deal"), or null. */
    Cue lookupForAgreement(String lowerToken) {
        return usable(lowerToken, agreementForms.get(lowerToken));
    }

    private static Cue usable(String token, Cue cue) {
        return cue == null || NOT_CUES.contains(token) || OFF.contains(cue.word()) ? null : cue;
    }
}
