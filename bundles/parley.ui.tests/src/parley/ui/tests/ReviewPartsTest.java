package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.model.CatalogueStore;
import parley.review.ReviewCorpus;
import parley.review.ReviewRow;
import parley.review.RowFilter;
import parley.store.CorpusDocument;
import parley.store.Project;
import parley.type.Stance;
import parley.ui.services.Analyst;
import parley.ui.CorpusSession;
import parley.ui.services.DocumentOpener;
import parley.ui.TagCorpusJob;
import parley.ui.catalogue.CatalogueEditorPart;
import parley.ui.editor.DocumentEditorPart;
import parley.ui.handlers.EditorHandlers;
import parley.ui.handlers.ReviewHandlers;
import parley.ui.review.ReviewSession;
import parley.ui.review.StanceMatrixPart;
import parley.ui.review.StanceReviewPart;
import parley.ui.review.SuggestionQueuePart;

/**
 * The corpus review parts, driven as the analyst drives them: filters, the review keys' handlers,
 * bulk decisions and undo, jumping to the evidence, the catalogue editor and the stance matrix. Every
 * decision is checked on disk, where the next session reads it.
 */
class ReviewPartsTest {

    static final String REPORT = "Russia supports the Syrian government. Ankara rejected the Sochi agreement.\n"
            + "Turkey sent reinforcements to Idlib against HTS.";
    static final String NEWS = "Moscow backs the Sochi agreement. Iran supports the Syrian government.\n"
            + "The Northern Coalition rejected the Sochi agreement.";

    @TempDir
    Path corpus;

