package parley.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.uima.jcas.JCas;

import parley.pipeline.Tokenizer;
import parley.type.Sentence;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.TagValues;

/**
 * Where an analyst goes next in a document, and what surrounds a tag, from the working CAS alone (no widget): the
 * suggestions in review order, the next and previous one, a tag's sentence and the token spans around it.
 */
final class ReviewOrder {

    /** Text order; at one position the mentions before the stance of their sentence. */
    static final Comparator<Tag> ORDER = Comparator.comparingInt(Tag::getBegin)
            .thenComparing(t -> t instanceof Stance)
            .thenComparingInt(Tag::getEnd)
            .thenComparingInt(Tag::_id);

    private ReviewOrder() {
    }

    /** Tags still awaiting review, in review order (a stance after the mentions of its sentence). */
    static List<Tag> suggestions(JCas jcas) {
        List<Tag> out = new ArrayList<>();
        for (Tag t : jcas.getAnnotationIndex(Tag.class)) {
            if (TagValues.SUGGESTED.equals(t.getStatus())) {
                out.add(t);
            }
        }
        out.sort(ORDER);
        return out;
    }

    /**
     * The first suggestion after {@code current} (or after the caret when there is none), or null. Walks the CAS index
     * from there, so a keystroke costs the same in a document of any size.
     */
    static Tag next(JCas jcas, Tag current, int caret) {
        int from = current != null ? current.getBegin() : caret;
        Tag best = null;
        for (Tag t : jcas.getAnnotationIndex(Tag.class).select().startAt(from)) {
            if (best != null && t.getBegin() > best.getBegin()) {
                break;
            }
            if (t == current || !TagValues.SUGGESTED.equals(t.getStatus()) || (current != null && ORDER.compare(t, current) <= 0)) {
                continue;
            }
            if (best == null || ORDER.compare(t, best) < 0) {
                best = t;
            }
        }
        return best;
    }

    /** The last suggestion before {@code current} (or before the caret), or null. */
    static Tag previous(JCas jcas, Tag current, int caret) {
        Tag best = null;
        for (Tag t : suggestions(jcas)) {
            if (t != current && (current == null ? t.getBegin() < caret : ORDER.compare(t, current) < 0)) {
                best = t;
            }
        }
        return best;
    }

    /** The sentence at the offset, or null. */
    static Sentence sentenceAt(JCas jcas, int offset) {
        for (Sentence s : jcas.getAnnotationIndex(Sentence.class)) {
            if (s.getBegin() <= offset && offset <= s.getEnd()) {
                return s;
            }
        }
        return null;
    }

    /** Token spans of the tag's sentence, cut as the pipeline cuts them (the working CAS keeps no tokens). */
    static List<int[]> tokensAround(JCas jcas, Tag tag) {
        Sentence sentence = sentenceAt(jcas, tag.getBegin());
        int from = sentence != null ? sentence.getBegin() : Math.max(0, tag.getBegin() - 200);
        int to = sentence != null ? Math.max(sentence.getEnd(), tag.getEnd()) : Math.min(jcas.getDocumentText().length(), tag.getEnd() + 200);
        int[] spans = Tokenizer.spans(jcas.getDocumentText(), from, to);
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < spans.length; i += 2) {
            out.add(new int[] {spans[i], spans[i + 1]});
        }
        return out;
    }
}
