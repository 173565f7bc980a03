package parley.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

import parley.model.Catalogue;
import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;
import parley.store.ProjectImport;
import parley.ui.TagCorpusJob;
import parley.ui.events.DocumentEvents;

/**
 * File › Import…: merges a folder of XMI + TypeSystem.xml written by another UIMA tool into the project, as
 * {@code ./parley import} does; open editors are saved first and show the merged annotations after.
 */
public class ImportHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Project project, @Optional Catalogue catalogue,
            EPartService parts, @Optional IEventBroker events) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Import Annotations");
        dialog.setMessage("Choose a folder with TypeSystem.xml and <document>.xmi files (from cassis, INCEpTION or a Parley export)");
        String folder = dialog.open();
        if (folder == null || !parts.saveAll(true)) {
            return;
        }
        Job job = Job.create("Importing " + folder, monitor -> {
            ProjectImport.Result result;
            try {
                result = ProjectImport.importFolder(project, java.nio.file.Path.of(folder), catalogue != null ? catalogue : project.catalogue());
            } catch (DocumentException | parley.model.CatalogueException e) {
                shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell, "Import Annotations", e.getMessage()));
                return Status.error(e.getMessage(), e);
            }
            for (CorpusDocument d : project.corpus().documents()) {
                DocumentEvents.post(events, DocumentEvents.RETAGGED, d.path());
            }
            String text = String.format("Imported %d documents: %d annotations added, %d updated.", result.documents(), result.added(),
                    result.updated());
            if (!result.skipped().isEmpty()) {
                text += "\n\nSkipped:\n  " + String.join("\n  ", result.skipped());
            }
            if (!result.refused().isEmpty()) {
                text += "\n\nRefused:\n  " + String.join("\n  ", result.refused());
            }
            String message = text;
            boolean ok = result.refused().isEmpty();
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    if (ok) {
                        MessageDialog.openInformation(shell, "Import Annotations", message);
                    } else {
                        MessageDialog.openWarning(shell, "Import Annotations", message);
                    }
                }
            });
            return ok ? Status.OK_STATUS : Status.warning(message);
        });
        job.setUser(true);
        job.schedule();
    }

    @CanExecute
    public boolean canExecute(@Optional Project project) {
        return project != null && !project.isReadOnly();
    }

}
