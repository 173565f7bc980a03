package parley.ui.export;

import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.MessageDialog;
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
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.BackingStoreException;

import parley.model.Catalogue;
import parley.store.Project;
import parley.store.ProjectExport;

/** Chooses format, folder and what to include, then runs an {@link ExportJob}. */
public final class ExportWizard extends Wizard {

    static final String FORMAT_KEY = "export.format";
    static final String SUGGESTED_KEY = "export.includeSuggested";
    static final String REJECTED_KEY = "export.includeRejected";

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
        page.remember();
        job = new ExportJob(project, Path.of(page.folder.getText().strip()), page.options(), catalogue);
        job.setUser(true);
        Display display = getShell().getDisplay();
        Shell parent = getShell().getParent() instanceof Shell p ? p : null;
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().getSeverity() == IStatus.CANCEL || job.result() == null) {
                    return;
                }
                display.asyncExec(() -> {
                    if (parent == null || parent.isDisposed()) {
                        return;
                    }
                    boolean ok = job.result().problems().isEmpty();
                    if (ok) {
                        MessageDialog.openInformation(parent, "Export finished", job.summary());
                    } else {
                        MessageDialog.openWarning(parent, "Export finished with problems", job.summary());
                    }
                });
            }
        });
        job.schedule();
        return true;
    }

    /** Where the wizard keeps the analyst's last choices (format, inclusions, folder per corpus). */
    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode("parley.ui");
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
            String remembered = preferences().get(FORMAT_KEY, ProjectExport.Format.XMI.name());
            (remembered.equals("JSON") ? json : remembered.equals("CSV") ? csv : xmi).setSelection(true);
            suggested = check(c, "Include suggestions not yet reviewed (SUGGESTED)");
            rejected = check(c, "Include rejected annotations (REJECTED)");
            suggested.setSelection(preferences().getBoolean(SUGGESTED_KEY, false));
            rejected.setSelection(preferences().getBoolean(REJECTED_KEY, false));
            Label l = new Label(c, SWT.NONE);
            l.setText("Folder:");
            folder = new Text(c, SWT.BORDER);
            folder.setText(preferences().get(folderKey(), project.corpus().folder()
                    .resolveSibling(project.corpus().folder().getFileName() + "-export").toString()));
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

        void remember() {
            IEclipsePreferences p = preferences();
            p.put(FORMAT_KEY, options().format().name());
            p.putBoolean(SUGGESTED_KEY, suggested.getSelection());
            p.putBoolean(REJECTED_KEY, rejected.getSelection());
            p.put(folderKey(), folder.getText().strip());
            try {
                p.flush();
            } catch (BackingStoreException e) {
                // the choices are only a convenience for next time
            }
        }

        private String folderKey() {
            return "export.folder." + project.corpus().folder();
        }

        ProjectExport.Options options() {
            ProjectExport.Format format = json.getSelection() ? ProjectExport.Format.JSON : csv.getSelection() ? ProjectExport.Format.CSV : ProjectExport.Format.XMI;
            return new ProjectExport.Options(format, suggested.getSelection(), rejected.getSelection());
        }
    }
}
