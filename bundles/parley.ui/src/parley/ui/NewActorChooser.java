package parley.ui;

import org.eclipse.swt.widgets.Shell;

import parley.model.Catalogue;
import parley.ui.dialogs.NewActorDialog;

/** Asks for the ID and category of a new catalogue actor; null when cancelled. */
@FunctionalInterface
public interface NewActorChooser {
    NewActorDialog.Answer ask(Shell shell, String name, Catalogue catalogue);
}
