package parley.ui.editor;

import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ScrollBar;

import parley.type.Tag;

/**
 * The overview beside the text: one mark per annotation at its place in the whole document,
 * solid for reviewed, hollow for suggestions; a click jumps there. (JFace's OverviewRuler fails on
 * word-wrapped text, hence this small canvas.)
 */
final class AnnotationOverview extends Canvas {

    static final int WIDTH = 14;

    private final Map<Tag, ?> tags;
    private final StyledText text;
    private final java.util.function.Function<RGB, Color> colors;
    private Image marks;
    private boolean stale = true;

    AnnotationOverview(Composite parent, StyledText text, Map<Tag, ?> tags, java.util.function.Function<RGB, Color> colors,
            Consumer<Integer> jump) {
        super(parent, SWT.DOUBLE_BUFFERED);
        this.text = text;
        this.tags = tags;
        this.colors = colors;
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.Dispose, e -> {
            if (marks != null) {
                marks.dispose();
            }
        });
        addListener(SWT.MouseDown, e -> {
            int h = Math.max(1, getClientArea().height);
            jump.accept((int) ((long) text.getCharCount() * e.y / h));
        });
        setToolTipText("Annotations in the whole document: hollow = suggested, solid = reviewed. Click to jump.");
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(WIDTH, hHint == SWT.DEFAULT ? 100 : hHint);
    }

    /** The annotations changed: their marks are drawn anew on the next paint. */
    void annotationsChanged() {
        stale = true;
        redraw();
    }

    /** Only these tags' status changed: their marks are drawn again over the old ones, the others stay as drawn. */
    void tagsChanged(Iterable<Tag> tags) {
        if (marks == null || stale) {
            annotationsChanged();
            return;
        }
        GC gc = new GC(marks);
        try {
            int h = marks.getBounds().height;
            int chars = Math.max(1, text.getCharCount());
            for (Tag t : tags) {
                int y = (int) ((long) t.getBegin() * (h - 3) / chars);
                gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
                gc.fillRectangle(2, y, WIDTH - 4, 3);
                mark(gc, t, y);
            }
        } finally {
            gc.dispose();
        }
        redraw();
    }

    private void mark(GC gc, Tag t, int y) {
        Color c = colors.apply(AnnotationStyles.look(t) == AnnotationStyles.Look.REJECTED ? AnnotationStyles.REJECTED_COLOUR
                : AnnotationStyles.COLOURS.get(AnnotationStyles.kind(t)));
        if (AnnotationStyles.look(t) == AnnotationStyles.Look.SUGGESTED) {
            gc.setForeground(c);
            gc.drawRectangle(2, y, WIDTH - 5, 2);
        } else {
            gc.setBackground(c);
            gc.fillRectangle(2, y, WIDTH - 4, 3);
        }
    }

    /**
     * The marks are drawn once into an image, anew only when the annotations or the height change; a paint (after
     * every scroll of the text) copies the image and draws the viewport over it.
     */
    private void paint(GC gc) {
        int h = getClientArea().height;
        if (marks == null || stale || marks.getBounds().height != Math.max(1, h)) {
            drawMarks(Math.max(1, h));
        }
        gc.drawImage(marks, 0, 0);
        // the scroll bar's figures, not the text's pixels: asking a wrapped text for the pixel of its last line lays out
        // every line of the document
        ScrollBar bar = text.getVerticalBar();
        int top = bar == null ? 0 : bar.getSelection();
        int total = Math.max(1, bar == null ? 1 : bar.getMaximum());
        int visible = bar == null ? total : bar.getThumb();
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        gc.drawRectangle(0, (int) ((long) top * h / total), WIDTH - 1, Math.max(4, (int) ((long) visible * h / total)));
    }

    private void drawMarks(int h) {
        if (marks != null) {
            marks.dispose();
        }
        marks = new Image(getDisplay(), WIDTH, h);
        GC gc = new GC(marks);
        try {
            int chars = Math.max(1, text.getCharCount());
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
            gc.fillRectangle(0, 0, WIDTH, h);
            for (Tag t : tags.keySet()) {
                mark(gc, t, (int) ((long) t.getBegin() * (h - 3) / chars));
            }
        } finally {
            gc.dispose();
        }
        stale = false;
    }
}
