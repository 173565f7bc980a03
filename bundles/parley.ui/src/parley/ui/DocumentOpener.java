package parley.ui;

import parley.store.CorpusDocument;

/** Opens a corpus document in the document editor (or brings its editor to the front). */
@FunctionalInterface
public interface DocumentOpener {
    void open(CorpusDocument document);
}
