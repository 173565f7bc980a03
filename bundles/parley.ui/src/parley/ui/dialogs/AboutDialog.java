package parley.ui.dialogs;

import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import parley.about.Installation;

/** The version of Parley and every library it runs with, with its licence, read from the running installation. */
public final class AboutDialog extends Dialog {

    public AboutDialog(Shell shell) {
        super(shell);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About Parley");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label title = new Label(area, SWT.NONE);
        title.setText("Parley " + Installation.version());
        Label what = new Label(area, SWT.WRAP);
        what.setText("An annotation workbench for conflict and policy analysts: actors, agreements and stances, pre-tagged by an "
                + "Apache UIMA pipeline, reviewed by analysts, exported as UIMA XMI. It is built on these libraries:");
        GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(what);
        TableViewer table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(table, "Library", 330, l -> l.name());
        column(table, "Licence", 170, l -> l.licence());
        column(table, "Version", 140, l -> l.version());
        table.setInput(Installation.libraries());
        GridDataFactory.fillDefaults().grab(true, true).hint(660, 360).applyTo(table.getControl());
        Label tests = new Label(area, SWT.WRAP);
        StringBuilder text = new StringBuilder("Used by the tests and the build only (not shipped): ");
        Installation.testOnly().forEach(l -> text.append(l.name()).append(", ").append(l.licence()).append("; "));
        tests.setText(text.substring(0, text.length() - 2) + ".");
        GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(tests);
        return area;
    }

    private static void column(TableViewer table, String title, int width, Function<Installation.Library, String> text) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> text.apply((Installation.Library) o)));
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
