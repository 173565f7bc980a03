package parley.store;

import java.nio.file.Path;

/** A source document whose bytes are not UTF-8: it may still be a text in another encoding (Latin-1, Windows-1252). */
public final class NotUtf8Exception extends DocumentException {

    private static final long serialVersionUID = 1L;

    public NotUtf8Exception(Path file, String problem, Throwable cause) {
        super(file, problem, cause);
    }
}
