package parley.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.uima.resource.ResourceInitializationException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;

import parley.pipeline.CorpusRunner;
import parley.pipeline.ProjectTagger;
import parley.pipeline.Retagger;
import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;
import parley.store.TagCounts;

/**
 * File › Tag Corpus: the project's documents through {@link ProjectTagger}, the same runner as
 * {@code ./parley tag <corpus>}, as a Job with progress and cancel.
 */
public final class TagCorpusJob extends Job {

    /** Event posted with the path of each document whose working CAS changed on disk. */
    public static final String DOCUMENT_RETAGGED = "parley/document/retagged";
    /** Event posted with the path of a document whose working CAS an editor saved. */
    public static final String DOCUMENT_SAVED = "parley/document/saved";

    private final Project project;
    private final IEventBroker events;

    public TagCorpusJob(Project project, IEventBroker events) {
        super("Tagging corpus " + project.corpus().folder().getFileName());
        this.project = project;
        this.events = events;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        List<CorpusDocument> documents;
        try {
            documents = project.rescan().documents(); // documents added to the folder since it was opened too
        } catch (DocumentException e) {
            return Status.error(e.getMessage(), e);
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Tagging " + documents.size() + " documents", documents.size());
        List<IStatus> problems = Collections.synchronizedList(new ArrayList<>());
        int[] reported = {0};
        ProjectTagger.Summary summary;
        try {
            summary = new ProjectTagger(project, CorpusRunner.defaultThreads()).run(documents, new ProjectTagger.Listener() {
                @Override
                public void tagged(CorpusDocument document, Retagger.Result result, TagCounts counts) {
                    if (events != null) {
                        events.post(DOCUMENT_RETAGGED, document.path().toString());
                    }
                }

                @Override
                public void failed(CorpusDocument document, DocumentException problem) {
                    problems.add(Status.error(problem.getMessage(), problem));
                }

                @Override
                public void progress(int done, int total, CorpusDocument current) {
                    synchronized (progress) {
                        progress.subTask(current.name());
                        if (done > reported[0]) {
                            progress.worked(done - reported[0]);
                            reported[0] = done;
                        }
                    }
                }
            }, progress::isCanceled);
        } catch (ResourceInitializationException e) {
            return Status.error("The pipeline could not start: " + e.getMessage(), e);
        } catch (DocumentException e) {
            return Status.error(e.getMessage(), e);
        }
        if (summary.cancelled()) {
            return Status.CANCEL_STATUS;
        }
        if (problems.isEmpty()) {
            return Status.OK_STATUS;
        }
        return new MultiStatus("parley.ui", 0, problems.toArray(new IStatus[0]),
                problems.size() + " of " + documents.size() + " documents could not be tagged", null);
    }
}
