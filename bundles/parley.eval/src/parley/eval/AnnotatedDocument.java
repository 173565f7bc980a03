package parley.eval;

import java.util.List;

/** What one document holds, from gold or from predictions, with its text for context listings. */
public record AnnotatedDocument(String name, String text, List<Mention> actors, List<Mention> agreements, List<StanceMention> stances) {
}
