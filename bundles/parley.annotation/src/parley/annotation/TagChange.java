package parley.annotation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import parley.type.Tag;

/**
 * One undoable decision: changes to tags of one or several working documents, applied in order and reverted in
 * reverse. It carries the undo context of every document it touches, so each document's undo reaches it. Made
 * by {@link Decisions}; run by {@link WorkingDocument#execute} or a review session.
 */
public final class TagChange extends AbstractOperation {

    private enum Kind { UPDATE, ADD, REMOVE }

    private record Step(WorkingDocument document, Tag tag, TagState before, TagState after, Kind kind) {
    }

    private final List<Step> steps = new ArrayList<>();
    /** The documents whose undo context it has (a bulk decision may touch hundreds). */
    private final Set<WorkingDocument> touched = new LinkedHashSet<>();
    private Tag focus;

    TagChange(String label) {
        super(label);
    }

    /** Changes a tag's features; nothing when they are already so. */
    TagChange update(WorkingDocument document, Tag tag, TagState after) {
        return update(document, tag, TagState.of(tag), after);
    }

    /** As {@link #update(WorkingDocument, Tag, TagState)}, with the tag's state as the caller read it just now. */
    TagChange update(WorkingDocument document, Tag tag, TagState before, TagState after) {
        if (!before.equals(after)) {
            step(new Step(document, tag, before, after, Kind.UPDATE));
        }
        return this;
    }

    TagChange add(WorkingDocument document, Tag tag) {
        return step(new Step(document, tag, null, null, Kind.ADD));
    }

    TagChange remove(WorkingDocument document, Tag tag) {
        return step(new Step(document, tag, null, null, Kind.REMOVE));
    }

    private TagChange step(Step step) {
        if (touched.add(step.document())) {
            addContext(step.document().undoContext());
        }
        steps.add(step);
        return this;
    }

    TagChange focus(Tag tag) {
        this.focus = tag;
        return this;
    }

    /** The tag an editor makes current after the change, or null. */
    public Tag focus() {
        return focus;
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The documents whose annotations it changes. */
    public Set<WorkingDocument> documents() {
        return Collections.unmodifiableSet(touched);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        return redo(monitor, info);
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return apply(true);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        return apply(false);
    }

    /** Runs the steps in order ({@code forward}) or reverts them in reverse; then tells each document what changed. */
    private IStatus apply(boolean forward) {
        Map<WorkingDocument, WorkingDocument.Change.Builder> changed = new LinkedHashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(forward ? i : steps.size() - 1 - i);
            WorkingDocument.Change.Builder change = changed.computeIfAbsent(s.document(), WorkingDocument.Change.Builder::new);
            if (s.kind() == Kind.UPDATE) {
                (forward ? s.after() : s.before()).applyTo(s.tag());
                change.updated(s.tag(), s.before().begin() != s.after().begin() || s.before().end() != s.after().end());
            } else if ((s.kind() == Kind.ADD) == forward) {
                s.tag().addToIndexes();
                change.added(s.tag());
            } else {
                s.tag().removeFromIndexes();
                change.removed(s.tag());
            }
        }
        changed.values().forEach(c -> c.document().edited(c.build()));
        return Status.OK_STATUS;
    }
}
