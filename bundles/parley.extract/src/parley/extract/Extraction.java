package parley.extract;

import java.util.List;

/**
 * The text taken out of a report (PDF, web page, Word or OpenDocument file, RTF) and what is known about it.
 *
 * @param text       paragraphs separated by a blank line; a document's footnotes follow its body, after {@code notesStart}
 * @param pageStarts the offset in {@code text} where each page's first paragraph starts (page 1 first); empty where the
 *                   format has no pages
 * @param notesStart where the notes begin in {@code text}, or -1 when there are none
 * @param format     the media type that was read ("application/pdf")
 */
public record Extraction(String text, List<Integer> pageStarts, int notesStart, DocumentMetadata metadata, String format) {

    public Extraction {
        pageStarts = List.copyOf(pageStarts);
    }

    /** The page (from 1) that the character at {@code offset} is on, or 0 where the format has no pages. */
    public int pageAt(int offset) {
        return parley.store.ImportRecord.pageAt(pageStarts, offset);
    }
}
