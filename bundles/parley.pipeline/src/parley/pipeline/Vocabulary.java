package parley.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The pipeline's English vocabulary, read once from {@code lexicon/english.json} in this bundle: the stance
 * cues ({@link CueLexicon}) and the named word lists the taggers' rules use. Vocabulary is data, so that a
 * linguist or an analyst can read and extend it without touching the rules.
 */
final class Vocabulary {

    static final String RESOURCE = "/lexicon/english.json";

    private static final JsonNode ROOT = load();

    private Vocabulary() {
    }

    private static JsonNode load() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the vocabulary " + RESOURCE + " is missing from the parley.pipeline bundle");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the vocabulary " + RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    static JsonNode root() {
        return ROOT;
    }

    private static JsonNode word(String name) {
        JsonNode n = ROOT.path("words").path(name);
        if (n.isMissingNode()) {
            throw new IllegalStateException(RESOURCE + " has no word list \"" + name + "\"");
        }
        return n;
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asText()));
        return out;
    }

    /** A named word list, as a set. */
    static Set<String> set(String name) {
        return Set.copyOf(strings(word(name)));
    }

    /** A named word list in its order. */
    static List<String> list(String name) {
        return List.copyOf(strings(word(name)));
    }

    /** A named map from a word to a set of words. */
    static Map<String, Set<String>> map(String name) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        word(name).properties().forEach(e -> out.put(e.getKey(), new LinkedHashSet<>(strings(e.getValue()))));
        return Map.copyOf(out);
    }
}
