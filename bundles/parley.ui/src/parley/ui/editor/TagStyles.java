package parley.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.uima.jcas.JCas;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.LineStyleEvent;
import org.eclipse.swt.custom.LineStyleListener;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Tag;

/**
 * The look of the tags in the text, computed for each line as it is drawn, from the CAS: a suggestion has a dashed
 * box in its kind's colour, a reviewed tag a tinted background, a rejected one is greyed and struck through. Nothing
 * is kept per tag, so a decision costs the repaint of its own lines, whatever the size of the document (JFace's
 * AnnotationPainter walked every annotation of the document on each change).
 */
final class TagStyles implements LineStyleListener {

    private final Supplier<JCas> jcas;
    private final Function<RGB, Color> colors;

    TagStyles(Supplier<JCas> jcas, Function<RGB, Color> colors) {
        this.jcas = jcas;
        this.colors = colors;
    }

    @Override
    public void lineGetStyle(LineStyleEvent event) {
        JCas cas = jcas.get();
        if (cas == null) {
            return;
        }
        int lineBegin = event.lineOffset;
        int lineEnd = lineBegin + event.lineText.length();
        List<Tag> tags = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Tag t : cas.select(Tag.class).coveredBy(lineBegin, lineEnd)) {
            if (t instanceof Actor || t instanceof Agreement) {
                tags.add(t);
                cuts.add(t.getBegin());
                cuts.add(t.getEnd());
            }
        }
        if (tags.isEmpty()) {
            return;
        }
        // overlapping tags: the text is cut where any of them begins or ends, and each piece gets what covers it
        List<StyleRange> ranges = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            StyleRange range = null;
            for (Tag t : tags) {
                if (t.getBegin() <= from && to <= t.getEnd()) {
                    range = apply(range == null ? new StyleRange(from, to - from, null, null) : range, t);
                }
            }
            if (range != null) {
                ranges.add(range);
            }
        }
        event.styles = ranges.toArray(new StyleRange[0]);
    }

    private StyleRange apply(StyleRange range, Tag t) {
        RGB colour = AnnotationStyles.COLOURS.get(AnnotationStyles.kind(t));
        switch (AnnotationStyles.look(t)) {
            case SUGGESTED -> {
                range.borderStyle = SWT.BORDER_DASH;
                range.borderColor = colors.apply(colour);
            }
            case REVIEWED -> range.background = colors.apply(AnnotationStyles.tint(colour));
            case REJECTED -> {
                range.strikeout = true;
                range.strikeoutColor = colors.apply(AnnotationStyles.REJECTED_COLOUR);
                range.foreground = colors.apply(AnnotationStyles.REJECTED_COLOUR);
            }
        }
        return range;
    }
}
