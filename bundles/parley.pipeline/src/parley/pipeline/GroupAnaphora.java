package parley.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import parley.pipeline.StanceTagger.Mention;

/**
 * "the two sides", "these three countries", "both governments": a definite plural that counts the actors it
 * refers to stands for the last coordination of that many actors ("Russia and Turkey … the two sides reached").
 */
final class GroupAnaphora {

    /** Nouns that such a phrase counts ("sides", "countries", "guarantors"). */
    static final Set<String> GROUP_NOUNS = Vocabulary.set("GroupAnaphora.GROUP_NOUNS");
    /** The number each count word says ("both" and "two": 2). */
    private static final Map<String, Set<String>> COUNTS = Vocabulary.map("GroupAnaphora.COUNTS");
    /** How many sentences back the coordination may stand. */
    private static final int SENTENCES_BACK = 2;

    private GroupAnaphora() {
    }

    /** How many actors the phrase whose head noun is at {@code j} counts ("the two sides": 2), or 0. */
    static int size(DocumentTokens t, int j) {
        if (j - 1 < 0 || !GROUP_NOUNS.contains(t.lower[j])) {
            return 0;
        }
        int count = countOf(t.lower[j - 1]);
        if (count == 0 && j - 2 >= 0 && Character.isLowerCase(t.word[j - 1].charAt(0))) {
            count = countOf(t.lower[j - 2]); // "the two warring sides"
        }
        return count;
    }

    /** "between the two sides": the phrase whose head is at {@code j} is a prepositional object, no subject. */
    static boolean afterPreposition(DocumentTokens t, int j, int first) {
        int p = j - 1;
        while (p >= first && (countOf(t.lower[p]) > 0 || Character.isLowerCase(t.word[p].charAt(0)) && !StanceTagger.PREPOSITIONS.contains(t.lower[p])
                && p >= j - 3)) {
            p--;
        }
        return p >= first && StanceTagger.PREPOSITIONS.contains(t.lower[p]);
    }

    private static int countOf(String w) {
        for (Map.Entry<String, Set<String>> e : COUNTS.entrySet()) {
            if (e.getValue().contains(w)) {
                return Integer.parseInt(e.getKey());
            }
        }
        return 0;
    }

    /**
     * The first actor of the last coordination of {@code n} different actors before token {@code j}, in its
     * sentence or the two before, or null.
     */
    static Mention antecedent(DocumentTokens t, int j, int n, List<Mention> all) {
        int sentence = t.sentence[j];
        for (int i = StanceTagger.lastStartingBefore(all, t.begin[j]); i >= 0; i--) {
            Mention last = all.get(i);
            if (last.end() > j || !last.actor()) {
                continue;
            }
            if (t.sentence[last.first()] < sentence - SENTENCES_BACK) {
                return null;
            }
            Mention first = last;
            Set<String> ids = new HashSet<>(Set.of(last.id()));
            for (int p = i - 1; p >= 0; p--) {
                Mention m = all.get(p);
                if (!m.actor() || m.end() > first.first() || !joined(t, m.end(), first.first())) {
                    break;
                }
                ids.add(m.id());
                first = m;
            }
            if (ids.size() == n && first != last) {
                return first;
            }
        }
        return null;
    }

    /** The actors coordinated after {@code first}, in order ("Russia, Turkey and – to a lesser extent – Iran"). */
    static List<Mention> restOfCoordination(DocumentTokens t, Mention first, List<Mention> all) {
        List<Mention> rest = new ArrayList<>();
        for (Mention next = nextInCoordination(t, first, all); next != null; next = nextInCoordination(t, next, all)) {
            rest.add(next);
        }
        return rest;
    }

    /** The actor coordinated right after {@code m}, or null. */
    private static Mention nextInCoordination(DocumentTokens t, Mention m, List<Mention> all) {
        for (int i = StanceTagger.lastStartingBefore(all, t.end[m.end() - 1]) + 1; i < all.size(); i++) {
            Mention next = all.get(i);
            if (next.first() >= m.end()) {
                return next.actor() && joined(t, m.end(), next.first()) ? next : null;
            }
        }
        return null;
    }

    /** Only "," and "and" between two mentions, and an aside between dashes ("and – to a lesser extent – Iran"). */
    private static boolean joined(DocumentTokens t, int from, int to) {
        if (from >= to) {
            return false;
        }
        boolean aside = false;
        for (int j = from; j < to; j++) {
            String w = t.lower[j];
            if (w.equals("–") || w.equals("—")) {
                aside = !aside;
            } else if (!aside && !w.equals(",") && !w.equals("and")) {
                return false;
            }
        }
        return !aside;
    }
}
