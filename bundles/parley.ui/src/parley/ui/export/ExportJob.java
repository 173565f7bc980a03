package parley.ui.export;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import parley.model.Catalogue;
import parley.store.DocumentException;
import parley.store.Project;
import parley.store.ProjectExport;

/** Exports a project as a Job: the same {@link ProjectExport} as {@code ./parley export}, with progress and cancel. */
public final class ExportJob extends Job {

    private final Project project;
    private final Path target;
    private final ProjectExport.Options options;
    private final Catalogue catalogue;
    private ProjectExport.Result result;

    public ExportJob(Project project, Path target, ProjectExport.Options options, Catalogue catalogue) {
        super("Exporting " + project.corpus().folder().getFileName() + " as " + options.format().name().toLowerCase() + " to " + target);
        this.project = project;
        this.target = target;
        this.options = options;
        this.catalogue = catalogue;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        int total = project.corpus().documents().size();
        SubMonitor progress = SubMonitor.convert(monitor, getName(), total);
        try {
            result = ProjectExport.export(project, target, options, catalogue, (name, i, n) -> {
                if (progress.isCanceled()) {
                    return false;
                }
                progress.subTask(name);
                if (i > 0) {
                    progress.worked(1);
                }
                return true;
            });
        } catch (DocumentException e) {
            return Status.error(e.getMessage(), e);
        }
        if (progress.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        if (result.problems().isEmpty()) {
            return Status.info(summary());
        }
        return new MultiStatus("parley.ui", 0, result.problems().stream().map(Status::error).toArray(IStatus[]::new),
                result.problems().size() + " documents could not be exported", null);
    }

    /** What was written and what was left out, in a sentence or two for the analyst. */
    public String summary() {
        String text = String.format("Exported %d documents (%d stances) as %s to %s.", result.documents(), result.stances(),
                options.format().name().toLowerCase(), target);
        if (result.leftOut().total() > 0) {
            text += "\n\nLeft out: " + result.leftOut().describe() + " (not reviewed, or rejected). "
                    + "Check \u201cInclude suggestions\u201d or \u201cInclude rejected\u201d to export them.";
        }
        if (!result.problems().isEmpty()) {
            text += "\n\n" + result.problems().size() + " documents could not be exported:\n" + String.join("\n", result.problems());
        }
        return text;
    }

    /** What was written (after the job ran). */
    public ProjectExport.Result result() {
        return result;
    }
}
