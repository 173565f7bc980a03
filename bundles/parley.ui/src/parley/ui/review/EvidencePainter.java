package parley.ui.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.AbstractCellPainter;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.CellStyleUtil;
import org.eclipse.nebula.widgets.nattable.style.IStyle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import parley.review.ReviewRow;
import parley.type.Tag;

/**
 * Evidence with its holder and target (or the tag itself) in bold on a tint: holder blue, target amber, the editor's
 * actor and agreement tints. The text is drawn in runs on one line, cut where the cell ends.
 */
final class EvidencePainter extends AbstractCellPainter {

    private static final RGB HOLDER = new RGB(214, 228, 252);
    private static final RGB TARGET = new RGB(253, 233, 196);
    private static final int PADDING = 4;

    private final ReviewTable table;
    private Font bold;
    private Font boldOf;

    EvidencePainter(ReviewTable table) {
        this.table = table;
    }

    /** A run of the evidence: [start, end) and which tag it shows (-1: plain text). */
    record Run(int start, int end, int tag) {
    }

    /** The evidence cut into plain and highlighted runs; overlapping highlights keep the first. */
    static List<Run> runs(String text, List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            if (s != null && s[0] >= 0 && s[1] <= text.length() && s[0] < s[1]) {
                sorted.add(new int[] {s[0], s[1], i});
            }
        }
        sorted.sort(Comparator.comparingInt(s -> s[0]));
        List<Run> runs = new ArrayList<>();
        int at = 0;
        for (int[] s : sorted) {
            if (s[0] < at) {
                continue;
            }
            if (s[0] > at) {
                runs.add(new Run(at, s[0], -1));
            }
            runs.add(new Run(s[0], s[1], s[2]));
            at = s[1];
        }
        if (at < text.length()) {
            runs.add(new Run(at, text.length(), -1));
        }
        return runs;
    }

    @Override
    public void paintCell(ILayerCell cell, GC gc, Rectangle bounds, IConfigRegistry registry) {
        ReviewRow row = table.rowAt(cell.getRowIndex());
        if (row == null) {
            return;
        }
        ReviewTable.Column column = table.column(cell.getColumnIndex());
        String text = column.text().apply(row);
        if (text == null || text.isEmpty()) {
            return;
        }
        IStyle style = CellStyleUtil.getCellStyle(cell, registry);
        Font font = style.getAttributeValue(CellStyleAttributes.FONT);
        Color foreground = style.getAttributeValue(CellStyleAttributes.FOREGROUND_COLOR);
        if (font != null) {
            gc.setFont(font);
        }
        if (foreground != null) {
            gc.setForeground(foreground);
        }
        Font plain = gc.getFont();
        Tag[] tags = column.highlights().apply(row);
        List<int[]> spans = new ArrayList<>();
        for (Tag tag : tags) {
            spans.add(row.spanInEvidence(tag));
        }
        Rectangle clip = gc.getClipping();
        gc.setClipping(bounds.intersection(clip));
        int x = bounds.x + PADDING;
        int height = PlainTextPainter.lineHeight(gc);
        int y = bounds.y + Math.max(0, (bounds.height - height) / 2);
        Color background = gc.getBackground();
        Display display = gc.getDevice() instanceof Display d ? d : Display.getCurrent();
        for (Run run : runs(text, spans)) {
            if (x >= bounds.x + bounds.width) {
                break;
            }
            String part = text.substring(run.start(), run.end());
            gc.setFont(run.tag() < 0 ? plain : boldOf(plain));
            int width = gc.textExtent(part, SWT.DRAW_TRANSPARENT).x;
            Color ink = gc.getForeground();
            if (run.tag() >= 0) {
                gc.setBackground(new Color(display, run.tag() == 0 ? HOLDER : TARGET));
                gc.fillRectangle(x, y, width, height);
                gc.setBackground(background);
                gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK)); // the tints are light, also in a selected row
            }
            gc.drawText(part, x, y, SWT.DRAW_TRANSPARENT);
            gc.setForeground(ink);
            x += width;
        }
        gc.setFont(plain);
        gc.setClipping(clip);
    }

    private Font boldOf(Font plain) {
        if (bold == null || boldOf != plain || bold.isDisposed()) {
            if (bold != null && !bold.isDisposed()) {
                bold.dispose();
            }
            FontData[] data = plain.getFontData();
            for (FontData d : data) {
                d.setStyle(d.getStyle() | SWT.BOLD);
            }
            bold = new Font(plain.getDevice(), data);
            boldOf = plain;
            table.control().addDisposeListener(e -> bold.dispose());
        }
        return bold;
    }

    @Override
    public int getPreferredWidth(ILayerCell cell, GC gc, IConfigRegistry registry) {
        Object value = cell.getDataValue();
        return value == null ? 0 : gc.textExtent(value.toString()).x + 2 * PADDING;
    }

    @Override
    public int getPreferredHeight(ILayerCell cell, GC gc, IConfigRegistry registry) {
        return gc.getFontMetrics().getHeight() + 2 * PADDING;
    }
}
