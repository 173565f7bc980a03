package parley.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.apache.uima.resource.ResourceInitializationException;

/**
 * The one loop behind every corpus run: items are handed out to a fixed number of threads, each of
 * which owns a worker (an engine, a reusable CAS) for the whole run, so memory stays flat however
 * large the corpus. A worker reports its own failures; the pool only counts and stops.
 */
final class WorkerPool {

    /** One thread's state for a run: processes one item at a time. */
    interface Worker<T> {
        /** True when the item was processed, false when it failed (the worker reported why). */
        boolean process(T item);

        default void close() {
        }
    }

    interface WorkerFactory<T> {
        Worker<T> create() throws ResourceInitializationException;
    }

    interface Progress<T> {
        void progress(int done, int total, T current);
    }

    record Counts(int processed, int failed, boolean cancelled) {
    }

    private WorkerPool() {
    }

    static <T> Counts run(List<T> items, int threads, WorkerFactory<T> workers, Progress<T> progress, BooleanSupplier cancelled)
            throws ResourceInitializationException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger processed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        int count = Math.min(Math.max(1, threads), Math.max(1, items.size()));
        ExecutorService pool = Executors.newFixedThreadPool(count, r -> {
            Thread t = new Thread(r, "parley-pipeline");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < count; w++) {
                Worker<T> worker = workers.create();
                futures.add(pool.submit(() -> {
                    try {
                        for (int i = next.getAndIncrement(); i < items.size() && !cancelled.getAsBoolean(); i = next.getAndIncrement()) {
                            T item = items.get(i);
                            progress.progress(done.get(), items.size(), item);
                            if (worker.process(item)) {
                                processed.incrementAndGet();
                            } else {
                                failed.incrementAndGet();
                            }
                            progress.progress(done.incrementAndGet(), items.size(), item);
                        }
                    } finally {
                        worker.close();
                    }
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
        return new Counts(processed.get(), failed.get(), cancelled.getAsBoolean() && done.get() < items.size());
    }
}
