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
    /** The document's text in lower case, character for character (offsets unchanged), shared by its rows. */
    private final char[] folded;
    private final int sentenceBegin;
    private final int sentenceEnd;
    private EvidenceText evidenceText;

    ReviewRow(WorkingDocument working, Tag tag, String text, char[] folded, int sentenceBegin, int sentenceEnd) {
        this.working = working;
        this.tag = tag;
        this.text = text;
        this.folded = folded;
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

    /**
     * A text in lower case character for character, so that its offsets stay those of the text (a document's, or a
     * filter's needle for {@link #evidenceContains(char[])}).
     */
    public static char[] fold(CharSequence text) {
        char[] c = new char[text.length()];
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(text.charAt(i));
        }
        return c;
    }

    /** True when the evidence contains the folded needle, ignoring case; nothing is copied. */
    public boolean evidenceContains(char[] needle) {
        int n = needle.length;
        if (n == 0) {
            return true;
        }
        char first = needle[0];
        for (int i = sentenceBegin, last = sentenceEnd - n; i <= last; i++) {
            // the first character decides cheaply where a comparison of the whole needle is worth making
            if (folded[i] == first && java.util.Arrays.equals(folded, i, i + n, needle, 0, n)) {
                return true;
            }
        }
        return false;
    }

    /** The evidence as a key: equal to another sentence with the same text ignoring case, and ordered by it. */
    EvidenceText evidenceText() {
        EvidenceText t = evidenceText;
        if (t == null) {
            t = new EvidenceText(folded, sentenceBegin, sentenceEnd); // immutable: two threads making it make equal ones
            evidenceText = t;
        }
        return t;
    }

    /** A sentence of a folded document text, compared and hashed by its characters, nothing copied. */
    static final class EvidenceText implements Comparable<EvidenceText> {
        private final char[] folded;
        private final int begin;
        private final int end;
        private final int hash;

        EvidenceText(char[] folded, int begin, int end) {
            this.folded = folded;
            this.begin = begin;
            this.end = end;
            int h = 1;
            for (int i = begin; i < end; i++) {
                h = 31 * h + folded[i];
            }
            this.hash = h;
        }

        @Override
        public int compareTo(EvidenceText o) {
            return java.util.Arrays.compare(folded, begin, end, o.folded, o.begin, o.end);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof EvidenceText t && hash == t.hash && java.util.Arrays.equals(folded, begin, end, t.folded, t.begin, t.end);
        }

        @Override
        public int hashCode() {
            return hash;
        }
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
