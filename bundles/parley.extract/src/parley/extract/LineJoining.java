package parley.extract;

import java.util.List;

/** Joins the lines of one printed paragraph into one line of text, undoing the hyphenation of broken words. */
final class LineJoining {

    private LineJoining() {
    }

    static String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            append(out, line);
        }
        return out.toString();
    }

    /** Appends a line to text that ends with a line of the same paragraph. */
    static void append(StringBuilder out, String line) {
        if (out.isEmpty()) {
            out.append(line);
            return;
        }
        int last = out.length() - 1;
        boolean hyphen = out.charAt(last) == '-' && last > 0 && Character.isLetter(out.charAt(last - 1));
        if (hyphen && Character.isLowerCase(line.charAt(0)) && Character.isLowerCase(out.charAt(last - 1))) {
            out.setLength(last); // "cease-" + "fire" -> "ceasefire": a word broken at the margin
            out.append(line);
        } else if (hyphen) {
            out.append(line); // "Turkish-" + "Russian": the hyphen is the word's own
        } else {
            out.append(' ').append(line);
        }
    }

    /** Whether a paragraph's text ends where a sentence can end (not cut by a page or column break). */
    static boolean endsASentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return true;
        }
        char c = t.charAt(t.length() - 1);
        return ".?!:;\"”’)]".indexOf(c) >= 0;
    }
}
