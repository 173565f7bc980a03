package parley.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import parley.type.Tag;

/** One undoable edit of the CAS: a list of changes to tags, applied in order and reverted in reverse. */
final class TagEdit extends AbstractOperation {

    private record Change(Tag tag, TagSnapshot before, TagSnapshot after, int indexChange) {
    }

    private final List<Change> changes = new ArrayList<>();
    private final Consumer<Map<Tag, Boolean>> refresh;
    private Tag focus;

    /** @param refresh told, after each run, which tags changed and whether each is now in the CAS */
    TagEdit(String label, IUndoContext context, Consumer<Map<Tag, Boolean>> refresh) {
        super(label);
        addContext(context);
        this.refresh = refresh;
    }

    TagEdit update(Tag tag, TagSnapshot after) {
        changes.add(new Change(tag, TagSnapshot.of(tag), after, 0));
        return this;
    }

    TagEdit add(Tag tag) {
        changes.add(new Change(tag, null, null, +1));
        return this;
    }

    TagEdit remove(Tag tag) {
        changes.add(new Change(tag, null, null, -1));
        return this;
    }

    /** The tag that should be current after the edit. */
    TagEdit focus(Tag tag) {
        this.focus = tag;
        return this;
    }

    Tag focus() {
        return focus;
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        return redo(monitor, info);
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        Map<Tag, Boolean> touched = new LinkedHashMap<>();
        for (Change c : changes) {
            if (c.indexChange > 0) {
                c.tag.addToIndexes();
                touched.put(c.tag, true);
            } else if (c.indexChange < 0) {
                c.tag.removeFromIndexes();
                touched.put(c.tag, false);
            } else {
                c.after.applyTo(c.tag);
                touched.putIfAbsent(c.tag, true);
            }
        }
        refresh.accept(touched);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        Map<Tag, Boolean> touched = new LinkedHashMap<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change c = changes.get(i);
            if (c.indexChange > 0) {
                c.tag.removeFromIndexes();
                touched.put(c.tag, false);
            } else if (c.indexChange < 0) {
                c.tag.addToIndexes();
                touched.put(c.tag, true);
            } else {
                c.before.applyTo(c.tag);
                touched.putIfAbsent(c.tag, true);
            }
        }
        refresh.accept(touched);
        return Status.OK_STATUS;
    }
}
