package parley.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns printed pages into the blocks of a text: running headers and footers and page numbers are dropped, the
 * footnotes at the foot of a page go to the notes, and a paragraph cut by a column or page break is joined again.
 */
final class PrintedLayout {

    /** A line that is only a page number: "12", "- 12 -", "Page 12", "Page 12 of 40", "12/40". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^[-–—\\s]*(page\\s+)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?[-–—\\s]*$");
    /** A footnote's first line: its number, then its text ("12 Crisis Group interview, ..."). */
    private static final Pattern NOTE_START = Pattern.compile("^(\\d{1,3})[.)]?\\s+\\S.*");
    /** How many lines at the head and at the foot of a page can be running furniture. */
    private static final int EDGE_LINES = 2;
    /** A line at a page's edge is furniture when it recurs (numbers aside) on this share of pages. */
    private static final double RECURRING_SHARE = 0.5;

    private PrintedLayout() {
    }

    record Layout(List<Block> body, List<Block> notes) {
    }

    static Layout of(List<List<List<String>>> pages) {
        Map<String, Integer> edgeCounts = edgeLineCounts(pages);
        int minimum = Math.max(2, (int) Math.ceil(pages.size() * RECURRING_SHARE));
        List<Block> body = new ArrayList<>();
        List<Block> notes = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            // the first page keeps recurring lines: a report's title there is the running header of the others
            List<List<String>> paragraphs = withoutFurniture(pages.get(p), edgeCounts, p == 0 ? Integer.MAX_VALUE : minimum);
            int firstNote = firstFootnote(paragraphs);
            for (int i = 0; i < paragraphs.size(); i++) {
                String text = LineJoining.join(paragraphs.get(i));
                if (i >= firstNote) {
                    for (List<String> note : eachNote(paragraphs.get(i))) {
                        notes.add(new Block(LineJoining.join(note), p + 1));
                    }
                } else if (!body.isEmpty() && continues(body.get(body.size() - 1).text(), text)) {
                    Block cut = body.remove(body.size() - 1);
                    StringBuilder joined = new StringBuilder(cut.text());
                    LineJoining.append(joined, text);
                    body.add(new Block(joined.toString(), cut.page()));
                } else {
                    body.add(new Block(text, p + 1));
                }
            }
        }
        return new Layout(body, notes);
    }

    /** A paragraph that goes on the one before, cut by a column or page break: that one ends mid-sentence, this starts in lower case. */
    private static boolean continues(String before, String next) {
        return !LineJoining.endsASentence(before) && !next.isEmpty() && Character.isLowerCase(next.charAt(0));
    }

    private static String key(String line) {
        return line.strip().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#");
    }

    private static Map<String, Integer> edgeLineCounts(List<List<List<String>>> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<List<String>> page : pages) {
            List<String> lines = page.stream().flatMap(List::stream).toList();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                if (i < EDGE_LINES || i >= lines.size() - EDGE_LINES) {
                    seen.add(key(lines.get(i)));
                }
            }
            seen.forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        return counts;
    }

    private static List<List<String>> withoutFurniture(List<List<String>> page, Map<String, Integer> edgeCounts, int minimum) {
        int total = page.stream().mapToInt(List::size).sum();
        List<List<String>> out = new ArrayList<>();
        int index = 0;
        for (List<String> paragraph : page) {
            List<String> kept = new ArrayList<>();
            for (String line : paragraph) {
                boolean edge = index < EDGE_LINES || index >= total - EDGE_LINES;
                boolean furniture = edge && (PAGE_NUMBER.matcher(line).matches() || edgeCounts.getOrDefault(key(line), 0) >= minimum);
                if (!furniture) {
                    kept.add(line);
                }
                index++;
            }
            if (!kept.isEmpty()) {
                out.add(kept);
            }
        }
        return out;
    }

    /**
     * The index of the first of the paragraphs at the foot of the page that are all footnotes (each opens with its
     * number, the numbers rising, each referenced in the page's text above it), or the page's size when there are none.
     */
    private static int firstFootnote(List<List<String>> paragraphs) {
        int first = paragraphs.size();
        int next = Integer.MAX_VALUE;
        for (int i = paragraphs.size() - 1; i > 0; i--) {
            var m = NOTE_START.matcher(paragraphs.get(i).get(0));
            if (!m.matches()) {
                break;
            }
            int number = Integer.parseInt(m.group(1));
            if (number >= next || !referencedAbove(paragraphs, i, m.group(1))) {
                break;
            }
            next = number;
            first = i;
        }
        return first;
    }

    /** Whether a note number stands as a reference mark in the paragraphs before {@code index}: "the ceasefire.12" */
    private static boolean referencedAbove(List<List<String>> paragraphs, int index, String number) {
        Pattern mark = Pattern.compile("[\\p{L}.,;:”’\"')\\]]" + number + "(?!\\d)");
        for (int i = 0; i < index; i++) {
            for (String line : paragraphs.get(i)) {
                if (mark.matcher(line).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The notes in one printed paragraph: a line opening with the next number starts the next note. */
    private static List<List<String>> eachNote(List<String> lines) {
        List<List<String>> out = new ArrayList<>();
        int expected = -1;
        for (String line : lines) {
            var m = NOTE_START.matcher(line);
            if (out.isEmpty() || m.matches() && Integer.parseInt(m.group(1)) == expected) {
                out.add(new ArrayList<>());
                expected = m.matches() ? Integer.parseInt(m.group(1)) + 1 : -1;
            }
            out.get(out.size() - 1).add(line);
        }
        return out;
    }
}
