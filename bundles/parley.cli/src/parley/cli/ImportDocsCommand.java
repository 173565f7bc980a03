package parley.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import parley.extract.Extractor;
import parley.extract.ReportImport;
import parley.extract.ReportImport.Outcome;
import parley.extract.ReportImport.Result;
import parley.store.DocumentException;
import parley.store.Project;

/**
 * {@code parley import-docs <files or folders...> --into <corpus>}: reads reports (PDF, HTML, Word, OpenDocument,
 * RTF) into a corpus as File › Import Documents does; a folder stands for the reports in it.
 */
final class ImportDocsCommand {

    private final PrintStream out;
    private final PrintStream err;

    ImportDocsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        List<Path> inputs = new ArrayList<>();
        Path corpus = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--into")) {
                corpus = Path.of(Options.value(args, ++i, "--into"));
            } else if (args[i].startsWith("--")) {
                throw new Cli.UsageException("unexpected argument " + args[i]);
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty() || corpus == null) {
            throw new Cli.UsageException("name the reports to import (files or folders) and --into <corpus>");
        }
        if (!Files.isDirectory(corpus)) {
            err.println("parley import-docs: " + corpus + ": no such corpus folder");
            return Cli.INPUT_PROBLEM;
        }
        try {
            Project project = Project.open(corpus);
            List<Outcome> outcomes = run(project, files(inputs), out, err, false);
            return outcomes.stream().anyMatch(Outcome::needsAttention) ? Cli.INPUT_PROBLEM : Cli.OK;
        } catch (DocumentException e) {
            err.println("parley import-docs: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        }
    }

    /** Imports the files, printing each outcome as it comes and a summary; used by {@code tag} for dropped reports too. */
    static List<Outcome> run(Project project, List<Path> files, PrintStream out, PrintStream err, boolean quietWhenUnchanged) {
        List<Outcome> outcomes = new ReportImport(project, new Extractor()).importFiles(files, (index, total, o) -> {
            if (o.needsAttention()) {
                err.println("parley import-docs: " + o.message());
            } else if (!(quietWhenUnchanged && o.result() == Result.UNCHANGED)) {
                out.println("[" + index + "/" + total + "] " + o.message());
            }
        });
        long imported = outcomes.stream().filter(o -> o.result() == Result.IMPORTED).count();
        long refused = outcomes.stream().filter(o -> o.result() == Result.REFUSED).count();
        if (imported + refused > 0 || !quietWhenUnchanged && !files.isEmpty()) {
            out.printf("Imported %d of %d report%s into %s%s%n", imported, files.size(), files.size() == 1 ? "" : "s",
                    project.corpus().folder(), refused > 0 ? "; " + refused + " refused (see above)" : "");
        }
        return outcomes;
    }

    private List<Path> files(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> list = Files.list(input)) {
                    list.filter(p -> Files.isRegularFile(p) && Extractor.isImportable(p)).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println("parley import-docs: " + input + ": cannot list the folder (" + e.getMessage() + ")");
                }
            } else {
                files.add(input); // a file of another kind is refused by the extractor, with its reason
            }
        }
        return files;
    }
}
