package parley.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects what Tika writes as XHTML for a word-processor file (Word, OpenDocument, RTF): each heading, paragraph
 * and list item a block; footnotes and endnotes ({@code div class="footnote"}) as numbered notes, their reference
 * marks in the text as "[n]".
 */
final class OfficeBlocks extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "td", "th");
    private static final Set<String> NOTE_CLASSES = Set.of("footnote", "endnote");
    /** Tika's reference marks: "[footnoteRef:3]", "[endnoteRef:2]". */
    private static final Pattern REFERENCE = Pattern.compile("\\[(?:footnote|endnote)Ref:(\\d+)\\]");

    final List<Block> body = new ArrayList<>();
    final List<Block> notes = new ArrayList<>();
    private final Deque<String> pendingNoteNumbers = new ArrayDeque<>();
    private int noteDepth;
    private int divDepth;
    private final Deque<Integer> noteDivs = new ArrayDeque<>();
    private StringBuilder block;
    private int blockDepth;
    private StringBuilder note;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if (localName.equals("div")) {
            divDepth++;
            if (NOTE_CLASSES.contains(atts.getValue("class"))) {
                noteDivs.push(divDepth);
                noteDepth++;
                note = new StringBuilder();
            }
        } else if (BLOCKS.contains(localName)) {
            if (blockDepth++ == 0) {
                block = new StringBuilder();
            } else {
                block.append(' ');
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (localName.equals("div")) {
            if (!noteDivs.isEmpty() && noteDivs.peek() == divDepth) {
                noteDivs.pop();
                noteDepth--;
                String number = pendingNoteNumbers.isEmpty() ? String.valueOf(notes.size() + 1) : pendingNoteNumbers.poll();
                String text = TextAssembly.oneLine(note.toString());
                if (!text.isEmpty()) {
                    notes.add(new Block(number + " " + text, 0));
                }
                note = null;
            }
            divDepth--;
        } else if (BLOCKS.contains(localName) && blockDepth > 0 && --blockDepth == 0) {
            String text = block.toString();
            block = null;
            if (noteDepth > 0) {
                note.append(note.isEmpty() ? "" : " ").append(text);
                return;
            }
            Matcher m = REFERENCE.matcher(text);
            StringBuilder marked = new StringBuilder();
            while (m.find()) {
                pendingNoteNumbers.add(m.group(1));
                m.appendReplacement(marked, "[" + m.group(1) + "]");
            }
            m.appendTail(marked);
            String clean = TextAssembly.oneLine(marked.toString());
            if (!clean.isEmpty()) {
                body.add(new Block(clean, 0));
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (block != null) {
            block.append(ch, start, length);
        }
    }
}
