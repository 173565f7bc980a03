package parley.eval;

/**
 * A stance: evidence span, holder ID, polarity, target ID, and for a prediction the origin that made it
 * (null in gold).
 */
public record StanceMention(String document, int begin, int end, String holder, String polarity, String target, String origin) {

    public StanceMention(String document, int begin, int end, String holder, String polarity, String target) {
        this(document, begin, end, holder, polarity, target, null);
    }

    public boolean overlaps(StanceMention o) {
        return begin < o.end && o.begin < end;
    }

    /** The rule that made it, without the cue word: "parley.pipeline.StanceTagger/verb", then its polarity. */
    public String frame() {
        if (origin == null) {
            return "(no origin) " + polarity;
        }
        int slash = origin.lastIndexOf('/');
        return (origin.indexOf('/') < slash ? origin.substring(0, slash) : origin) + " " + polarity;
    }
}
