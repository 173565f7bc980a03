package parley.ui.services;

import parley.store.CorpusDocument;

/** Opens a corpus document in the document editor (or brings its editor to the front). */
@FunctionalInterface
public interface DocumentOpener {
    /** Opens the document with the span [begin, end) shown (its annotation current); begin < 0: no span. */
    void open(CorpusDocument document, int begin, int end);

    default void open(CorpusDocument document) {
        open(document, -1, -1);
    }
}
