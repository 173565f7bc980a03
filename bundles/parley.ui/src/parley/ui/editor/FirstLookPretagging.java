package parley.ui.editor;

import java.util.function.Consumer;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

import parley.annotation.WorkingDocument;
import parley.pipeline.Pipeline;
import parley.pipeline.Retagger;
import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.DocumentImport;
import parley.store.Project;
import parley.type.DocumentInfo;

/**
 * The pipeline's suggestions for a document seen for the first time: the pipeline runs in a job (with progress), and
 * its suggestions are merged into the working document on the UI thread when it is done, keeping whatever the analyst
 * decided meanwhile (the {@link Retagger} merge). The UI thread never waits for the pipeline.
 */
final class FirstLookPretagging {

    private volatile Job job;

    /** The pipeline is still running. */
    boolean isRunning() {
        return job != null;
    }

    /**
     * Starts the job. On the UI thread, {@code merged} runs after the suggestions are in {@code jcas}, or
     * {@code failed} with a message that names the document; neither runs once the display is gone.
     */
    void start(Display display, Project project, WorkingDocument working, Runnable merged, Consumer<String> failed) {
        CorpusDocument document = working.document();
        String text = working.text();
        DocumentInfo info = DocumentImport.info(working.jcas());
        String sourceName = info != null && info.getSourceName() != null ? info.getSourceName() : document.name();
        Job pretag = Job.create("Pre-tagging " + document.name(), monitor -> {
            AnalysisEngine engine = null;
            try {
                monitor.beginTask("Pre-tagging " + document.name(), IProgressMonitor.UNKNOWN);
                engine = project == null ? Pipeline.createFull() : Pipeline.createFull(project.customCatalogue(), project.lexiconAdditions());
                Retagger retagger = new Retagger(engine);
                JCas fresh = retagger.analyse(sourceName, text);
                onDisplay(display, () -> {
                    job = null;
                    try {
                        working.merge(jcas -> retagger.merge(fresh, jcas), false);
                        merged.run();
                    } catch (DocumentException e) {
                        failed.accept(e.getMessage());
                    }
                });
                return Status.OK_STATUS;
            } catch (ResourceInitializationException | AnalysisEngineProcessException | RuntimeException e) {
                String problem = document.path() + ": the pipeline failed on it (" + e.getMessage() + "); it shows without suggestions.";
                onDisplay(display, () -> {
                    job = null;
                    failed.accept(problem);
                });
                return Status.error(problem, e);
            } finally {
                job = null;
                if (engine != null) {
                    engine.destroy();
                }
                monitor.done();
            }
        });
        job = pretag;
        pretag.schedule();
    }

    /** Runs on the UI thread and waits for it; nothing when the workbench has closed meanwhile. */
    private static void onDisplay(Display display, Runnable r) {
        try {
            if (!display.isDisposed()) {
                display.syncExec(r);
            }
        } catch (SWTException e) {
            // the display went away while the job ran: no editor is left to show the suggestions
        }
    }
}
