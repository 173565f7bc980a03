package parley.ui.corpus;

import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import org.eclipse.e4.core.contexts.IEclipseContext;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import parley.ui.services.SharedWorkingDocuments;
import parley.annotation.WorkingDocument;
import parley.annotation.WorkingDocuments;
import parley.store.Corpus;
import parley.store.CorpusDocument;
import parley.store.Project;
import parley.store.TagCounts;
import parley.ui.CorpusSession;
import parley.ui.services.DocumentOpener;
import parley.ui.events.DocumentEvents;

/** Lists the documents of the open corpus; Enter or double-click opens one. */
public class CorpusPart {

    private final DocumentOpener opener;
    @Inject
    private IEclipseContext context;
    private Corpus corpus;
    private String problem;
    private final java.util.Map<java.nio.file.Path, Integer> openSuggestions = new java.util.concurrent.ConcurrentHashMap<>();
    private Project project;
    private WorkingDocuments working;
    private final WorkingDocument.Listener onChange = this::changed;
    private Label header;
    private TableViewer viewer;

    @Inject
    public CorpusPart(DocumentOpener opener) {
        this.opener = opener;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 4).margins(6, 6).applyTo(parent);
        header = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(header);

        Composite tableHolder = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tableHolder);
        TableColumnLayout columns = new TableColumnLayout();
        tableHolder.setLayout(columns);
        viewer = new TableViewer(tableHolder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());

        TableViewerColumn name = new TableViewerColumn(viewer, SWT.LEFT);
        name.getColumn().setText("Document");
        name.setLabelProvider(ColumnLabelProvider.createTextProvider(d -> ((CorpusDocument) d).name()));
        columns.setColumnData(name.getColumn(), new ColumnWeightData(100, 120));

        TableViewerColumn open = new TableViewerColumn(viewer, SWT.RIGHT);
        open.getColumn().setText("Open");
        open.getColumn().setToolTipText("Suggestions still awaiting review (\u2013: not tagged yet; \u26a0: cannot be read)");
        open.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object d) {
                if (problemOf((CorpusDocument) d) != null) {
                    return "\u26a0";
                }
                Integer n = openSuggestions.get(((CorpusDocument) d).path());
                return n == null || n < 0 ? "\u2013" : Integer.toString(n);
            }

            @Override
            public String getToolTipText(Object d) {
                String problem = problemOf((CorpusDocument) d);
                return problem != null ? problem : null;
            }
        });
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        columns.setColumnData(open.getColumn(), new ColumnWeightData(0, 56));

        TableViewerColumn size = new TableViewerColumn(viewer, SWT.RIGHT);
        size.getColumn().setText("Size");
        size.setLabelProvider(ColumnLabelProvider.createTextProvider(d -> formatSize(((CorpusDocument) d).size())));
        columns.setColumnData(size.getColumn(), new ColumnWeightData(0, 80));

        viewer.addOpenListener(event -> {
            Object chosen = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (chosen instanceof CorpusDocument document) {
                opener.open(document);
            }
        });
        refresh();
        countSuggestions(project == null || corpus == null ? java.util.List.of() : corpus.documents());
    }

    @Inject
    @Optional
    void setCorpus(Corpus corpus) {
        this.corpus = corpus;
        refresh();
    }

    @Inject
    @Optional
    void setProject(Project project) {
        if (working != null) {
            working.removeListener(onChange);
        }
        this.project = project;
        working = project == null ? null : SharedWorkingDocuments.in(context);
        if (working != null) {
            working.addListener(onChange);
        }
        refresh();
        countSuggestions(project == null || corpus == null ? java.util.List.of() : corpus.documents());
    }

    /** A document open in an editor or the review changed: its count comes from memory, unsaved decisions and all. */
    private void changed(WorkingDocument.Change change) {
        if (change.onlyDirtyState() || viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        CorpusDocument d = change.document().document();
        openSuggestions.put(d.path(), TagCounts.of(change.document().jcas()).open());
        viewer.update(corpus == null ? d : corpus.documents().stream().filter(c -> c.path().equals(d.path())).findFirst().orElse(d), null);
    }

    @PreDestroy
    void dispose() {
        if (working != null) {
            working.removeListener(onChange);
        }
    }

    /**
     * A document was re-tagged or imported on disk: its count of open suggestions changed. A document someone holds in
     * memory is counted from there as it changes.
     */
    @Inject
    @Optional
    void documentChanged(@org.eclipse.e4.ui.di.UIEventTopic(DocumentEvents.ANY) DocumentEvents.DocumentChange change) {
        if (corpus != null) {
            countSuggestions(corpus.documents().stream()
                    .filter(d -> change.isAbout(d.path()) && (working == null || working.ifHeld(d) == null)).toList());
        }
    }

    /** Counts in the background (reading XMI) and shows the counts as they come. */
    private void countSuggestions(java.util.List<CorpusDocument> documents) {
        Project p = project;
        if (p == null || documents.isEmpty() || viewer == null) {
            return;
        }
        org.eclipse.swt.widgets.Display display = viewer.getControl().getDisplay();
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create("Counting open suggestions", monitor -> {
            for (CorpusDocument d : documents) {
                if (heldInMemory(d)) {
                    continue; // counted from its working document, which may hold unsaved decisions
                }
                try {
                    openSuggestions.put(d.path(), p.openSuggestions(d));
                } catch (parley.store.DocumentException e) {
                    openSuggestions.remove(d.path());
                }
            }
            display.asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.refresh();
                }
            });
        });
        job.setSystem(true);
        job.schedule();
    }

    private boolean heldInMemory(CorpusDocument d) {
        WorkingDocuments w = working;
        return w != null && w.ifHeld(d) != null && w.ifHeld(d).isDirty();
    }

    private String problemOf(CorpusDocument d) {
        return project == null ? null : project.problem(d);
    }

    /** Waits for the counts (tests). */
    public void awaitCounts() throws InterruptedException {
        org.eclipse.core.runtime.jobs.Job.getJobManager().join(null, null);
    }

    @Inject
    @Optional
    void setProblem(@Named(CorpusSession.PROBLEM) String problem) {
        this.problem = problem;
        refresh();
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        String text;
        if (problem != null) {
            text = problem;
        } else if (corpus == null) {
            text = "No corpus open. File \u203a Open Corpus\u2026 (Ctrl+O)";
        } else {
            int n = corpus.documents().size();
            text = corpus.folder().getFileName() + " \u2014 " + n + " document" + (n == 1 ? "" : "s")
                    + (project != null && project.isReadOnly() ? " (read-only: open in another Parley process)" : "");
        }
        header.setText(text);
        header.setToolTipText(corpus != null ? corpus.folder().toString() : null);
        viewer.setInput(corpus == null ? new Object[0] : corpus.documents());
        header.getParent().layout(true, true);
        if (corpus != null && !corpus.documents().isEmpty() && viewer.getSelection().isEmpty()) {
            viewer.getTable().select(0);
        }
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    public TableViewer viewer() {
        return viewer;
    }

    static String formatSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return String.format(Locale.ROOT, "%.1f KB", kb);
        }
        return String.format(Locale.ROOT, "%.1f MB", kb / 1024.0);
    }
}
