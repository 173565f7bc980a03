package parley.store;

import java.io.IOException;
import java.nio.file.Path;

/** A problem with one file, reported as "file: problem" so the analyst knows what to fix. */
public class DocumentException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    public DocumentException(Path file, String problem) {
        this(file, problem, null);
    }

    public DocumentException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public String problem() {
        return problem;
    }
}
