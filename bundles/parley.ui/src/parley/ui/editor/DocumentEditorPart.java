package parley.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.jcas.JCas;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import parley.model.Catalogue;
import parley.model.CatalogueException;
import parley.model.CatalogueStore;
import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.DocumentImport;
import parley.store.Project;
import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Sentence;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.ParleyTypeSystem;
import parley.ui.services.Analyst;
import parley.ui.services.LabelChooser;
import parley.ui.services.RecoveryPrompt;
import parley.ui.services.StanceChooser;
import parley.ui.dialogs.CatalogueLabelDialog;
import parley.ui.dialogs.StanceDialog;
import parley.types.TagValues;
import parley.ui.events.DocumentEvents;
import parley.ui.services.NewActorChooser;

/**
 * The document editor: a JFace {@link SourceViewer} over the document text (the CAS sofa), with an
 * annotation model that mirrors the CAS tags. Every edit is an undoable operation on the CAS in
 * the Eclipse operation history; saving writes the working CAS to the project atomically.
 */
public class DocumentEditorPart implements parley.ui.services.DiscardableEdits {

    public static final String DESCRIPTOR_ID = "parley.ui.partdescriptor.document";
    /** Persisted-state key of the part: the absolute path of the source document. */
    public static final String DOCUMENT_PATH = "parley.document.path";
    /** Documents longer than this open without word wrap. */
    public static final int WRAP_LIMIT_CHARS = 300_000;

    @Inject
    @Optional
    private Project project;
    @Inject
    @Optional
    private Catalogue catalogue;
    @Inject
    @Optional
    private LabelChooser labelChooser;
    @Inject
    @Optional
    private StanceChooser stanceChooser;
    @Inject
    @Optional
    private parley.ui.services.NewActorChooser newActorChooser;
    @Inject
    @Optional
    private ESelectionService selectionService;
    @Inject
    @Optional
    private RecoveryPrompt recoveryPrompt;
    @Inject
    @Optional
    private org.eclipse.e4.ui.model.application.MApplication application;
    @Inject
    @Optional
    private org.eclipse.e4.core.services.events.IEventBroker events;

    private MPart part;
    private CorpusDocument document;
    private JCas jcas;
    private SourceViewer viewer;
    private AnnotationModel model;
    private Label problem;
    private AnnotationOverview overview;
    private AnnotationPainter painter;
    private Tag current;
    private boolean selecting;
    private boolean recovered;
    private boolean needsPretag;
    private final FirstLookPretagging pretagging = new FirstLookPretagging();
    private EditorJournal journal;
    /** Unsaved edits reach the recovery journal at most this long after they were made. */
    public static final int JOURNAL_DELAY_MS = EditorJournal.DELAY_MS;
    private final Map<Tag, TagAnnotation> shown = new IdentityHashMap<>();
    private final IOperationHistory history = OperationHistoryFactory.getOperationHistory();
    private final IUndoContext undoContext = new ObjectUndoContext(this, "Parley document");
    private final Map<RGB, Color> colors = new HashMap<>();
    private final EditorDisplayOptions displayOptions = EditorDisplayOptions.load();
    private org.eclipse.swt.graphics.Font labelFont;
    private EditorLegend legend;

