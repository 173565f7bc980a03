package parley.ui.export;

import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import parley.model.Catalogue;
import parley.store.Project;
import parley.store.ProjectExport;

/** Chooses format, folder and what to include, then runs an {@link ExportJob}. */
public final class ExportWizard extends Wizard {

    private final Project project;
    private final Catalogue catalogue;
    private final Page page = new Page();
    private ExportJob job;

    public ExportWizard(Project project, Catalogue catalogue) {
        this.project = project;
        this.catalogue = catalogue;
        setWindowTitle("Export Corpus");
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        job = new ExportJob(project, Path.of(page.folder.getText().strip()), page.options(), catalogue);
        job.setUser(true);
        job.schedule();
        return true;
    }

    /** The job Finish started, or null. */
    public ExportJob job() {
        return job;
    }

    private final class Page extends WizardPage {
        private Button xmi;
        private Button json;
        private Button csv;
        private Button suggested;
        private Button rejected;
        private Text folder;

        Page() {
            super("export");
            setTitle("Export the annotated corpus");
            setDescription("XMI with TypeSystem.xml for UIMA tools, UIMA JSON CAS, or a CSV of the stances.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
            Group format = new Group(c, SWT.NONE);
            format.setText("Format");
            GridLayoutFactory.swtDefaults().applyTo(format);
            GridDataFactory.fillDefaults().span(3, 1).applyTo(format);
            xmi = radio(format, "UIMA XMI + TypeSystem.xml (the exchange contract)");
            json = radio(format, "UIMA JSON CAS");
            csv = radio(format, "CSV of stances (stances.csv)");
            xmi.setSelection(true);
            suggested = check(c, "Include suggestions not yet reviewed (SUGGESTED)");
            rejected = check(c, "Include rejected annotations (REJECTED)");
            Label l = new Label(c, SWT.NONE);
            l.setText("Folder:");
            folder = new Text(c, SWT.BORDER);
            folder.setText(project.corpus().folder().resolveSibling(project.corpus().folder().getFileName() + "-export").toString());
            GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(folder);
            folder.addListener(SWT.Modify, e -> validate());
            Button browse = new Button(c, SWT.PUSH);
            browse.setText("Browse…");
            browse.addListener(SWT.Selection, e -> {
                DirectoryDialog d = new DirectoryDialog(getShell());
                d.setFilterPath(folder.getText());
                String chosen = d.open();
                if (chosen != null) {
                    folder.setText(chosen);
                }
            });
            setControl(c);
            validate();
        }

        private Button radio(Composite parent, String text) {
            Button b = new Button(parent, SWT.RADIO);
            b.setText(text);
            return b;
        }

        private Button check(Composite parent, String text) {
            Button b = new Button(parent, SWT.CHECK);
            b.setText(text);
            GridDataFactory.fillDefaults().span(3, 1).applyTo(b);
            return b;
        }

        private void validate() {
            String f = folder.getText().strip();
            String error = f.isEmpty() ? "Choose a folder to export into." : null;
            if (error == null && Path.of(f).toAbsolutePath().normalize().startsWith(project.root())) {
                error = "Export outside the project's .parley folder.";
            }
            setErrorMessage(error);
            setPageComplete(error == null);
        }

        ProjectExport.Options options() {
            ProjectExport.Format format = json.getSelection() ? ProjectExport.Format.JSON : csv.getSelection() ? ProjectExport.Format.CSV : ProjectExport.Format.XMI;
            return new ProjectExport.Options(format, suggested.getSelection(), rejected.getSelection());
        }
    }
}
