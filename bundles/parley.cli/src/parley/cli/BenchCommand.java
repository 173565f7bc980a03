package parley.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import parley.pipeline.CorpusRunner;
import parley.pipeline.Pipeline;
import parley.store.Corpus;
import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.SourceText;

/**
 * {@code parley bench [--size MB] [--corpus dir] [--threads N] [--stages]}: replicates the sample corpus in
 * memory to the given size and measures, in one process, segmentation alone and the full
 * pipeline on all cores: throughput, their ratio, and the peak heap as the corpus is worked through.
 */
final class BenchCommand {

    static final int DEFAULT_MB = 50;
    /** Each pipeline first runs over this much text so that the JIT has compiled its hot paths. */
    static final long WARM_UP_BYTES = 10_000_000L;

    private final PrintStream out;
    private final PrintStream err;

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        int megabytes = DEFAULT_MB;
        int threads = CorpusRunner.defaultThreads();
        Path corpus = null;
        boolean stages = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> megabytes = Options.positive(Options.value(args, ++i, "--size"), "--size");
                case "--threads" -> threads = Options.positive(Options.value(args, ++i, "--threads"), "--threads");
                case "--corpus" -> corpus = Path.of(Options.value(args, ++i, "--corpus"));
                case "--stages" -> stages = true;
                default -> throw new Cli.UsageException("unexpected argument " + args[i]);
            }
        }
        if (corpus == null) {
            corpus = defaultCorpus();
        }
        List<String[]> seeds = new ArrayList<>();
        try {
            for (CorpusDocument d : Corpus.open(corpus).documents()) {
                seeds.add(new String[] {d.name(), SourceText.read(d.path())});
            }
        } catch (DocumentException e) {
            err.println("parley bench: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        }
        if (seeds.isEmpty()) {
            err.println("parley bench: " + corpus + ": no documents to replicate");
            return Cli.INPUT_PROBLEM;
        }
        Replica corpusCopy = replicate(seeds, megabytes * 1_000_000L);
        List<CorpusRunner.Source> sources = corpusCopy.sources();
        long bytes = corpusCopy.bytes();
        out.printf(Locale.ROOT, "Corpus: %s replicated to %d documents, %.1f MB (UTF-8); %d threads on %d cores%n", corpus,
                sources.size(), bytes / 1e6, threads, Runtime.getRuntime().availableProcessors());
        try {
            interactive(seeds);
            List<CorpusRunner.Source> warmUp = replicate(seeds, Math.min(bytes, WARM_UP_BYTES)).sources();
            measure(Pipeline::createSegmentation, warmUp, threads, false);
            measure(Pipeline::createFull, warmUp, threads, false);
            // alternate the two and keep the median of each, so that GC and JIT noise on 2 cores evens out
            List<Phase> segmentations = new ArrayList<>();
            List<Phase> fulls = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                segmentations.add(measure(Pipeline::createSegmentation, sources, threads, false));
                fulls.add(measure(Pipeline::createFull, sources, threads, true));
            }
            Phase segmentation = median(segmentations);
            Phase full = median(fulls);
            report("segmentation", segmentation, bytes, threads);
            report("full pipeline", full, bytes, threads);
            if (stages) {
                List<Class<? extends AnalysisComponent>> all = Pipeline.stages();
                for (int n = 1; n <= all.size(); n++) {
                    List<Class<? extends AnalysisComponent>> prefix = all.subList(0, n);
                    Phase p = measure(() -> Pipeline.create(prefix, null), sources, threads, false);
                    report("+" + all.get(n - 1).getSimpleName(), p, bytes, threads);
                }
            }
            out.printf(Locale.ROOT, "full / segmentation cost: %.2fx (medians of %d alternating rounds)%n", full.seconds / segmentation.seconds, ROUNDS);
            out.printf(Locale.ROOT, "heap of the full pipeline after 25%% / 50%% / 100%% of the corpus, peak (after last GC): %s MB; max heap %d MB%n",
                    full.peaks, Runtime.getRuntime().maxMemory() >> 20);
            out.printf(Locale.ROOT, "heap in use after garbage collection at the end: %d MB%n", liveHeapMb());
        } catch (ResourceInitializationException e) {
            err.println("parley bench: the pipeline could not start: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        }
        return Cli.OK;
    }

    private record Phase(double seconds, long annotations, String peaks) {
    }

    /** The size of "a report" for the interactive figure. */
    static final int REPORT_CHARS = 100_000;

    /**
     * What an analyst waits for: starting the engine (the first one in this process, class loading, type system,
     * catalogue and lexicon included; and the process's age by then), and pre-tagging one 100 KB report on one
     * core once the engine is loaded (median of {@value #ROUNDS}+2 passes after one warm-up pass).
     */
    private void interactive(List<String[]> seeds) throws ResourceInitializationException {
        long t0 = System.nanoTime();
        var engine = Pipeline.createFull();
        double start = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "engine start: %.2f s (the first engine of this process; the process was %.1f s old when it was ready)%n", start,
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        StringBuilder report = new StringBuilder();
        for (int i = 0; report.length() < REPORT_CHARS; i = (i + 1) % seeds.size()) {
            report.append(seeds.get(i)[1]).append("\n\n");
        }
        String text = report.substring(0, REPORT_CHARS);
        List<Double> passes = new ArrayList<>();
        try {
            JCas jcas = engine.newJCas();
            for (int pass = 0; pass < ROUNDS + 3; pass++) {
                jcas.reset();
                parley.store.DocumentImport.fromText("report.txt", text, jcas);
                long p0 = System.nanoTime();
                engine.process(jcas);
                if (pass > 0) {
                    passes.add((System.nanoTime() - p0) / 1e6);
                }
            }
        } catch (org.apache.uima.resource.ResourceInitializationException | org.apache.uima.analysis_engine.AnalysisEngineProcessException e) {
            throw new ResourceInitializationException(e);
        }
        passes.sort(null);
        out.printf(Locale.ROOT, "100 KB report on one core (engine loaded): median %.0f ms, min %.0f, max %.0f over %d passes%n",
                passes.get(passes.size() / 2), passes.get(0), passes.get(passes.size() - 1), passes.size());
    }

    static final int ROUNDS = 3;

    private static Phase median(List<Phase> phases) {
        List<Phase> sorted = new ArrayList<>(phases);
        sorted.sort(java.util.Comparator.comparingDouble(Phase::seconds));
        return sorted.get(sorted.size() / 2);
    }

    private Phase measure(CorpusRunner.EngineFactory engines, List<CorpusRunner.Source> sources, int threads, boolean track)
            throws ResourceInitializationException {
        System.gc();
        resetPeaks();
        AtomicLong annotations = new AtomicLong();
        StringBuilder peaks = new StringBuilder();
        int[] checkpoints = {sources.size() / 4, sources.size() / 2};
        boolean[] recorded = new boolean[2];
        long start = System.nanoTime();
        new CorpusRunner(engines, threads).runSources(sources, new CorpusRunner.Listener() {
            @Override
            public void processed(Path source, JCas jcas) {
                annotations.addAndGet(jcas.getAnnotationIndex().size());
            }

            @Override
            public void failed(Path source, DocumentException problem) {
                err.println("parley bench: " + problem.getMessage());
            }

            @Override
            public void progress(int done, int total, Path current) {
                synchronized (peaks) {
                    for (int c = 0; c < checkpoints.length; c++) {
                        if (track && !recorded[c] && done >= checkpoints[c]) {
                            recorded[c] = true;
                            peaks.append(peakHeapMb()).append(" (").append(afterGcHeapMb()).append(") / ");
                        }
                    }
                }
            }
        }, () -> false);
        double seconds = (System.nanoTime() - start) / 1e9;
        peaks.append(peakHeapMb()).append(" (").append(afterGcHeapMb()).append(")");
        return new Phase(seconds, annotations.get(), peaks.toString());
    }

    private void report(String name, Phase p, long bytes, int threads) {
        double mbs = bytes / 1e6 / p.seconds;
        out.printf(Locale.ROOT, "%-14s %7.2f s  %7.2f MB/s  %6.2f MB/s per thread  %,d annotations%n", name, p.seconds, mbs,
                mbs / threads, p.annotations);
    }

    /** The replicated documents and their size in UTF-8 bytes. */
    record Replica(List<CorpusRunner.Source> sources, long bytes) {
    }

    static Replica replicate(List<String[]> seeds, long targetBytes) {
        long[] sizes = seeds.stream().mapToLong(s -> s[1].getBytes(StandardCharsets.UTF_8).length).toArray();
        List<CorpusRunner.Source> out = new ArrayList<>();
        long total = 0;
        for (int copy = 0; total < targetBytes; copy++) {
            for (int i = 0; i < seeds.size() && total < targetBytes; i++) {
                out.add(CorpusRunner.Source.inMemory("copy" + copy + "_" + seeds.get(i)[0], seeds.get(i)[1]));
                total += sizes[i];
            }
        }
        return new Replica(out, total);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    /** Heap in use right after the most recent collection: what the run retains, without garbage. */
    private static long afterGcHeapMb() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used >> 20;
    }

    private static long liveHeapMb() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }

    /** The repository's seeds/ when run from the parley script, else ./seeds. */
    private static Path defaultCorpus() {
        String home = System.getProperty("parley.home");
        Path seeds = home != null ? Path.of(home, "seeds") : Path.of("seeds");
        return Files.isDirectory(seeds) ? seeds : Path.of("seeds");
    }
}
