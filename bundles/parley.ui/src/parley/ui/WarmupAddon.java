package parley.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;
import parley.review.ReviewWarmup;
import parley.ui.editor.EditorWarmup;

/**
 * Once the workbench has started: warms the document editor up when the UI is next idle ({@link EditorWarmup}), and
 * the review's per-row work in the background ({@link ReviewWarmup}), so that first uses cost what later ones do.
 */
public class WarmupAddon {

    @Inject
    @Optional
    void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        Display display = Display.getCurrent();
        if (display != null) {
            display.asyncExec(() -> EditorWarmup.run(display));
        }
        Job review = Job.create("Preparing the review", (IProgressMonitor monitor) -> {
            try {
                ReviewWarmup.run();
                return Status.OK_STATUS;
            } catch (Exception e) { // only the first sort of a large corpus is slower: a note in the log, nothing to show
                return new Status(IStatus.WARNING, "parley.ui", "The review could not be warmed up", e);
            }
        });
        review.setSystem(true);
        review.setPriority(Job.DECORATE);
        review.schedule();
    }
}
