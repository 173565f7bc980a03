package parley.cli;

import java.io.PrintStream;
import java.util.Arrays;

import parley.about.Installation;

/** Dispatches {@code parley <command> ...}; returns the process exit code. */
public final class Cli {

    public static final int OK = 0;
    /** Some input could not be processed; the rest was. */
    public static final int INPUT_PROBLEM = 1;
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
            usage: parley tag <corpus> [--threads N]
                   parley tag <folder or files...> --export <dir> [--threads N] [--catalogue <file>]
                   parley status <corpus>
                   parley import <folder> --into <corpus>
                   parley import-docs <files or folders...> --into <corpus>
                   parley eval <export dir> --gold <gold dir> [--catalogue <file>] [--summary] [--by-frame]
                               [--write-confidence <file>] [--cues-only-in <document>]
                   parley train-stances <export dir> --gold <gold dir> --out <model file> [--cost C] [--threshold P]
                   parley simulate <corpus> --gold <gold dir> [--order reverse|<names,...>] [--catalogue <file>]
                   parley bench [--size MB] [--corpus <dir>] [--threads N] [--stages]
                   parley export <project> --format xmi|json|csv|inception --out <dir> [--include-suggested] [--include-rejected]
                   parley about
              tag     pre-tag a corpus's project in place as File > Tag Corpus does (decisions kept), or with
                      --export, pre-tag into a UIMA XMI export (TypeSystem.xml + <name>.xmi), inputs untouched
              status  per document of a project, its tags by type and review status
              import  merge XMI + TypeSystem.xml written by another UIMA tool (cassis, INCEpTION) into a project
              import-docs  read reports (PDF, HTML, DOCX, DOC, ODT, RTF) into a corpus: their text becomes documents,
                      the originals are kept in the project; a file imported before is not read again
              eval    score an export against gold: P/R/F1 per type, strict and lenient stances, every miss
              train-stances  train the learned stance model on an export the rules alone made and its gold,
                      measuring it first on each group of documents held out (./parley train-stances does it all)
              export  a project's working annotations (reviewed; add suggested/rejected on request)
              simulate  a simulated analyst reviews the gold documents one by one, with learning off and on:
                      F1 per type and the share of suggestions accepted unchanged, per step
              bench   replicate the sample corpus (default 50 MB) and measure segmentation and the full pipeline
              about   Parley's version, and every library it ships with its licence
            """;

    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "tag" -> new TagCommand(out, err).run(rest);
                case "status" -> new StatusCommand(out, err).run(rest);
                case "import" -> new ImportCommand(out, err).run(rest);
                case "import-docs" -> new ImportDocsCommand(out, err).run(rest);
                case "simulate" -> new SimulateCommand(out, err).run(rest);
                case "eval" -> new EvalCommand(out, err).run(rest);
                case "train-stances" -> new TrainStancesCommand(out, err).run(rest);
                case "bench" -> new BenchCommand(out, err).run(rest);
                case "export" -> new ExportCommand(out, err).run(rest);
                case "about" -> about(out);
                case "help", "--help", "-h" -> {
                    out.print(USAGE_TEXT);
                    yield OK;
                }
                default -> {
                    err.println("parley: unknown command '" + args[0] + "'");
                    err.print(USAGE_TEXT);
                    yield USAGE;
                }
            };
        } catch (UsageException e) {
            err.println("parley " + args[0] + ": " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
    }

    private static int about(PrintStream out) {
        out.println("Parley " + Installation.version());
        out.println("Libraries (licence, version):");
        for (Installation.Library l : Installation.libraries()) {
            out.printf("  %-60s %-32s %s%n", l.name() + " (" + l.symbolicName() + ")", l.licence(), l.version());
        }
        out.println("Used by the tests and the build only (not shipped):");
        Installation.testOnly().forEach(l -> out.printf("  %-60s %s%n", l.name(), l.licence()));
        return OK;
    }

    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
