package parley.ui.dialogs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import parley.ui.widgets.TextColumns;

/** The shortcuts sheet: read from the application model's binding tables, so it cannot go stale. */
public final class ShortcutsDialog extends Dialog {

    /** One row: keys, command, where it works. */
    public record Row(String keys, String command, String where) {
    }

    private final MApplication application;

    public ShortcutsDialog(Shell shell, MApplication application) {
        super(shell);
        this.application = application;
    }

    public static List<Row> rows(MApplication application) {
        List<Row> rows = new ArrayList<>();
        for (MBindingTable table : application.getBindingTables()) {
            String where = table.getBindingContext() == null ? "" : table.getBindingContext().getName();
            for (MKeyBinding b : table.getBindings()) {
                String keys;
                try {
                    keys = KeySequence.getInstance(b.getKeySequence()).format();
                } catch (ParseException e) {
                    keys = b.getKeySequence();
                }
                rows.add(new Row(keys, b.getCommand() == null ? "?" : b.getCommand().getCommandName(), where));
            }
        }
        return rows;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Keyboard shortcuts");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        TableViewer table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        TextColumns.add(table, Row.class, "Keys", 150, r -> r.keys());
        TextColumns.add(table, Row.class, "Command", 260, r -> r.command());
        TextColumns.add(table, Row.class, "Where", 160, r -> r.where());
        table.setInput(rows(application));
        GridDataFactory.fillDefaults().grab(true, true).hint(600, 460).applyTo(table.getControl());
        return area;
    }


    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
