package parley.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import parley.model.Catalogue;
import parley.model.CatalogueException;
import parley.store.DocumentException;
import parley.store.Project;
import parley.store.ProjectExport;

/**
 * {@code parley export <project> --format xmi|json|csv --out <dir> [--include-suggested] [--include-rejected]}:
 * the working CASes of a project (a corpus folder with .parley/) for other tools.
 */
final class ExportCommand {

    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Path projectFolder = null;
        Path target = null;
        ProjectExport.Format format = ProjectExport.Format.XMI;
        boolean suggested = false;
        boolean rejected = false;
        Path catalogueFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> target = Path.of(Options.value(args, ++i, "--out"));
                case "--format" -> {
                    String f = Options.value(args, ++i, "--format");
                    try {
                        format = ProjectExport.format(f);
                    } catch (IllegalArgumentException e) {
                        throw new Cli.UsageException("--format takes xmi, json, csv or inception, not '" + f + "'");
                    }
                }
                case "--include-suggested" -> suggested = true;
                case "--include-rejected" -> rejected = true;
                case "--catalogue" -> catalogueFile = Path.of(Options.value(args, ++i, "--catalogue"));
                default -> {
                    if (args[i].startsWith("--") || projectFolder != null) {
                        throw new Cli.UsageException("unexpected argument " + args[i]);
                    }
                    projectFolder = Path.of(args[i]);
                }
            }
        }
        if (projectFolder == null || target == null) {
            throw new Cli.UsageException("name the project (corpus folder) and --out <dir>");
        }
        if (!Files.isDirectory(projectFolder.resolve(Project.FOLDER))) {
            err.println("parley export: " + projectFolder + ": not a Parley project (no " + Project.FOLDER
                    + "/ folder; open it in the workbench or tag it first)");
            return Cli.INPUT_PROBLEM;
        }
        try {
            Project project = Project.open(projectFolder);
            Catalogue catalogue = catalogueFile != null ? Options.catalogue(catalogueFile) : project.catalogue();
            ProjectExport.Result r = ProjectExport.export(project, target,
                    new ProjectExport.Options(format, suggested, rejected), catalogue);
            r.problems().forEach(p -> err.println("parley export: " + p));
            if (r.leftOut().total() > 0) {
                err.println("parley export: left out " + r.leftOut().describe()
                        + " (unreviewed or rejected; --include-suggested / --include-rejected export them)");
            }
            out.printf("Exported %d documents (%d stances) as %s into %s%s%n", r.documents(), r.stances(), format.name().toLowerCase(),
                    target.toAbsolutePath().normalize(), r.problems().isEmpty() ? "" : "; " + r.problems().size() + " could not be exported");
            return r.problems().isEmpty() ? Cli.OK : Cli.INPUT_PROBLEM;
        } catch (DocumentException | CatalogueException e) {
            err.println("parley export: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        }
    }
}
