package parley.ui.services;

import java.util.List;

import org.eclipse.swt.widgets.Shell;

import parley.type.Actor;
import parley.type.Tag;

/** Lets the analyst pick a stance's holder, target and polarity; returns null when cancelled. */
@FunctionalInterface
public interface StanceChooser {

    record Choice(Actor holder, Tag target, String polarity) {
    }

    Choice choose(Shell shell, List<Actor> holders, List<Tag> targets);
}
