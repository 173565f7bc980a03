package parley.ui.services;

import org.eclipse.swt.widgets.Shell;

import parley.model.Catalogue;

/** Asks for the ID and category of a new catalogue actor; null when cancelled. */
@FunctionalInterface
public interface NewActorChooser {
    Answer ask(Shell shell, String name, Catalogue catalogue);

    /** The new actor's catalogue ID and category. */
    record Answer(String id, String category) {
    }
}
