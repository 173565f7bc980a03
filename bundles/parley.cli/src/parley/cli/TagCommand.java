package parley.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import parley.model.CatalogueException;
import parley.model.CatalogueStore;
import parley.pipeline.CorpusRunner;
import parley.pipeline.Pipeline;
import parley.pipeline.ProjectTagger;
import parley.pipeline.Retagger;
import parley.store.Corpus;
import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.ExportFolder;
import parley.store.Project;
import parley.store.TagCounts;

/**
 * {@code parley tag <corpus>}: pre-tags a project in place, as File › Tag Corpus does.
 * {@code parley tag <folder or files...> --export <dir>}: pre-tags documents into an export, the inputs untouched.
 */
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
            if (inputs.size() != 1 || !Files.isDirectory(inputs.get(0))) {
                throw new Cli.UsageException("without --export, name one corpus folder: its project is created or updated");
            }
            if (catalogue != null) {
                throw new Cli.UsageException("a project is tagged with its own catalogue (edit it in the workbench); --catalogue goes with --export");
            }
            return tagProject(inputs.get(0), threads);
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

    /** What the project has learned from its analysts' decisions and they keep (or that passes the guard, where automatic). */
    private java.util.function.Consumer<org.apache.uima.jcas.JCas> learned(Project project) {
        try {
            return parley.learn.ProjectLearning.of(project).refiner();
        } catch (DocumentException | parley.model.CatalogueException e) {
            err.println("parley tag: tagging without what the project learned: " + e.getMessage());
            return jcas -> { };
        }
    }

    /** The project of a corpus folder, tagged by the same runner as Tag Corpus; open suggestions per document. */
    private int tagProject(Path folder, int threads) {
        Project project;
        try {
            project = Project.open(folder);
        } catch (DocumentException e) {
            err.println("parley tag: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        }
        if (project.customCatalogue() != null) {
            err.println("parley tag: using the project's catalogue " + project.customCatalogue());
        }
        try {
            // reports dropped into the corpus folder (PDF, HTML, Word ...) become documents first
            ImportDocsCommand.run(project, parley.extract.ReportImport.pending(project), err, err, true);
            project.rescan();
        } catch (DocumentException e) {
            err.println("parley tag: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        }
        List<CorpusDocument> documents = project.corpus().documents();
        if (documents.isEmpty()) {
            err.println("parley tag: " + folder + ": no documents (.txt files) to tag");
            return Cli.INPUT_PROBLEM;
        }
        ConsoleProgress progress = new ConsoleProgress(err, "tagging");
        Map<String, TagCounts> tagged = new TreeMap<>();
        Map<String, String> failures = new TreeMap<>();
        long start = System.nanoTime();
        ProjectTagger.Summary summary;
        try {
            summary = new ProjectTagger(project, threads, parley.pipeline.HeldDocuments.NONE, learned(project)).run(documents, new ProjectTagger.Listener() {
                @Override
                public void tagged(CorpusDocument document, Retagger.Result result, TagCounts counts) {
                    synchronized (tagged) {
                        tagged.put(document.name(), counts);
                    }
                }

                @Override
                public void failed(CorpusDocument document, DocumentException problem) {
                    synchronized (failures) {
                        failures.put(document.name(), problem.getMessage());
                    }
                }

                @Override
                public void progress(int done, int total, CorpusDocument current) {
                    if (total > 1) {
                        progress.update(done, total, current.path());
                    }
                }
            }, () -> Thread.currentThread().isInterrupted());
        } catch (ResourceInitializationException e) {
            err.println("parley tag: the pipeline could not start: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        } catch (DocumentException e) {
            err.println("parley tag: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        }
        progress.interrupt();
        failures.values().forEach(m -> err.println("parley tag: " + m));
        for (CorpusDocument d : documents) {
            TagCounts c = tagged.get(d.name());
            if (c != null) {
                out.printf("%-40s %5d open suggestions%n", d.name(), c.open());
            } else {
                out.printf("%-40s not tagged (see above)%n", d.name());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("Tagged %d document%s of the project %s in %.1f s%s%n", summary.tagged(), summary.tagged() == 1 ? "" : "s",
                project.root(), seconds, summary.failed() > 0 ? "; " + summary.failed() + " could not be tagged" : "");
        return summary.failed() > 0 ? Cli.INPUT_PROBLEM : Cli.OK;
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
