package parley.ui.editor;

import java.nio.file.Path;

import org.apache.uima.jcas.JCas;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import parley.ui.services.SharedWorkingDocuments;
import parley.annotation.WorkingDocument;
import parley.annotation.WorkingDocuments;
import parley.model.Catalogue;
import parley.model.CatalogueException;
import parley.model.CatalogueStore;
import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.NotUtf8Exception;
import parley.store.Project;
import parley.type.Tag;
import parley.ui.events.DocumentEvents;
import parley.ui.services.DiscardableEdits;
import parley.ui.services.RecoveryPrompt;

/**
 * The document editor: a view of the project's {@link WorkingDocument} of one document, the same copy the review
 * and Tag Corpus work on. It shows the text with its annotations ({@link AnnotatedViewer}, {@link AnnotationMirror}),
 * keeps the current annotation and the review order, and hands the analyst's commands to {@link DocumentEdits}.
 * Whatever changes the working document shows here at once; saving writes it to the project atomically.
 */
public class DocumentEditorPart implements DiscardableEdits, DocumentEdits.Place, AnnotatedViewer.Shown {

    public static final String DESCRIPTOR_ID = "parley.ui.partdescriptor.document";
    /** Persisted-state key of the part: the absolute path of the source document. */
    public static final String DOCUMENT_PATH = "parley.document.path";

    @Inject
    @Optional
    private Project project;
    @Inject
    @Optional
    private Catalogue catalogue;
    @Inject
    @Optional
    private ESelectionService selectionService;
    @Inject
    @Optional
    private RecoveryPrompt recoveryPrompt;
    @Inject
    @Optional
    private IEventBroker events;
    @Inject
    private IEclipseContext context;

    private MPart part;
    private WorkingDocument working;
    private AnnotatedViewer shown;
    private final AnnotationMirror mirror = new AnnotationMirror();
    private DocumentEdits edits;
    private final FirstLookPretagging pretagging = new FirstLookPretagging();
    private final BackgroundLoading loading = new BackgroundLoading();
    private WorkingDocuments all;
    private final WorkingDocument.Listener onChange = this::changed;
    private EditorJournal journal;
    private DocumentProblem problem;
    private CurrentAnnotation currentAnnotation;

    @PostConstruct
    public void createControls(Composite parent, MPart part) {
        this.part = part;
        edits = ContextInjectionFactory.make(DocumentEdits.class, context);
        edits.setPlace(this);
        GridLayoutFactory.fillDefaults().applyTo(parent);
        String location = part.getPersistedState().get(DOCUMENT_PATH);
        WorkingDocument held;
        String text;
        try {
            if (location == null) {
                throw new DocumentException(Path.of(part.getLabel() == null ? "?" : part.getLabel()), "no document path given");
            }
            if (catalogue == null) {
                catalogue = CatalogueStore.loadDefault();
            }
            Path path = Path.of(location);
            Project.checkEditableSize(path);
            all = project == null ? null : SharedWorkingDocuments.in(context);
            held = all == null ? WorkingDocument.ofTextFile(path) : all.ifHeld(corpusDocument(path));
            text = held != null ? held.text() : project.text(corpusDocument(path));
            if (text.isEmpty()) {
                problem = DocumentProblem.show(parent, path + " is empty: there is nothing to annotate. Add its text to the file and open it again.");
                return;
            }
        } catch (NotUtf8Exception e) {
            problem = DocumentProblem.showEncoding(parent, e, project, Path.of(location), () -> {
                problem = null;
                createControls(parent, part);
                setFocus();
            });
            return;
        } catch (DocumentException | CatalogueException e) {
            problem = DocumentProblem.show(parent, e.getMessage());
            return;
        }
        if (held == null) {
            // the annotations are read in a job, from now on, while the text is laid out and shown (the slow part of a
            // large document); they show when read
            String label = part.getLabel();
            part.setLabel(label + " (opening…)");
            loading.start(parent.getDisplay(), all, corpusDocument(Path.of(location)), w -> {
                if (showsDocument()) {
                    // the tab goes from "opening…" straight to "pre-tagging…" where that follows: never, even for a
                    // moment, the plain name of a document whose suggestions are not there yet
                    attach(w, label);
                    if (!pretagging.isRunning()) {
                        part.setLabel(label);
                    }
                }
            }, message -> {
                if (showsDocument()) {
                    part.setLabel(label);
                    MessageDialog.openError(shell(), "Opening " + label, message);
                }
            });
        }
        shown = new AnnotatedViewer(parent, this, text, mirror, offset -> currentAnnotation.jumpTo(offset));
        SourcePage.attach(parent, shown.widget(), project, corpusDocument(Path.of(location)));
        currentAnnotation = new CurrentAnnotation(shown, mirror, this::jcas, tag -> {
            if (selectionService != null) {
                selectionService.setSelection(tag == null ? null : new TagSelection(this, tag));
            }
        });
        if (held != null) {
            attach(held, part.getLabel());
        }
    }

