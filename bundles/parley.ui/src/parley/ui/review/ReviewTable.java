package parley.ui.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.DefaultToolTip;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnOverrideLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.layer.event.RowStructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.painter.cell.BackgroundPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.selection.config.RowOnlySelectionBindings;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultSelectionStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.selection.config.RowOnlySelectionConfiguration;
import org.eclipse.nebula.widgets.nattable.sort.event.ColumnHeaderClickEventMatcher;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

import parley.review.ReviewRow;
import parley.review.RowOrder;
import parley.type.Tag;

/**
 * A table of review rows drawn by NatTable: it paints only the visible rows from the list it is given, so 100,000 rows
 * fill, filter and sort in the time it takes to filter and sort a list (a native table spends seconds in its list store
 * when the row count changes). Clicking a column header sorts by it (again: the other way); rows are selected whole.
 */
public final class ReviewTable {

    /** A column: its title, width, cell text and order; {@code evidence} columns highlight the given tags. */
    record Column(String title, int width, Function<ReviewRow, String> text, RowOrder order, Function<ReviewRow, Tag[]> highlights) {

        static Column of(String title, int width, Function<ReviewRow, String> text) {
            return of(title, width, text, text);
        }

        /** A column shown as {@code text} and sorted by {@code key} (an ID rather than the label shown for it). */
        static Column of(String title, int width, Function<ReviewRow, String> text, Function<ReviewRow, String> key) {
            return new Column(title, width, text, RowOrder.byText(key), null);
        }
    }

    private static final String EVIDENCE_LABEL = "evidence";

    private final List<Column> columns;
    private final NatTable natTable;
    private final DataLayer bodyData;
    private final SelectionLayer selection;
    private final List<Runnable> openListeners = new ArrayList<>();
    /** From this many rows on, sorting and filtering run in parallel. */
    private static final int PARALLEL_ROWS = 20_000;
    private List<ReviewRow> all = List.of();
    private List<ReviewRow> shown = List.of();
    private Predicate<ReviewRow> filter = r -> true;
    private RowOrder order;
    private boolean descending;
    private int sortColumn;
    private int sortDirection;

