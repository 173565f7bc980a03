package parley.ui.events;

import java.nio.file.Path;

import org.eclipse.e4.core.services.events.IEventBroker;

/**
 * The events about a document's stored annotations, in one place: their topics and their payload, a
 * {@link DocumentChange} naming the document. Parts and jobs post and observe these instead of naming each
 * other's topic strings, so that no package depends on another for an event.
 */
public final class DocumentEvents {

    /** Every document event ("parley/document/*"). */
    public static final String ANY = "parley/document/*";
    /**
     * Tag Corpus or an import rewrote the document's working CAS. (Editors, the review and the corpus counts follow a
     * document held in memory through its {@code WorkingDocument}; these events are about what changed on disk.)
     */
    public static final String RETAGGED = "parley/document/retagged";

    /** The payload of every document event: which document (its source path) changed. */
    public record DocumentChange(Path document) {

        /** Whether the change is about this document. */
        public boolean isAbout(Path other) {
            return document.equals(other);
        }
    }

    private DocumentEvents() {
    }

    /** Posts (asynchronously) that the document at {@code document} changed; nothing without a broker. */
    public static void post(IEventBroker events, String topic, Path document) {
        if (events != null) {
            events.post(topic, new DocumentChange(document));
        }
    }
}