    private static CorpusDocument corpusDocument(Path path) {
        return new CorpusDocument(path.getFileName().toString(), path, 0);
    }

    /** The editor shows this working document from now on: a journal to recover, its annotations, its pre-tags. */
    private void attach(WorkingDocument w, String label) {
        working = w;
        journal = new EditorJournal(working);
        boolean recovered = false;
        boolean saved = true;
        try {
            recovered = !working.isDirty() && journal.offerRecovery(shell(), recoveryPrompt);
            saved = project != null && project.hasWorkingCas(working.document());
        } catch (DocumentException e) {
            MessageDialog.openError(shell(), "Recover unsaved edits", e.getMessage());
        }
        mirror.showAll(working.jcas());
        shown.redraw();
        working.addListener(onChange);
        part.setDirty(working.isDirty());
        if (working.isReadOnly()) {
            part.setLabel(label + " (read-only)");
            part.setTooltip("This project is open in another Parley process: this window can read it but not save.");
        }
        // first look at a document: the pipeline's suggestions (a recovered journal holds those it was made from)
        if (!saved && !working.isPretagged() && !recovered) {
            schedulePretag(label);
        }
    }

    /** The working document changed (here, in the review, by Tag Corpus): show it, and keep the journal. */
    private void changed(WorkingDocument.Change change) {
        if (!showsDocument()) {
            return;
        }
        if (!change.onlyDirtyState()) {
            if (change.reloaded() || change.removed().contains(current())) {
                currentAnnotation.forget();
            }
            mirror.update(change);
            shown.redraw(change);
        }
        part.setDirty(working.isDirty());
        if (working.isDirty()) {
            journal.editMade(shown.widget().getDisplay());
        }
    }

    /** Its annotations are still being read, or its first pre-tagging runs: the text shows, the annotations follow. */
    public boolean isPretagging() {
        return loading.isRunning() || pretagging.isRunning();
    }

    /** The document and its annotations show: commands can work on them. */
    public boolean isReady() {
        return showsDocument() && working != null;
    }

    /** The pipeline's suggestions for a document seen for the first time, from a job; the tab says so meanwhile. */
    private void schedulePretag(String label) {
        part.setLabel(label + " (pre-tagging…)");
        pretagging.start(shown.widget().getDisplay(), project, working, () -> {
            // the review takes the document in, as after Tag Corpus: its suggestions are the same working copy's
            DocumentEvents.post(events, DocumentEvents.RETAGGED, working.document().path());
            if (showsDocument()) {
                part.setLabel(label);
            }
        }, problem -> {
            if (showsDocument()) {
                part.setLabel(label);
                MessageDialog.openError(shell(), "Pre-tagging", problem);
            }
        });
    }

    private boolean showsDocument() {
        return shown != null && !shown.isDisposed();
    }

