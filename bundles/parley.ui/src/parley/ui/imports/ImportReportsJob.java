package parley.ui.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import parley.extract.Extractor;
import parley.extract.ReportImport;
import parley.extract.ReportImport.Outcome;
import parley.store.Project;

/**
 * Imports reports (PDF, web pages, Word ...) into the project's corpus in the background, one file after another
 * with progress; a file that cannot be read is refused with its reason and the others go on. The outcomes go to
 * {@code done} when all are through.
 */
public final class ImportReportsJob extends Job {

    private final Project project;
    private final List<Path> files;
    private final Consumer<List<Outcome>> done;

    public ImportReportsJob(Project project, List<Path> files, Consumer<List<Outcome>> done) {
        super(files.size() == 1 ? "Importing " + files.get(0).getFileName() : "Importing " + files.size() + " reports");
        this.project = project;
        this.files = List.copyOf(files);
        this.done = done;
    }

    @Override
    protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), files.size());
        ReportImport importer = new ReportImport(project, new Extractor());
        List<Outcome> outcomes = new java.util.ArrayList<>();
        for (Path file : files) {
            if (progress.isCanceled()) {
                break; // the files imported so far stay; the rest are left for another time
            }
            progress.subTask(file.getFileName().toString());
            outcomes.add(importer.importFile(file));
            progress.worked(1);
        }
        done.accept(outcomes);
        return outcomes.size() < files.size() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }
}
