package parley.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.jcas.JCas;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;

import parley.annotation.WorkingDocument;
import parley.type.Stance;
import parley.type.Tag;

/**
 * The JFace annotation model of an editor, mirroring the tags of its working document: one {@link TagAnnotation}
 * per tag, replaced only for the tags a change touched, so that a decision stays cheap on a large document.
 */
final class AnnotationMirror {

    private final AnnotationModel model = new AnnotationModel();
    private final Map<Tag, TagAnnotation> shown = new IdentityHashMap<>();

    AnnotationModel model() {
        return model;
    }

    /** The tags shown, for the overview ruler. */
    Map<Tag, TagAnnotation> shown() {
        return shown;
    }

    int size() {
        return shown.size();
    }

    /** Shows every tag of the CAS afresh. */
    void showAll(JCas jcas) {
        model.removeAllAnnotations();
        shown.clear();
        // in text order: the document inserts each position into its sorted list, at the end when they come in order
        Map<Annotation, Position> added = new java.util.LinkedHashMap<>();
        for (Tag t : jcas.getAnnotationIndex(Tag.class)) {
            TagAnnotation a = new TagAnnotation(t);
            shown.put(t, a);
            added.put(a, position(t));
        }
        model.replaceAnnotations(null, added);
    }

    /** Follows a change of the working document: only the tags it touched. */
    void update(WorkingDocument.Change change) {
        if (change.reloaded()) {
            showAll(change.document().jcas());
            return;
        }
        List<Annotation> removed = new ArrayList<>();
        Map<Annotation, Position> added = new HashMap<>();
        for (Tag t : change.removed()) {
            TagAnnotation old = shown.remove(t);
            if (old != null) {
                removed.add(old);
            }
        }
        for (Tag t : change.updated()) {
            TagAnnotation old = shown.remove(t);
            if (old != null) {
                removed.add(old);
            }
        }
        for (Iterable<Tag> tags : List.of(change.added(), change.updated())) {
            for (Tag t : tags) {
                TagAnnotation a = new TagAnnotation(t);
                shown.put(t, a);
                added.put(a, position(t));
            }
        }
        model.replaceAnnotations(removed.toArray(new Annotation[0]), added);
    }

    private static Position position(Tag t) {
        return new Position(t.getBegin(), t.getEnd() - t.getBegin());
    }

    /** The innermost Actor or Agreement at an offset, else the stance whose evidence holds it. */
    Tag tagAt(int offset) {
        Tag best = null;
        Tag stance = null;
        for (Tag t : shown.keySet()) {
            if (t.getBegin() <= offset && offset < t.getEnd()) {
                if (t instanceof Stance) {
                    stance = stance == null ? t : stance;
                } else if (best == null || t.getEnd() - t.getBegin() < best.getEnd() - best.getBegin()) {
                    best = t;
                }
            }
        }
        return best != null ? best : stance;
    }

    /** The tag with exactly this span (a stance before a mention), or null. */
    Tag withSpan(int begin, int end) {
        Tag match = null;
        for (Tag t : shown.keySet()) {
            if (t.getBegin() == begin && t.getEnd() == end && (match == null || t instanceof Stance)) {
                match = t;
            }
        }
        return match;
    }
}
