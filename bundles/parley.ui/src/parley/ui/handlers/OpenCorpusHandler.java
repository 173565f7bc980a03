package parley.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

import parley.store.Corpus;
import parley.ui.CorpusSession;
import parley.ui.editor.DocumentEditorPart;

/**
 * Asks for a folder and opens it as the corpus. The editors of the previous corpus close first (asking
 * about unsaved edits); a folder inside a corpus's {@code .parley} project folder is not taken for a
 * corpus: the analyst is offered the corpus it belongs to.
 */
public class OpenCorpusHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, MApplication application, EPartService parts) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Open Corpus");
        dialog.setMessage("Choose a folder of UTF-8 text documents (*.txt)");
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path folder = Path.of(chosen);
        Path owner = Corpus.projectOwner(folder);
        if (owner != null) {
            if (!MessageDialog.openQuestion(shell, "Open Corpus", folder + " is Parley's project folder of the corpus " + owner
                    + ", not a corpus.\n\nOpen the corpus " + owner.getFileName() + " instead?")) {
                return;
            }
            folder = owner;
        }
        if (!closeEditors(parts)) {
            return;
        }
        CorpusSession.open(application.getContext(), folder);
    }

    /** Closes every document editor, asking about unsaved edits; false when the analyst cancelled. */
    static boolean closeEditors(EPartService parts) {
        List<MPart> editors = parts.getParts().stream()
                .filter(p -> p.getPersistedState().containsKey(DocumentEditorPart.DOCUMENT_PATH) && p.getObject() != null).toList();
        for (MPart editor : editors) {
            if (editor.isDirty() && !parts.savePart(editor, true)) {
                return false;
            }
        }
        editors.forEach(e -> parts.hidePart(e, true));
        return true;
    }
}