    /** Keeps the unsaved state where a crash cannot take it (the journal; saving deletes it). */
    public void writeJournal() {
        if (showsDocument()) {
            journal.write();
        }
    }

    // ---- the current annotation and navigation ----

    @Override
    public Tag current() {
        return currentAnnotation == null ? null : currentAnnotation.get();
    }

    /** Makes {@code tag} current: selects its span (a stance: its holder) and tells the Properties part. */
    @Override
    public void select(Tag tag) {
        if (currentAnnotation != null) {
            currentAnnotation.set(tag, true);
        }
    }

    /** Shows a span: the annotation with exactly that span becomes current (a stance before a mention), or the span is selected. */
    public void reveal(int begin, int end) {
        if (showsDocument()) {
            currentAnnotation.reveal(begin, end);
        }
    }

    /** The innermost Actor or Agreement at an offset, else the stance whose evidence holds it. */
    public Tag tagAt(int offset) {
        return mirror.tagAt(offset);
    }

    /** Selects the first suggestion after the current annotation (or after the caret). */
    @Override
    public boolean nextSuggestion() {
        return isReady() && currentAnnotation.next();
    }

    public boolean previousSuggestion() {
        return isReady() && currentAnnotation.previous();
    }

    // ---- commands ----

    /** The analyst's editing commands on this editor's current annotation or selection. */
    public DocumentEdits edits() {
        return edits;
    }

    public boolean undo() {
        return working.undo();
    }

    public boolean redo() {
        return working.redo();
    }

    public void toggleLabels() {
        shown.toggleLabels();
    }

    public void toggleAllArcs() {
        shown.toggleAllArcs();
    }

    public EditorDisplayOptions displayOptions() {
        return shown.displayOptions();
    }

    @Persist
    public void save() throws DocumentException {
        if (working == null || project == null) {
            return;
        }
        working.save();
        part.setDirty(false);
    }

    public boolean isDirty() {
        return part != null && part.isDirty();
    }

    /**
     * The recovery journal stays when the part goes: it goes only when the edits are saved or the analyst
     * answered "Don't Save" ({@link #discardUnsavedEdits()}). A part disposed any other way (a quit that
     * did not ask, a crash of the UI) leaves its edits for recovery.
     */
    @PreDestroy
    void dispose() {
        if (working != null) {
            working.removeListener(onChange);
        }
    }

    /** "Don't Save": the working document goes back to what is saved, for the review too, and the journal goes. */
    @Override
    public void discardUnsavedEdits() {
        if (working == null) {
            return;
        }
        try {
            working.revert();
        } catch (DocumentException e) {
            MessageDialog.openError(shell(), "Don't Save", e.getMessage());
        }
    }

    @Focus
    public void setFocus() {
        if (showsDocument()) {
            shown.widget().setFocus();
        } else if (problem != null) {
            problem.control().setFocus();
        }
    }

    // ---- what the commands and painters ask ----

    @Override
    public WorkingDocument working() {
        return working;
    }

    @Override
    public Point selection() {
        return shown.viewer().getSelectedRange();
    }

    @Override
    public int caret() {
        return shown.widget().getCaretOffset();
    }

    @Override
    public Shell shell() {
        return shown != null ? shown.widget().getShell() : problem.control().getShell();
    }

    @Override
    public Catalogue catalogue() {
        return catalogue;
    }

    /** The viewer, or null where the document could not be read. */
    public SourceViewer viewer() {
        return shown == null ? null : shown.viewer();
    }

    public JCas jcas() {
        return working == null ? null : working.jcas();
    }

    public CorpusDocument document() {
        return working == null ? null : working.document();
    }

    /** The message shown in place of the text, or null. */
    public String problem() {
        return problem == null ? null : problem.text();
    }

    /** The JFace annotations currently shown, for tests and painters. */
    public int shownAnnotations() {
        return mirror.size();
    }
}