    @PostConstruct
    public void createControls(Composite parent, MPart part) {
        this.part = part;
        GridLayoutFactory.fillDefaults().applyTo(parent);
        String location = part.getPersistedState().get(DOCUMENT_PATH);
        try {
            if (location == null) {
                throw new DocumentException(Path.of(part.getLabel() == null ? "?" : part.getLabel()), "no document path given");
            }
            if (catalogue == null) {
                catalogue = CatalogueStore.loadDefault();
            }
            Path path = Path.of(location);
            document = new CorpusDocument(path.getFileName().toString(), path, 0);
            Project.checkEditableSize(path);
            jcas = ParleyTypeSystem.newJCas();
            if (project != null) {
                project.load(document, jcas);
            } else {
                DocumentImport.fromTextFile(path, jcas);
            }
            boolean firstLook = project == null || !project.hasWorkingCas(document);
            journal = new EditorJournal(project, document);
            recovered = journal.offerRecovery(parent.getShell(), jcas, recoveryPrompt);
            needsPretag = firstLook && !recovered; // a recovered journal holds the pre-tags it was made from
            if (jcas.getDocumentText() == null || jcas.getDocumentText().isEmpty()) {
                showProblem(parent, document.path() + " is empty: there is nothing to annotate. Add its text to the file and open it again.");
                return;
            }
        } catch (parley.store.NotUtf8Exception e) {
            showEncodingProblem(parent, e);
            return;
        } catch (DocumentException | CatalogueException e) {
            showProblem(parent, e.getMessage());
            return;
        } catch (org.apache.uima.resource.ResourceInitializationException e) {
            showProblem(parent, "Cannot create a CAS: " + e.getMessage());
            return;
        }
        createViewer(parent);
        if (recovered) {
            part.setDirty(true);
        }
        if (project != null && project.isReadOnly()) {
            part.setLabel(part.getLabel() + " (read-only)");
            part.setTooltip("This project is open in another Parley process: this window can read it but not save.");
        }
        if (needsPretag) {
            schedulePretag(); // first look at a document: the pipeline's suggestions, from a job, not the UI thread
        }
    }

    /** Pre-tagging on first look is still running: the document shows, its suggestions follow. */
    public boolean isPretagging() {
        return pretagging.isRunning();
    }

    /** The pipeline's suggestions for a document seen for the first time, from a job; the tab says so meanwhile. */
    private void schedulePretag() {
        String label = part.getLabel();
        part.setLabel(label + " (pre-tagging…)");
        pretagging.start(viewer.getTextWidget().getDisplay(), project, document, jcas, () -> {
            if (showsDocument()) {
                part.setLabel(label);
                model.removeAllAnnotations();
                shown.clear();
                current = null;
                showAllTags();
                applyDisplayOptions();
                overview.redraw();
            }
        }, problem -> {
            if (showsDocument()) {
                part.setLabel(label);
                org.eclipse.jface.dialogs.MessageDialog.openError(viewer.getTextWidget().getShell(), "Pre-tagging", problem);
            }
        });
    }

    private boolean showsDocument() {
        return viewer != null && viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed();
    }

