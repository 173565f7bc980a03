package parley.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one tokenisation of Parley: documents and catalogue aliases are cut the same way, so that an
 * alias matches the text token for token. Words keep inner hyphens and apostrophes; initialisms
 * ({@code U.S.}) are one token; a possessive {@code 's} is its own token.
 */
public final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"
                    + "|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*"
                    + "|\\p{N}+(?:[.,:/]\\p{N}+)*"
                    + "|[^\\s\\p{Z}]");

    private Tokenizer() {
    }

    /** Token spans in {@code text[from, to)} as consecutive begin/end pairs. */
    public static int[] spans(CharSequence text, int from, int to) {
        Matcher m = TOKEN.matcher(text).region(from, to);
        int[] out = new int[16];
        int n = 0;
        while (m.find()) {
            int b = m.start();
            int e = m.end();
            int possessive = possessiveStart(text, b, e);
            if (possessive > b) {
                out = ensure(out, n + 2);
                out[n++] = b;
                out[n++] = possessive;
                b = possessive;
            }
            out = ensure(out, n + 2);
            out[n++] = b;
            out[n++] = e;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The tokens of a phrase, as strings. */
    public static List<String> words(String phrase) {
        int[] s = spans(phrase, 0, phrase.length());
        List<String> words = new ArrayList<>(s.length / 2);
        for (int i = 0; i < s.length; i += 2) {
            words.add(phrase.substring(s[i], s[i + 1]));
        }
        return words;
    }

    /** Folds the typographic apostrophe so that {@code Hei’at} and {@code Hei'at} compare equal. */
    public static String fold(String token) {
        return token.indexOf('\'') >= 0 ? token.replace('\'', '’') : token;
    }

    private static int[] ensure(int[] a, int size) {
        return size <= a.length ? a : java.util.Arrays.copyOf(a, Math.max(size, a.length * 2));
    }

    /** Start of a trailing {@code 's}/{@code ’s} in the token, or -1. */
    static int possessiveStart(CharSequence text, int b, int e) {
        if (e - b > 2 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
                && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '’')) {
            return e - 2;
        }
        return -1;
    }
}
