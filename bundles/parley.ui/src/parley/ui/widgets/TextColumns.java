package parley.ui.widgets;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** Table columns of text computed from the row, with a tooltip for what does not fit where one is given. */
public final class TextColumns {

    private TextColumns() {
    }

    /** A column of text computed from the row, without a tooltip. */
    public static <T> void add(TableViewer table, Class<T> rows, String title, int width, Function<T, String> text) {
        add(table, rows, title, width, text, row -> null);
    }

    public static <T> void add(TableViewer table, Class<T> rows, String title, int width, Function<T, String> text, Function<T, String> tooltip) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(rows.cast(element));
            }

            @Override
            public String getToolTipText(Object element) {
                return tooltip.apply(rows.cast(element));
            }
        });
    }
}
