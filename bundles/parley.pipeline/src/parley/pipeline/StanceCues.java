package parley.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import parley.store.AtomicFiles;
import parley.store.DocumentException;
import parley.types.TagValues;

/**
 * The stance cues as an analyst sees and extends them: the groups that ship in {@code lexicon/english.json},
 * then a project's additions, kept in {@code .parley/lexicon.json} in the same format ({@code {"cues": [groups]}}).
 * An added word joins a group of its own that copies the polarity, class and prepositions of the shipped group it
 * was added to; the next tagging run of the project uses it.
 */
public final class StanceCues {

    /** The file name of a project's additions, beside its catalogue in {@code .parley/}. */
    public static final String ADDITIONS_FILE = "lexicon.json";

    /** A group of cues: what it expresses, its words, and whether an analyst added it. */
    public record Group(int index, String polarity, String codebookClass, List<String> verbs, List<String> nouns, List<String> forms,
            List<String> prepositions, List<String> requires, boolean added) {

        /** Every word of the group, verbs as their lemma. */
        public List<String> words() {
            List<String> all = new ArrayList<>(verbs);
            all.addAll(nouns);
            all.addAll(forms);
            return all;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private StanceCues() {
    }

    static List<JsonNode> shippedGroups() {
        List<JsonNode> out = new ArrayList<>();
        Vocabulary.root().path("cues").forEach(out::add);
        return out;
    }

    /** The shipped groups and, if {@code additions} is a file, the project's. */
    public static List<Group> groups(Path additions) throws DocumentException {
        List<Group> out = new ArrayList<>();
        for (JsonNode g : shippedGroups()) {
            out.add(group(out.size(), g, false));
        }
        for (JsonNode g : added(additions)) {
            out.add(group(out.size(), g, true));
        }
        return out;
    }

    /** The lexicon a tagging run of the project uses: the shipped cues, then its additions. */
    static CueLexicon lexicon(Path additions) throws DocumentException {
        List<JsonNode> all = shippedGroups();
        all.addAll(added(additions));
        return new CueLexicon(all);
    }

    /**
     * Adds {@code word} to the project's additions as a cue like those of {@code like}: as a verb lemma (every
     * inflection counts) or as an exact word (a noun, an adjective, an irregular form). Written atomically.
     */
    public static void add(Path additions, Group like, String word, boolean verb) throws DocumentException {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.isEmpty() || w.chars().anyMatch(Character::isWhitespace)) {
            throw new DocumentException(additions, "a cue is one word: \"" + word.strip() + "\"");
        }
        ObjectNode root = JSON.createObjectNode();
        ArrayNode cues = root.putArray("cues");
        added(additions).forEach(cues::add);
        ObjectNode g = cues.addObject();
        g.put("polarity", like.polarity());
        g.put("class", like.codebookClass().replaceAll(" \\(added by an analyst\\)$", "") + " (added by an analyst)");
        g.putArray(verb ? "verbs" : "forms").add(w);
        if (!like.prepositions().isEmpty()) {
            ArrayNode p = g.putArray("prepositions");
            like.prepositions().forEach(p::add);
        }
        if (!like.requires().isEmpty()) {
            ArrayNode r = g.putArray("requires");
            like.requires().forEach(r::add);
        }
        byte[] bytes;
        try {
            bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new DocumentException(additions, "cannot be written: " + e.getOriginalMessage());
        }
        AtomicFiles.write(additions, out -> out.write(bytes));
    }

    private static List<JsonNode> added(Path additions) throws DocumentException {
        List<JsonNode> out = new ArrayList<>();
        if (additions == null || !Files.isRegularFile(additions)) {
            return out;
        }
        JsonNode root;
        try {
            root = JSON.readTree(additions.toFile());
        } catch (IOException e) {
            throw new DocumentException(additions, "is not a valid stance lexicon (" + e.getMessage() + ")");
        }
        if (root == null || !root.path("cues").isArray()) {
            throw new DocumentException(additions, "is not a stance lexicon: it needs a \"cues\" list of groups");
        }
        for (JsonNode g : root.path("cues")) {
            String polarity = g.path("polarity").asText();
            if (!polarity.equals(TagValues.SUPPORT) && !polarity.equals(TagValues.OPPOSE)) {
                throw new DocumentException(additions, "a cue group has polarity \"" + polarity + "\"; it must be SUPPORT or OPPOSE");
            }
            out.add(g);
        }
        return out;
    }

    private static Group group(int index, JsonNode g, boolean added) {
        return new Group(index, g.path("polarity").asText(), g.path("class").asText(), Vocabulary.strings(g.path("verbs")),
                Vocabulary.strings(g.path("nouns")), Vocabulary.strings(g.path("forms")), Vocabulary.strings(g.path("prepositions")),
                Vocabulary.strings(g.path("requires")), added);
    }
}
