package parley.ui.editor;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import parley.annotation.WorkingDocument;
import parley.annotation.WorkingDocuments;
import parley.store.CorpusDocument;
import parley.store.DocumentException;

/**
 * Reads a document's annotations (its working CAS, the slow part of opening a large document) in a job, while its
 * text already shows; on the UI thread the working document is then held and handed to the editor.
 */
final class BackgroundLoading {

    private volatile Job job;

    /** The annotations are still being read. */
    boolean isRunning() {
        return job != null;
    }

    /** Starts the job; on the UI thread {@code loaded} gets the shared working document, or {@code failed} the problem. */
    void start(Display display, WorkingDocuments all, CorpusDocument document, Consumer<WorkingDocument> loaded, Consumer<String> failed) {
        Job load = Job.create("Opening " + document.name(), monitor -> {
            monitor.beginTask("Reading the annotations of " + document.name(), IProgressMonitor.UNKNOWN);
            try {
                WorkingDocument read = all.load(document);
                handOver(display, () -> loaded.accept(all.adopt(read)));
                return Status.OK_STATUS;
            } catch (DocumentException | RuntimeException e) {
                handOver(display, () -> failed.accept(e.getMessage()));
                return Status.OK_STATUS; // the editor says what went wrong, where the analyst looks
            } finally {
                monitor.done();
            }
        });
        job = load;
        load.schedule();
    }

    private void handOver(Display display, Runnable r) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                job = null;
                r.run();
            });
        } else {
            job = null;
        }
    }
}