    private Display display;
    private Shell shell;
    private IEclipseContext context;
    private Project project;
    private final List<String> opened = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        Files.writeString(corpus.resolve("news.txt"), NEWS);
        Files.writeString(corpus.resolve("report.txt"), REPORT);
        InstanceScope.INSTANCE.getNode("parley.ui").put(Analyst.PREFERENCE, "amira");
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 700);
        context = EclipseContextFactory.create("review test");
        CorpusSession.open(context, corpus);
        project = context.get(Project.class);
        tagCorpus();
        context.set(DocumentOpener.class, (DocumentOpener) (d, begin, end) -> opened.add(d.name() + "@" + begin + "-" + end));
    }

    @AfterEach
    void close() {
        context.dispose();
        shell.dispose();
        InstanceScope.INSTANCE.getNode("parley.ui").remove(Analyst.PREFERENCE);
    }

    private void tagCorpus() throws InterruptedException {
        org.eclipse.core.runtime.IStatus result = UiWaits.tagCorpus(display, context);
        assertTrue(result.isOK(), result.toString());
    }

    private <T> Made<T> make(Class<T> type) {
        MPart part = MBasicFactory.INSTANCE.createPart();
        Composite parent = new Composite(shell, SWT.NONE);
        IEclipseContext partContext = context.createChild(type.getSimpleName());
        partContext.set(Composite.class, parent);
        partContext.set(MPart.class, part);
        T object = ContextInjectionFactory.make(type, partContext);
        part.setObject(object);
        shell.layout(true, true);
        shell.open();
        spin();
        return new Made<>(object, part);
    }

    /** A document editor on a document of the corpus, as opening it from the review does. */
    private Made<DocumentEditorPart> editorOn(CorpusDocument document) {
        MPart model = MBasicFactory.INSTANCE.createPart();
        model.getPersistedState().put(DocumentEditorPart.DOCUMENT_PATH, document.path().toString());
        IEclipseContext editorContext = context.createChild("editor");
        editorContext.set(Composite.class, new Composite(shell, SWT.NONE));
        editorContext.set(MPart.class, model);
        DocumentEditorPart editor = ContextInjectionFactory.make(DocumentEditorPart.class, editorContext);
        model.setObject(editor);
        return new Made<>(editor, model);
    }

    private record Made<T>(T part, MPart model) {
    }

    private void spin() {
        while (display.readAndDispatch()) {
            // process pending events
        }
    }

    /** The stances as the next session reads them from disk. */
    private List<ReviewRow> storedStances() {
        try {
            return ReviewCorpus.load(Project.open(corpus)).stances();
        } catch (parley.store.DocumentException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void stanceReviewListsEveryStanceAndFiltersByHolderPolarityAndText() {
        StanceReviewPart review = make(StanceReviewPart.class).part();
        int all = review.shownRows().size();
        assertEquals(storedStances().size(), all);
        assertTrue(all >= 4, "the pipeline found the stances of both documents: " + all);

        review.setFilter(RowFilter.ANY.withTarget("SOCHI_2018"));
        assertFalse(review.shownRows().isEmpty());
        assertTrue(review.shownRows().stream().allMatch(r -> "SOCHI_2018".equals(r.targetId())));

        review.setFilter(review.filter().withPolarity("OPPOSE").withText("ankara"));
        assertEquals(1, review.shownRows().size());
        assertEquals("TUR", review.shownRows().get(0).holderId());

        review.setFilter(RowFilter.ANY.withDocument("report.txt"));
        assertTrue(review.shownRows().stream().allMatch(r -> r.document().name().equals("report.txt")));
        assertTrue(review.shownRows().size() < all);
    }

    @Test
    void acceptAndRejectByTheReviewKeysAreSavedWithTheAnalyst() {
        Made<StanceReviewPart> made = make(StanceReviewPart.class);
        StanceReviewPart review = made.part();
        review.setFilter(RowFilter.ANY.withStatus(RowFilter.OPEN));
        int open = review.shownRows().size();
        review.table().select(0);
        ReviewRow first = review.shownRows().get(0);

        new ReviewHandlers.Accept().execute(made.model());

        assertEquals("ACCEPTED", first.status());
        assertEquals(open - 1, review.shownRows().size(), "the decided stance leaves the open filter");
        ReviewRow next = review.table().selectedRows().get(0);
        new ReviewHandlers.Reject().execute(made.model());
        assertEquals("REJECTED", next.status());

        List<ReviewRow> stored = storedStances();
        assertEquals(1, stored.stream().filter(r -> "ACCEPTED".equals(r.status()) && "analyst:amira".equals(r.origin())).count());
        assertEquals(1, stored.stream().filter(r -> "REJECTED".equals(r.status()) && "analyst:amira".equals(r.origin())).count());

        review.setFilter(RowFilter.ANY);
        review.table().select(0);
        ReviewRow top = review.table().selected();
        new ReviewHandlers.Accept().execute(made.model());
        assertTrue(review.table().selected() != top && review.table().selectionIndex() == 1,
                "a decided row that stays in view hands the keys to the next one");
    }

    @Test
    void flipPolarityByKeyMarksTheStanceCorrected() {
        Made<StanceReviewPart> made = make(StanceReviewPart.class);
        made.part().setFilter(RowFilter.ANY.withHolder("RUS").withDocument("report.txt"));
        made.part().table().select(0);
        ReviewRow row = made.part().table().selected();
        String before = row.polarity();

        new ReviewHandlers.FlipPolarity().execute(made.model());

        assertEquals("SUPPORT".equals(before) ? "OPPOSE" : "SUPPORT", row.polarity());
        assertEquals("CORRECTED", row.status());
        new EditorHandlers.Undo().execute(made.model());
        assertEquals(before, row.polarity());
    }

    @Test
    void bulkAcceptOfTheFilteredRowsIsOneUndoableDecision() {
        Made<StanceReviewPart> made = make(StanceReviewPart.class);
        StanceReviewPart review = made.part();
        review.setFilter(RowFilter.ANY.withTarget("SYR_GOV"));
        int shown = review.shownRows().size();
        assertTrue(shown >= 2, "both documents have a stance toward the government");

        new ReviewHandlers.AcceptAllShown().execute(made.model());

        List<ReviewRow> stored = storedStances();
        assertEquals(shown, stored.stream().filter(r -> "ACCEPTED".equals(r.status()) && "analyst:amira".equals(r.origin())).count());
        assertTrue(stored.stream().filter(r -> !"SYR_GOV".equals(r.targetId())).allMatch(r -> "SUGGESTED".equals(r.status())),
                "rows the filter hid are untouched");

        new EditorHandlers.Undo().execute(made.model());
        assertTrue(storedStances().stream().allMatch(r -> "SUGGESTED".equals(r.status())), "one undo takes the whole bulk decision back");
        new EditorHandlers.Redo().execute(made.model());
        assertEquals(shown, storedStances().stream().filter(r -> "ACCEPTED".equals(r.status())).count());
    }

    @Test
    void enterOpensTheDocumentAtTheEvidenceAndTheEditorMakesTheStanceCurrent() throws Exception {
        Made<StanceReviewPart> made = make(StanceReviewPart.class);
        made.part().setFilter(RowFilter.ANY.withHolder("TUR"));
        made.part().table().select(0);
        ReviewRow row = made.part().table().selected();

        new ReviewHandlers.OpenEvidence().execute(made.model());

        assertEquals(List.of(row.document().name() + "@" + row.tag().getBegin() + "-" + row.tag().getEnd()), opened);
        DocumentEditorPart editor = editorOn(row.document()).part();
        editor.reveal(row.tag().getBegin(), row.tag().getEnd());
        assertTrue(editor.current() instanceof Stance s && s.getHolder().getActorId().equals("TUR"), String.valueOf(editor.current()));
    }

    /**
     * The issue's test: a decision in the Stance Review while the same document has unsaved edits in its editor, then
     * Tag Corpus, then save: every decision and every new suggestion is there.
     */
    @Test
    void aReviewDecisionBesideUnsavedEditorEditsShowsInTheEditorAndSurvivesTagCorpusAndSave() throws Exception {
        Made<StanceReviewPart> made = make(StanceReviewPart.class);
        made.part().setFilter(RowFilter.ANY.withHolder("RUS").withDocument("report.txt"));
        made.part().table().select(0);
        ReviewRow russia = made.part().table().selected();
        Made<DocumentEditorPart> opened = editorOn(russia.document());
        DocumentEditorPart editor = opened.part();
        MPart editorModel = opened.model();
        assertTrue(editor.jcas().select(Stance.class).anyMatch(s -> s == russia.tag()), "the editor shows the review's copy");

        // unsaved in the editor: Ankara's stance deleted (Tag Corpus will suggest it again), HTS rejected
        Stance ankara = editor.jcas().select(Stance.class).filter(s -> "TUR".equals(s.getHolder().getActorId())
                && "SOCHI_2018".equals(idOf(s.getTarget()))).findFirst().orElseThrow();
        editor.select(ankara);
        editor.edits().deleteCurrent();
        parley.type.Actor hts = editor.jcas().select(parley.type.Actor.class).filter(a -> "HTS".equals(a.getActorId())).findFirst().orElseThrow();
        editor.select(hts);
        editor.edits().reject();
        assertTrue(editorModel.isDirty());

        new ReviewHandlers.Accept().execute(made.model());

        assertEquals(null, ReviewSession.of(context).lastProblem(), "not refused for the editor's unsaved edits");
        assertEquals("ACCEPTED", ((Stance) russia.tag()).getStatus());
        assertTrue(shownAs(editor, russia.tag()).contains("REVIEWED"), "the editor shows the decision at once: " + shownAs(editor, russia.tag()));
        assertTrue(editorModel.isDirty(), "the decision joined the unsaved edits");

        tagCorpus();
        editor.save();
        assertFalse(editorModel.isDirty());

        JCas stored = parley.types.ParleyTypeSystem.newJCas();
        Project.open(corpus).load(russia.document(), stored);
        assertTrue(stored.select(Stance.class).anyMatch(s -> "RUS".equals(s.getHolder().getActorId()) && "ACCEPTED".equals(s.getStatus())
                && "analyst:amira".equals(s.getOrigin())), "the review's decision");
        assertTrue(stored.select(parley.type.Actor.class).anyMatch(a -> "HTS".equals(a.getActorId()) && "REJECTED".equals(a.getStatus())),
                "the editor's decision");
        assertTrue(stored.select(Stance.class).anyMatch(s -> "TUR".equals(s.getHolder().getActorId()) && "SUGGESTED".equals(s.getStatus())
                && "SOCHI_2018".equals(idOf(s.getTarget()))), "Tag Corpus's new suggestion");
        assertTrue(stored.select(Stance.class).noneMatch(s -> "HTS".equals(idOf(s.getTarget())) && "SUGGESTED".equals(s.getStatus())),
                "nothing suggested again about what the analyst rejected");
    }

    private static String idOf(parley.type.Tag t) {
        return t instanceof parley.type.Actor a ? a.getActorId() : t instanceof parley.type.Agreement g ? g.getAgreementId() : null;
    }

    /** The annotation type the editor paints a tag with. */
    private static String shownAs(DocumentEditorPart editor, parley.type.Tag tag) {
        var annotations = editor.viewer().getAnnotationModel().getAnnotationIterator();
        while (annotations.hasNext()) {
            if (annotations.next() instanceof parley.ui.editor.TagAnnotation a && a.tag() == tag) {
                return a.getType();
            }
        }
        return "not shown";
    }

    @Test
    void suggestionQueueOrdersByConfidenceAndAcceptsByKey() throws Exception {
        Made<SuggestionQueuePart> made = make(SuggestionQueuePart.class);
        SuggestionQueuePart queue = made.part();
        List<ReviewRow> rows = queue.shownRows();
        assertFalse(rows.isEmpty());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).confidence() >= rows.get(i).confidence(), "most confident first");
        }
        assertTrue(rows.stream().allMatch(r -> "SUGGESTED".equals(r.status()) && !r.isStance()));
        queue.table().select(0);
        ReviewRow first = queue.table().selected();

        new ReviewHandlers.Accept().execute(made.model());

        assertFalse(queue.shownRows().contains(first));
        assertTrue(ReviewCorpus.load(Project.open(corpus)).tags().stream()
                .anyMatch(r -> "ACCEPTED".equals(r.status()) && r.tag().getBegin() == first.tag().getBegin()
                        && r.document().equals(first.document())));
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aCatalogueEditIsSavedToTheProjectAndTheNextTaggingRunUsesIt() throws Exception {
        assertTrue(ReviewCorpus.load(project).tags().stream().noneMatch(r -> r.coveredText().equals("The Northern Coalition")));
        Made<CatalogueEditorPart> made = make(CatalogueEditorPart.class);
        CatalogueEditorPart editor = made.part();
        assertTrue(editor.select("TUR"));
        String aliases = String.join("\n", CatalogueStore.loadDefault().actor("TUR").aliases());

        editor.edit("aliases", aliases + "\nThe Northern Coalition");
        assertNull(editor.problem(), editor.problem());
        editor.select("RUS");
        editor.edit("aliases", "The Northern Coalition");
        assertTrue(editor.problem() != null && editor.problem().contains("The Northern Coalition"), "duplicate alias: " + editor.problem());
        editor.edit("aliases", String.join("\n", CatalogueStore.loadDefault().actor("RUS").aliases()));
        editor.select("SYR_GOV");
        editor.edit("affiliation", "NOBODY");
        assertTrue(editor.problem() != null && editor.problem().contains("unknown affiliation"), "unknown affiliation: " + editor.problem());
        editor.edit("affiliation", "");
        assertNull(editor.problem(), editor.problem());
        assertTrue(made.model().isDirty());

        editor.save();
        assertFalse(made.model().isDirty());
        assertNotNull(project.customCatalogue());
        tagCorpus();

        assertTrue(ReviewCorpus.load(project).tags().stream()
                .anyMatch(r -> r.coveredText().equals("The Northern Coalition") && "TUR".equals(r.id())),
                "the re-run tags the new alias");
    }

    @Test
    void clickingAMatrixCellShowsItsStancesInTheReview() {
        StanceReviewPart review = make(StanceReviewPart.class).part();
        StanceMatrixPart matrix = make(StanceMatrixPart.class).part();
        assertFalse(matrix.holders().isEmpty());
        StanceMatrixPart.Cell cell = matrix.cell("RUS", "SYR_GOV");
        assertNotNull(cell, "Russia's support for the government is counted");
        assertTrue(cell.support() >= 1);

        Rectangle r = matrix.cellBounds("RUS", "SYR_GOV");
        Event click = new Event();
        click.x = r.x + r.width / 2;
        click.y = r.y + r.height / 2;
        click.button = 1;
        matrix.canvas().notifyListeners(SWT.MouseDown, click);

        assertEquals("RUS", review.filter().holder());
        assertEquals("SYR_GOV", review.filter().target());
        assertEquals(cell.total(), review.shownRows().size());
        assertTrue(review.shownRows().stream().allMatch(row -> "RUS".equals(row.holderId()) && "SYR_GOV".equals(row.targetId())));
    }

    @Test
    void matrixShowsTheSuggestionsOfAFreshCorpusAndReviewedStancesOnRequest() {
        Made<StanceReviewPart> review = make(StanceReviewPart.class);
        StanceMatrixPart matrix = make(StanceMatrixPart.class).part();
        assertFalse(matrix.holders().isEmpty(), "a fresh corpus has only suggestions: the matrix shows them");
        matrix.setReviewedOnly(true);
        assertTrue(matrix.holders().isEmpty(), "nothing reviewed yet");
        review.part().setFilter(RowFilter.ANY.withHolder("RUS"));
        new ReviewHandlers.AcceptAllShown().execute(review.model());
        spin();
        assertEquals(List.of("RUS"), matrix.holders(), "the matrix follows the decisions");
    }

    @Test
    void evidenceCutInItsCellShowsWholeInATooltip() {
        StanceReviewPart review = make(StanceReviewPart.class).part();
        ReviewRow row = review.shownRows().get(0);
        int evidence = review.table().columnIndex("Evidence");
        assertTrue(evidence >= 0, "the review shows the evidence");
        assertEquals(row.evidence(), review.table().toolTipText(row, evidence));
    }

    @Test
    void theReviewTableDrawsItsRowsWithTheHolderTinted() {
        StanceReviewPart review = make(StanceReviewPart.class).part();
        org.eclipse.swt.widgets.Control table = review.table().control();
        org.eclipse.swt.graphics.Point size = table.getSize();
        assertTrue(size.x > 0 && size.y > 0 && !review.shownRows().isEmpty(), "the table is laid out with rows");
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(table.getDisplay(), size.x, size.y);
        try {
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
            table.print(gc); // paints as on screen: a painting failure leaves the rows blank
            gc.dispose();
            org.eclipse.swt.graphics.ImageData data = image.getImageData();
            int tinted = 0;
            for (int y = 0; y < data.height; y++) {
                for (int x = 0; x < data.width; x++) {
                    org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                    if (rgb.red == 214 && rgb.green == 228 && rgb.blue == 252) {
                        tinted++;
                    }
                }
            }
            assertTrue(tinted > 50, "the evidence shows its holder on the holder tint (" + tinted + " pixels)");
        } finally {
            image.dispose();
        }
    }
}
