package parley.learn;

/**
 * One decision of an analyst on a tag: what was there (its type, document, span, text and the word before it), what
 * the analyst made of it ({@code status}: ACCEPTED, CORRECTED, REJECTED or MANUAL), and which rule had suggested it.
 *
 * @param type    ACTOR, AGREEMENT or STANCE
 * @param text    the tag's text as written, without a leading "the" (what an alias is made of)
 * @param surface the tag's text, normalised ({@link Surfaces#normalise}); for a stance, its cue ({@link #origin}'s frame/cue)
 * @param before  the word before the tag, lower case ("" at the start of the text)
 * @param id      what the tag finally says: the actor or agreement ID; for a stance "HOLDER POLARITY TARGET"
 * @param origin  the rule that suggested it ("parley.pipeline.StanceTagger/verb/backed"), or the analyst for MANUAL
 * @param flipped for a corrected stance, whether its polarity was changed
 */
public record ReviewedTag(String type, String document, int begin, int end, String text, String surface, String before, String status, String id,
        String origin, boolean flipped) {

    public static final String ACTOR = "ACTOR";
    public static final String AGREEMENT = "AGREEMENT";
    public static final String STANCE = "STANCE";

    /** Whether the pipeline had suggested it (everything but an analyst's own tag). */
    public boolean wasSuggested() {
        return !"MANUAL".equals(status);
    }

    /** A suggestion the analyst kept as a tag (unchanged or corrected). */
    public boolean kept() {
        return "ACCEPTED".equals(status) || "CORRECTED".equals(status);
    }

    public boolean rejected() {
        return "REJECTED".equals(status);
    }
}
