package parley.annotation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.apache.uima.jcas.JCas;

import parley.pipeline.HeldDocuments;
import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;

/**
 * The working documents of one project: at most one per source document, made on first use and shared by
 * whoever asks (an editor, the review, a tagging run). Used on its owner thread; a tagging run's workers reach a
 * held document through {@link #mergeIfHeld}, which hands the merge over to that thread.
 */
public final class WorkingDocuments implements HeldDocuments {

    /** Runs a task on the thread that owns the working documents and waits for its result. */
    public interface OwnerThread {
        <T> T call(Callable<T> task) throws Exception;

        /** The caller's thread owns them (tests, command line). */
        OwnerThread CALLER = Callable::call;
    }

    private final Project project;
    private final OwnerThread owner;
    private final Map<Path, WorkingDocument> held = new LinkedHashMap<>();
    private final List<WorkingDocument.Listener> listeners = new ArrayList<>();

    public WorkingDocuments(Project project, OwnerThread owner) {
        this.project = project;
        this.owner = owner;
    }

    /** Working documents over CASes already in memory, without a project (benchmarks). */
    public static WorkingDocuments inMemory(Map<CorpusDocument, JCas> documents) {
        WorkingDocuments all = new WorkingDocuments(null, OwnerThread.CALLER);
        documents.forEach((d, jcas) -> all.held.put(key(d), WorkingDocument.inMemory(d, jcas)));
        return all;
    }

    /** The project, or null for documents held in memory only. */
    public Project project() {
        return project;
    }

    /** The working document of {@code document}, loaded now if nobody holds it yet. */
    public synchronized WorkingDocument get(CorpusDocument document) throws DocumentException {
        WorkingDocument w = held.get(key(document));
        return w != null ? w : adopt(load(document));
    }

    /**
     * Reads a document's working CAS without holding it yet: safe on any thread (a job that spares the UI thread the
     * reading); {@link #adopt} then makes it the shared one.
     */
    public WorkingDocument load(CorpusDocument document) throws DocumentException {
        if (project == null) {
            throw new DocumentException(document.path(), "is not one of the documents held in memory");
        }
        return WorkingDocument.load(project, project.corpus().documents().stream()
                .filter(d -> key(d).equals(key(document))).findFirst().orElse(document));
    }

    /** Holds a document {@link #load}ed apart, unless another copy was held meanwhile: that one is returned then. */
    public synchronized WorkingDocument adopt(WorkingDocument loaded) {
        WorkingDocument w = held.get(key(loaded.document()));
        if (w == null) {
            w = loaded;
            held.put(key(loaded.document()), w);
            listeners.forEach(w::addListener);
        }
        return w;
    }

    /** Told of every change of every working document, those loaded later too. */
    public synchronized void addListener(WorkingDocument.Listener listener) {
        listeners.add(listener);
        held.values().forEach(w -> w.addListener(listener));
    }

    public synchronized void removeListener(WorkingDocument.Listener listener) {
        listeners.remove(listener);
        held.values().forEach(w -> w.removeListener(listener));
    }

    /** The working document of {@code document} if somebody loaded it, else null. */
    public synchronized WorkingDocument ifHeld(CorpusDocument document) {
        return held.get(key(document));
    }

    /** Every working document loaded so far, in the order they were loaded. */
    public synchronized List<WorkingDocument> held() {
        return new ArrayList<>(held.values());
    }

    @Override
    public <T> T mergeIfHeld(CorpusDocument document, Function<JCas, T> merge) throws DocumentException {
        try {
            return owner.call(() -> {
                WorkingDocument w = ifHeld(document);
                return w == null ? null : w.merge(merge, true);
            });
        } catch (DocumentException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new DocumentException(document.path(), "could not be merged into its open copy (" + e.getMessage() + ")", e);
        }
    }

    private static Path key(CorpusDocument d) {
        return d.path().toAbsolutePath().normalize();
    }
}
