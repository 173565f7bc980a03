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
}
