package parley.ui.editor;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.uima.jcas.JCas;

import parley.type.Stance;
import parley.type.Tag;

/**
 * The editor's current annotation: which tag it is, its span selected in the text (a stance's holder), whoever
 * follows the selection told; and moving it: to the next or previous suggestion, to a span, to an offset. A click or
 * cursor move onto an annotation makes it current.
 */
final class CurrentAnnotation {

    private final AnnotatedViewer shown;
    private final AnnotationMirror mirror;
    private final Supplier<JCas> jcas;
    private final Consumer<Tag> selected;
    private Tag current;
    private boolean selecting;

    /** @param selected told of every new current annotation (null: none), for the Properties part */
    CurrentAnnotation(AnnotatedViewer shown, AnnotationMirror mirror, Supplier<JCas> jcas, Consumer<Tag> selected) {
        this.shown = shown;
        this.mirror = mirror;
        this.jcas = jcas;
        this.selected = selected;
        shown.widget().addCaretListener(e -> {
            // our own selections do not count
            Tag at = selecting ? null : mirror.tagAt(e.caretOffset);
            if (at != null && at != current) {
                set(at, false);
            }
        });
    }

    Tag get() {
        return current;
    }

    /** No annotation is current any more (it was deleted, or the document reloaded); nobody is told. */
    void forget() {
        current = null;
    }

    /** Makes {@code tag} current; with {@code moveCaret}, selects its span and shows it. */
    void set(Tag tag, boolean moveCaret) {
        Tag before = current;
        current = tag;
        if (shown.isDisposed()) {
            return;
        }
        if (tag != null && moveCaret) {
            Tag span = tag instanceof Stance s && s.getHolder() != null ? s.getHolder() : tag;
            selecting = true;
            try {
                shown.viewer().setSelectedRange(span.getBegin(), span.getEnd() - span.getBegin());
                shown.viewer().revealRange(tag.getBegin(), Math.min(tag.getEnd() - tag.getBegin(), 200));
            } finally {
                selecting = false;
            }
        }
        shown.redrawAround(java.util.Arrays.asList(before, tag)); // the current stance's arc goes and comes
        selected.accept(tag);
    }

    /** The overview was clicked: the caret goes there, and the annotation there becomes current. */
    void jumpTo(int offset) {
        Tag t = mirror.tagAt(offset);
        shown.widget().setCaretOffset(Math.min(offset, shown.widget().getCharCount()));
        shown.viewer().revealRange(offset, 0);
        if (t != null) {
            set(t, true);
        }
    }

    /** Shows a span: the annotation with exactly that span becomes current (a stance before a mention), or the span is selected. */
    void reveal(int begin, int end) {
        Tag match = mirror.withSpan(begin, end);
        if (match != null) {
            set(match, true);
        } else {
            shown.viewer().setSelectedRange(begin, Math.max(0, end - begin));
            shown.viewer().revealRange(begin, Math.max(0, Math.min(end - begin, 200)));
        }
    }

    /** Selects the first suggestion after the current annotation (or after the caret); false when there is none. */
    boolean next() {
        return setIfAny(ReviewOrder.next(jcas.get(), current, shown.widget().getCaretOffset()));
    }

    boolean previous() {
        return setIfAny(ReviewOrder.previous(jcas.get(), current, shown.widget().getCaretOffset()));
    }

    private boolean setIfAny(Tag tag) {
        if (tag != null) {
            set(tag, true);
        }
        return tag != null;
    }
}
