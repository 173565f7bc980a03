package parley.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import parley.types.TagValues;

/** The vocabulary the rules read is well-formed data: every cue group has a codebook polarity and words. */
class VocabularyTest {

    private static JsonNode lexicon() throws Exception {
        try (InputStream in = VocabularyTest.class.getResourceAsStream("/lexicon/english.json")) {
            assertTrue(in != null, "lexicon/english.json is not in the bundle");
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyCueGroupHasAPolarityAClassAndWords() throws Exception {
        for (JsonNode group : lexicon().path("cues")) {
            assertTrue(TagValues.polarities().contains(group.path("polarity").asText()), group.toString());
            assertFalse(group.path("class").asText().isBlank(), "a cue group without its codebook class: " + group);
            int words = group.path("verbs").size() + group.path("nouns").size() + group.path("forms").size();
            assertTrue(words > 0, group.toString());
            for (String key : List.of("verbs", "nouns", "forms", "prepositions")) {
                group.path(key).forEach(w -> assertEquals(w.asText().strip().toLowerCase(java.util.Locale.ROOT), w.asText(),
                        "words are lower-case and trimmed: " + w));
            }
        }
    }

    @Test
    void everyWordListIsNonEmpty() throws Exception {
        lexicon().path("words").properties().forEach(e -> assertFalse(e.getValue().isEmpty(), e.getKey() + " is empty"));
        assertTrue(Set.of("StanceTagger.NEGATIONS", "AgreementTagger.MONTHS", "PlaceContext.LOCATIVE").stream()
                .allMatch(k -> lexiconHas(k)));
    }

    private static boolean lexiconHas(String key) {
        try {
            return !lexicon().path("words").path(key).isMissingNode();
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void inflectedFormsOfTheDataLemmasAreCues() throws Exception {
        // "upholds" and "denounced" are nowhere in the code: the lemmas "uphold" and "denounce" are in the data
        assertEquals(List.of("RUS SUPPORT SOCHI_2018"), Tagged.text("Russia upholds the Sochi agreement.").stanceTriples());
        assertEquals(List.of("TUR OPPOSE SYR_GOV"), Tagged.text("Turkey denounced the Syrian government.").stanceTriples());
    }
}
