package parley.ui.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.event.EventHandler;

import parley.review.ReviewCorpus;
import parley.review.ReviewDecision;
import parley.review.RowFilter;
import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;
import parley.ui.editor.DocumentEditorPart;
import parley.ui.events.DocumentEvents;

/**
 * The one {@link ReviewCorpus} of the open project that the Stance Review, the Suggestion queue and the
 * Stance matrix share, kept in the root context. Decisions are saved to the project as soon as they are
 * made (and undone the same way), so no review work waits in memory for a save; open document editors
 * reload the documents it changed, and it reloads the documents an editor saved.
 */
public final class ReviewSession {


    private final ReviewCorpus corpus;
    private final IEventBroker events;
    private final Predicate<Path> unsavedInEditor;
    private final IOperationHistory history = OperationHistoryFactory.getOperationHistory();
    private final IUndoContext undoContext = new ObjectUndoContext(this, "Parley review");
    private final List<Consumer<Set<CorpusDocument>>> listeners = new ArrayList<>();
    private final List<Consumer<RowFilter>> filterRequests = new ArrayList<>();
    private final List<EventHandler> subscriptions = new ArrayList<>();
    private String lastProblem;

    private ReviewSession(ReviewCorpus corpus, IEventBroker events, Predicate<Path> unsavedInEditor) {
        this.corpus = corpus;
        this.events = events;
        this.unsavedInEditor = unsavedInEditor;
        if (events != null) {
            for (String topic : new String[] {DocumentEvents.SAVED, DocumentEvents.RETAGGED}) {
                EventHandler h = e -> {
                    if (e.getProperty(IEventBroker.DATA) instanceof DocumentEvents.DocumentChange change) {
                        Display.getDefault().asyncExec(() -> documentChangedElsewhere(change.document()));
                    }
                };
                events.subscribe(topic, h);
                subscriptions.add(h);
            }
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
        session = new ReviewSession(ReviewCorpus.load(project), context.get(IEventBroker.class), unsavedInEditorOf(context));
        root.set(ReviewSession.class, session);
        return session;
    }

    /** Reviews CASes held in memory, without a project (benchmarks): nothing is saved. */
    public static ReviewSession install(IEclipseContext root, ReviewCorpus corpus) {
        ReviewSession session = new ReviewSession(corpus, null, p -> false);
        root.set(ReviewSession.class, session);
        return session;
    }

    private static Predicate<Path> unsavedInEditorOf(IEclipseContext context) {
        MApplication application = context.get(MApplication.class);
        EModelService models = context.get(EModelService.class);
        if (application == null || models == null) {
            return p -> false;
        }
        return path -> models.findElements(application, null, MPart.class, null).stream()
                .anyMatch(part -> path.toString().equals(part.getPersistedState().get(DocumentEditorPart.DOCUMENT_PATH)) && part.isDirty());
    }

    public ReviewCorpus corpus() {
        return corpus;
    }

    public IUndoContext undoContext() {
        return undoContext;
    }

    /** Told, after every decision, undo or reload, which documents changed. */
    public void addListener(Consumer<Set<CorpusDocument>> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Set<CorpusDocument>> listener) {
        listeners.remove(listener);
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

    /**
     * Runs a decision and saves the documents it changes. Refused (with {@link #lastProblem()}) in a
     * read-only project, and for a document whose editor holds unsaved edits: two copies of its annotations
     * would then disagree.
     */
    public boolean decide(ReviewDecision decision) {
        lastProblem = null;
        if (decision.isEmpty()) {
            return false;
        }
        if (corpus.isReadOnly()) {
            lastProblem = "The project is open in another Parley process: this window can read it but not change it.";
            notifyListeners(Set.of());
            return false;
        }
        for (CorpusDocument d : decision.documents()) {
            if (unsavedInEditor.test(d.path())) {
                lastProblem = d.name() + " has unsaved edits in its editor: save or close it first.";
                notifyListeners(Set.of());
                return false;
            }
        }
        try {
            history.execute(decision, null, null);
        } catch (ExecutionException e) {
            lastProblem = e.getMessage();
        }
        return lastProblem == null;
    }

    /** The persist step of every decision: write each document, tell editors and parts. */
    public void persist(Set<CorpusDocument> documents) {
        for (CorpusDocument d : documents) {
            try {
                corpus.save(d);
                DocumentEvents.post(events, DocumentEvents.REVIEWED, d.path());
            } catch (DocumentException e) {
                lastProblem = e.getMessage();
            }
        }
        notifyListeners(documents);
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
        try {
            if (undo) {
                history.undo(undoContext, null, null);
            } else {
                history.redo(undoContext, null, null);
            }
        } catch (ExecutionException e) {
            lastProblem = e.getMessage();
        }
        return true;
    }

    private void documentChangedElsewhere(java.nio.file.Path path) {
        if (corpus.project() == null) {
            return;
        }
        for (CorpusDocument d : corpus.project().corpus().documents()) {
            if (d.path().equals(path)) {
                try {
                    corpus.reload(d);
                } catch (DocumentException e) {
                    lastProblem = e.getMessage();
                }
                // decisions held the tags of the replaced CAS: they can no longer be undone
                history.dispose(undoContext, true, true, false);
                notifyListeners(Set.of(d));
            }
        }
    }

    private void notifyListeners(Set<CorpusDocument> documents) {
        List.copyOf(listeners).forEach(l -> l.accept(documents));
    }

    void dispose() {
        subscriptions.forEach(events::unsubscribe);
        history.dispose(undoContext, true, true, false);
        listeners.clear();
        filterRequests.clear();
    }
}
