package parley.ui.dialogs;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import parley.about.Installation;
import parley.ui.widgets.TextColumns;

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
        TextColumns.add(table, Installation.Library.class, "Library", 330, l -> l.name());
        TextColumns.add(table, Installation.Library.class, "Licence", 170, l -> l.licence());
        TextColumns.add(table, Installation.Library.class, "Version", 140, l -> l.version());
        table.setInput(Installation.libraries());
        GridDataFactory.fillDefaults().grab(true, true).hint(660, 360).applyTo(table.getControl());
        Label tests = new Label(area, SWT.WRAP);
        StringBuilder text = new StringBuilder("Used by the tests and the build only (not shipped): ");
        Installation.testOnly().forEach(l -> text.append(l.name()).append(", ").append(l.licence()).append("; "));
        tests.setText(text.substring(0, text.length() - 2) + ".");
        GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(tests);
        return area;
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
