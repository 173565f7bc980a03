package parley.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads gold files (shared/annotation-format.md) and checks that each span's text matches the document. */
public final class GoldReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldReader() {
    }

    /**
     * @param text the document text, or null to skip the span check
     */
    public static AnnotatedDocument read(Path file, String text) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.hasNonNull("document")) {
            throw new IOException(file + ": no \"document\" field");
        }
        String doc = root.get("document").asText();
        List<Mention> actors = mentions(file, doc, root.path("actors"), text);
        List<Mention> agreements = mentions(file, doc, root.path("agreements"), text);
        List<StanceMention> stances = new ArrayList<>();
        for (JsonNode s : root.path("stances")) {
            stances.add(new StanceMention(doc, s.path("begin").asInt(), s.path("end").asInt(), s.path("holder").asText(),
                    s.path("polarity").asText(), s.path("target").asText()));
        }
        return new AnnotatedDocument(doc, text, actors, agreements, stances);
    }

    private static List<Mention> mentions(Path file, String doc, JsonNode array, String text) throws IOException {
        List<Mention> out = new ArrayList<>();
        for (JsonNode m : array) {
            int b = m.path("begin").asInt();
            int e = m.path("end").asInt();
            if (text != null && (b < 0 || e > text.length() || b > e || (m.has("text") && !text.substring(b, e).equals(m.get("text").asText())))) {
                throw new IOException(file + ": span " + b + "-" + e + " does not hold \"" + m.path("text").asText() + "\" in " + doc);
            }
            out.add(new Mention(doc, b, e, m.path("id").asText(), m.path("optional").asBoolean(false)));
        }
        return out;
    }

    public static List<Path> goldFiles(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
