package parley.review;

import java.util.Locale;
import java.util.function.Predicate;
import parley.types.TagValues;

/**
 * What the review tables show: each field null for "any". {@code status} "OPEN" means SUGGESTED,
 * "REVIEWED" any analyst decision except REJECTED. {@code text} matches the evidence, covered text,
 * IDs and origin, ignoring case.
 */
public record RowFilter(String status, String holder, String target, String polarity, String document, String text)
        implements Predicate<ReviewRow> {

    public static final String OPEN = "OPEN";
    public static final String REVIEWED = "REVIEWED";
    public static final RowFilter ANY = new RowFilter(null, null, null, null, null, null);

    public RowFilter withStatus(String s) {
        return new RowFilter(s, holder, target, polarity, document, text);
    }

    public RowFilter withHolder(String h) {
        return new RowFilter(status, h, target, polarity, document, text);
    }

    public RowFilter withTarget(String t) {
        return new RowFilter(status, holder, t, polarity, document, text);
    }

    public RowFilter withPolarity(String p) {
        return new RowFilter(status, holder, target, p, document, text);
    }

    public RowFilter withDocument(String d) {
        return new RowFilter(status, holder, target, polarity, d, text);
    }

    public RowFilter withText(String t) {
        return new RowFilter(status, holder, target, polarity, document, t == null || t.isBlank() ? null : t);
    }

    @Override
    public boolean test(ReviewRow r) {
        return matchesStatus(r.status())
                && (holder == null || holder.equals(r.holderId()))
                && (target == null || target.equals(r.targetId()))
                && (polarity == null || polarity.equals(r.polarity()))
                && (document == null || document.equals(r.document().name()))
                && (text == null || matchesText(r));
    }

    private boolean matchesStatus(String s) {
        if (status == null) {
            return true;
        }
        return switch (status) {
            case OPEN -> TagValues.SUGGESTED.equals(s);
            case REVIEWED -> s != null && !TagValues.SUGGESTED.equals(s) && !TagValues.REJECTED.equals(s);
            default -> status.equals(s);
        };
    }

    private boolean matchesText(ReviewRow r) {
        Needle needle = needle(text);
        // the covered text lies inside the evidence (its sentence), so the evidence answers for both
        return r.evidenceContains(needle.folded()) || contains(r.id(), needle.lower())
                || contains(r.holderId(), needle.lower()) || contains(r.targetId(), needle.lower()) || contains(r.origin(), needle.lower());
    }

    /** The filter text prepared for matching, once per pass over the rows rather than once per row. */
    private record Needle(String text, char[] folded, String lower) {
    }

    private static volatile Needle last;

    private static Needle needle(String text) {
        Needle n = last;
        if (n == null || n.text() != text) {
            n = new Needle(text, ReviewRow.fold(text), text.toLowerCase(Locale.ROOT));
            last = n;
        }
        return n;
    }

    /** Whether the haystack holds the needle in any case, without a lower-cased copy of each row's strings. */
    private static boolean contains(String haystack, String lowerNeedle) {
        if (haystack == null) {
            return false;
        }
        for (int i = 0, last = haystack.length() - lowerNeedle.length(); i <= last; i++) {
            if (haystack.regionMatches(true, i, lowerNeedle, 0, lowerNeedle.length())) {
                return true;
            }
        }
        return false;
    }
}
