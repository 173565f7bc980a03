package parley.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import parley.model.CatalogueException;
import parley.store.DocumentException;
import parley.store.Project;
import parley.store.ProjectImport;

/** {@code parley import <folder> --into <corpus>}: merges another UIMA tool's XMI into the corpus's project. */
final class ImportCommand {

    private final PrintStream out;
    private final PrintStream err;

    ImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Path folder = null;
        Path corpus = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--into")) {
                corpus = Path.of(Options.value(args, ++i, "--into"));
            } else if (args[i].startsWith("--") || folder != null) {
                throw new Cli.UsageException("unexpected argument " + args[i]);
            } else {
                folder = Path.of(args[i]);
            }
        }
        if (folder == null || corpus == null) {
            throw new Cli.UsageException("name the folder to import (TypeSystem.xml and <name>.xmi files) and --into <corpus>");
        }
        if (!Files.isDirectory(corpus)) {
            err.println("parley import: " + corpus + ": no such corpus folder");
            return Cli.INPUT_PROBLEM;
        }
        try {
            Project project = Project.open(corpus);
            ProjectImport.Result r = ProjectImport.importFolder(project, folder, project.catalogue());
            r.refused().forEach(p -> err.println("parley import: refused: " + p));
            r.skipped().forEach(p -> err.println("parley import: skipped " + p));
            out.printf("Imported %d document%s into %s: %d annotations added, %d updated%s%n", r.documents(), r.documents() == 1 ? "" : "s",
                    project.root(), r.added(), r.updated(), r.refused().isEmpty() ? "" : "; " + r.refused().size() + " refused (see above)");
            return r.refused().isEmpty() ? Cli.OK : Cli.INPUT_PROBLEM;
        } catch (DocumentException | CatalogueException e) {
            err.println("parley import: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        }
    }
}
