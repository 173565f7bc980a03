package parley.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Token-sequence dictionary with longest match. A phrase that starts with a lower-case word
 * ({@code the regime}) also matches with that word capitalised at a sentence start; in a title-case lexicon the later
 * lower-case words match capitalised too ({@code the Adana protocol}, "the Adana Protocol").
 */
final class PhraseLexicon<V> {

    record Entry<V>(String[] tokens, V value, boolean foldFirst) {
    }

    record Match<V>(int start, int end, V value) {
        int length() {
            return end - start;
        }
    }

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    private final boolean titleCase;

    /** A lexicon whose phrases match as written (besides a capitalised first word). */
    PhraseLexicon() {
        this(false);
    }

    /** @param titleCase whether a lower-case word after the first also matches capitalised ("the Adana Protocol") */
    PhraseLexicon(boolean titleCase) {
        this.titleCase = titleCase;
    }

    void add(List<String> tokens, V value) {
        if (tokens.isEmpty()) {
            return;
        }
        String[] t = tokens.stream().map(Tokenizer::fold).toArray(String[]::new);
        boolean foldFirst = Character.isLowerCase(t[0].charAt(0));
        byFirst.computeIfAbsent(t[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(new Entry<>(t, value, foldFirst));
    }

    void add(String phrase, V value) {
        add(Tokenizer.words(phrase), value);
    }

    /** Sorts entries so that the longest is tried first; call once after the last add. */
    void freeze() {
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((Entry<V> e) -> -e.tokens().length)));
    }

    /** The longest entry matching tokens from {@code i}, not crossing {@code limit}, or null. */
    Match<V> longestAt(DocumentTokens t, int i, int limit) {
        List<Entry<V>> entries = byFirst.get(t.lower[i]);
        if (entries == null) {
            return null;
        }
        for (Entry<V> e : entries) {
            int n = e.tokens().length;
            if (i + n > limit) {
                continue;
            }
            // "al-Qaeda" matches "al-Qaeda" and "Al-Qaeda"; the lexicon's key is the lower-cased first word already
            boolean ok = e.foldFirst() ? t.lower[i].equals(e.tokens()[0].toLowerCase(Locale.ROOT)) : t.word[i].equals(e.tokens()[0]);
            for (int k = 1; ok && k < n; k++) {
                String want = e.tokens()[k];
                ok = t.word[i + k].equals(want) || titleCase && Character.isLowerCase(want.charAt(0))
                        && t.word[i + k].length() == want.length() && Character.isUpperCase(t.word[i + k].charAt(0))
                        && t.word[i + k].regionMatches(1, want, 1, want.length() - 1);
            }
            if (ok) {
                return new Match<>(i, i + n, e.value());
            }
        }
        return null;
    }
}
