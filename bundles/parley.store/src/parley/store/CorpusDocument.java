package parley.store;

import java.nio.file.Path;

/** A source document of a corpus: its file name, where it is, and its size in bytes. */
public record CorpusDocument(String name, Path path, long size) {
}
