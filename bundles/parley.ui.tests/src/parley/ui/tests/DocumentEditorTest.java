package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.model.CatalogueStore;
import parley.model.Catalogue;
import parley.store.Project;
import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Stance;
import parley.type.Tag;
import parley.ui.services.LabelChooser;
import parley.ui.services.RecoveryPrompt;
import parley.ui.services.StanceChooser;
import parley.ui.TagCorpusJob;
import parley.ui.editor.DocumentEditorPart;
import parley.ui.handlers.EditorHandlers;
import parley.ui.services.NewActorChooser;

/**
 * The document editor as an analyst uses it, in a real SWT shell under Xvfb: the commands are
 * run through the same handlers the key bindings and menus call.
 */
class DocumentEditorTest {

    static final String TEXT = "Russia supports the Syrian government. Ankara rejected the Sochi agreement.\n"
            + "Turkey sent reinforcements to Idlib against HTS.";

    @TempDir
    Path corpus;

    private Display display;
    private Shell shell;
    private IEclipseContext context;
    private Project project;
    private Path source;
    private String nextLabel;
    private StanceChooser.Choice nextStance;
    private boolean recoverAnswer;
    private List<Actor> offeredHolders;
    private parley.ui.services.NewActorChooser.Answer nextNewActor;

    @BeforeEach
    void open() throws Exception {
        source = Files.writeString(corpus.resolve("report.txt"), TEXT);
        project = Project.open(corpus);
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 700);
        context = EclipseContextFactory.create("editor test");
        context.set(Project.class, project);
        context.set(Catalogue.class, CatalogueStore.loadDefault());
        context.set(LabelChooser.class, (s, title, catalogue, current) -> nextLabel);
        context.set(StanceChooser.class, (s, holders, targets) -> {
            offeredHolders = holders;
            return nextStance;
        });
        context.set(parley.ui.services.NewActorChooser.class, (s, name, catalogue) -> nextNewActor);
        context.set(RecoveryPrompt.class, (s, name, time) -> recoverAnswer);
    }

    @AfterEach
    void close() {
        context.dispose();
        shell.dispose();
    }

    /** As after a crash: the next workbench holds none of this one's working documents. */
    private void startAnew() {
        context.remove(parley.annotation.WorkingDocuments.class);
    }

    private record Opened(DocumentEditorPart editor, MPart part) {
    }

    private Opened openEditor() {
        Opened o = openEditorWithoutWaiting();
        awaitPretagged(display, o.editor());
        return o;
    }

    private Opened openEditorWithoutWaiting() {
        MPart part = MBasicFactory.INSTANCE.createPart();
        part.setLabel("report.txt");
        part.getPersistedState().put(DocumentEditorPart.DOCUMENT_PATH, source.toString());
        Composite parent = new Composite(shell, SWT.NONE);
        IEclipseContext partContext = context.createChild("part");
        partContext.set(Composite.class, parent);
        partContext.set(MPart.class, part);
        DocumentEditorPart editor = ContextInjectionFactory.make(DocumentEditorPart.class, partContext);
        part.setObject(editor);
        shell.layout(true, true);
        shell.open();
        spin();
        return new Opened(editor, part);
    }

    /** Waits (dispatching UI events) until the editor's pre-tagging job has merged its suggestions, at most a minute. */
    static void awaitPretagged(org.eclipse.swt.widgets.Display display, DocumentEditorPart editor) {
        UiWaits.dispatchUntil(display, () -> !editor.isPretagging(), 60_000);
        org.junit.jupiter.api.Assertions.assertFalse(editor.isPretagging(), "pre-tagging did not finish within a minute");
        if (editor.viewer() == null) {
            return; // a document that cannot be shown (its problem is what the test looks at)
        }
        // GTK paints on its frame clock: wait until the text has been painted since the suggestions were merged
        org.eclipse.swt.custom.StyledText text = editor.viewer().getTextWidget();
        int[] paints = {0};
        org.eclipse.swt.events.PaintListener counter = e -> paints[0]++;
        text.addPaintListener(counter);
        text.redraw();
        UiWaits.dispatchUntil(display, () -> paints[0] > 0, 5_000);
        text.removePaintListener(counter);
        org.junit.jupiter.api.Assertions.assertTrue(paints[0] > 0, "the editor did not paint within 5 s of its suggestions");
    }

    private void spin() {
        while (display.readAndDispatch()) {
            // process pending events
        }
    }

    private static Actor actor(DocumentEditorPart editor, String text) {
        return editor.jcas().getAnnotationIndex(Actor.class).select().filter(a -> a.getCoveredText().equals(text)).findFirst().orElseThrow();
    }

    /** Type, span, ID, polarity and status of every tag: what must survive saving and re-runs. */
    private static List<String> snapshot(DocumentEditorPart editor) {
        List<String> out = new ArrayList<>();
        for (Tag t : editor.jcas().getAnnotationIndex(Tag.class)) {
            String id = t instanceof Actor a ? a.getActorId() : t instanceof Agreement g ? g.getAgreementId()
                    : ((Stance) t).getHolder().getActorId() + " " + ((Stance) t).getPolarity();
            out.add(t.getType().getShortName() + " " + t.getBegin() + "-" + t.getEnd() + " " + id + " " + t.getStatus());
        }
        return out;
    }

    @Test
    void aDocumentShowsAtOnceAndItsPreTagsFollowFromAJob() {
        // no job may start until the part is checked, so that "while the pipeline runs" does not depend on its speed
        org.eclipse.core.runtime.jobs.IJobManager jobs = org.eclipse.core.runtime.jobs.Job.getJobManager();
        jobs.suspend();
        Opened o;
        try {
            o = openEditorWithoutWaiting();
            // the part is built and its text shown while the pipeline has yet to run
            assertEquals(TEXT, o.editor().viewer().getTextWidget().getText());
            assertTrue(o.editor().isPretagging(), "reading and pre-tagging should still be pending right after the part was made");
            assertTrue(o.part().getLabel().contains("opening") || o.part().getLabel().contains("pre-tagging"), o.part().getLabel());
            assertEquals(0, o.editor().shownAnnotations());
        } finally {
            jobs.resume();
        }
        awaitPretagged(display, o.editor());
        assertEquals("report.txt", o.part().getLabel());
        assertTrue(o.editor().jcas().getAnnotationIndex(Tag.class).size() >= 6);
        assertEquals(o.editor().jcas().getAnnotationIndex(Tag.class).size(), o.editor().shownAnnotations());
    }

    /** Delivers what is posted to its subscribers at once, on the poster's thread: the workbench's broker, minus OSGi. */
    private static final class DeliveringBroker implements org.eclipse.e4.core.services.events.IEventBroker {
        private final java.util.Map<String, List<org.osgi.service.event.EventHandler>> handlers = new java.util.HashMap<>();

        @Override
        public boolean send(String topic, Object data) {
            return post(topic, data);
        }

        @Override
        public boolean post(String topic, Object data) {
            org.osgi.service.event.Event event = new org.osgi.service.event.Event(topic, java.util.Map.of(DATA, data));
            handlers.getOrDefault(topic, List.of()).forEach(h -> h.handleEvent(event));
            return true;
        }

        @Override
        public boolean subscribe(String topic, org.osgi.service.event.EventHandler handler) {
            handlers.computeIfAbsent(topic, t -> new ArrayList<>()).add(handler);
            return true;
        }

        @Override
        public boolean subscribe(String topic, String filter, org.osgi.service.event.EventHandler handler, boolean headless) {
            return subscribe(topic, handler);
        }

        @Override
        public boolean unsubscribe(org.osgi.service.event.EventHandler handler) {
            handlers.values().forEach(l -> l.remove(handler));
            return true;
        }
    }

    @Test
    void aDocumentPreTaggedOnItsFirstOpenComesIntoTheStanceReview() {
        context.set(org.eclipse.e4.core.services.events.IEventBroker.class, new DeliveringBroker());
        parley.ui.review.ReviewSession review = parley.ui.review.ReviewSession.of(context);
        assertEquals(1, review.corpus().untagged(), "never tagged: nothing to review yet");
        assertTrue(review.corpus().stances().isEmpty());

        Opened o = openEditor();
        UiWaits.dispatchUntil(display, () -> !review.corpus().stances().isEmpty(), 10_000);
        List<Tag> editorStances = new ArrayList<>(o.editor().jcas().getAnnotationIndex(Stance.class).select().map(Tag.class::cast).toList());
        assertTrue(editorStances.size() >= 2, "the pipeline should find RUS SUPPORT SYR_GOV and TUR OPPOSE SOCHI_2018: " + editorStances);
        // the rows are the editor's own tags, not a copy: one working document
        assertEquals(editorStances, review.corpus().stances().stream().map(r -> r.tag()).toList());
        assertEquals(0, review.corpus().untagged());
    }

    @Test
    void openingADocumentShowsThePipelinesSuggestions() {
        Opened o = openEditor();
        assertNotNull(o.editor().viewer(), o.editor().problem());
        assertEquals(TEXT, o.editor().viewer().getTextWidget().getText());
        int tags = o.editor().jcas().getAnnotationIndex(Tag.class).size();
        assertTrue(tags >= 6, "expected pre-tags, got " + tags);
        assertEquals(tags, o.editor().shownAnnotations());
        assertFalse(o.part().isDirty());
    }

    @Test
    void nextAcceptAndRejectThroughTheCommandHandlers() {
        Opened o = openEditor();
        new EditorHandlers.NextSuggestion().execute(o.part());
        Tag first = o.editor().current();
        assertEquals("Russia", first.getCoveredText());
        assertTrue(new EditorHandlers.Accept().canExecute(o.part()));
        new EditorHandlers.Accept().execute(o.part());
        assertEquals("ACCEPTED", first.getStatus());
        assertEquals(1.0, first.getConfidence());
        assertTrue(first.getOrigin().startsWith("analyst:"), first.getOrigin());

        Tag second = o.editor().current();
        assertTrue(second != first && "SUGGESTED".equals(second.getStatus()), "accept moves on to the next suggestion");
        new EditorHandlers.Reject().execute(o.part());
        assertEquals("REJECTED", second.getStatus());
        assertTrue(o.part().isDirty());
        assertEquals(o.editor().jcas().getAnnotationIndex(Tag.class).size(), o.editor().shownAnnotations());
    }

    @Test
    void aDecisionLaysOutAgainOnlyTheLinesOfTheTagsItChanged() throws Exception {
        Files.writeString(source, "Russia supports the Syrian government.\n".repeat(40));
        Opened o = openEditor();
        org.eclipse.swt.custom.StyledText text = o.editor().viewer().getTextWidget();
        new EditorHandlers.NextSuggestion().execute(o.part());
        Tag accepted = o.editor().current();
        java.util.Set<Integer> restyled = new java.util.TreeSet<>();
        text.addLineStyleListener(e -> restyled.add(text.getLineAtOffset(e.lineOffset)));
        int[] paints = {0};
        text.addPaintListener(e -> paints[0]++);

        new EditorHandlers.Accept().execute(o.part());
        Tag next = o.editor().current();
        UiWaits.dispatchUntil(display, () -> paints[0] > 0, 5_000);

        assertEquals("ACCEPTED", accepted.getStatus());
        int visible = text.getLineIndex(text.getClientArea().height) - text.getTopIndex() + 1;
        assertTrue(visible > 8, "the shell should show many lines, it shows " + visible);
        java.util.Set<Integer> touched = new java.util.TreeSet<>();
        for (Tag t : List.of(accepted, next)) {
            int line = text.getLineAtOffset(t.getBegin());
            touched.addAll(List.of(Math.max(0, line - 1), line)); // a tag's label is drawn in the line space above it
        }
        assertTrue(restyled.contains(text.getLineAtOffset(accepted.getBegin())), "the accepted tag's line was not drawn anew: " + restyled);
        assertTrue(touched.containsAll(restyled), "lines laid out again " + restyled + ", but only " + touched + " changed");
    }

    @Test
    void theWarmUpLeavesNothingBehind() {
        int shells = display.getShells().length;
        parley.ui.editor.EditorWarmup.run(display);
        spin();
        assertEquals(shells, display.getShells().length, "the warm-up's shell is gone");
    }

    @Test
    void relabelKeepsTheSpanAndMarksItCorrected() {
        Opened o = openEditor();
        Actor ankara = actor(o.editor(), "Ankara");
        o.editor().select(ankara);
        nextLabel = "ERDOGAN";
        new EditorHandlers.Relabel().execute(o.part());
        assertEquals("ERDOGAN", ankara.getActorId());
        assertEquals("PERSON", ankara.getCategory());
        assertEquals("CORRECTED", ankara.getStatus());
        assertEquals("Ankara", ankara.getCoveredText());
    }

    @Test
    void tagTheSelectionAsAnActor() {
        Opened o = openEditor();
        int at = TEXT.indexOf("Idlib");
        o.editor().viewer().setSelectedRange(at, "Idlib".length());
        nextLabel = "HTS";
        new EditorHandlers.CreateFromSelection().execute(o.part());
        Tag created = o.editor().current();
        assertTrue(created instanceof Actor a && a.getActorId().equals("HTS") && a.getCategory().equals("ARMED_GROUP"));
        assertEquals("Idlib", created.getCoveredText());
        assertEquals("MANUAL", created.getStatus());
    }

    @Test
    void createAStanceByChoosingHolderTargetAndPolarity() {
        Opened o = openEditor();
        Actor turkey = actor(o.editor(), "Turkey");
        o.editor().select(turkey);
        nextStance = new StanceChooser.Choice(turkey, actor(o.editor(), "HTS"), "OPPOSE");
        new EditorHandlers.CreateStance().execute(o.part());
        Stance s = (Stance) o.editor().current();
        assertEquals(turkey, s.getHolder());
        assertEquals("OPPOSE", s.getPolarity());
        assertEquals("MANUAL", s.getStatus());
        assertEquals("Turkey sent reinforcements to Idlib against HTS.", s.getCoveredText(), "the evidence is the holder's sentence");
    }

    @Test
    void growAndShrinkASpanByAWord() {
        Opened o = openEditor();
        Actor gov = actor(o.editor(), "the Syrian government");
        o.editor().select(gov);
        new EditorHandlers.ShrinkStart().execute(o.part());
        assertEquals("Syrian government", gov.getCoveredText());
        new EditorHandlers.GrowEnd().execute(o.part());
        assertEquals("Syrian government.", gov.getCoveredText());
        new EditorHandlers.ShrinkEnd().execute(o.part());
        new EditorHandlers.GrowStart().execute(o.part());
        assertEquals("the Syrian government", gov.getCoveredText());
        assertEquals("CORRECTED", gov.getStatus());
    }

    @Test
    void undoAndRedoEveryKindOfEdit() {
        Opened o = openEditor();
        List<String> before = snapshot(o.editor());
        new EditorHandlers.NextSuggestion().execute(o.part());
        new EditorHandlers.Accept().execute(o.part());
        new EditorHandlers.Delete().execute(o.part());
        o.editor().select(actor(o.editor(), "Turkey"));
        nextLabel = "SYR_GOV";
        new EditorHandlers.Relabel().execute(o.part());
        List<String> after = snapshot(o.editor());
        assertFalse(before.equals(after));

        for (int i = 0; i < 3; i++) {
            new EditorHandlers.Undo().execute(o.part());
        }
        assertEquals(before, snapshot(o.editor()));
        assertEquals(before.size(), o.editor().shownAnnotations());
        for (int i = 0; i < 3; i++) {
            new EditorHandlers.Redo().execute(o.part());
        }
        assertEquals(after, snapshot(o.editor()));
    }

    @Test
    void saveWhileAnotherPartIsActiveSavesTheDocumentTheWindowNames() throws Exception {
        Opened o = openEditor();
        new EditorHandlers.NextSuggestion().execute(o.part());
        new EditorHandlers.Accept().execute(o.part());
        MPart review = MBasicFactory.INSTANCE.createPart(); // the Stance Review, say: nothing of its own to save
        EditorHandlers.Save save = new EditorHandlers.Save();
        assertFalse(save.canExecute(review, null), "nothing to save when no document editor was active");
        assertTrue(save.canExecute(review, o.part()));

        save.execute(review, o.part());
        assertFalse(o.part().isDirty(), "Save with the Review active left the named editor unsaved");
        assertFalse(save.canExecute(review, o.part()), "nothing left to save");
        startAnew();
        assertEquals("ACCEPTED", openEditor().editor().jcas().getAnnotationIndex(Tag.class).stream()
                .filter(t -> t.getCoveredText().equals("Russia")).findFirst().orElseThrow().getStatus());
    }

    @Test
    void saveAndReopenGiveIdenticalAnnotations() throws Exception {
        Opened o = openEditor();
        new EditorHandlers.NextSuggestion().execute(o.part());
        new EditorHandlers.Accept().execute(o.part());
        new EditorHandlers.Reject().execute(o.part());
        List<String> edited = snapshot(o.editor());
        new EditorHandlers.Save().execute(o.part(), null);
        assertFalse(o.part().isDirty());
        assertEquals(TEXT, Files.readString(source), "the source text is never written");

        startAnew();
        Opened reopened = openEditor();
        assertEquals(edited, snapshot(reopened.editor()));
    }

    @Test
    void unsavedEditsReachTheJournalAndAreRecoveredAfterACrash() throws Exception {
        Opened o = openEditor();
        new EditorHandlers.NextSuggestion().execute(o.part());
        new EditorHandlers.Accept().execute(o.part());
        new EditorHandlers.Reject().execute(o.part());
        List<String> edited = snapshot(o.editor());
        long deadline = System.currentTimeMillis() + 2000;
        while (!project.hasJournal(o.editor().document()) && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.sleep(20);
            }
        }
        assertTrue(project.hasJournal(o.editor().document()), "no journal within 2 s of the edits");
        // a crash: the editor is never disposed or saved; the next start finds the journal
        startAnew();
        recoverAnswer = true;
        Opened after = openEditor();
        assertEquals(edited, snapshot(after.editor()));
        assertTrue(after.part().isDirty(), "recovered edits are unsaved until the analyst saves");
        new EditorHandlers.Save().execute(after.part(), null);
        assertFalse(project.hasJournal(after.editor().document()), "saving drops the journal");
    }

    @Test
    void declinedRecoveryDropsTheJournal() throws Exception {
        Opened o = openEditor();
        new EditorHandlers.NextSuggestion().execute(o.part());
        new EditorHandlers.Accept().execute(o.part());
        o.editor().writeJournal();
        startAnew();
        recoverAnswer = false;
        Opened after = openEditor();
        assertFalse(project.hasJournal(after.editor().document()));
        assertTrue(snapshot(after.editor()).stream().noneMatch(s -> s.endsWith("ACCEPTED")));
    }

    @Test
    void tagCorpusKeepsEveryDecision() throws Exception {
        Opened o = openEditor();
        new EditorHandlers.NextSuggestion().execute(o.part());
        new EditorHandlers.Accept().execute(o.part());
        new EditorHandlers.Reject().execute(o.part());
        o.editor().select(actor(o.editor(), "Turkey"));
        nextLabel = "SYR_GOV";
        new EditorHandlers.Relabel().execute(o.part());
        List<String> decided = snapshot(o.editor()).stream().filter(s -> !s.endsWith("SUGGESTED")).toList();
        new EditorHandlers.Save().execute(o.part(), null);

        org.eclipse.core.runtime.IStatus result = UiWaits.tagCorpus(display, context);
        assertTrue(result.isOK(), result.toString());

        List<String> after = snapshot(openEditor().editor());
        assertTrue(after.containsAll(decided), "lost decisions: " + decided + " vs " + after);
        assertEquals(after.stream().distinct().count(), after.size(), "duplicated annotations after the re-run: " + after);
    }

    @Test
    void acceptingAStanceConfirmsItsHolderAndTarget() {
        Opened o = openEditor();
        Stance stance = o.editor().jcas().getAnnotationIndex(Stance.class).select()
                .filter(s -> "SUGGESTED".equals(s.getHolder().getStatus()) && "SUGGESTED".equals(s.getTarget().getStatus()))
                .findFirst().orElseThrow(() -> new AssertionError("no suggested stance with suggested arguments in " + TEXT));
        o.editor().select(stance);
        new EditorHandlers.Accept().execute(o.part());
        assertEquals("ACCEPTED", stance.getStatus());
        assertEquals("ACCEPTED", stance.getHolder().getStatus(), "the holder of an accepted stance is confirmed with it");
        assertEquals("ACCEPTED", stance.getTarget().getStatus(), "the target of an accepted stance is confirmed with it");
        new EditorHandlers.Undo().execute(o.part());
        assertEquals("SUGGESTED", stance.getHolder().getStatus(), "one undo takes back the whole acceptance");
        assertEquals("SUGGESTED", stance.getStatus());
    }

    @Test
    void theJournalStaysUnlessTheAnalystChoseNotToSave() throws Exception {
        Opened o = openEditor();
        new EditorHandlers.NextSuggestion().execute(o.part());
        new EditorHandlers.Accept().execute(o.part());
        o.editor().writeJournal();
        assertTrue(project.hasJournal(o.editor().document()));
        // the part goes without a save prompt (a quit that did not ask, the window torn down): the edits stay recoverable
        ContextInjectionFactory.invoke(o.editor(), jakarta.annotation.PreDestroy.class, context, null);
        assertTrue(project.hasJournal(o.editor().document()), "disposing the editor dropped the unsaved edits");
        o.editor().discardUnsavedEdits(); // "Don't Save"
        assertFalse(project.hasJournal(o.editor().document()));
    }

    @Test
    void aLatin1DocumentIsNamedAndCanBeReadAsWindows1252() throws Exception {
        Files.write(source, "Ankara r\u00e9agit; the r\u00e9gime refused.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Opened o = openEditor();
        assertTrue(o.editor().viewer() == null);
        assertTrue(o.editor().problem().contains("report.txt") && o.editor().problem().contains("not valid UTF-8"), o.editor().problem());
        org.eclipse.swt.widgets.Button read = findButton(shell, "Read as Windows-1252 (Latin-1)");
        read.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        spin();
        awaitPretagged(display, o.editor());
        assertNotNull(o.editor().viewer(), o.editor().problem());
        assertEquals("Ankara r\u00e9agit; the r\u00e9gime refused.", o.editor().viewer().getTextWidget().getText());
        assertTrue(o.editor().jcas().getAnnotationIndex(Actor.class).size() >= 1, "the document is pre-tagged once readable");
        assertEquals("Ankara r\u00e9agit; the r\u00e9gime refused.", Files.readString(project.textCopy(o.editor().document())));
        assertEquals(-23, Files.readAllBytes(source)[8], "the source file is not written");
    }

    @Test
    void labelsAboveSpansAreDrawnAndCanBeSwitchedOff() {
        Opened o = openEditor();
        assertTrue(o.editor().displayOptions().labels(), "labels are on by default");
        Actor russia = actor(o.editor(), "Russia");
        assertTrue(inkAbove(o.editor(), russia), "no label drawn above \u201cRussia\u201d");
        new EditorHandlers.ToggleLabels().execute(o.part());
        assertFalse(o.editor().displayOptions().labels());
        assertFalse(inkAbove(o.editor(), russia), "a label is still drawn above \u201cRussia\u201d with labels off");
        new EditorHandlers.ToggleLabels().execute(o.part());
        assertTrue(inkAbove(o.editor(), russia));
    }

    @Test
    void twoTagsOnOneSpanShowBothIds() {
        Opened o = openEditor();
        Actor russia = actor(o.editor(), "Russia");
        Actor second = new Actor(o.editor().jcas(), russia.getBegin(), russia.getEnd());
        second.setActorId("SYR_GOV");
        second.setStatus("MANUAL");
        second.addToIndexes();
        List<String> labels = parley.ui.editor.SpanLabelPainter.labels(o.editor().jcas(), 0, TEXT.indexOf('.'));
        assertTrue(labels.contains("RUS \u00b7 SYR_GOV"), labels.toString());
    }

    @Test
    void allArcsCanBeSwitchedOnWithoutLosingTheFocusMode() {
        Opened o = openEditor();
        assertFalse(o.editor().displayOptions().allArcs(), "the one-arc focus mode by default");
        new EditorHandlers.ToggleAllArcs().execute(o.part());
        assertTrue(o.editor().displayOptions().allArcs());
        Stance stance = o.editor().jcas().getAnnotationIndex(Stance.class).iterator().next();
        Actor holder = stance.getHolder();
        assertTrue(inkAbove(o.editor(), holder), "no arc or label above the holder");
        new EditorHandlers.ToggleAllArcs().execute(o.part());
        assertFalse(o.editor().displayOptions().allArcs());
    }

    @Test
    void aNewStanceMayTakeItsHolderFromTheSentencesBefore() throws Exception {
        Files.writeString(source, "Russia spoke on Tuesday. It condemned the Sochi agreement in strong terms.");
        Opened o = openEditor();
        Tag sochi = o.editor().jcas().getAnnotationIndex(Agreement.class).iterator().next();
        o.editor().select(sochi);
        Actor russia = actor(o.editor(), "Russia");
        nextStance = new StanceChooser.Choice(russia, sochi, "OPPOSE");
        new EditorHandlers.CreateStance().execute(o.part());
        assertTrue(offeredHolders.contains(russia), "the actor of the sentence before is offered as the holder of \u201cIt\u201d");
        Stance s = (Stance) o.editor().current();
        assertEquals("It condemned the Sochi agreement in strong terms.", s.getCoveredText(), "the evidence is the target's sentence");
        assertEquals(russia, s.getHolder());
    }

    @Test
    void tagAnUnknownNameAsANewActorOfTheProjectCatalogue() throws Exception {
        Files.writeString(source, "Jaish al-Izza fighters shelled the town.");
        Opened o = openEditor();
        o.editor().viewer().setSelectedRange(0, "Jaish al-Izza".length());
        nextLabel = parley.ui.dialogs.CatalogueLabelDialog.NEW_ACTOR + "Jaish al-Izza";
        nextNewActor = new parley.ui.services.NewActorChooser.Answer("JAISH_AL_IZZA", "ARMED_GROUP");
        new EditorHandlers.CreateFromSelection().execute(o.part());
        Tag created = o.editor().current();
        assertTrue(created instanceof Actor a && a.getActorId().equals("JAISH_AL_IZZA") && a.getCategory().equals("ARMED_GROUP"),
                String.valueOf(created));
        assertEquals("MANUAL", created.getStatus());
        Catalogue saved = project.catalogue();
        assertEquals("Jaish al-Izza", saved.actor("JAISH_AL_IZZA").name());
        assertTrue(saved.actor("RUS") != null, "the project's catalogue starts from the shipped one");
    }

    /** Whether anything but the background is painted in the gap above a span's first line. */
    private boolean inkAbove(DocumentEditorPart editor, Tag tag) {
        org.eclipse.swt.custom.StyledText text = editor.viewer().getTextWidget();
        text.redraw();
        text.update();
        spin();
        org.eclipse.swt.graphics.Rectangle box = text.getTextBounds(tag.getBegin(), tag.getEnd() - 1);
        int gap = text.getLineSpacing();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, text.getClientArea().width, text.getClientArea().height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(text);
        gc.copyArea(image, 0, 0);
        gc.dispose();
        org.eclipse.swt.graphics.ImageData data = image.getImageData();
        image.dispose();
        int background = data.palette.getPixel(text.getBackground().getRGB());
        for (int y = Math.max(0, box.y - gap + 1); y < box.y - 1; y++) {
            for (int x = box.x; x < box.x + box.width; x++) {
                if (data.getPixel(x, y) != background) {
                    return true;
                }
            }
        }
        return false;
    }

    private static org.eclipse.swt.widgets.Button findButton(Composite root, String text) {
        for (org.eclipse.swt.widgets.Control c : root.getChildren()) {
            if (c instanceof org.eclipse.swt.widgets.Button b && text.equals(b.getText())) {
                return b;
            }
            if (c instanceof Composite child) {
                org.eclipse.swt.widgets.Button found = findButton(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
