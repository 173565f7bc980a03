package parley.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import parley.annotation.WorkingDocument;
import parley.store.DocumentException;
import parley.ui.services.RecoveryPrompt;

/**
 * When an editor's working document reaches its recovery journal: at most {@link #DELAY_MS} after an edit, once for a
 * burst of edits; and the question, when a document is opened after a crash, whether to take the journal back.
 * Saving or "Don't Save" deletes the journal ({@link WorkingDocument}).
 */
final class EditorJournal {

    /** Unsaved edits reach the journal at most this long after they were made. */
    static final int DELAY_MS = 1000;

    private final WorkingDocument working;
    private boolean pending;

    EditorJournal(WorkingDocument working) {
        this.working = working;
    }

    /** After a crash: offers the journalled edits and takes them back when the analyst says so; true if so. */
    boolean offerRecovery(Shell shell, RecoveryPrompt given) throws DocumentException {
        if (!working.hasJournal()) {
            return false;
        }
        FileTime when;
        try {
            when = Files.getLastModifiedTime(working.project().journalFile(working.document()));
        } catch (IOException e) {
            when = null;
        }
        RecoveryPrompt prompt = given != null ? given
                : (s, name, time) -> MessageDialog.openQuestion(s, "Recover unsaved edits",
                        "Parley was closed with unsaved edits in “" + name + "” (last kept " + RecoveryPrompt.localTime(time) + "). Recover them?");
        if (!prompt.recover(shell, working.document().name(), when)) {
            working.deleteJournal();
            return false;
        }
        working.recoverJournal();
        return true;
    }

    /** An edit was made: the journal is written {@link #DELAY_MS} later, once for a burst of edits. */
    void editMade(Display display) {
        if (pending || working.project() == null || working.isReadOnly()) {
            return;
        }
        pending = true;
        display.timerExec(DELAY_MS, this::write);
    }

    /** Writes the unsaved state, unless nothing is unsaved or the analyst discarded it. */
    void write() {
        pending = false;
        try {
            working.writeJournal();
        } catch (DocumentException e) {
            ILog.of(getClass()).warn("recovery journal not written: " + e.getMessage(), e);
        }
    }
}
