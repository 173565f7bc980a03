package parley.learn;

import java.util.List;

/**
 * What was learned from the analysts' decisions, with the decisions it came from.
 *
 * @param kind     ALIAS: {@code surface} is an unknown name of the actor {@code value}; SUPPRESS: suggestions of
 *                 {@code type} with {@code surface} (after the word {@code before}, or anywhere when it is "*") are not
 *                 made any more; CUE: the project's own acceptance rate of a stance cue ({@code surface})
 * @param kept     how many suggestions of the pattern analysts kept
 * @param rejected how many they rejected
 * @param flipped  for a cue, how many of its stances had their polarity changed
 */
public record LearnedRule(Kind kind, String type, String surface, String before, String value, List<ReviewedTag> evidence, int kept,
        int rejected, int flipped) {

    public enum Kind {
        ALIAS, SUPPRESS, CUE
    }

    public static final String ANYWHERE = "*";

    public LearnedRule {
        evidence = List.copyOf(evidence);
    }

    /** A name that says what the rule is and stays the same when it is learned again (for accept/dismiss). */
    public String key() {
        return kind + "|" + type + "|" + surface + "|" + before + "|" + (kind == Kind.ALIAS ? value : "");
    }

    /** The project's own rate of keeping suggestions of this pattern. */
    public double acceptance() {
        return kept + rejected == 0 ? 0 : (double) kept / (kept + rejected);
    }

    /** A cue whose polarity analysts keep changing. */
    public boolean flagged(LearningSettings settings) {
        return kind == Kind.CUE && flipped >= settings.flipMinimum();
    }

    /** What the rule says, in the analyst's words. */
    public String describe() {
        return switch (kind) {
            case ALIAS -> "“" + surface + "” names " + value + " (tagged by hand " + evidence.size() + " times)";
            case SUPPRESS -> "stop suggesting " + type.toLowerCase() + " “" + surface + "”" + (ANYWHERE.equals(before) ? "" : " after “" + before + "”")
                    + " (rejected " + rejected + ", kept " + kept + ")";
            case CUE -> "stance cue " + surface + ": kept " + kept + " of " + (kept + rejected) + (flipped > 0 ? ", polarity changed " + flipped + " times" : "");
        };
    }

    /** Whether a suggestion of this type, text and context is one the rule suppresses. */
    public boolean suppresses(String tagType, String normalisedSurface, String wordBefore) {
        return kind == Kind.SUPPRESS && type.equals(tagType) && surface.equals(normalisedSurface)
                && (ANYWHERE.equals(before) || before.equals(wordBefore));
    }
}
