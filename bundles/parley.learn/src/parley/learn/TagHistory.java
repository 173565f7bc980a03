package parley.learn;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;

import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.TagValues;

/** The analysts' decisions in a working CAS: every tag but the suggestions nobody has looked at yet. */
public final class TagHistory {

    private TagHistory() {
    }

    /** The analysts' decisions in a CAS. */
    public static List<ReviewedTag> of(String document, JCas jcas) {
        return all(document, jcas).stream().filter(TagHistory::decided).toList();
    }

    /** The suggestions nobody has decided on yet (what a learned rule would change in the next Tag Corpus). */
    public static List<ReviewedTag> open(String document, JCas jcas) {
        return all(document, jcas).stream().filter(t -> TagValues.SUGGESTED.equals(t.status())).toList();
    }

    /** Whether a tag is an analyst's decision (not a suggestion nobody has looked at). */
    public static boolean decided(ReviewedTag t) {
        return t.status() != null && !TagValues.SUGGESTED.equals(t.status());
    }

    /** Every actor, agreement and stance of a CAS as the learner reads it, suggestions included. */
    public static List<ReviewedTag> all(String document, JCas jcas) {
        String text = jcas.getDocumentText();
        List<ReviewedTag> out = new ArrayList<>();
        for (Actor a : jcas.getAnnotationIndex(Actor.class)) {
            out.add(tag(ReviewedTag.ACTOR, document, a, text, a.getActorId()));
        }
        for (Agreement a : jcas.getAnnotationIndex(Agreement.class)) {
            out.add(tag(ReviewedTag.AGREEMENT, document, a, text, a.getAgreementId()));
        }
        for (Stance s : jcas.getAnnotationIndex(Stance.class)) {
            out.add(new ReviewedTag(ReviewedTag.STANCE, document, s.getBegin(), s.getEnd(), Surfaces.cue(s.getOrigin()), Surfaces.cue(s.getOrigin()),
                    "", s.getStatus(), stanceId(s), s.getOrigin(), false));
        }
        return out;
    }

    private static ReviewedTag tag(String type, String document, Tag t, String text, String id) {
        return new ReviewedTag(type, document, t.getBegin(), t.getEnd(), Surfaces.written(t.getCoveredText()), Surfaces.normalise(t.getCoveredText()),
                Surfaces.wordBefore(text, t.getBegin()), t.getStatus(), id == null ? "" : id, t.getOrigin(), false);
    }

    /** "HOLDER POLARITY TARGET" of a stance. */
    public static String stanceId(Stance s) {
        return idOf(s.getHolder()) + " " + s.getPolarity() + " " + idOf(s.getTarget());
    }

    private static String idOf(Tag t) {
        if (t instanceof Actor a) {
            return a.getActorId();
        }
        if (t instanceof Agreement a) {
            return a.getAgreementId();
        }
        return "?";
    }
}
