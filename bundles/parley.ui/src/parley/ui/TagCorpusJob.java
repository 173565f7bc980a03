package parley.ui;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;

import parley.pipeline.Pipeline;
import parley.pipeline.Retagger;
import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;
import parley.types.ParleyTypeSystem;
import parley.ui.editor.DocumentEditorPart;

/**
 * Pre-tags every document of a project and saves its working CAS, keeping every analyst decision
 * ({@link Retagger}). Each document is saved as soon as it is done, so cancelling loses nothing.
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
        List<CorpusDocument> documents = project.corpus().documents();
        SubMonitor progress = SubMonitor.convert(monitor, "Tagging " + documents.size() + " documents", documents.size());
        List<IStatus> problems = new ArrayList<>();
        AnalysisEngine engine = null;
        try {
            engine = Pipeline.createFull(project.customCatalogue());
            Retagger retagger = new Retagger(engine);
            // a CAS made with Parley's resource manager: XMI read into it yields the JCas classes
            JCas jcas = ParleyTypeSystem.newJCas();
            for (CorpusDocument d : documents) {
                if (progress.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                progress.subTask(d.name());
                try {
                    DocumentEditorPart.checkEditableSize(d.path());
                    project.load(d, jcas);
                    retagger.retag(jcas);
                    project.save(d, jcas);
                    if (events != null) {
                        events.post(DOCUMENT_RETAGGED, d.path().toString());
                    }
                } catch (DocumentException e) {
                    problems.add(Status.error(e.getMessage(), e));
                } catch (AnalysisEngineProcessException e) {
                    problems.add(Status.error(d.path() + ": the pipeline failed on it (" + e.getMessage() + ")", e));
                }
                progress.worked(1);
            }
        } catch (ResourceInitializationException e) {
            return Status.error("The pipeline could not start: " + e.getMessage(), e);
        } finally {
            if (engine != null) {
                engine.destroy();
            }
        }
        if (problems.isEmpty()) {
            return Status.OK_STATUS;
        }
        return new MultiStatus("parley.ui", 0, problems.toArray(new IStatus[0]),
                problems.size() + " of " + documents.size() + " documents could not be tagged", null);
    }
}
