package parley.ui.handlers;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import parley.store.Project;
import parley.ui.TagCorpusJob;

/** Saves open editors, then pre-tags the whole corpus in a Job (progress bar, cancel). */
public class TagCorpusHandler {

    @Execute
    public void execute(Project project, EPartService parts, IEventBroker events) {
        parts.saveAll(false);
        Job job = new TagCorpusJob(project, events);
        job.setUser(true);
        job.schedule();
    }

    @CanExecute
    public boolean canExecute(@Optional Project project) {
        return project != null;
    }
}
