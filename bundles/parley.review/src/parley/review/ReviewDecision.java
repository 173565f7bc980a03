package parley.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import parley.store.CorpusDocument;
import parley.type.Actor;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.TagValues;

/**
 * One undoable review decision over one or many rows (accept, reject, flip, new holder or target).
 * After it runs, is undone or redone, the documents it touched are handed to {@code persist}.
 */
public final class ReviewDecision extends AbstractOperation {

    public static final String ACCEPTED = TagValues.ACCEPTED;
    public static final String REJECTED = TagValues.REJECTED;
    public static final String CORRECTED = TagValues.CORRECTED;
    public static final String MANUAL = TagValues.MANUAL;

    private record Change(Tag tag, CorpusDocument document, TagState before, TagState after) {
    }

    private final List<Change> changes = new ArrayList<>();
    private final Consumer<Set<CorpusDocument>> persist;

    private ReviewDecision(String label, IUndoContext context, Consumer<Set<CorpusDocument>> persist) {
        super(label);
        addContext(context);
        this.persist = persist;
    }

    public static ReviewDecision accept(Collection<ReviewRow> rows, String origin, IUndoContext context, Consumer<Set<CorpusDocument>> persist) {
        return status(rows.size() == 1 ? "Accept" : "Accept " + rows.size(), ACCEPTED, rows, origin, context, persist);
    }

    public static ReviewDecision reject(Collection<ReviewRow> rows, String origin, IUndoContext context, Consumer<Set<CorpusDocument>> persist) {
        return status(rows.size() == 1 ? "Reject" : "Reject " + rows.size(), REJECTED, rows, origin, context, persist);
    }

    private static ReviewDecision status(String label, String status, Collection<ReviewRow> rows, String origin, IUndoContext context,
            Consumer<Set<CorpusDocument>> persist) {
        ReviewDecision d = new ReviewDecision(label, context, persist);
        Set<Tag> decided = new java.util.HashSet<>();
        for (ReviewRow r : rows) {
            d.decide(r.tag(), r.document(), status, origin, decided);
            // accepting a stance confirms its holder and target
            if (ACCEPTED.equals(status) && r.tag() instanceof Stance s) {
                for (Tag argument : new Tag[] {s.getHolder(), s.getTarget()}) {
                    if (argument != null && TagValues.SUGGESTED.equals(argument.getStatus())) {
                        d.decide(argument, r.document(), status, origin, decided);
                    }
                }
            }
        }
        return d;
    }

    private void decide(Tag tag, CorpusDocument document, String status, String origin, Set<Tag> decided) {
        TagState before = TagState.of(tag);
        if (decided.add(tag) && (!status.equals(before.status()) || !origin.equals(before.origin()))) {
            changes.add(new Change(tag, document, before, before.decided(status, origin)));
        }
    }

    /** SUPPORT becomes OPPOSE and back; the stance is then CORRECTED (MANUAL stays MANUAL). */
    public static ReviewDecision flipPolarity(ReviewRow row, String origin, IUndoContext context, Consumer<Set<CorpusDocument>> persist) {
        TagState before = TagState.of(row.tag());
        String flipped = TagValues.SUPPORT.equals(before.polarity()) ? TagValues.OPPOSE : TagValues.SUPPORT;
        return single("Flip polarity", row, before.withPolarity(flipped).decided(corrected(before), origin), context, persist);
    }

    public static ReviewDecision changeHolder(ReviewRow row, Actor holder, String origin, IUndoContext context, Consumer<Set<CorpusDocument>> persist) {
        TagState before = TagState.of(row.tag());
        return single("Change holder", row, before.withHolder(holder).decided(corrected(before), origin), context, persist);
    }

    public static ReviewDecision changeTarget(ReviewRow row, Tag target, String origin, IUndoContext context, Consumer<Set<CorpusDocument>> persist) {
        TagState before = TagState.of(row.tag());
        return single("Change target", row, before.withTarget(target).decided(corrected(before), origin), context, persist);
    }

    private static ReviewDecision single(String label, ReviewRow row, TagState after, IUndoContext context, Consumer<Set<CorpusDocument>> persist) {
        ReviewDecision d = new ReviewDecision(label, context, persist);
        d.changes.add(new Change(row.tag(), row.document(), TagState.of(row.tag()), after));
        return d;
    }

    private static String corrected(TagState before) {
        return MANUAL.equals(before.status()) ? MANUAL : CORRECTED;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public int size() {
        return changes.size();
    }

    /** The documents whose annotations this decision changes. */
    public Set<CorpusDocument> documents() {
        Set<CorpusDocument> docs = new LinkedHashSet<>();
        changes.forEach(c -> docs.add(c.document()));
        return docs;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        return redo(monitor, info);
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        changes.forEach(c -> c.after.applyTo(c.tag()));
        persist.accept(documents());
        return Status.OK_STATUS;
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        for (int i = changes.size() - 1; i >= 0; i--) {
            changes.get(i).before.applyTo(changes.get(i).tag());
        }
        persist.accept(documents());
        return Status.OK_STATUS;
    }
}
