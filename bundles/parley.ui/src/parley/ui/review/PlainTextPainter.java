package parley.ui.review;

import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.CellStyleUtil;
import org.eclipse.nebula.widgets.nattable.style.IStyle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * A cell's text on one line, from the left, cut with an ellipsis where the cell ends: what NatTable's TextPainter draws
 * for these tables, without asking the font for its metrics and measuring the text again in every cell of every paint
 * (on GTK each of those is a Pango call, and they made a repaint of the table cost 50-80 ms).
 */
final class PlainTextPainter extends TextPainter {

    private static final int PADDING = 5;
    private static final Map<Font, Integer> HEIGHTS = new WeakHashMap<>();

    /** The height of a line of text in the GC's font, asked of the font once. */
    static int lineHeight(GC gc) {
        return HEIGHTS.computeIfAbsent(gc.getFont(), f -> gc.getFontMetrics().getHeight());
    }

    @Override
    public void paintCell(ILayerCell cell, GC gc, Rectangle bounds, IConfigRegistry registry) {
        IStyle style = CellStyleUtil.getCellStyle(cell, registry);
        Color background = style.getAttributeValue(CellStyleAttributes.BACKGROUND_COLOR);
        if (background != null) {
            Color was = gc.getBackground();
            gc.setBackground(background);
            gc.fillRectangle(bounds);
            gc.setBackground(was);
        }
        Rectangle clip = gc.getClipping();
        gc.setClipping(bounds.intersection(clip));
        setupGCFromConfig(gc, style);
        String text = getTextToDisplay(cell, gc, bounds.width - 2 * PADDING, convertDataType(cell, registry));
        gc.drawText(text, bounds.x + PADDING, bounds.y + Math.max(0, (bounds.height - lineHeight(gc)) / 2), SWT.DRAW_TRANSPARENT);
        gc.setClipping(clip);
        resetGC(gc);
    }
}
