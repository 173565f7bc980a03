package parley.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import org.eclipse.e4.ui.services.IServiceConstants;

import parley.ui.CorpusSession;

/** Asks for a folder and opens it as the corpus. */
public class OpenCorpusHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, MApplication application) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Open Corpus");
        dialog.setMessage("Choose a folder of UTF-8 text documents (*.txt)");
        String folder = dialog.open();
        if (folder != null) {
            CorpusSession.open(application.getContext(), Path.of(folder));
        }
    }
}
