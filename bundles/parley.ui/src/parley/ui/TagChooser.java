package parley.ui;

import java.util.List;

import org.eclipse.swt.widgets.Shell;

import parley.type.Tag;

/** Asks the analyst to pick one annotation among candidates (a stance's new holder or target); null: cancelled. */
@FunctionalInterface
public interface TagChooser {
    Tag choose(Shell shell, String title, String context, List<Tag> candidates, Tag current);
}
