package parley.cli.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's sample corpus from the build (system property parley.repo) or the working directory. */
final class Seeds {

    private Seeds() {
    }

    static Path folder() {
        String repo = System.getProperty("parley.repo");
        Path start = repo != null ? Path.of(repo) : Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("seeds")) && Files.exists(p.resolve("parley"))) {
                return p.resolve("seeds");
            }
        }
        throw new IllegalStateException("cannot find the repository's seeds/ folder from " + start);
    }

    /** The project's shared folder beside the repository ({@code ../shared}): the contract, gold and consumers. */
    static Path shared() {
        Path shared = folder().getParent().resolveSibling("shared");
        if (!Files.isDirectory(shared.resolve("consumers"))) {
            throw new IllegalStateException("no " + shared.resolve("consumers") + ": the export contract is checked with the"
                    + " consumers of the project's shared folder, which must sit beside the repository");
        }
        return shared;
    }

    static Path e2e() {
        return folder().resolveSibling("releng").resolve("e2e");
    }
}
