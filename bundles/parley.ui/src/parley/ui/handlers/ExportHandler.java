package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

import parley.model.Catalogue;
import parley.store.Project;
import parley.ui.export.ExportWizard;

/** File › Export…: the export wizard; the export itself runs as a Job. */
public class ExportHandler {

    @Execute
    public void execute(Shell shell, @Optional Project project, @Optional Catalogue catalogue) {
        new WizardDialog(shell, new ExportWizard(project, catalogue)).open();
    }

    @CanExecute
    public boolean canExecute(@Optional Project project) {
        return project != null;
    }
}
