package parley.eval;

/** A stance: evidence span, holder ID, polarity, target ID. */
public record StanceMention(String document, int begin, int end, String holder, String polarity, String target) {

    boolean overlaps(StanceMention o) {
        return begin < o.end && o.begin < end;
    }
}
