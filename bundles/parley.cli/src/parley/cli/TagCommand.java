package parley.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import parley.model.CatalogueException;
import parley.model.CatalogueStore;
import parley.pipeline.CorpusRunner;
import parley.pipeline.Pipeline;
import parley.store.Corpus;
import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.ExportFolder;

/** {@code parley tag <folder or files...> --export <dir>}: pre-tags documents and exports XMI. */
final class TagCommand {

    private final PrintStream out;
    private final PrintStream err;

    TagCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        List<Path> inputs = new ArrayList<>();
        Path exportDir = null;
        int threads = CorpusRunner.defaultThreads();
        Path catalogue = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--export" -> exportDir = Path.of(Options.value(args, ++i, "--export"));
                case "--catalogue" -> catalogue = Path.of(Options.value(args, ++i, "--catalogue"));
                case "--threads" -> threads = Options.positive(Options.value(args, ++i, "--threads"), "--threads");
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new Cli.UsageException("unknown option " + args[i]);
                    }
                    inputs.add(Path.of(args[i]));
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new Cli.UsageException("name a folder or files to tag");
        }
        if (exportDir == null) {
            throw new Cli.UsageException("--export <dir> is required");
        }

        AtomicInteger problems = new AtomicInteger();
        List<Path> sources = collectSources(inputs, problems);
        ExportFolder export;
        try {
            export = ExportFolder.create(exportDir);
        } catch (DocumentException e) {
            err.println("parley tag: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        }
        if (sources.isEmpty()) {
            err.println("parley tag: no documents to tag");
            return Cli.INPUT_PROBLEM;
        }

        if (catalogue == null) {
            // a corpus whose catalogue the analyst edited in the workbench is tagged with that catalogue
            for (Path input : inputs) {
                Path own = input.resolve(parley.store.Project.FOLDER).resolve("catalogue.json");
                if (Files.isDirectory(input) && Files.isRegularFile(own)) {
                    catalogue = own;
                    err.println("parley tag: using the project's catalogue " + own);
                    break;
                }
            }
        }
        if (catalogue != null) {
            try {
                CatalogueStore.load(catalogue);
            } catch (CatalogueException e) {
                err.println("parley tag: " + e.getMessage());
                return Cli.INPUT_PROBLEM;
            }
        }
        Path catalogueFile = catalogue;
        ConsoleProgress progress = new ConsoleProgress(err, "tagging");
        long start = System.nanoTime();
        CorpusRunner.Summary summary;
        try {
            summary = new CorpusRunner(() -> Pipeline.createFull(catalogueFile), threads).run(sources, new CorpusRunner.Listener() {
                @Override
                public void processed(Path source, JCas jcas) throws DocumentException {
                    export.write(jcas);
                }

                @Override
                public void failed(Path source, DocumentException problem) {
                    progress.interrupt();
                    err.println("parley tag: " + problem.getMessage());
                }

                @Override
                public void progress(int done, int total, Path current) {
                    if (total > 1) {
                        progress.update(done, total, current);
                    }
                }
            }, () -> Thread.currentThread().isInterrupted());
        } catch (ResourceInitializationException e) {
            err.println("parley tag: the pipeline could not start: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int failed = summary.failed() + problems.get();
        out.printf("Tagged %d document%s in %.1f s into %s%s%n", summary.processed(), summary.processed() == 1 ? "" : "s",
                seconds, export.folder(), failed > 0 ? "; " + failed + " could not be tagged (see above)" : "");
        return failed > 0 ? Cli.INPUT_PROBLEM : Cli.OK;
    }

    /** Expands folders into their documents; reports paths that do not exist and duplicate names. */
    private List<Path> collectSources(List<Path> inputs, AtomicInteger problems) {
        Map<String, Path> byName = new LinkedHashMap<>();
        for (Path input : inputs) {
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(input)) {
                try {
                    Corpus.open(input).documents().stream().map(CorpusDocument::path).forEach(files::add);
                } catch (DocumentException e) {
                    err.println("parley tag: " + e.getMessage());
                    problems.incrementAndGet();
                }
            } else if (Files.exists(input)) {
                files.add(input.toAbsolutePath().normalize());
            } else {
                err.println("parley tag: " + input + ": no such file or folder");
                problems.incrementAndGet();
            }
            for (Path f : files) {
                Path previous = byName.putIfAbsent(f.getFileName().toString(), f);
                if (previous != null && !previous.equals(f)) {
                    err.println("parley tag: " + f + ": skipped, its name is taken by " + previous + " (export names must be unique)");
                    problems.incrementAndGet();
                }
            }
        }
        return new ArrayList<>(byName.values());
    }
}
