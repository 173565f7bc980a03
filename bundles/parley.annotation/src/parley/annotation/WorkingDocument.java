package parley.annotation;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;

import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.DocumentImport;
import parley.store.Project;
import parley.type.Tag;
import parley.types.ParleyTypeSystem;

/**
 * The one annotated copy of a source document that every view of it shares: its CAS, whether it holds unsaved
 * decisions, its recovery journal and its saving. Decisions reach it as {@link TagChange}s on the workbench's one
 * operation history; whoever shows it listens and is told exactly which tags changed. Used on one thread (the
 * workbench's UI thread): a background job hands its results over to that thread.
 */
public final class WorkingDocument {

    /** What changed in a working document. {@code reloaded}: any tag may have changed (a re-tagging, a revert). */
    public record Change(WorkingDocument document, Set<Tag> added, Set<Tag> removed, Set<Tag> updated, boolean spansMoved,
            boolean reloaded) {

        /** Tags came or went or moved: lists of the document's tags are to be made again. */
        public boolean structural() {
            return reloaded || spansMoved || !added.isEmpty() || !removed.isEmpty();
        }

        /** Only whether the document is saved changed. */
        public boolean onlyDirtyState() {
            return !structural() && updated.isEmpty();
        }

        static final class Builder {
            private final WorkingDocument document;
            private final Set<Tag> added = new LinkedHashSet<>();
            private final Set<Tag> removed = new LinkedHashSet<>();
            private final Set<Tag> updated = new LinkedHashSet<>();
            private boolean spansMoved;

            Builder(WorkingDocument document) {
                this.document = document;
            }

            WorkingDocument document() {
                return document;
            }

            void added(Tag t) {
                if (!removed.remove(t)) {
                    added.add(t);
                }
            }

            void removed(Tag t) {
                if (!added.remove(t)) {
                    removed.add(t);
                }
                updated.remove(t);
            }

            void updated(Tag t, boolean spanMoved) {
                if (!added.contains(t)) {
                    updated.add(t);
                }
                spansMoved |= spanMoved;
            }

            Change build() {
                return new Change(document, Collections.unmodifiableSet(added), Collections.unmodifiableSet(removed),
                        Collections.unmodifiableSet(updated), spansMoved, false);
            }
        }
    }

    public interface Listener {
        void changed(Change change);
    }

    private final Project project;
    private final CorpusDocument document;
    private final JCas jcas;
    private final IOperationHistory history = OperationHistoryFactory.getOperationHistory();
    private final IUndoContext undoContext;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private boolean dirty;
    private boolean pretagged;

    private WorkingDocument(Project project, CorpusDocument document, JCas jcas) {
        this.project = project;
        this.document = document;
        this.jcas = jcas;
        this.undoContext = new ObjectUndoContext(this, document.name());
    }

    /** The project's working CAS of a document, or its source text where it has none yet. */
    static WorkingDocument load(Project project, CorpusDocument document) throws DocumentException {
        JCas jcas = newJCas(document.path());
        project.load(document, jcas);
        return new WorkingDocument(project, document, jcas);
    }

    /** A text file outside any project: it can be annotated, not saved. */
    public static WorkingDocument ofTextFile(Path file) throws DocumentException {
        JCas jcas = newJCas(file);
        DocumentImport.fromTextFile(file, jcas);
        return new WorkingDocument(null, new CorpusDocument(file.getFileName().toString(), file, 0), jcas);
    }

    /** A CAS already in memory (benchmarks, tests): decisions change it, saving does nothing. */
    public static WorkingDocument inMemory(CorpusDocument document, JCas jcas) {
        return new WorkingDocument(null, document, jcas);
    }

    private static JCas newJCas(Path file) throws DocumentException {
        try {
            return ParleyTypeSystem.newJCas();
        } catch (ResourceInitializationException e) {
            throw new DocumentException(file, "cannot create a CAS (" + e.getMessage() + ")", e);
        }
    }

    public CorpusDocument document() {
        return document;
    }

    public JCas jcas() {
        return jcas;
    }

    /** The project it belongs to, or null. */
    public Project project() {
        return project;
    }

    public String text() {
        return jcas.getDocumentText() == null ? "" : jcas.getDocumentText();
    }

