package parley.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import parley.store.DocumentException;
import parley.store.DocumentImport;

/**
 * Runs a pipeline over many source files on several threads. Each thread owns one engine and
 * reuses one CAS, so memory stays flat however large the corpus. A bad file is reported and
 * skipped; the others are still processed.
 */
public final class CorpusRunner {

    /** Receives each processed document and the progress. Called from worker threads. */
    public interface Listener {
        /** The CAS is only valid during the call. */
        void processed(Path source, JCas jcas) throws DocumentException;

        void failed(Path source, DocumentException problem);

        default void progress(int done, int total, Path current) {
        }
    }

    /** A document to process: its source name and a way to read its text. */
    public record Source(String name, Path path, TextReader reader) {
        public static Source of(Path file) {
            return new Source(file.getFileName().toString(), file, null);
        }

        /** A document held in memory (benchmarks). */
        public static Source inMemory(String name, String text) {
            return new Source(name, Path.of(name), () -> text);
        }

        void load(JCas jcas) throws DocumentException {
            if (reader == null) {
                DocumentImport.fromTextFile(path, jcas);
            } else {
                DocumentImport.fromText(name, reader.read(), jcas);
            }
        }
    }

    @FunctionalInterface
    public interface TextReader {
        String read() throws DocumentException;
    }

    @FunctionalInterface
    public interface EngineFactory {
        AnalysisEngine create() throws ResourceInitializationException;
    }

    /** What a run did. */
    public record Summary(int processed, int failed, boolean cancelled) {
    }

    private final EngineFactory engines;
    private final int threads;

    public CorpusRunner(EngineFactory engines, int threads) {
        this.engines = engines;
        this.threads = Math.max(1, threads);
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public Summary run(List<Path> files, Listener listener, BooleanSupplier cancelled) throws ResourceInitializationException {
        return runSources(files.stream().map(Source::of).toList(), listener, cancelled);
    }

    public Summary runSources(List<Source> sources, Listener listener, BooleanSupplier cancelled)
            throws ResourceInitializationException {
        WorkerPool.Counts counts = WorkerPool.run(sources, threads, () -> {
            AnalysisEngine engine = engines.create();
            JCas jcas = engine.newJCas();
            return new WorkerPool.Worker<Source>() {
                @Override
                public boolean process(Source source) {
                    jcas.reset();
                    try {
                        source.load(jcas);
                        engine.process(jcas);
                        listener.processed(source.path(), jcas);
                        return true;
                    } catch (DocumentException e) {
                        listener.failed(source.path(), e);
                    } catch (AnalysisEngineProcessException | RuntimeException e) {
                        listener.failed(source.path(), new DocumentException(source.path(), "the pipeline failed on it (" + e + ")", e));
                    }
                    return false;
                }

                @Override
                public void close() {
                    engine.destroy();
                }
            };
        }, (done, total, current) -> listener.progress(done, total, current.path()), cancelled);
        return new Summary(counts.processed(), counts.failed(), counts.cancelled());
    }
}
