package parley.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import parley.ui.services.SharedWorkingDocuments;
import parley.store.Project;
import parley.ui.TagCorpusJob;

/**
 * Pre-tags the whole corpus in a Job (progress bar, cancel). Open documents are not saved first: the suggestions
 * are merged into their working copies, beside the unsaved edits.
 */
public class TagCorpusHandler {

    @Execute
    public void execute(Project project, IEclipseContext context, IEventBroker events, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        Job job = new TagCorpusJob(project, SharedWorkingDocuments.in(context), events);
        job.setUser(true);
        Display display = shell.getDisplay();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                IStatus result = event.getResult();
                if (result.getSeverity() != IStatus.ERROR) {
                    return;
                }
                display.asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        ErrorDialog.openError(shell, "Tag Corpus", result.getMessage()
                                + ". Open a document to see its problem; a text in another encoding can be read as Windows-1252 there.",
                                result);
                    }
                });
            }
        });
        job.schedule();
    }

    @CanExecute
    public boolean canExecute(@Optional Project project) {
        return project != null;
    }
}
