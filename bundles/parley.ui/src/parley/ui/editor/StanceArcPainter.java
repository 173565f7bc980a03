package parley.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Rectangle;

import parley.type.Stance;
import parley.type.Tag;
import parley.types.TagValues;

/**
 * For the current stance: holder (solid) and target (dashed) framed, and an arc from holder to target.
 * With all arcs on, every stance whose holder and target are on screen gets a thin arc too. Arcs stay in
 * the space between lines, so they never cross the text of the line above.
 */
final class StanceArcPainter implements PaintListener {

    private static final int SUPPORT = SWT.COLOR_DARK_GREEN;
    private static final int OPPOSE = SWT.COLOR_DARK_RED;

    private final AnnotatedViewer.Shown editor;
    private final EditorDisplayOptions options;

    StanceArcPainter(AnnotatedViewer.Shown editor, EditorDisplayOptions options) {
        this.editor = editor;
        this.options = options;
    }

    @Override
    public void paintControl(PaintEvent e) {
        StyledText text = (StyledText) e.widget;
        GC gc = e.gc;
        gc.setAntialias(SWT.ON);
        if (options.allArcs() && editor.jcas() != null) {
            int[] range = SpanLabelPainter.visibleRange(text);
            gc.setAlpha(150);
            gc.setLineWidth(1);
            for (Stance s : editor.jcas().select(Stance.class).coveredBy(range[0], range[1])) {
                if (s != editor.current() && s.getHolder() != null && s.getTarget() != null && !TagValues.REJECTED.equals(s.getStatus())) {
                    Rectangle holder = bounds(text, s.getHolder());
                    Rectangle target = bounds(text, s.getTarget());
                    if (holder != null && target != null) {
                        Color color = text.getDisplay().getSystemColor(TagValues.OPPOSE.equals(s.getPolarity()) ? OPPOSE : SUPPORT);
                        gc.setForeground(color);
                        gc.setBackground(color);
                        arc(gc, text, holder, target, null);
                    }
                }
            }
            gc.setAlpha(255);
        }
        if (!(editor.current() instanceof Stance stance) || stance.getHolder() == null || stance.getTarget() == null) {
            return;
        }
        Rectangle holder = bounds(text, stance.getHolder());
        Rectangle target = bounds(text, stance.getTarget());
        if (holder == null || target == null) {
            return;
        }
        Color color = text.getDisplay().getSystemColor(TagValues.OPPOSE.equals(stance.getPolarity()) ? OPPOSE : SUPPORT);
        gc.setForeground(color);
        gc.setLineWidth(2);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.drawRoundRectangle(holder.x - 2, holder.y - 1, holder.width + 4, holder.height + 2, 6, 6);
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawRoundRectangle(target.x - 2, target.y - 1, target.width + 4, target.height + 2, 6, 6);
        gc.setLineStyle(SWT.LINE_SOLID);

        gc.setBackground(color);
        arc(gc, text, holder, target, stance.getPolarity() == null ? "?" : stance.getPolarity().toLowerCase());
    }

    /**
     * An arc from the top of the holder to the top of the target with an arrow head, its height bounded by
     * the gap between lines; with a label, the label sits on the arc.
     */
    private static void arc(GC gc, StyledText text, Rectangle holder, Rectangle target, String label) {
        float x1 = holder.x + holder.width / 2f;
        float y1 = holder.y - 1;
        float x2 = target.x + target.width / 2f;
        float y2 = target.y - 1;
        float gap = Math.max(6, text.getLineSpacing() - 2);
        float lift = Math.min(gap, Math.max(8, Math.abs(x2 - x1) / 6f));
        float top = Math.min(y1, y2) - lift;
        Path arc = new Path(text.getDisplay());
        arc.moveTo(x1, y1);
        arc.cubicTo(x1, top, x2, top, x2, y2);
        gc.drawPath(arc);
        arc.dispose();
        gc.fillPolygon(new int[] {(int) x2, (int) y2, (int) x2 - 4, (int) y2 - 7, (int) x2 + 4, (int) y2 - 7});
        if (label == null) {
            return;
        }
        Color color = gc.getForeground();
        org.eclipse.swt.graphics.Point extent = gc.textExtent(label);
        int lx = (int) ((x1 + x2) / 2) - extent.x / 2;
        int ly = (int) Math.max(top - extent.y / 2f, Math.min(y1, y2) - gap);
        gc.setBackground(text.getBackground());
        gc.fillRoundRectangle(lx - 4, ly - 1, extent.x + 8, extent.y + 2, 6, 6);
        gc.setForeground(color);
        gc.drawString(label, lx, ly, true);
    }

    /** The span's box on its first visual line: a wrapped span would otherwise box two whole lines. */
    static Rectangle bounds(StyledText text, Tag tag) {
        if (tag.getEnd() <= tag.getBegin() || tag.getEnd() > text.getCharCount()) {
            return null;
        }
        Rectangle box = text.getTextBounds(tag.getBegin(), tag.getBegin());
        for (int i = tag.getBegin() + 1; i < tag.getEnd(); i++) {
            Rectangle r = text.getTextBounds(i, i);
            if (r.y != box.y) {
                break;
            }
            box = box.union(r);
        }
        return box;
    }
}
