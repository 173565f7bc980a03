package parley.pipeline;

import java.util.function.Function;

import org.apache.uima.jcas.JCas;

import parley.store.CorpusDocument;
import parley.store.DocumentException;

/**
 * Documents a workbench holds in memory, perhaps with unsaved decisions: a tagging run merges its suggestions into
 * those, not into the copy on disk, so that the next save neither loses the suggestions nor the decisions.
 */
public interface HeldDocuments {

    /** None held: every document is tagged on disk. */
    HeldDocuments NONE = new HeldDocuments() {
        @Override
        public <T> T mergeIfHeld(CorpusDocument document, Function<JCas, T> merge) {
            return null;
        }
    };

    /**
     * Runs {@code merge} on the held working CAS of {@code document} (on the thread that owns it, waiting for it) and
     * stores the result as the holder sees fit; returns what {@code merge} returned, or null when it is not held.
     */
    <T> T mergeIfHeld(CorpusDocument document, Function<JCas, T> merge) throws DocumentException;
}
