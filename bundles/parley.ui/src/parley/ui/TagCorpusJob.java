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
import parley.pipeline.HeldDocuments;
import parley.pipeline.ProjectTagger;
import parley.pipeline.Retagger;
import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;
import parley.store.TagCounts;
import parley.ui.events.DocumentEvents;

/**
 * File › Tag Corpus: the project's documents through {@link ProjectTagger}, the same runner as
 * {@code ./parley tag <corpus>}, as a Job with progress and cancel. Documents the workbench holds (open in an
 * editor, in the review) get the suggestions merged into their working copy, unsaved edits and all.
 */
public final class TagCorpusJob extends Job {


    private final Project project;
    private final HeldDocuments held;
    private final IEventBroker events;

    public TagCorpusJob(Project project, HeldDocuments held, IEventBroker events) {
        super("Tagging corpus " + project.corpus().folder().getFileName());
        this.project = project;
        this.held = held == null ? HeldDocuments.NONE : held;
        this.events = events;
    }

    /** What the project learned from its analysts' decisions and keeps (Learned part): applied to every document's suggestions. */
    private java.util.function.Consumer<org.apache.uima.jcas.JCas> learned(List<IStatus> problems) {
        try {
            return parley.learn.ProjectLearning.of(project).refiner();
        } catch (DocumentException | parley.model.CatalogueException e) {
            problems.add(Status.warning("Tagged without what the project learned: " + e.getMessage(), e));
            return jcas -> { };
        }
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
            summary = new ProjectTagger(project, CorpusRunner.defaultThreads(), held, learned(problems)).run(documents, new ProjectTagger.Listener() {
                @Override
                public void tagged(CorpusDocument document, Retagger.Result result, TagCounts counts) {
                    if (events != null) {
                        DocumentEvents.post(events, DocumentEvents.RETAGGED, document.path());
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
