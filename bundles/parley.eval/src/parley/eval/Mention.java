package parley.eval;

/** An Actor or Agreement mention: span and ID; {@code optional} only for gold. */
public record Mention(String document, int begin, int end, String id, boolean optional) {

    public boolean overlaps(int b, int e) {
        return begin < e && b < end;
    }
}
