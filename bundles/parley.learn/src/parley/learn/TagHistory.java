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

    public static List<ReviewedTag> of(String document, JCas jcas) {
        String text = jcas.getDocumentText();
        List<ReviewedTag> out = new ArrayList<>();
        for (Actor a : jcas.getAnnotationIndex(Actor.class)) {
            if (decided(a)) {
                out.add(tag(ReviewedTag.ACTOR, document, a, text, a.getActorId()));
            }
        }
        for (Agreement a : jcas.getAnnotationIndex(Agreement.class)) {
            if (decided(a)) {
                out.add(tag(ReviewedTag.AGREEMENT, document, a, text, a.getAgreementId()));
            }
        }
        for (Stance s : jcas.getAnnotationIndex(Stance.class)) {
            if (decided(s)) {
                out.add(new ReviewedTag(ReviewedTag.STANCE, document, s.getBegin(), s.getEnd(), Surfaces.cue(s.getOrigin()), Surfaces.cue(s.getOrigin()),
                        "", s.getStatus(), stanceId(s), s.getOrigin(), false));
            }
        }
        return out;
    }

    /** The suggestions nobody has decided on yet (what a learned rule would change in the next Tag Corpus). */
    public static List<ReviewedTag> open(String document, JCas jcas) {
        String text = jcas.getDocumentText();
        List<ReviewedTag> out = new ArrayList<>();
        for (Actor a : jcas.getAnnotationIndex(Actor.class)) {
            if (TagValues.SUGGESTED.equals(a.getStatus())) {
                out.add(tag(ReviewedTag.ACTOR, document, a, text, a.getActorId()));
            }
        }
        for (Agreement a : jcas.getAnnotationIndex(Agreement.class)) {
            if (TagValues.SUGGESTED.equals(a.getStatus())) {
                out.add(tag(ReviewedTag.AGREEMENT, document, a, text, a.getAgreementId()));
            }
        }
        for (Stance s : jcas.getAnnotationIndex(Stance.class)) {
            if (TagValues.SUGGESTED.equals(s.getStatus())) {
                out.add(new ReviewedTag(ReviewedTag.STANCE, document, s.getBegin(), s.getEnd(), Surfaces.cue(s.getOrigin()), Surfaces.cue(s.getOrigin()),
                        "", s.getStatus(), stanceId(s), s.getOrigin(), false));
            }
        }
        return out;
    }

    private static boolean decided(Tag t) {
        return t.getStatus() != null && !TagValues.SUGGESTED.equals(t.getStatus());
    }

    private static ReviewedTag tag(String type, String document, Tag t, String text, String id) {
        String written = t.getCoveredText().strip();
        written = written.startsWith("the ") || written.startsWith("The ") ? written.substring(4) : written;
        return new ReviewedTag(type, document, t.getBegin(), t.getEnd(), written, Surfaces.normalise(t.getCoveredText()),
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
