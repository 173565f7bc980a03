package parley.ui.services;

import org.eclipse.swt.widgets.Shell;

import parley.model.Catalogue;

/** Lets the analyst pick a catalogue ID (type-ahead); returns null when cancelled. */
@FunctionalInterface
public interface LabelChooser {
    String choose(Shell shell, String title, Catalogue catalogue, String current);
}
