package parley.model;

import java.io.IOException;
import java.nio.file.Path;

/** A catalogue that cannot be used, naming the file, the entry (where one is at fault) and the problem. */
public class CatalogueException extends IOException {

    private static final long serialVersionUID = 1L;

    public CatalogueException(String source, String entry, String problem, Throwable cause) {
        super(source + (entry == null ? "" : ": entry " + entry) + ": " + problem, cause);
    }

    public CatalogueException(Path file, String entry, String problem) {
        this(String.valueOf(file), entry, problem, null);
    }
}
