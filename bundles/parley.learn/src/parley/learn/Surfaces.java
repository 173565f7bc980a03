package parley.learn;

import java.util.Locale;

/** The forms under which tags are compared: lower case, single spaces, no leading article. */
public final class Surfaces {

    private Surfaces() {
    }

    public static String normalise(String text) {
        String s = text.replace('’', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** A tag's text as written, without a leading article ("the Tahrir al-Sham" -> "Tahrir al-Sham"): what an alias is made of. */
    public static String written(String text) {
        String s = text.strip();
        return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
    }

    /** Where a name stands as a whole word in a text. */
    public static java.util.regex.Pattern occurrences(String name) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
    }

    /** The word before {@code begin} in {@code text}, lower case; "" at its start or after a line break. */
    public static String wordBefore(String text, int begin) {
        int end = begin;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        return word.equals("the") && start > 0 ? wordBefore(text, start) : word; // "in the Idlib area": "in"
    }

    /** A stance suggestion's cue as its origin names it: "verb/backed" of "parley.pipeline.StanceTagger/verb/backed". */
    public static String cue(String origin) {
        if (origin == null) {
            return "";
        }
        int slash = origin.indexOf('/');
        return slash < 0 ? origin : origin.substring(slash + 1);
    }
}
