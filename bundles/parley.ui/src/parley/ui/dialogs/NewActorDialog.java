package parley.ui.dialogs;

import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import parley.model.Catalogue;
import parley.types.TagValues;
import parley.ui.services.NewActorChooser.Answer;

/** The ID and category of a new catalogue actor; the ID is proposed from the name and must be new. */
public final class NewActorDialog extends Dialog {

    private final String name;
    private final Catalogue catalogue;
    private Text id;
    private Combo category;
    private Label problem;
    private Answer answer;

    private NewActorDialog(Shell shell, String name, Catalogue catalogue) {
        super(shell);
        this.name = name;
        this.catalogue = catalogue;
    }

    public static Answer ask(Shell shell, String name, Catalogue catalogue) {
        NewActorDialog d = new NewActorDialog(shell, name, catalogue);
        return d.open() == OK ? d.answer : null;
    }

    /** "Jaish al-Izza" becomes JAISH_AL_IZZA. */
    static String proposedId(String name) {
        String id = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        return id.isEmpty() ? "NEW_ACTOR" : id;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("New actor \u201c" + name + "\u201d");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        new Label(area, SWT.NONE).setText("&ID:");
        id = new Text(area, SWT.BORDER);
        id.setText(proposedId(name));
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(id);
        new Label(area, SWT.NONE).setText("&Category:");
        category = new Combo(area, SWT.READ_ONLY);
        TagValues.categories().forEach(category::add);
        category.select(0);
        problem = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(problem);
        id.addModifyListener(e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        String value = id.getText().strip();
        String error = !value.matches("[A-Z][A-Z0-9_]*") ? "An ID is capital letters, digits and _ (like HTS or JAISH_AL_IZZA)."
                : catalogue != null && (catalogue.actor(value) != null || catalogue.agreement(value) != null) ? value + " is taken." : "";
        problem.setText(error);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(error.isEmpty());
        }
    }

    @Override
    protected void okPressed() {
        answer = new Answer(id.getText().strip(), category.getText());
        super.okPressed();
    }
}
