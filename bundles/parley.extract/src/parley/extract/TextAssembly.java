package parley.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays blocks out as the document text: one block per paragraph, a blank line between them, the notes after the
 * body under a "Notes" line, so that the codebook's rule for bibliographic matter applies to them as a whole.
 */
final class TextAssembly {

    static final String NOTES_HEADING = "Notes";

    private TextAssembly() {
    }

    /** A block's text on one line: non-breaking spaces, line breaks and runs of spaces become one space. */
    static String oneLine(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    static Extraction assemble(List<Block> body, List<Block> notes, int pages, DocumentMetadata metadata, String format) {
        StringBuilder text = new StringBuilder();
        List<Integer> pageStarts = new ArrayList<>();
        for (Block b : body) {
            if (b.text().isBlank()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            while (pageStarts.size() < b.page()) {
                pageStarts.add(text.length()); // a page with no body text of its own starts where the next text does
            }
            text.append(b.text().strip());
        }
        int notesStart = -1;
        if (notes.stream().anyMatch(n -> !n.text().isBlank())) {
            text.append(text.isEmpty() ? "" : "\n\n");
            notesStart = text.length();
            text.append(NOTES_HEADING);
            for (Block n : notes) {
                if (!n.text().isBlank()) {
                    text.append("\n\n").append(n.text().strip());
                }
            }
        }
        while (pageStarts.size() < pages) {
            pageStarts.add(notesStart >= 0 ? notesStart : text.length());
        }
        if (!text.isEmpty()) {
            text.append('\n');
        }
        return new Extraction(text.toString(), pageStarts, notesStart, metadata, format);
    }
}
