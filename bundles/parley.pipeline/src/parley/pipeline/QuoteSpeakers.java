package parley.pipeline;

import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import parley.pipeline.StanceTagger.Mention;

/**
 * Who speaks a quotation: "we", "our" and "I" inside it stand for the speaker, named before it ("Jolani said:
 * “We have contained Hurras al-Din”") or after it ("“We fought ISIS”, a senior HTS figure asserted").
 */
final class QuoteSpeakers {

    /** Verbs that introduce or close a quotation ("said", "put it", "went further"). */
    static final Set<String> SPEECH_VERBS = Vocabulary.set("QuoteSpeakers.SPEECH_VERBS");
    /** First-person pronouns: inside a quotation, the speaker. */
    static final Set<String> FIRST_PERSON = Vocabulary.set("QuoteSpeakers.FIRST_PERSON");
    /** How far (in tokens) the speaker may stand from the quotation mark. */
    private static final int REACH = 12;
    /** How far back a quotation may have opened. */
    private static final int LONGEST_QUOTE = 400;

    private QuoteSpeakers() {
    }

    /**
     * The speaker of the quotation around token {@code k}, or null when it is not in one or no actor speaks it.
     * {@code pronounSpeaker} resolves a speaker that is itself a pronoun ("As he put it: “…”").
     */
    static Mention speakerAround(DocumentTokens t, int k, List<Mention> all, IntFunction<Mention> pronounSpeaker) {
        int open = opening(t, k);
        if (open < 0) {
            return null;
        }
        Mention before = speakerBefore(t, open, all, pronounSpeaker);
        if (before != null) {
            return before;
        }
        int close = closing(t, k);
        return close < 0 ? null : speakerAfter(t, close, all);
    }

    private static boolean isOpening(String w) {
        return w.equals("“") || w.equals("\"");
    }

    private static boolean isClosing(String w) {
        return w.equals("”") || w.equals("\"");
    }

    private static boolean newParagraph(DocumentTokens t, int j) {
        return j > 0 && t.text.substring(t.end[j - 1], t.begin[j]).indexOf('\n') >= 0;
    }

    /** The opening mark of the quotation around {@code k}, or -1. */
    private static int opening(DocumentTokens t, int k) {
        int straight = -1;
        int straightCount = 0;
        int curly = -1;
        for (int j = k; j >= 0 && j > k - LONGEST_QUOTE; j--) {
            String w = t.word[j];
            if (curly < 0 && w.equals("”") && j < k) {
                curly = -2; // a closed quotation ends before k: not inside a curly one
            }
            if (curly == -1 && w.equals("“")) {
                curly = j;
            }
            if (w.equals("\"")) {
                straightCount++;
                if (straight < 0) {
                    straight = j;
                }
            }
            if (newParagraph(t, j)) {
                break;
            }
        }
        if (curly >= 0) {
            return curly;
        }
        return straightCount % 2 == 1 ? straight : -1;
    }

    private static int closing(DocumentTokens t, int k) {
        for (int j = k + 1; j < t.size() && j < k + LONGEST_QUOTE; j++) {
            if (newParagraph(t, j)) {
                return -1;
            }
            if (isClosing(t.word[j])) {
                return j;
            }
            if (t.word[j].equals("“")) {
                return -1;
            }
        }
        return -1;
    }

    /** "Jolani said: “", "The Russian foreign ministry declared, for example: “", "As he put it: “". */
    private static Mention speakerBefore(DocumentTokens t, int open, List<Mention> all, IntFunction<Mention> pronounSpeaker) {
        List<Mention> near = startingBetween(t, all, open - 3 * REACH, open);
        for (int v = open - 1; v >= 0 && v >= open - REACH && !isClosing(t.word[v]) && !newParagraph(t, v + 1); v--) {
            if (!SPEECH_VERBS.contains(t.lower[v])) {
                continue;
            }
            for (int j = v - 1; j >= 0 && j >= v - REACH / 2 && !isClosing(t.word[j]) && !isOpening(t.word[j]); j--) {
                Mention m = actor(StanceTagger.endingAt(near, j + 1));
                if (m != null) {
                    return m;
                }
                if (StanceTagger.PERSON_PRONOUNS.contains(t.lower[j]) || StanceTagger.THING_PRONOUNS.contains(t.lower[j])) {
                    return StanceTagger.NOT_SUBJECT_PRONOUNS.contains(t.lower[j]) ? null : pronounSpeaker.apply(j);
                }
                if (t.word[j].equals(".") || t.word[j].equals(";")) {
                    break;
                }
            }
            return null;
        }
        return null;
    }

    /** "”, a senior HTS religious figure asserted.", "”, said a Turkish official." */
    private static Mention speakerAfter(DocumentTokens t, int close, List<Mention> all) {
        List<Mention> near = startingBetween(t, all, close, close + REACH + 1);
        int j = close + 1;
        if (j < t.size() && t.word[j].equals(",")) {
            j++;
        }
        Mention found = null;
        boolean spoken = false;
        for (; j < t.size() && j <= close + REACH; j++) {
            if (t.word[j].equals(".") || t.word[j].equals(";") || isOpening(t.word[j])) {
                break;
            }
            if (SPEECH_VERBS.contains(t.lower[j])) {
                spoken = true;
                if (found != null) {
                    break;
                }
            }
            Mention m = actor(StanceTagger.startingAt(near, j));
            if (m != null && found == null) {
                found = m;
                if (spoken) {
                    break;
                }
            }
        }
        return spoken ? found : null;
    }

    /** The document's mentions that start between the two tokens: a slice of {@code all}, which is sorted by start. */
    private static List<Mention> startingBetween(DocumentTokens t, List<Mention> all, int from, int to) {
        int lo = StanceTagger.lastStartingBefore(all, t.begin[Math.max(0, from)]) + 1;
        int hi = to >= t.size() ? all.size() : StanceTagger.lastStartingBefore(all, t.begin[to]) + 1;
        return all.subList(lo, Math.max(lo, hi));
    }

    private static Mention actor(Mention m) {
        return m != null && m.actor() ? m : null;
    }
}