    /** A source in another encoding: says so, and offers to read it as Windows-1252 (a superset of Latin-1). */
    private void showEncodingProblem(Composite parent, parley.store.NotUtf8Exception e) {
        showProblem(parent, e.getMessage() + ".\n\nParley reads UTF-8. If this is a Western European text saved in Latin-1 or "
                + "Windows-1252, Parley can read it that way and keep a UTF-8 copy in the project (the file itself is not changed).");
        if (project == null || project.isReadOnly()) {
            return;
        }
        org.eclipse.swt.widgets.Button read = new org.eclipse.swt.widgets.Button(parent, SWT.PUSH);
        read.setText("Read as Windows-1252 (Latin-1)");
        GridDataFactory.swtDefaults().indent(12, 8).applyTo(read);
        read.addListener(SWT.Selection, event -> {
            try {
                project.keepTextAs(document, java.nio.charset.Charset.forName("windows-1252"));
            } catch (DocumentException problem) {
                org.eclipse.jface.dialogs.MessageDialog.openError(parent.getShell(), "Read as Windows-1252", problem.getMessage());
                return;
            }
            for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
                c.dispose();
            }
            this.problem = null;
            createControls(parent, part);
            parent.layout(true, true);
            setFocus();
        });
    }

    private void showProblem(Composite parent, String message) {
        problem = new Label(parent, SWT.WRAP);
        problem.setText(message);
        GridDataFactory.fillDefaults().grab(true, false).indent(12, 12).applyTo(problem);
    }

    private void createViewer(Composite parent) {
        TagAccess access = new TagAccess();
        legend = new EditorLegend(parent, this::color, this::toggleLabels, this::toggleAllArcs);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(legend.control());
        Composite holder = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 0).applyTo(holder);
        // size hints: without them a layout asks the text for its preferred size, which lays out the whole document
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 200).applyTo(holder);
        // SWT lays out every wrapped line of a StyledText up front: above this size that costs seconds, so
        // long documents open unwrapped (one paragraph per line), as large files do in most editors
        boolean wrap = jcas.getDocumentText().length() <= WRAP_LIMIT_CHARS;
        viewer = new SourceViewer(holder, null, SWT.V_SCROLL | (wrap ? SWT.WRAP : SWT.H_SCROLL));
        viewer.configure(new DocumentViewerConfiguration(this));
        model = new AnnotationModel();
        viewer.setDocument(new Document(jcas.getDocumentText()), model);
        viewer.setEditable(false);
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 200).applyTo(viewer.getControl());
        overview = new AnnotationOverview(holder, viewer.getTextWidget(), shown, this::color, offset -> {
            Tag t = tagAt(offset);
            viewer.getTextWidget().setCaretOffset(Math.min(offset, jcas.getDocumentText().length()));
            viewer.revealRange(offset, 0);
            if (t != null) {
                select(t);
            }
        });
        GridDataFactory.fillDefaults().grab(false, true).hint(AnnotationOverview.WIDTH, SWT.DEFAULT).applyTo(overview);
        viewer.getTextWidget().addListener(SWT.Paint, e -> overview.redraw());

        AnnotationPainter painter = new AnnotationPainter(viewer, access);
        painter.addTextStyleStrategy("dashed", new AnnotationPainter.BoxStrategy(SWT.BORDER_DASH));
        painter.addTextStyleStrategy("struck", STRUCK_THROUGH);
        for (Map.Entry<String, RGB> kind : AnnotationStyles.COLOURS.entrySet()) {
            String suggested = AnnotationStyles.type(kind.getKey(), AnnotationStyles.Look.SUGGESTED);
            String reviewed = AnnotationStyles.type(kind.getKey(), AnnotationStyles.Look.REVIEWED);
            String rejected = AnnotationStyles.type(kind.getKey(), AnnotationStyles.Look.REJECTED);
            if (kind.getKey().equals("STANCE")) {
                continue; // a stance's span is its sentence: it shows in the ruler and as an arc, not as a box
            }
            painter.addAnnotationType(suggested, "dashed");
            painter.setAnnotationTypeColor(suggested, color(kind.getValue()));
            painter.addHighlightAnnotationType(reviewed);
            painter.setAnnotationTypeColor(reviewed, color(AnnotationStyles.tint(kind.getValue())));
            painter.addAnnotationType(rejected, "struck");
            painter.setAnnotationTypeColor(rejected, color(AnnotationStyles.REJECTED_COLOUR));
        }
        viewer.addPainter(painter);
        viewer.addTextPresentationListener(painter);
        this.painter = painter;

        StyledText widget = viewer.getTextWidget();
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), widget);
        widget.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).increaseHeight(2)));
        labelFont = resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).increaseHeight(-1));
        widget.setMargins(18, 12, 18, 12);
        widget.setCaretOffset(0);
        widget.addPaintListener(new SpanLabelPainter(widget, () -> displayOptions.labels() ? jcas : null,
                t -> color(TagValues.REJECTED.equals(t.getStatus()) ? AnnotationStyles.REJECTED_COLOUR : AnnotationStyles.COLOURS.get(AnnotationStyles.kind(t))),
                labelFont));
        widget.addPaintListener(new StanceArcPainter(this));
        applyDisplayOptions();
        // a click or cursor move onto an annotation makes it current; our own selections do not count
        widget.addCaretListener(e -> {
            Tag at = selecting ? null : tagAt(e.caretOffset);
            if (at != null && at != current) {
                setCurrent(at, false);
            }
        });
        showAllTags();
        painter.paint(org.eclipse.jface.text.IPainter.CONFIGURATION);
    }

    /**
     * The space between lines holds the labels above the spans and the arcs: wider with labels, so that an arc
     * or a label never covers the text of the line above.
     */
    private void applyDisplayOptions() {
        StyledText widget = viewer.getTextWidget();
        GC gc = new GC(widget);
        gc.setFont(labelFont);
        int labelHeight = SpanLabelPainter.height(gc);
        gc.dispose();
        int gap = displayOptions.labels() ? labelHeight + 6 : 10;
        widget.setLineSpacing(gap);
        widget.setTopMargin(12 + (displayOptions.labels() ? labelHeight : 0));
        widget.redraw();
        if (legend != null) {
            legend.update(displayOptions);
        }
    }

    public EditorDisplayOptions displayOptions() {
        return displayOptions;
    }

    /** Labels above spans on or off (the choice is kept for every editor and the next session). */
    public void toggleLabels() {
        displayOptions.setLabels(!displayOptions.labels());
        applyDisplayOptions();
    }

    /** Every stance's arc at once, or only the current stance's (the focus mode). */
    public void toggleAllArcs() {
        displayOptions.setAllArcs(!displayOptions.allArcs());
        applyDisplayOptions();
    }

    /** A rejected tag: its text greyed and struck through, plain to see but clearly set aside. */
    private static final AnnotationPainter.ITextStyleStrategy STRUCK_THROUGH = (range, colour) -> {
        range.strikeout = true;
        range.strikeoutColor = colour;
        range.foreground = colour;
    };

    private Color color(RGB rgb) {
        return colors.computeIfAbsent(rgb, Color::new);
    }

    private void showAllTags() {
        Map<Annotation, Position> added = new HashMap<>();
        for (Tag t : jcas.getAnnotationIndex(Tag.class)) {
            TagAnnotation a = new TagAnnotation(t);
            shown.put(t, a);
            added.put(a, new Position(t.getBegin(), t.getEnd() - t.getBegin()));
        }
        model.replaceAnnotations(null, added);
    }

    /** Mirrors the edited tags into the annotation model: only those, so a keystroke stays cheap. */
    void refresh(Map<Tag, Boolean> touched) {
        if (viewer == null) {
            return;
        }
        List<Annotation> removed = new ArrayList<>();
        Map<Annotation, Position> added = new HashMap<>();
        for (Map.Entry<Tag, Boolean> e : touched.entrySet()) {
            TagAnnotation old = shown.remove(e.getKey());
            if (old != null) {
                removed.add(old);
            }
            if (e.getValue()) {
                TagAnnotation a = new TagAnnotation(e.getKey());
                shown.put(e.getKey(), a);
                added.put(a, new Position(e.getKey().getBegin(), e.getKey().getEnd() - e.getKey().getBegin()));
            }
        }
        model.replaceAnnotations(removed.toArray(new Annotation[0]), added);
        part.setDirty(true);
        scheduleJournal();
        viewer.getTextWidget().redraw();
        overview.redraw();
    }

    private void scheduleJournal() {
        journal.editMade(viewer.getControl().getDisplay(), this::writeJournal);
    }

    /** Keeps the unsaved state where a crash cannot take it (the journal; saving deletes it). */
    public void writeJournal() {
        if (showsDocument()) {
            journal.write(jcas, this::isDirty);
        }
    }

    // ---- the current annotation and navigation ----

    public Tag current() {
        return current;
    }

    /** Makes {@code tag} current: selects its span (a stance: its holder) and tells the Properties part. */
    public void select(Tag tag) {
        setCurrent(tag, true);
    }

    private void setCurrent(Tag tag, boolean moveCaret) {
        current = tag;
        if (viewer != null && tag != null && moveCaret) {
            Tag shownSpan = tag instanceof Stance s && s.getHolder() != null ? s.getHolder() : tag;
            selecting = true;
            try {
                viewer.setSelectedRange(shownSpan.getBegin(), shownSpan.getEnd() - shownSpan.getBegin());
                viewer.revealRange(tag.getBegin(), Math.min(tag.getEnd() - tag.getBegin(), 200));
            } finally {
                selecting = false;
            }
        }
        if (viewer != null) {
            viewer.getTextWidget().redraw();
        }
        if (selectionService != null) {
            selectionService.setSelection(tag == null ? null : new TagSelection(this, tag));
        }
    }

    /**
     * Shows a span: the annotation with exactly that span becomes current (a stance before a mention),
     * or, with none, the span is selected.
     */
    public void reveal(int begin, int end) {
        if (viewer == null) {
            return;
        }
        Tag match = null;
        for (Tag t : shown.keySet()) {
            if (t.getBegin() == begin && t.getEnd() == end && (match == null || t instanceof Stance)) {
                match = t;
            }
        }
        if (match != null) {
            setCurrent(match, true);
        } else {
            viewer.setSelectedRange(begin, Math.max(0, end - begin));
            viewer.revealRange(begin, Math.max(0, Math.min(end - begin, 200)));
        }
    }

    /** The innermost Actor or Agreement at an offset, else the stance whose evidence holds it. */
    public Tag tagAt(int offset) {
        Tag best = null;
        Tag stance = null;
        for (Tag t : shown.keySet()) {
            if (t.getBegin() <= offset && offset < t.getEnd()) {
                if (t instanceof Stance) {
                    stance = stance == null ? t : stance;
                } else if (best == null || t.getEnd() - t.getBegin() < best.getEnd() - best.getBegin()) {
                    best = t;
                }
            }
        }
        return best != null ? best : stance;
    }

    /** Tags still awaiting review, in review order. */
    List<Tag> suggestions() {
        return ReviewOrder.suggestions(jcas);
    }

    /** Selects the first suggestion after the current annotation (or after the caret). */
    public boolean nextSuggestion() {
        return selectIfAny(ReviewOrder.next(jcas, current, viewer.getTextWidget().getCaretOffset()));
    }

    public boolean previousSuggestion() {
        return selectIfAny(ReviewOrder.previous(jcas, current, viewer.getTextWidget().getCaretOffset()));
    }

    private boolean selectIfAny(Tag tag) {
        if (tag != null) {
            select(tag);
        }
        return tag != null;
    }

    // ---- edits ----

    private TagEdit edit(String label) {
        return new TagEdit(label, undoContext, this::refresh);
    }

    private void run(TagEdit edit) {
        if (edit.isEmpty() || (project != null && project.isReadOnly())) {
            return;
        }
        try {
            history.execute(edit, null, null);
        } catch (ExecutionException e) {
            throw new IllegalStateException("edit failed: " + edit.getLabel(), e);
        }
        if (edit.focus() != null) {
            setCurrent(edit.focus(), true);
        }
    }

    /**
     * Accepts the current annotation as it is and moves to the next suggestion. Accepting a stance confirms
     * its holder and target too, where they were still suggestions.
     */
    public void accept() {
        if (current != null) {
            TagEdit edit = edit("Accept").update(current, TagSnapshot.of(current).withStatus(TagValues.ACCEPTED, 1.0, Analyst.origin()));
            if (current instanceof Stance stance) {
                for (Tag argument : new Tag[] {stance.getHolder(), stance.getTarget()}) {
                    if (argument != null && TagValues.SUGGESTED.equals(argument.getStatus())) {
                        edit.update(argument, TagSnapshot.of(argument).withStatus(TagValues.ACCEPTED, 1.0, Analyst.origin()));
                    }
                }
            }
            run(edit);
            nextSuggestion();
        }
    }

    /** Rejects the current annotation (kept, so that a re-run does not suggest it again) and moves on. */
    public void reject() {
        if (current != null) {
            run(edit("Reject").update(current, TagSnapshot.of(current).withStatus(TagValues.REJECTED, 1.0, Analyst.origin())));
            nextSuggestion();
        }
    }

    public void relabel() {
        if (current instanceof Actor || current instanceof Agreement) {
            String id = labelChooser().choose(viewer.getControl().getShell(), "Relabel \u201c" + current.getCoveredText() + "\u201d",
                    catalogue, TagSnapshot.of(current).id());
            if (id != null) {
                relabel(id);
            }
        }
    }

    /** Gives the current Actor or Agreement another catalogue ID (CORRECTED; a MANUAL one stays MANUAL). */
    public void relabel(String id) {
        if (!(current instanceof Actor || current instanceof Agreement) || !isKnownId(id, current instanceof Actor)) {
            return;
        }
        String category = current instanceof Actor && catalogue.actor(id) != null ? catalogue.actor(id).category() : null;
        TagSnapshot after = TagSnapshot.of(current).withId(id, category).withStatus(correctedStatus(current), 1.0, Analyst.origin());
        run(edit("Relabel").update(current, after).focus(current));
    }

    private boolean isKnownId(String id, boolean actor) {
        return actor ? catalogue.actor(id) != null : catalogue.agreement(id) != null;
    }

    private static String correctedStatus(Tag t) {
        return TagValues.MANUAL.equals(t.getStatus()) ? TagValues.MANUAL : TagValues.CORRECTED;
    }

    public void createFromSelection() {
        org.eclipse.swt.graphics.Point range = viewer.getSelectedRange();
        if (range.y > 0) {
            String text = jcas.getDocumentText().substring(range.x, range.x + range.y);
            String id = labelChooser().choose(viewer.getControl().getShell(), "Tag \u201c" + text + "\u201d", catalogue, null);
            if (id != null && id.startsWith(parley.ui.dialogs.CatalogueLabelDialog.NEW_ACTOR)) {
                id = newActor(id.substring(parley.ui.dialogs.CatalogueLabelDialog.NEW_ACTOR.length()), text.strip());
            }
            if (id != null) {
                createFromSelection(id);
            }
        }
    }

    /**
     * A new actor for the project's catalogue, named as the analyst typed it, with the tagged text as an alias;
     * asks for its ID and category. Returns its ID, or null when cancelled or impossible.
     */
    private String newActor(String name, String mention) {
        org.eclipse.swt.widgets.Shell shell = viewer.getControl().getShell();
        if (project == null || project.isReadOnly()) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(shell, "New actor",
                    "New actors go into the project's catalogue, and this document is not open in a writable project.");
            return null;
        }
        NewActorChooser.Answer answer = (newActorChooser != null ? newActorChooser
                : (parley.ui.services.NewActorChooser) parley.ui.dialogs.NewActorDialog::ask).ask(shell, name, catalogue);
        if (answer == null) {
            return null;
        }
        try {
            catalogue = project.addActor(answer.id(), name, answer.category(), mention);
        } catch (CatalogueException | DocumentException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(shell, "New actor", e.getMessage());
            return null;
        }
        if (application != null) {
            application.getContext().set(Catalogue.class, catalogue); // every view, and the next Tag Corpus, know it now
        }
        return answer.id();
    }

    /** Tags the selected text (trimmed of spaces) as an Actor or Agreement with the catalogue ID. */
    public Tag createFromSelection(String id) {
        org.eclipse.swt.graphics.Point range = viewer.getSelectedRange();
        int begin = range.x;
        int end = range.x + range.y;
        String text = jcas.getDocumentText();
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (begin == end) {
            return null;
        }
        Tag tag;
        if (catalogue.actor(id) != null) {
            Actor a = new Actor(jcas, begin, end);
            a.setActorId(id);
            a.setCategory(catalogue.actor(id).category());
            tag = a;
        } else if (catalogue.agreement(id) != null) {
            Agreement g = new Agreement(jcas, begin, end);
            g.setAgreementId(id);
            tag = g;
        } else {
            return null;
        }
        tag.setStatus(TagValues.MANUAL);
        tag.setConfidence(1.0);
        tag.setOrigin(Analyst.origin());
        run(edit("Create " + id).add(tag).focus(tag));
        return tag;
    }

    /** Deletes the current annotation and, for an actor or agreement, the stances that point to it. */
    public void deleteCurrent() {
        if (current == null) {
            return;
        }
        TagEdit edit = edit("Delete");
        if (!(current instanceof Stance)) {
            for (Stance s : jcas.getAnnotationIndex(Stance.class)) {
                if (s.getHolder() == current || s.getTarget() == current) {
                    edit.remove(s);
                }
            }
        }
        Tag deleted = current;
        run(edit.remove(deleted));
        current = null;
        nextSuggestion();
    }

    public void growEnd() {
        resize(false, true);
    }

    public void shrinkEnd() {
        resize(false, false);
    }

    public void growStart() {
        resize(true, true);
    }

    public void shrinkStart() {
        resize(true, false);
    }

    /** Moves one edge of the current Actor or Agreement by a token. */
    private void resize(boolean start, boolean grow) {
        if (!(current instanceof Actor || current instanceof Agreement)) {
            return;
        }
        int begin = current.getBegin();
        int end = current.getEnd();
        List<int[]> tokens = ReviewOrder.tokensAround(jcas, current);
        if (start && grow) {
            begin = tokens.stream().filter(t -> t[1] <= current.getBegin()).mapToInt(t -> t[0]).max().orElse(begin);
        } else if (start) {
            begin = tokens.stream().filter(t -> t[0] > current.getBegin() && t[0] < current.getEnd()).mapToInt(t -> t[0]).min().orElse(begin);
        } else if (grow) {
            end = tokens.stream().filter(t -> t[0] >= current.getEnd()).mapToInt(t -> t[1]).min().orElse(end);
        } else {
            end = tokens.stream().filter(t -> t[1] < current.getEnd() && t[1] > current.getBegin()).mapToInt(t -> t[1]).max().orElse(end);
        }
        if (begin == current.getBegin() && end == current.getEnd()) {
            return;
        }
        TagSnapshot after = TagSnapshot.of(current).withSpan(begin, end).withStatus(correctedStatus(current), 1.0, Analyst.origin());
        run(edit(grow ? "Grow span" : "Shrink span").update(current, after).focus(current));
    }

    /**
     * S: a new stance in the sentence at the caret. Its target is in the sentence (codebook); its holder is an
     * actor of the sentence or, for a pronoun ("It condemned the deal"), of the two sentences before it.
     * Where no pair is possible the analyst is told why, not left with nothing.
     */
    public void createStance() {
        Sentence sentence = ReviewOrder.sentenceAt(jcas, current != null ? current.getBegin() : viewer.getTextWidget().getCaretOffset());
        org.eclipse.swt.widgets.Shell shell = viewer.getControl().getShell();
        if (sentence == null) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(shell, "New stance", "Put the caret in a sentence first.");
            return;
        }
        List<Actor> holders = new ArrayList<>();
        List<Tag> targets = new ArrayList<>();
        for (Tag t : jcas.getAnnotationIndex(Tag.class)) {
            if (t.getBegin() >= sentence.getBegin() && t.getEnd() <= sentence.getEnd() && !TagValues.REJECTED.equals(t.getStatus())) {
                if (t instanceof Actor a) {
                    holders.add(a);
                    targets.add(a);
                } else if (t instanceof Agreement) {
                    targets.add(t);
                }
            }
        }
        List<Sentence> before = jcas.select(Sentence.class).preceding(sentence).limit(2).asList();
        int from = before.isEmpty() ? sentence.getBegin() : before.stream().mapToInt(Sentence::getBegin).min().getAsInt();
        for (Actor a : jcas.select(Actor.class).coveredBy(from, sentence.getBegin())) {
            if (!TagValues.REJECTED.equals(a.getStatus())) {
                holders.add(a);
            }
        }
        if (targets.isEmpty()) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(shell, "New stance", "This sentence has no actor or agreement tagged: "
                    + "a stance's target is in its sentence. Select the target's words and tag them first (T).");
            return;
        }
        if (holders.isEmpty() || (targets.size() == 1 && holders.size() == 1 && holders.get(0) == targets.get(0))) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(shell, "New stance", "A stance needs a holder and a different target, and "
                    + "this sentence and the two before it have only \u201c" + targets.get(0).getCoveredText() + "\u201d. Tag the other "
                    + "actor or agreement first (select its words, T).");
            return;
        }
        StanceChooser.Choice choice = stanceChooser().choose(shell, holders, targets);
        if (choice != null) {
            createStance(choice.holder(), choice.target(), choice.polarity(), sentence);
        }
    }

    /** Adds a MANUAL stance whose evidence is the holder's sentence. */
    public Stance createStance(Actor holder, Tag target, String polarity) {
        return createStance(holder, target, polarity, ReviewOrder.sentenceAt(jcas, holder.getBegin()));
    }

    /** Adds a MANUAL stance with this evidence sentence (the target's: the holder may be in an earlier one). */
    public Stance createStance(Actor holder, Tag target, String polarity, Sentence sentence) {
        if (sentence == null || holder == target) {
            return null;
        }
        Stance s = new Stance(jcas, sentence.getBegin(), sentence.getEnd());
        s.setHolder(holder);
        s.setTarget(target);
        s.setPolarity(polarity);
        s.setStatus(TagValues.MANUAL);
        s.setConfidence(1.0);
        s.setOrigin(Analyst.origin());
        run(edit("Create stance").add(s).focus(s));
        return s;
    }

    /** Sets a stance's polarity (Properties part); a suggestion becomes CORRECTED. */
    public void setPolarity(Stance stance, String polarity) {
        if (!polarity.equals(stance.getPolarity())) {
            run(edit("Set polarity").update(stance, TagSnapshot.of(stance).withPolarity(polarity)
                    .withStatus(correctedStatus(stance), 1.0, Analyst.origin())).focus(stance));
        }
    }

    /** Sets the review status (Properties part). */
    public void setStatus(Tag tag, String status) {
        if (!status.equals(tag.getStatus())) {
            run(edit("Set status").update(tag, TagSnapshot.of(tag).withStatus(status, 1.0, Analyst.origin())).focus(tag));
        }
    }

    public boolean undo() {
        try {
            return history.canUndo(undoContext) && history.undo(undoContext, null, null).isOK();
        } catch (ExecutionException e) {
            throw new IllegalStateException("undo failed", e);
        }
    }

    public boolean redo() {
        try {
            return history.canRedo(undoContext) && history.redo(undoContext, null, null).isOK();
        } catch (ExecutionException e) {
            throw new IllegalStateException("redo failed", e);
        }
    }

    // ---- saving ----

    @Persist
    public void save() throws DocumentException {
        if (jcas == null || project == null) {
            return;
        }
        project.save(document, jcas);
        part.setDirty(false);
        DocumentEvents.post(events, DocumentEvents.SAVED, document.path());
    }

    /** After the review changed this document on disk (see {@link #retagged}). */
    @Inject
    @Optional
    void reviewed(@UIEventTopic(DocumentEvents.REVIEWED) DocumentEvents.DocumentChange change) {
        retagged(change);
    }

    /** After the corpus was re-tagged: show the stored working CAS, unless this editor holds unsaved edits. */
    @Inject
    @Optional
    void retagged(@UIEventTopic(DocumentEvents.RETAGGED) DocumentEvents.DocumentChange change) {
        if (viewer == null || project == null || isDirty() || !change.isAbout(document.path())) {
            return;
        }
        try {
            project.load(document, jcas);
        } catch (DocumentException e) {
            return;
        }
        model.removeAllAnnotations();
        shown.clear();
        current = null;
        history.dispose(undoContext, true, true, false);
        showAllTags();
        viewer.getTextWidget().redraw();
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
        history.dispose(undoContext, true, true, true);
    }

    @Override
    public void discardUnsavedEdits() {
        if (journal != null) {
            journal.discard();
        }
    }

    @Focus
    public void setFocus() {
        if (viewer != null) {
            viewer.getTextWidget().setFocus();
        } else if (problem != null) {
            problem.setFocus();
        }
    }

    private LabelChooser labelChooser() {
        return labelChooser != null ? labelChooser : CatalogueLabelDialog::choose;
    }

    private StanceChooser stanceChooser() {
        return stanceChooser != null ? stanceChooser : StanceDialog::choose;
    }

    /** The viewer, or null where the document could not be read. */
    public SourceViewer viewer() {
        return viewer;
    }

    public JCas jcas() {
        return jcas;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public CorpusDocument document() {
        return document;
    }

    /** The message shown in place of the text, or null. */
    public String problem() {
        return problem == null ? null : problem.getText();
    }

    /** The JFace annotations currently shown, for tests and painters. */
    public int shownAnnotations() {
        return shown.size();
    }
}
