package parley.review;

import parley.annotation.Annotated;
import parley.annotation.WorkingDocument;
import parley.store.CorpusDocument;
import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Stance;
import parley.type.Tag;

/**
 * One annotation of the corpus as the review tables show it: a stance, or an actor or agreement
 * tag. Values are read from the CAS each time, so the row always shows the tag as it is now.
 */
public final class ReviewRow implements Annotated {

    private final WorkingDocument working;
    private final Tag tag;
    private final String text;
    private final int sentenceBegin;
    private final int sentenceEnd;

    ReviewRow(WorkingDocument working, Tag tag, String text, int sentenceBegin, int sentenceEnd) {
        this.working = working;
        this.tag = tag;
        this.text = text;
        this.sentenceBegin = sentenceBegin;
        this.sentenceEnd = sentenceEnd;
    }

    public CorpusDocument document() {
        return working.document();
    }

    @Override
    public WorkingDocument working() {
        return working;
    }

    @Override
    public Tag tag() {
        return tag;
    }

    public boolean isStance() {
        return tag instanceof Stance;
    }

    /** "Actor", "Agreement" or "Stance". */
    public String kind() {
        return tag.getClass().getSimpleName();
    }

    /** The catalogue ID of an actor or agreement tag; for a stance, null. */
    public String id() {
        return idOf(tag);
    }

    public String holderId() {
        return tag instanceof Stance s ? idOf(s.getHolder()) : null;
    }

    public String targetId() {
        return tag instanceof Stance s ? idOf(s.getTarget()) : null;
    }

    public String polarity() {
        return tag instanceof Stance s ? s.getPolarity() : null;
    }

    public String status() {
        return tag.getStatus();
    }

    public double confidence() {
        return tag.getConfidence();
    }

    public String origin() {
        return tag.getOrigin();
    }

    public String coveredText() {
        return text.substring(tag.getBegin(), tag.getEnd());
    }

    /** The sentence around the annotation (a stance's evidence), on one line. */
    public String evidence() {
        return text.substring(sentenceBegin, sentenceEnd).replace('\n', ' ');
    }

    /** True when the evidence contains {@code needle}, ignoring case; nothing is copied. */
    public boolean evidenceContains(String needle) {
        int last = sentenceEnd - needle.length();
        for (int i = sentenceBegin; i <= last; i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }

    /** Orders rows by their evidence text, ignoring case, without copying it. */
    public static int compareEvidence(ReviewRow a, ReviewRow b) {
        int n = Math.min(a.sentenceEnd - a.sentenceBegin, b.sentenceEnd - b.sentenceBegin);
        for (int i = 0; i < n; i++) {
            char x = Character.toLowerCase(a.text.charAt(a.sentenceBegin + i));
            char y = Character.toLowerCase(b.text.charAt(b.sentenceBegin + i));
            if (x != y) {
                return x < y ? -1 : 1;
            }
        }
        return Integer.compare(a.sentenceEnd - a.sentenceBegin, b.sentenceEnd - b.sentenceBegin);
    }

    public int evidenceBegin() {
        return sentenceBegin;
    }

    /** Where a tag lies inside {@link #evidence()}: {begin, end}, or null when it lies outside. */
    public int[] spanInEvidence(Tag t) {
        if (t == null || t.getBegin() < sentenceBegin || t.getEnd() > sentenceEnd) {
            return null;
        }
        return new int[] {t.getBegin() - sentenceBegin, t.getEnd() - sentenceBegin};
    }

    public Actor holder() {
        return tag instanceof Stance s ? s.getHolder() : null;
    }

    public Tag target() {
        return tag instanceof Stance s ? s.getTarget() : null;
    }

    public static String idOf(Tag t) {
        if (t instanceof Actor a) {
            return a.getActorId();
        }
        if (t instanceof Agreement g) {
            return g.getAgreementId();
        }
        return null;
    }

    @Override
    public String toString() {
        return working.document().name() + "@" + tag.getBegin() + "-" + tag.getEnd() + " " + kind();
    }
}
