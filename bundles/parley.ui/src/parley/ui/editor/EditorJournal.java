package parley.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.function.BooleanSupplier;

import org.apache.uima.jcas.JCas;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;
import parley.ui.services.RecoveryPrompt;

/**
 * The recovery journal of one editor's unsaved edits. It is written at most {@link #DELAY_MS} after an edit, offered
 * back when the document is opened after a crash, and deleted when the edits are saved or the analyst discards them.
 * Without a project, or in a read-only one, it does nothing.
 */
final class EditorJournal {

    /** Unsaved edits reach the journal at most this long after they were made. */
    static final int DELAY_MS = 1000;

    private final Project project;
    private final CorpusDocument document;
    private boolean pending;
    /** The analyst answered "Don't Save": no journal until the next edit. */
    private boolean discarded;

    EditorJournal(Project project, CorpusDocument document) {
        this.project = project;
        this.document = document;
    }

    private boolean active() {
        return project != null && !project.isReadOnly() && document != null;
    }

    /** After a crash: offers the journalled edits and loads them into {@code jcas} when taken; true if so. */
    boolean offerRecovery(Shell shell, JCas jcas, RecoveryPrompt given) throws DocumentException {
        if (!active() || !project.hasJournal(document)) {
            return false;
        }
        FileTime when;
        try {
            when = Files.getLastModifiedTime(project.journalFile(document));
        } catch (IOException e) {
            when = null;
        }
        RecoveryPrompt prompt = given != null ? given
                : (s, name, time) -> MessageDialog.openQuestion(s, "Recover unsaved edits",
                        "Parley was closed with unsaved edits in “" + name + "” (last kept " + RecoveryPrompt.localTime(time) + "). Recover them?");
        if (!prompt.recover(shell, document.name(), when)) {
            project.deleteJournal(document);
            return false;
        }
        project.loadJournal(document, jcas);
        return true;
    }

    /** An edit was made: the journal is written {@link #DELAY_MS} later by {@code write}, once for a burst of edits. */
    void editMade(Display display, Runnable write) {
        discarded = false;
        if (pending || !active()) {
            return;
        }
        pending = true;
        display.timerExec(DELAY_MS, write);
    }

    /** Writes the unsaved state of {@code jcas}, unless nothing is unsaved or the analyst discarded it. */
    void write(JCas jcas, BooleanSupplier unsaved) {
        pending = false;
        if (!active() || discarded || !unsaved.getAsBoolean()) {
            return;
        }
        try {
            project.writeJournal(document, jcas);
        } catch (DocumentException e) {
            ILog.of(getClass()).warn("recovery journal not written: " + e.getMessage(), e);
        }
    }

    /** "Don't Save": the journal goes, and stays away until the next edit. */
    void discard() {
        discarded = true;
        if (active()) {
            try {
                project.deleteJournal(document);
            } catch (DocumentException e) {
                // a stale journal only leads to a recovery question next time
            }
        }
    }
}
