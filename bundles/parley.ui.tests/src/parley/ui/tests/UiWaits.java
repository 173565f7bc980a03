package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;

import parley.ui.services.SharedWorkingDocuments;
import parley.store.Project;
import parley.ui.TagCorpusJob;

/** Waiting in a UI test without fixed sleeps: dispatch UI events until an observable fact holds, with a deadline. */
final class UiWaits {

    private UiWaits() {
    }

    /** Dispatches UI events until the condition holds or the time is up. */
    static void dispatchUntil(Display display, BooleanSupplier done, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        while (!done.getAsBoolean() && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Runs File › Tag Corpus on the context's project, as the handler does (merging into the working documents the
     * workbench holds, which it does on the UI thread: hence the dispatching), and returns its result.
     */
    static IStatus tagCorpus(Display display, IEclipseContext context) {
        Project project = context.get(Project.class);
        Job job = new TagCorpusJob(project, SharedWorkingDocuments.in(context), null);
        job.schedule();
        dispatchUntil(display, () -> job.getResult() != null, 180_000);
        assertNotNull(job.getResult(), "Tag Corpus did not finish within three minutes");
        return job.getResult();
    }
}