    ReviewTable(Composite parent, List<Column> columns, int sortColumn, int sortDirection) {
        NatTableRuntime.prepare();
        this.columns = List.copyOf(columns);
        bodyData = new DataLayer(new ReadOnlyData(columns.size(), () -> shown.size(),
                (column, row) -> row < shown.size() ? nonNull(this.columns.get(column).text().apply(shown.get(row))) : ""));
        ColumnOverrideLabelAccumulator labels = new ColumnOverrideLabelAccumulator(bodyData);
        for (int i = 0; i < columns.size(); i++) {
            bodyData.setColumnWidthByPosition(i, columns.get(i).width());
            if (columns.get(i).highlights() != null) {
                labels.registerColumnOverrides(i, EVIDENCE_LABEL);
            }
        }
        bodyData.setConfigLabelAccumulator(labels);
        selection = new SelectionLayer(bodyData, false);
        selection.addConfiguration(new RowOnlySelectionConfiguration());
        ViewportLayer viewport = new ViewportLayer(selection);
        DataLayer headerData = new DataLayer(new ReadOnlyData(columns.size(), () -> 1, (column, row) -> this.columns.get(column).title()
                + (column != this.sortColumn ? "" : this.sortDirection == SWT.DOWN ? "  \u25bc" : "  \u25b2")));
        ColumnHeaderLayer header = new ColumnHeaderLayer(headerData, viewport, selection); // its style and column resizing
        CompositeLayer grid = new CompositeLayer(1, 2);
        grid.setChildLayer(GridRegion.COLUMN_HEADER, header, 0, 0);
        grid.setChildLayer(GridRegion.BODY, viewport, 0, 1);

        natTable = new NatTable(parent, SWT.NO_BACKGROUND | SWT.NO_REDRAW_RESIZE | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL
                | SWT.BORDER, grid, false);
        DefaultNatTableStyleConfiguration style = new DefaultNatTableStyleConfiguration();
        style.hAlign = HorizontalAlignmentEnum.LEFT; // text reads from the left, as in every other table of the workbench
        style.cellPainter = new LineBorderDecorator(new PlainTextPainter());
        natTable.addConfiguration(style);
        DefaultSelectionStyleConfiguration selected = new DefaultSelectionStyleConfiguration();
        Display display = parent.getDisplay();
        selected.selectionBgColor = display.getSystemColor(SWT.COLOR_LIST_SELECTION);
        selected.selectionFgColor = display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT);
        selected.anchorBgColor = selected.selectionBgColor;
        selected.anchorFgColor = selected.selectionFgColor;
        selected.selectionFont = style.font; // a selected row reads as the others do, not in bold italics
        // the header stays a header: a whole selected row would otherwise mark every column as selected
        selected.selectedHeaderBgColor = display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND);
        selected.fullySelectedHeaderBgColor = selected.selectedHeaderBgColor;
        selected.selectedHeaderFgColor = display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
        selected.selectedHeaderFont = style.font;
        natTable.addConfiguration(selected);
        natTable.addConfiguration(new RowOnlySelectionBindings() {
            @Override
            protected void configureColumnHeaderMouseClickBindings(UiBindingRegistry registry) {
                // a header click sorts by its column (below); rows are what is selected, never a column
            }
        });
        natTable.addConfiguration(new AbstractUiBindingConfiguration() {
            @Override
            public void configureUiBindings(UiBindingRegistry registry) {
                registry.registerFirstSingleClickBinding(new ColumnHeaderClickEventMatcher(SWT.NONE, 1), (table, event) -> {
                    int column = table.getColumnIndexByPosition(table.getColumnPositionByX(event.x));
                    if (column >= 0) {
                        sortBy(column, column == ReviewTable.this.sortColumn && ReviewTable.this.sortDirection == SWT.UP ? SWT.DOWN : SWT.UP);
                    }
                });
                registry.registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE), (table, event) -> fireOpen());
                registry.registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.CR), (table, event) -> fireOpen());
                registry.registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.KEYPAD_CR), (table, event) -> fireOpen());
            }
        });
        natTable.addConfiguration(new org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration() {
            @Override
            public void configureRegistry(IConfigRegistry registry) {
                registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new BackgroundPainter(new EvidencePainter(ReviewTable.this)),
                        DisplayMode.NORMAL, EVIDENCE_LABEL);
            }
        });
        natTable.configure();
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 100).applyTo(natTable);
        new CellToolTip(this);
        setSort(sortColumn, sortDirection);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** The table's control, for focus, listeners and its shell. */
    public Control control() {
        return natTable;
    }

    /** Runs when a row is opened: double-clicked or Enter pressed. */
    void onOpen(Runnable open) {
        openListeners.add(open);
    }

    private void fireOpen() {
        openListeners.forEach(Runnable::run);
    }

    public int columnCount() {
        return columns.size();
    }

    /** The index of the column with this title, or -1. */
    public int columnIndex(String title) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).title().equals(title)) {
                return i;
            }
        }
        return -1;
    }

    /** The whole text of a cell, shown as its tooltip where the cell cuts it (the evidence, mostly), or null. */
    public String toolTipText(ReviewRow row, int column) {
        String text = nonNull(columns.get(column).text().apply(row));
        return columns.get(column).highlights() != null ? (text.isEmpty() ? null : text) : text.length() > 24 ? text : null;
    }

    void setRows(List<ReviewRow> rows) {
        all = sorted(rows);
        apply();
    }

    void setFilter(Predicate<ReviewRow> newFilter) {
        filter = newFilter;
        apply();
    }

    public void sortBy(int column, int direction) {
        setSort(column, direction);
        all = sorted(all);
        apply();
    }

    /**
     * All rows are kept in the table's order, so that a filter, which keeps their order, needs no sort of its own.
     * Rows the order holds equal keep the order they had, so that sorting by one column, then another, sorts by both.
     */
    private List<ReviewRow> sorted(List<ReviewRow> rows) {
        return order.sort(rows, descending);
    }

    private void setSort(int column, int direction) {
        sortColumn = column;
        sortDirection = direction;
        order = columns.get(column).order();
        descending = direction == SWT.DOWN;
    }

    /**
     * Filters and sorts the rows again; the selection keeps its row where that is still shown, else its
     * position (so that deciding a row in a filtered view moves on to the next one).
     */
    void apply() {
        int focus = selectionIndex();
        List<ReviewRow> selected = selectedRows();
        shown = all.size() >= PARALLEL_ROWS ? all.parallelStream().filter(filter).toList() : all.stream().filter(filter).toList();
        selection.clear(false);
        bodyData.fireLayerEvent(new RowStructuralRefreshEvent(bodyData));
        int[] keep = selected.size() <= 100 ? positionsOf(selected) : new int[0];
        if (keep.length > 0) {
            selectRows(keep);
        } else if (focus >= 0 && !shown.isEmpty()) {
            selectRows(new int[] {Math.min(focus, shown.size() - 1)});
        }
        natTable.redraw();
    }

    private int[] positionsOf(List<ReviewRow> rows) {
        Map<ReviewRow, Boolean> wanted = new IdentityHashMap<>();
        rows.forEach(r -> wanted.put(r, true));
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < shown.size() && found.size() < rows.size(); i++) {
            if (wanted.containsKey(shown.get(i))) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    private void selectRows(int[] rows) {
        natTable.doCommand(new SelectRowsCommand(selection, 0, rows, false, rows.length > 1, rows[0]));
    }

    /** Shows changed values of the rows without filtering again. */
    void refreshValues() {
        natTable.redraw();
    }

    public List<ReviewRow> shown() {
        return shown;
    }

    public List<ReviewRow> selectedRows() {
        List<ReviewRow> rows = new ArrayList<>();
        int[] positions = selection.getFullySelectedRowPositions();
        Arrays.sort(positions);
        for (int i : positions) {
            if (i < shown.size()) {
                rows.add(shown.get(i));
            }
        }
        return rows;
    }

    public ReviewRow selected() {
        int i = selectionIndex();
        return i >= 0 && i < shown.size() ? shown.get(i) : null;
    }

    /** The row the selection's focus is on (where the keyboard moves from), or -1. */
    public int selectionIndex() {
        int anchor = selection.getSelectionAnchor().getRowPosition();
        if (anchor >= 0 && anchor < shown.size() && selection.isRowPositionFullySelected(anchor)) {
            return anchor;
        }
        int[] positions = selection.getFullySelectedRowPositions();
        return positions.length == 0 ? -1 : Arrays.stream(positions).min().getAsInt();
    }

    public void select(int index) {
        if (index >= 0 && index < shown.size()) {
            selectRows(new int[] {index});
        }
    }

    /** Selects the shown rows from one index to another, both in, as a click and a shift-click on them do. */
    public void selectRange(int from, int to) {
        int last = Math.min(to, shown.size() - 1);
        if (from >= 0 && from <= last) {
            natTable.doCommand(new SelectRowsCommand(selection, 0, new int[] {from}, false, false, from));
            natTable.doCommand(new SelectRowsCommand(selection, 0, new int[] {last}, true, false, last));
        }
    }

    public int sortColumn() {
        return sortColumn;
    }

    /** The row under a point of the table, with the column, or null (header, empty space). */
    private Cell cellAt(int x, int y) {
        int rowPosition = natTable.getRowPositionByY(y);
        int columnPosition = natTable.getColumnPositionByX(x);
        if (rowPosition < 0 || columnPosition < 0) {
            return null;
        }
        ILayerCell cell = natTable.getCellByPosition(columnPosition, rowPosition);
        if (cell == null || !natTable.getRegionLabelsByXY(x, y).hasLabel(GridRegion.BODY)) {
            return null;
        }
        int row = cell.getRowIndex();
        return row >= 0 && row < shown.size() ? new Cell(shown.get(row), cell.getColumnIndex()) : null;
    }

    ReviewRow rowAt(int row) {
        return row >= 0 && row < shown.size() ? shown.get(row) : null;
    }

    Column column(int index) {
        return columns.get(index);
    }

    /** A body cell: its row and column. */
    private record Cell(ReviewRow row, int column) {
    }

    /** Cells that are read, never edited: review rows change through decisions. */
    private record ReadOnlyData(int columns, IntSupplier rows, BiFunction<Integer, Integer, Object> cell) implements IDataProvider {
        @Override
        public Object getDataValue(int column, int row) {
            return cell.apply(column, row);
        }

        @Override
        public void setDataValue(int column, int row, Object value) {
            // read-only
        }

        @Override
        public int getColumnCount() {
            return columns;
        }

        @Override
        public int getRowCount() {
            return rows.getAsInt();
        }
    }

    /** The whole text of the cell under the mouse, where it is longer than its cell shows. */
    private static final class CellToolTip extends DefaultToolTip {
        private final ReviewTable table;

        CellToolTip(ReviewTable table) {
            super(table.natTable, ToolTip.NO_RECREATE, false);
            this.table = table;
            setPopupDelay(500);
            setShift(new Point(10, 10));
        }

        @Override
        protected String getText(Event event) {
            Cell cell = table.cellAt(event.x, event.y);
            return cell == null ? null : table.toolTipText(cell.row(), cell.column());
        }

        @Override
        protected boolean shouldCreateToolTip(Event event) {
            return super.shouldCreateToolTip(event) && getText(event) != null;
        }
    }
}
