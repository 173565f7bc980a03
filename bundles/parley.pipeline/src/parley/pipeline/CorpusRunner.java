package parley.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger processed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        int workers = Math.min(threads, Math.max(1, sources.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "parley-pipeline");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                AnalysisEngine engine = engines.create();
                futures.add(pool.submit(() -> {
                    JCas jcas = engine.newJCas();
                    for (int i = next.getAndIncrement(); i < sources.size() && !cancelled.getAsBoolean(); i = next.getAndIncrement()) {
                        Path source = sources.get(i).path();
                        listener.progress(done.get(), sources.size(), source);
                        jcas.reset();
                        try {
                            sources.get(i).load(jcas);
                            engine.process(jcas);
                            listener.processed(source, jcas);
                            processed.incrementAndGet();
                        } catch (DocumentException e) {
                            failed.incrementAndGet();
                            listener.failed(source, e);
                        } catch (AnalysisEngineProcessException | RuntimeException e) {
                            failed.incrementAndGet();
                            listener.failed(source, new DocumentException(source, "the pipeline failed on it (" + e + ")", e));
                        }
                        listener.progress(done.incrementAndGet(), sources.size(), source);
                    }
                    engine.destroy();
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("pipeline worker failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(processed.get(), failed.get(), cancelled.getAsBoolean() && done.get() < sources.size());
    }
}
