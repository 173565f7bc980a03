package parley.ui.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import parley.review.ReviewRow;
import parley.type.Tag;

/**
 * A virtual table of review rows: only the visible rows are ever materialised, so 100,000 rows fill,
 * filter and sort in the time it takes to filter and sort a list. Clicking a column header sorts by it
 * (again: the other way).
 */
public final class ReviewTable {

    /** A column: its title, width, cell text and order; {@code evidence} columns highlight the given tags. */
    record Column(String title, int width, Function<ReviewRow, String> text, Comparator<ReviewRow> order,
            Function<ReviewRow, Tag[]> highlights) {

        static Column of(String title, int width, Function<ReviewRow, String> text) {
            return of(title, width, text, text);
        }

        /** A column shown as {@code text} and sorted by {@code key} (cheaper to compare than the shown text). */
        static Column of(String title, int width, Function<ReviewRow, String> text, Function<ReviewRow, String> key) {
            return new Column(title, width, text, Comparator.comparing(key, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER)), null);
        }
    }

    private final TableViewer viewer;
    private final List<Column> columns;
    private List<ReviewRow> all = List.of();
    private List<ReviewRow> shown = List.of();
    private Predicate<ReviewRow> filter = r -> true;
    private Comparator<ReviewRow> order;

    ReviewTable(Composite parent, List<Column> columns, int sortColumn, int sortDirection) {
        this.columns = List.copyOf(columns);
        viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.setUseHashlookup(false);
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                if (index < shown.size()) {
                    viewer.replace(shown.get(index), index);
                }
            }

            @Override
            public void inputChanged(Viewer v, Object oldInput, Object newInput) {
                // rows are handed over by setRows
            }
        });
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 100).applyTo(table);
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            TableViewerColumn tc = new TableViewerColumn(viewer, SWT.NONE);
            tc.getColumn().setText(c.title());
            tc.getColumn().setWidth(c.width());
            tc.getColumn().setMoveable(true);
            tc.setLabelProvider(c.highlights() == null ? new ColumnLabelProvider() {
                @Override
                public String getText(Object r) {
                    return nonNull(c.text().apply((ReviewRow) r));
                }

                @Override
                public String getToolTipText(Object r) {
                    String text = getText(r);
                    return text.length() > 24 ? text : null;
                }
            } : new EvidenceLabelProvider(c));
            int index = i;
            tc.getColumn().addListener(SWT.Selection, e -> sortBy(index,
                    table.getSortColumn() == table.getColumn(index) && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP));
        }
        // a cut cell (the evidence, mostly) shows whole in its tooltip
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setInput(this);
        setSort(sortColumn, sortDirection);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    public TableViewer viewer() {
        return viewer;
    }

    void setRows(List<ReviewRow> rows) {
        all = rows;
        apply();
    }

    void setFilter(Predicate<ReviewRow> newFilter) {
        filter = newFilter;
        apply();
    }

    public void sortBy(int column, int direction) {
        setSort(column, direction);
        apply();
    }

    private void setSort(int column, int direction) {
        Table table = viewer.getTable();
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(direction);
        Comparator<ReviewRow> c = columns.get(column).order();
        order = direction == SWT.DOWN ? c.reversed() : c;
    }

    /**
     * Filters and sorts the rows again; the selection keeps its row where that is still shown, else its
     * position (so that deciding a row in a filtered view moves on to the next one).
     */
    void apply() {
        Table table = viewer.getTable();
        int focus = table.getSelectionIndex();
        List<ReviewRow> selected = selectedRows();
        List<ReviewRow> next = new ArrayList<>(all.size());
        for (ReviewRow r : all) {
            if (filter.test(r)) {
                next.add(r);
            }
        }
        next.sort(order);
        shown = next;
        table.setRedraw(false);
        try {
            if (shown.size() < table.getItemCount() / 2) {
                // GTK drops the rows of a shrinking virtual table one by one (seconds for 100,000); emptying it is one call
                table.removeAll();
            } else {
                table.clearAll();
            }
            table.setItemCount(shown.size());
            List<Integer> keep = new ArrayList<>();
            if (selected.size() <= 100) {
                for (ReviewRow r : selected) {
                    int i = shown.indexOf(r);
                    if (i >= 0) {
                        keep.add(i);
                    }
                }
            }
            if (!keep.isEmpty()) {
                table.setSelection(keep.stream().mapToInt(Integer::intValue).toArray());
            } else if (focus >= 0 && !shown.isEmpty()) {
                table.setSelection(Math.min(focus, shown.size() - 1));
            } else {
                table.deselectAll();
            }
        } finally {
            table.setRedraw(true);
        }
    }

    /** Shows changed values of the rows without filtering again. */
    void refreshValues() {
        viewer.getTable().clearAll();
    }

    public List<ReviewRow> shown() {
        return shown;
    }

    public List<ReviewRow> selectedRows() {
        List<ReviewRow> rows = new ArrayList<>();
        for (int i : viewer.getTable().getSelectionIndices()) {
            if (i < shown.size()) {
                rows.add(shown.get(i));
            }
        }
        return rows;
    }

    public ReviewRow selected() {
        int i = viewer.getTable().getSelectionIndex();
        return i >= 0 && i < shown.size() ? shown.get(i) : null;
    }

    public void select(int index) {
        if (index >= 0 && index < shown.size()) {
            viewer.getTable().setSelection(index);
            viewer.getTable().showSelection();
        }
    }

    public int sortColumn() {
        Table table = viewer.getTable();
        TableColumn c = table.getSortColumn();
        return c == null ? -1 : table.indexOf(c);
    }

    /** Evidence with its holder and target (or the tag itself) shown in bold on a tint. */
    private static final class EvidenceLabelProvider extends StyledCellLabelProvider {
        private final Column column;

        EvidenceLabelProvider(Column column) {
            this.column = column;
        }

        @Override
        public String getToolTipText(Object element) {
            String text = nonNull(column.text().apply((ReviewRow) element));
            return text.isEmpty() ? null : text;
        }

        @Override
        public void update(ViewerCell cell) {
            ReviewRow row = (ReviewRow) cell.getElement();
            String text = nonNull(column.text().apply(row));
            cell.setText(text);
            List<StyleRange> ranges = new ArrayList<>();
            Tag[] tags = column.highlights().apply(row);
            for (int i = 0; i < tags.length; i++) {
                int[] span = row.spanInEvidence(tags[i]);
                if (span != null && span[1] <= text.length()) {
                    StyleRange r = new StyleRange(span[0], span[1] - span[0], null, highlight(cell, i));
                    r.fontStyle = SWT.BOLD;
                    ranges.add(r);
                }
            }
            ranges.sort(Comparator.comparingInt(r -> r.start));
            List<StyleRange> disjoint = new ArrayList<>();
            for (StyleRange r : ranges) {
                if (disjoint.isEmpty() || r.start >= disjoint.get(disjoint.size() - 1).start + disjoint.get(disjoint.size() - 1).length) {
                    disjoint.add(r);
                }
            }
            cell.setStyleRanges(disjoint.toArray(new StyleRange[0]));
            super.update(cell);
        }

        private static Color highlight(ViewerCell cell, int which) {
            // holder blue, target amber: the editor's actor and agreement tints
            return which == 0 ? new Color(cell.getControl().getDisplay(), 214, 228, 252)
                    : new Color(cell.getControl().getDisplay(), 253, 233, 196);
        }
    }
}
