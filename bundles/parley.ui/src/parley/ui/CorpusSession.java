package parley.ui;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import parley.annotation.WorkingDocuments;
import parley.extract.ReportImport;
import parley.ui.imports.ImportOutcomes;
import parley.ui.imports.ImportReportsJob;
import parley.ui.services.SharedWorkingDocuments;
import parley.store.Corpus;
import parley.store.CorpusWatcher;
import parley.store.DocumentException;
import parley.store.Project;

/**
 * The open corpus and its {@link Project} live in the application context: parts that inject them follow it
 * when another corpus is opened. A corpus that cannot be opened leaves its problem under
 * {@link #PROBLEM} for the Corpus part to show.
 */
public final class CorpusSession {

    /** Context key of the message that says why the last corpus could not be opened. */
    public static final String PROBLEM = "parley.corpus.problem";

    private CorpusSession() {
    }

    public static void open(IEclipseContext applicationContext, Path folder) {
        CorpusWatcher previous = applicationContext.get(CorpusWatcher.class);
        if (previous != null) {
            previous.close();
            applicationContext.remove(CorpusWatcher.class);
        }
        try {
            Corpus corpus = Corpus.open(folder);
            applicationContext.set(PROBLEM, null);
            applicationContext.set(Corpus.class, corpus);
        } catch (DocumentException e) {
            applicationContext.set(PROBLEM, "Cannot open the corpus: " + e.getMessage());
            return;
        }
        try {
            Project project = Project.open(folder);
            try {
                applicationContext.set(parley.model.Catalogue.class, project.catalogue());
            } catch (parley.model.CatalogueException e) {
                applicationContext.set(PROBLEM, "The project's catalogue cannot be used: " + e.getMessage());
            }
            applicationContext.set(WorkingDocuments.class, SharedWorkingDocuments.of(project));
            applicationContext.set(Project.class, project);
        } catch (DocumentException e) {
            applicationContext.set(WorkingDocuments.class, null);
            applicationContext.set(Project.class, null);
            applicationContext.set(PROBLEM, "The corpus opens read-only, its annotations cannot be stored: " + e.getMessage());
        }
        watch(applicationContext, folder);
        importDropped(applicationContext);
    }

    /** Dropped reports already reported as changed or refused, by path, size and time: each is said once a session. */
    private static final java.util.Set<String> REPORTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Reports dropped into the corpus folder (PDF, web pages, Word ...) are imported as they arrive. */
    private static void importDropped(IEclipseContext applicationContext) {
        Project project = applicationContext.get(Project.class);
        Display display = Display.getCurrent();
        if (project == null || project.isReadOnly() || display == null) {
            return;
        }
        java.util.List<Path> pending;
        try {
            pending = ReportImport.pending(project).stream().filter(f -> !REPORTED.contains(key(f))).toList();
        } catch (DocumentException e) {
            applicationContext.set(PROBLEM, "Cannot look for reports to import: " + e.getMessage());
            return;
        }
        if (pending.isEmpty()) {
            return;
        }
        pending.forEach(f -> REPORTED.add(key(f)));
        ImportReportsJob job = new ImportReportsJob(project, pending, outcomes -> display.asyncExec(() -> {
            rescan(applicationContext);
            Shell shell = display.getActiveShell() != null ? display.getActiveShell() : applicationContext.get(Shell.class);
            if (shell != null) {
                ImportOutcomes.show(shell, outcomes, false);
            }
        }));
        job.schedule();
    }

    private static String key(Path file) {
        try {
            return file + "|" + java.nio.file.Files.size(file) + "|" + java.nio.file.Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException e) {
            return file.toString();
        }
    }

    /** Documents added to or removed from the folder show up without reopening it. */
    private static void watch(IEclipseContext applicationContext, Path folder) {
        Display display = Display.getCurrent();
        if (display == null) {
            return;
        }
        try {
            applicationContext.set(CorpusWatcher.class, CorpusWatcher.watch(folder, () -> display.asyncExec(() -> rescan(applicationContext))));
        } catch (DocumentException e) {
            ILog.of(CorpusSession.class).warn(e.getMessage(), e);
        }
    }

    /** Lists the open corpus's folder again; the parts that show it follow. */
    public static void rescan(IEclipseContext applicationContext) {
        Corpus corpus = applicationContext.get(Corpus.class);
        if (corpus == null) {
            return;
        }
        Project project = applicationContext.get(Project.class);
        try {
            applicationContext.set(Corpus.class, project != null ? project.rescan() : Corpus.open(corpus.folder()));
        } catch (DocumentException e) {
            applicationContext.set(PROBLEM, "Cannot list the corpus: " + e.getMessage());
        }
        importDropped(applicationContext);
    }
}
