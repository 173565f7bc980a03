package parley.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import parley.review.ReviewRow;
import parley.review.RowFilter;
import parley.store.CorpusDocument;
import parley.store.Project;
import parley.types.TagValues;

/**
 * Holders down, targets across: each cell counts the stances of that holder toward that target,
 * SUPPORT in green and OPPOSE in red, tinted by how many there are. Reviewed stances only, or all
 * but the rejected. Clicking a cell shows its stances in the Stance Review.
 */
public class StanceMatrixPart {

    public static final String PART_ID = "parley.ui.part.stanceMatrix";
    static final int ROW_HEADER = 170;
    /** The column headers' height: the longest target ID, written upwards so that no header is cut. */
    private int columnHeader = 26;
    static final int CELL_WIDTH = 84;
    static final int CELL_HEIGHT = 24;

    /** Counts of one holder toward one target. */
    public record Cell(int support, int oppose) {
        public int total() {
            return support + oppose;
        }
    }

    @Inject
    private IEclipseContext context;
    @Inject
    @Optional
    private EPartService parts;

    private ReviewSession session;
    private Canvas canvas;
    private ScrolledComposite scroller;
    private Button reviewedOnly;
    private Label summary;
    private final List<String> holders = new ArrayList<>();
    private final List<String> targets = new ArrayList<>();
    private final Map<String, Cell> cells = new TreeMap<>();
    private int maxTotal;
    private final Consumer<Set<CorpusDocument>> onChange = docs -> recount();

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        reviewedOnly = new Button(bar, SWT.CHECK);
        reviewedOnly.setText("Reviewed stances only");
        reviewedOnly.setSelection(false); // a fresh corpus has no reviewed stances yet: the suggestions are what there is to see
        reviewedOnly.addListener(SWT.Selection, e -> recount());
        summary = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 100).applyTo(scroller);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        scroller.setContent(canvas);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, e -> click(e.x, e.y));
        canvas.addListener(SWT.MouseHover, e -> hover(e.x, e.y));
        canvas.setToolTipText("");
        recount();
    }

    @Inject
    @Optional
    void setProject(Project project) {
        if (session != null) {
            session.removeListener(onChange);
        }
        session = ReviewSession.of(context);
        if (session != null) {
            session.addListener(onChange);
        }
        if (canvas != null) {
            recount();
        }
    }

    public void setReviewedOnly(boolean reviewed) {
        reviewedOnly.setSelection(reviewed);
        recount();
    }

    private RowFilter baseFilter() {
        return reviewedOnly.getSelection() ? RowFilter.ANY.withStatus(RowFilter.REVIEWED) : RowFilter.ANY;
    }

    void recount() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        holders.clear();
        targets.clear();
        cells.clear();
        maxTotal = 0;
        int counted = 0;
        if (session != null) {
            RowFilter filter = baseFilter();
            Set<String> h = new TreeSet<>();
            Set<String> t = new TreeSet<>();
            Map<String, int[]> counts = new TreeMap<>();
            for (ReviewRow r : session.corpus().stances()) {
                if (!filter.test(r) || TagValues.REJECTED.equals(r.status()) || r.holderId() == null || r.targetId() == null) {
                    continue;
                }
                h.add(r.holderId());
                t.add(r.targetId());
                int[] c = counts.computeIfAbsent(key(r.holderId(), r.targetId()), k -> new int[2]);
                c[TagValues.OPPOSE.equals(r.polarity()) ? 1 : 0]++;
                counted++;
            }
            holders.addAll(h);
            targets.addAll(t);
            GC gc = new GC(canvas);
            columnHeader = 12 + t.stream().mapToInt(id -> gc.textExtent(id).x).max().orElse(14);
            gc.dispose();
            counts.forEach((k, c) -> cells.put(k, new Cell(c[0], c[1])));
            maxTotal = cells.values().stream().mapToInt(Cell::total).max().orElse(0);
        }
        summary.setText(String.format("%,d stances · %d holders × %d targets%s", counted, holders.size(), targets.size(),
                counted == 0 && reviewedOnly.getSelection() ? " (none reviewed yet: untick to see the suggestions)" : ""));
        Point size = new Point(ROW_HEADER + targets.size() * CELL_WIDTH + 1, columnHeader + holders.size() * CELL_HEIGHT + 1);
        canvas.setSize(size);
        scroller.setMinSize(size);
        canvas.redraw();
    }

    private static String key(String holder, String target) {
        return holder + "\u0000" + target;
    }

    public Cell cell(String holder, String target) {
        return cells.get(key(holder, target));
    }

    public List<String> holders() {
        return List.copyOf(holders);
    }

    public List<String> targets() {
        return List.copyOf(targets);
    }

    /** Where a cell is drawn (canvas coordinates). */
    public Rectangle cellBounds(String holder, String target) {
        int row = holders.indexOf(holder);
        int column = targets.indexOf(target);
        if (row < 0 || column < 0) {
            return null;
        }
        return new Rectangle(ROW_HEADER + column * CELL_WIDTH, columnHeader + row * CELL_HEIGHT, CELL_WIDTH, CELL_HEIGHT);
    }

    public Canvas canvas() {
        return canvas;
    }

    private String[] cellAt(int x, int y) {
        int column = (x - ROW_HEADER) / CELL_WIDTH;
        int row = (y - columnHeader) / CELL_HEIGHT;
        if (x < ROW_HEADER || y < columnHeader || row >= holders.size() || column >= targets.size()) {
            return null;
        }
        return new String[] {holders.get(row), targets.get(column)};
    }

    private void click(int x, int y) {
        String[] c = cellAt(x, y);
        if (c == null || cell(c[0], c[1]) == null || session == null) {
            return;
        }
        if (parts != null) {
            parts.showPart(StanceReviewPart.PART_ID, EPartService.PartState.VISIBLE);
        }
        session.showStances(baseFilter().withHolder(c[0]).withTarget(c[1]));
    }

    private void hover(int x, int y) {
        String[] c = cellAt(x, y);
        Cell cell = c == null ? null : cell(c[0], c[1]);
        canvas.setToolTipText(cell == null ? null
                : c[0] + " toward " + c[1] + ": " + cell.support() + " support, " + cell.oppose() + " oppose. Click to review them.");
    }

    private void paint(GC gc) {
        var display = canvas.getDisplay();
        gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        int lineHeight = gc.getFontMetrics().getHeight();
        for (int j = 0; j < targets.size(); j++) {
            Transform upwards = new Transform(display);
            upwards.translate(ROW_HEADER + j * CELL_WIDTH + (CELL_WIDTH - lineHeight) / 2f, columnHeader - 6);
            upwards.rotate(-90);
            gc.setTransform(upwards);
            gc.drawText(targets.get(j), 0, 0, true);
            gc.setTransform(null);
            upwards.dispose();
        }
        for (int i = 0; i < holders.size(); i++) {
            int y = columnHeader + i * CELL_HEIGHT;
            gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawText(clip(gc, holders.get(i), ROW_HEADER - 8), 4, y + 4, true);
            for (int j = 0; j < targets.size(); j++) {
                Rectangle r = new Rectangle(ROW_HEADER + j * CELL_WIDTH, y, CELL_WIDTH, CELL_HEIGHT);
                Cell cell = cell(holders.get(i), targets.get(j));
                if (cell != null) {
                    gc.setBackground(new Color(display, tint(cell)));
                    gc.fillRectangle(r);
                    gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
                    String text = (cell.support() > 0 ? "+" + cell.support() : "") + (cell.support() > 0 && cell.oppose() > 0 ? "  " : "")
                            + (cell.oppose() > 0 ? "\u2212" + cell.oppose() : "");
                    Point extent = gc.textExtent(text);
                    gc.drawText(text, r.x + (r.width - extent.x) / 2, r.y + (r.height - extent.y) / 2, true);
                }
                gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
                gc.drawRectangle(r);
            }
        }
    }

    /** Green for support, red for oppose, amber for mixed; stronger with more stances. */
    private RGB tint(Cell c) {
        double strength = 0.25 + 0.75 * c.total() / Math.max(1, maxTotal);
        double supportShare = (double) c.support() / c.total();
        int r = (int) (255 - strength * (255 - (supportShare > 0.5 ? 120 : 230)));
        int g = (int) (255 - strength * (255 - (supportShare >= 0.5 ? 200 : 110)));
        int b = (int) (255 - strength * (255 - (supportShare == 0.5 ? 90 : 110)));
        return new RGB(r, g, b);
    }

    private static String clip(GC gc, String s, int width) {
        if (gc.textExtent(s).x <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && gc.textExtent(t + "…").x > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    @Focus
    public void focus() {
        canvas.setFocus();
    }

    @PreDestroy
    void dispose() {
        if (session != null) {
            session.removeListener(onChange);
        }
    }
}
