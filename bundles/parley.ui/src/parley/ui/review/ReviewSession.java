package parley.ui.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.event.EventHandler;

import parley.ui.services.SharedWorkingDocuments;
import parley.annotation.TagChange;
import parley.annotation.WorkingDocument;
import parley.review.ReviewCorpus;
import parley.review.RowFilter;
import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;
import parley.ui.events.DocumentEvents;

/**
 * The one {@link ReviewCorpus} of the open project that the Stance Review, the Suggestion queue and the
 * Stance matrix share, kept in the root context. It reviews the project's {@link WorkingDocuments}, the copies the
 * editors show: a decision here shows in an open editor at once, and an editor's edit shows here. A decision on a
 * document without unsaved edits is saved at once (and its undo the same way), so no review work waits in
 * memory; on a document with unsaved editor edits it joins them, to be saved with them.
 */
public final class ReviewSession {

    private final ReviewCorpus corpus;
    private final IEventBroker events;
    private final IOperationHistory history = OperationHistoryFactory.getOperationHistory();
    private final IUndoContext undoContext = new ObjectUndoContext(this, "Parley review");
    private final List<Consumer<RowFilter>> filterRequests = new ArrayList<>();
    private final List<EventHandler> subscriptions = new ArrayList<>();
    private String lastProblem;

    private ReviewSession(ReviewCorpus corpus, IEventBroker events) {
        this.corpus = corpus;
        this.events = events;
        if (events != null) {
            // documents tagged or imported since the review was loaded come in (those it holds follow by themselves)
            EventHandler h = e -> {
                if (e.getProperty(IEventBroker.DATA) instanceof DocumentEvents.DocumentChange change) {
                    Display.getDefault().asyncExec(() -> documentTagged(change.document()));
                }
            };
            events.subscribe(DocumentEvents.RETAGGED, h);
            subscriptions.add(h);
        }
    }

    /** The session of the project in the context, loading the project's annotations on first use. */
    public static ReviewSession of(IEclipseContext context) {
        Project project = context.get(Project.class);
        IEclipseContext root = context;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        ReviewSession session = root.get(ReviewSession.class);
        if (project == null) {
            // no project: only a review installed over CASes in memory (the benchmark)
            return session != null && session.corpus.project() == null ? session : null;
        }
        if (session != null && session.corpus.project() == project) {
            return session;
        }
        if (session != null) {
            session.dispose();
        }
        session = new ReviewSession(ReviewCorpus.load(SharedWorkingDocuments.in(context)), context.get(IEventBroker.class));
        root.set(ReviewSession.class, session);
        return session;
    }

    /** Reviews CASes held in memory, without a project (benchmarks): nothing is saved. */
    public static ReviewSession install(IEclipseContext root, ReviewCorpus corpus) {
        ReviewSession session = new ReviewSession(corpus, null);
        root.set(ReviewSession.class, session);
        return session;
    }

    public ReviewCorpus corpus() {
        return corpus;
    }

    public IUndoContext undoContext() {
        return undoContext;
    }

    /** Told, after every decision, undo, editor edit or re-tagging, which documents changed. */
    public void addListener(Consumer<Set<CorpusDocument>> listener) {
        corpus.addListener(listener);
    }

    public void removeListener(Consumer<Set<CorpusDocument>> listener) {
        corpus.removeListener(listener);
    }

    /** The Stance Review registers here to show what another part (the Stance matrix) asks for. */
    public void onShowStances(Consumer<RowFilter> listener) {
        filterRequests.add(listener);
    }

    public void removeShowStances(Consumer<RowFilter> listener) {
        filterRequests.remove(listener);
    }

    public void showStances(RowFilter filter) {
        List.copyOf(filterRequests).forEach(l -> l.accept(filter));
    }

    /** The problem of the last decision (not saved, refused), or null. */
    public String lastProblem() {
        return lastProblem;
    }

    /** Runs a decision (refused, with {@link #lastProblem()}, in a read-only project) and saves what it may. */
    public boolean decide(TagChange decision) {
        lastProblem = null;
        if (decision.isEmpty()) {
            return false;
        }
        if (corpus.isReadOnly()) {
            lastProblem = "The project is open in another Parley process: this window can read it but not change it.";
            return false;
        }
        decision.addContext(undoContext);
        Set<WorkingDocument> saved = savedOf(decision.documents());
        corpus.batch(() -> {
            try {
                history.execute(decision, null, null);
            } catch (ExecutionException e) {
                lastProblem = e.getMessage();
            }
        });
        save(saved);
        return lastProblem == null;
    }

    /** Those without unsaved edits: what a decision changes in them is saved at once. */
    private static Set<WorkingDocument> savedOf(Set<WorkingDocument> documents) {
        Set<WorkingDocument> saved = new LinkedHashSet<>();
        documents.stream().filter(w -> !w.isDirty()).forEach(saved::add);
        return saved;
    }

    private void save(Set<WorkingDocument> documents) {
        for (WorkingDocument w : documents) {
            try {
                w.save();
            } catch (DocumentException e) {
                lastProblem = e.getMessage();
            }
        }
    }

    public boolean undo() {
        return step(true);
    }

    public boolean redo() {
        return step(false);
    }

    private boolean step(boolean undo) {
        if (undo ? !history.canUndo(undoContext) : !history.canRedo(undoContext)) {
            return false;
        }
        lastProblem = null;
        var operation = undo ? history.getUndoOperation(undoContext) : history.getRedoOperation(undoContext);
        Set<WorkingDocument> saved = operation instanceof TagChange change ? savedOf(change.documents()) : Set.of();
        corpus.batch(() -> {
            try {
                if (undo) {
                    history.undo(undoContext, null, null);
                } else {
                    history.redo(undoContext, null, null);
                }
            } catch (ExecutionException e) {
                lastProblem = e.getMessage();
            }
        });
        save(saved);
        return true;
    }

    private void documentTagged(Path path) {
        if (corpus.project() == null) {
            return;
        }
        corpus.project().corpus().documents().stream().filter(d -> d.path().equals(path)).forEach(corpus::add);
    }

    void dispose() {
        subscriptions.forEach(events::unsubscribe);
        history.dispose(undoContext, true, true, false);
        filterRequests.clear();
        corpus.close();
    }
}