    /** It holds decisions that are not saved yet. */
    public boolean isDirty() {
        return dirty;
    }

    /** Decisions cannot be made: the project is open read-only in this process. */
    public boolean isReadOnly() {
        return project != null && project.isReadOnly();
    }

    /** The pipeline's suggestions were merged in since it was loaded. */
    public boolean isPretagged() {
        return pretagged;
    }

    /** The context of every decision on this document in the shared operation history. */
    public IUndoContext undoContext() {
        return undoContext;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Runs a decision on the shared history; false when it is empty or the document is read-only. */
    public boolean execute(TagChange change) {
        if (change.isEmpty() || change.documents().stream().anyMatch(WorkingDocument::isReadOnly)) {
            return false;
        }
        try {
            return history.execute(change, null, null).isOK();
        } catch (ExecutionException e) {
            throw new IllegalStateException("decision failed: " + change.getLabel(), e);
        }
    }

    public boolean undo() {
        return step(true);
    }

    public boolean redo() {
        return step(false);
    }

    private boolean step(boolean undo) {
        try {
            if (undo) {
                return history.canUndo(undoContext) && history.undo(undoContext, null, null).isOK();
            }
            return history.canRedo(undoContext) && history.redo(undoContext, null, null).isOK();
        } catch (ExecutionException e) {
            throw new IllegalStateException((undo ? "undo" : "redo") + " failed on " + document.name(), e);
        }
    }

    /** A decision ran, or was undone or redone, on this document. */
    void edited(Change change) {
        dirty = true;
        fire(change);
    }

    /** Writes the working CAS to the project atomically and drops the recovery journal. */
    public void save() throws DocumentException {
        if (project == null) {
            return;
        }
        project.save(document, jcas);
        if (dirty) {
            dirty = false;
            fire(new Change(this, Set.of(), Set.of(), Set.of(), false, false));
        }
    }

    /**
     * Merges the pipeline's suggestions in ({@code merge} is the {@link parley.pipeline.Retagger} merge, which keeps
     * every decision). A document without unsaved decisions is then written to the project when {@code store} is
     * set, as a tagging run does; one with unsaved decisions keeps them and the suggestions for its next save.
     */
    public <T> T merge(Function<JCas, T> merge, boolean store) throws DocumentException {
        T result = merge.apply(jcas);
        pretagged = true;
        // the merge replaced suggestions that earlier decisions may point to: those can no longer be undone here
        history.dispose(undoContext, true, true, false);
        if (store && !dirty && project != null) {
            project.saveTagged(document, jcas);
        }
        fire(reloaded());
        return result;
    }

    /** "Don't Save": the decisions since the last save go, the saved state comes back, and so does the journal. */
    public void revert() throws DocumentException {
        if (project != null) {
            project.deleteJournal(document);
        }
        if (!dirty) {
            return;
        }
        if (project != null) {
            project.load(document, jcas);
        }
        dirty = false;
        pretagged = false;
        history.dispose(undoContext, true, true, false);
        fire(reloaded());
    }

    /** There is a recovery journal: decisions made before Parley last ended without saving them. */
    public boolean hasJournal() throws DocumentException {
        return project != null && !project.isReadOnly() && project.hasJournal(document);
    }

    /** Takes the journalled decisions back; the document is then unsaved. */
    public void recoverJournal() throws DocumentException {
        project.loadJournal(document, jcas);
        dirty = true;
        history.dispose(undoContext, true, true, false);
        fire(reloaded());
    }

    public void deleteJournal() throws DocumentException {
        if (project != null && !project.isReadOnly()) {
            project.deleteJournal(document);
        }
    }

    /** Keeps the unsaved decisions where a crash cannot take them; nothing when all is saved or was discarded. */
    public void writeJournal() throws DocumentException {
        if (dirty && project != null && !project.isReadOnly()) {
            project.writeJournal(document, jcas);
        }
    }

    private Change reloaded() {
        return new Change(this, Set.of(), Set.of(), Set.of(), false, true);
    }

    private void fire(Change change) {
        listeners.forEach(l -> l.changed(change));
    }

    @Override
    public String toString() {
        return document.name() + (dirty ? " (unsaved)" : "");
    }
}
