package parley.ui.handlers;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import parley.extract.Extractor;
import parley.store.Project;
import parley.ui.CorpusSession;
import parley.ui.imports.ImportOutcomes;
import parley.ui.imports.ImportReportsJob;

/**
 * File › Import Documents…: reads reports (PDF, web pages, Word, OpenDocument, RTF) into the corpus, as
 * {@code ./parley import-docs} does; the new documents show in the Corpus part, and every file that was refused
 * is named with its reason.
 */
public class ImportDocumentsHandler {

    static final String[] FILTER = {String.join(";", Extractor.EXTENSIONS.stream().map(e -> "*." + e).toList()), "*.*"};
    static final String[] FILTER_NAMES = {"Reports (PDF, HTML, Word, OpenDocument, RTF)", "All files"};

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Project project, MApplication application) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText("Import Documents");
        dialog.setFilterExtensions(FILTER);
        dialog.setFilterNames(FILTER_NAMES);
        if (dialog.open() == null) {
            return;
        }
        List<Path> files = Arrays.stream(dialog.getFileNames()).map(name -> Path.of(dialog.getFilterPath(), name)).toList();
        schedule(shell, project, application.getContext(), files);
    }

    /** Imports the files in a job; then lists the corpus again and says what happened. */
    public static void schedule(Shell shell, Project project, IEclipseContext applicationContext, List<Path> files) {
        ImportReportsJob job = new ImportReportsJob(project, files, outcomes -> shell.getDisplay().asyncExec(() -> {
            CorpusSession.rescan(applicationContext);
            ImportOutcomes.show(shell, outcomes, true);
        }));
        job.setUser(true);
        job.schedule();
    }

    @CanExecute
    public boolean canExecute(@Optional Project project) {
        return project != null && !project.isReadOnly();
    }
}
