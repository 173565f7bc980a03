package parley.store;

import java.util.Map;
import java.util.TreeMap;

import org.apache.uima.jcas.JCas;

import parley.type.Tag;
import parley.types.TagValues;

/** How many tags of each type (Actor, Agreement, Stance) a document holds in each review status. */
public record TagCounts(Map<String, Map<String, Integer>> byTypeAndStatus) {

    public static TagCounts of(JCas jcas) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Tag t : jcas.getAnnotationIndex(Tag.class)) {
            counts.computeIfAbsent(t.getType().getShortName(), k -> new TreeMap<>())
                    .merge(t.getStatus() == null ? "?" : t.getStatus(), 1, Integer::sum);
        }
        return new TagCounts(counts);
    }

    public int count(String type, String status) {
        return byTypeAndStatus.getOrDefault(type, Map.of()).getOrDefault(status, 0);
    }

    /** Suggestions of every type still awaiting review. */
    public int open() {
        return byTypeAndStatus.values().stream().mapToInt(m -> m.getOrDefault(TagValues.SUGGESTED, 0)).sum();
    }
}
