package parley.pipeline;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;
import parley.store.TagCounts;
import parley.types.ParleyTypeSystem;

/**
 * Tags the documents of a project in place, on several threads, with the project's catalogue: each
 * working CAS is loaded (or made from its source), re-tagged without touching an analyst's decision
 * ({@link Retagger}) and saved at once, so that cancelling loses nothing. File › Tag Corpus and
 * {@code ./parley tag <corpus>} both run this.
 */
public final class ProjectTagger {

    /** Receives each document's outcome and the progress; called from worker threads. */
    public interface Listener {
        void tagged(CorpusDocument document, Retagger.Result result, TagCounts counts);

        void failed(CorpusDocument document, DocumentException problem);

        default void progress(int done, int total, CorpusDocument current) {
        }
    }

    private record Tagged(Retagger.Result result, TagCounts counts) {
    }

    public record Summary(int tagged, int failed, boolean cancelled) {
    }

    private final Project project;
    private final int threads;
    private final HeldDocuments held;
    private final java.util.function.Consumer<JCas> refine;

    public ProjectTagger(Project project, int threads) {
        this(project, threads, HeldDocuments.NONE);
    }

    /** Merges into the documents {@code held} in memory instead of their copies on disk. */
    public ProjectTagger(Project project, int threads, HeldDocuments held) {
        this(project, threads, held, jcas -> { });
    }

    /**
     * @param refine what is done to the pipeline's suggestions for a document before they are merged into it (what the
     *               project has learned from its analysts' decisions: parley.learn)
     */
    public ProjectTagger(Project project, int threads, HeldDocuments held, java.util.function.Consumer<JCas> refine) {
        this.project = project;
        this.threads = threads;
        this.held = held;
        this.refine = refine;
    }

    /** Tags every document the corpus folder holds now, those added since the project was opened included. */
    public Summary run(Listener listener, BooleanSupplier cancelled) throws ResourceInitializationException, DocumentException {
        return run(project.rescan().documents(), listener, cancelled);
    }

    public Summary run(List<CorpusDocument> documents, Listener listener, BooleanSupplier cancelled)
            throws ResourceInitializationException, DocumentException {
        if (project.isReadOnly()) {
            throw new DocumentException(project.root(), "not tagged: the project is open in another Parley process (close it there first)");
        }
        var catalogue = project.customCatalogue();
        var lexiconAdditions = project.lexiconAdditions();
        WorkerPool.Counts counts = WorkerPool.run(documents, threads, () -> {
            AnalysisEngine engine = Pipeline.createFull(catalogue, lexiconAdditions);
            Retagger retagger = new Retagger(engine);
            // made with Parley's resource manager: XMI read into it yields the JCas classes
            JCas working = ParleyTypeSystem.newJCas();
            return new WorkerPool.Worker<CorpusDocument>() {
                @Override
                public boolean process(CorpusDocument d) {
                    try {
                        Project.checkEditableSize(d.path());
                        project.load(d, working);
                        JCas fresh = retagger.analyse(working);
                        refine.accept(fresh);
                        Tagged tagged = held.mergeIfHeld(d, jcas -> new Tagged(retagger.merge(fresh, jcas), TagCounts.of(jcas)));
                        if (tagged == null) {
                            tagged = new Tagged(retagger.merge(fresh, working), TagCounts.of(working));
                            project.saveTagged(d, working);
                        }
                        project.clearProblem(d);
                        listener.tagged(d, tagged.result(), tagged.counts());
                        return true;
                    } catch (DocumentException e) {
                        fail(d, e);
                    } catch (AnalysisEngineProcessException | RuntimeException e) {
                        fail(d, new DocumentException(d.path(), "the pipeline failed on it (" + e.getMessage() + ")", e));
                    }
                    return false;
                }

                private void fail(CorpusDocument d, DocumentException e) {
                    project.reportProblem(d, e.getMessage());
                    listener.failed(d, e);
                }

                @Override
                public void close() {
                    engine.destroy();
                }
            };
        }, (done, total, current) -> listener.progress(done, total, current), cancelled);
        return new Summary(counts.processed(), counts.failed(), counts.cancelled());
    }
}
