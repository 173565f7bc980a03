package parley.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.uima.jcas.JCas;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.TagValues;

/**
 * Draws each actor's and agreement's ID in small type above its span, in the space the editor leaves
 * between lines: two tags on one span show both IDs ("RUS · SYR_GOV"), a rejected one is struck through.
 */
public final class SpanLabelPainter implements PaintListener {

    private final StyledText text;
    private final java.util.function.Supplier<JCas> jcas;
    private final Function<Tag, Color> colour;
    private final Font font;

    SpanLabelPainter(StyledText text, java.util.function.Supplier<JCas> jcas, Function<Tag, Color> colour, Font font) {
        this.text = text;
        this.jcas = jcas;
        this.colour = colour;
        this.font = font;
    }

    /** The height a label needs above its line. */
    static int height(GC gc) {
        return gc.getFontMetrics().getHeight();
    }

    @Override
    public void paintControl(PaintEvent e) {
        JCas cas = jcas.get();
        if (cas == null || text.getCharCount() == 0) {
            return;
        }
        int[] range = visibleRange(text, e.y, e.height);
        int first = range[0];
        int last = range[1];

        Map<Long, List<Tag>> bySpan = spans(cas, first, last);
        GC gc = e.gc;
        gc.setFont(font);
        gc.setAntialias(SWT.ON);
        int labelHeight = height(gc);
        int lastRight = Integer.MIN_VALUE;
        int lastY = Integer.MIN_VALUE;
        for (List<Tag> tags : bySpan.values()) {
            Rectangle box = StanceArcPainter.bounds(text, tags.get(0));
            if (box == null) {
                continue;
            }
            int y = box.y - labelHeight;
            int x = box.x;
            if (y == lastY && x < lastRight + 4) {
                x = lastRight + 4; // the previous label on this line reaches here: set this one after it
            }
            for (int i = 0; i < tags.size(); i++) {
                Tag t = tags.get(i);
                String label = (i > 0 ? "\u00b7 " : "") + id(t);
                Point extent = gc.textExtent(label);
                gc.setForeground(colour.apply(t));
                gc.drawString(label, x, y, true);
                if (TagValues.REJECTED.equals(t.getStatus())) {
                    gc.drawLine(x, y + extent.y / 2, x + extent.x, y + extent.y / 2);
                }
                x += extent.x + 3;
            }
            lastRight = x;
            lastY = y;
        }
    }

    /** The actors and agreements between two offsets, grouped by span: tags on one span share one label. */
    static Map<Long, List<Tag>> spans(JCas cas, int first, int last) {
        Map<Long, List<Tag>> bySpan = new LinkedHashMap<>();
        for (Tag t : cas.select(Tag.class).coveredBy(first, last)) {
            if (!(t instanceof Stance)) {
                bySpan.computeIfAbsent(((long) t.getBegin() << 32) | t.getEnd(), k -> new ArrayList<>()).add(t);
            }
        }
        return bySpan;
    }

    /** The label of one span: its tags' IDs, "RUS · SYR_GOV" where two tags share it. */
    public static String label(List<Tag> tags) {
        return String.join(" \u00b7 ", tags.stream().map(SpanLabelPainter::id).toList());
    }

    /** The labels of the spans at an offset range, for tests and the hover. */
    public static List<String> labels(JCas cas, int first, int last) {
        return spans(cas, first, last).values().stream().map(SpanLabelPainter::label).toList();
    }

    /** The offsets of the logical lines the widget shows now. */
    static int[] visibleRange(StyledText text) {
        return visibleRange(text, 0, text.getClientArea().height);
    }

    /**
     * The offsets of the logical lines drawn between two heights, and of the line below them: its labels are drawn
     * in the space above it, which the bottom of the band may hold.
     */
    static int[] visibleRange(StyledText text, int y, int height) {
        int top = text.getLineIndex(Math.max(0, y));
        int bottom = text.getLineIndex(Math.max(0, y + height)) + 1;
        int first = text.getOffsetAtLine(top);
        int last = bottom + 1 < text.getLineCount() ? text.getOffsetAtLine(bottom + 1) : text.getCharCount();
        return new int[] {first, last};
    }

    private static String id(Tag t) {
        String id = t instanceof Actor a ? a.getActorId() : t instanceof Agreement g ? g.getAgreementId() : null;
        return id == null ? "?" : id;
    }
}
