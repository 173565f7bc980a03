package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.ui.services.SharedWorkingDocuments;
import parley.store.Corpus;
import parley.store.CorpusDocument;
import parley.store.Project;
import parley.type.Actor;
import parley.types.ParleyTypeSystem;
import org.apache.uima.jcas.JCas;
import parley.ui.CorpusSession;
import parley.ui.TagCorpusJob;
import parley.ui.services.DocumentOpener;
import parley.ui.corpus.CorpusPart;
import parley.ui.editor.DocumentEditorPart;

/**
 * Builds the Corpus and document editor parts through e4 dependency injection, as the workbench
 * does, in a real SWT shell (run under Xvfb), and drives them with SWT events.
 */
class CorpusAndEditorPartTest {

    @TempDir
    Path folder;

    private Display display;
    private Shell shell;
    private IEclipseContext context;
    private final List<CorpusDocument> opened = new ArrayList<>();

    @BeforeEach
    void openShell() throws Exception {
        Files.writeString(folder.resolve("b_report.txt"), "Ankara argues that the Sochi agreement still holds.\nTurkey sent reinforcements.");
        Files.writeString(folder.resolve("a_news.txt"), "Moscow’s best option is the deal. «Quotes» and ünïcödé stay exact.");
        Files.writeString(folder.resolve("notes.md"), "not a document");
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(900, 600);
        context = EclipseContextFactory.create("test");
        context.set(DocumentOpener.class, (DocumentOpener) (d, b, e) -> opened.add(d));
    }

    @AfterEach
    void closeShell() {
        context.dispose();
        shell.dispose();
    }

    private CorpusPart corpusPart() {
        Composite parent = new Composite(shell, SWT.NONE);
        IEclipseContext partContext = context.createChild("corpus part");
        partContext.set(Composite.class, parent);
        CorpusPart part = ContextInjectionFactory.make(CorpusPart.class, partContext);
        shell.layout(true, true);
        shell.open();
        spin();
        return part;
    }

    private void spin() {
        while (display.readAndDispatch()) {
            // let SWT process pending events
        }
    }

    @Test
    void corpusPartListsTheFolderDocumentsByNameWithSize() throws Exception {
        CorpusSession.open(context, folder);
        Table table = corpusPart().viewer().getTable();

        assertEquals(2, table.getItemCount(), "only the .txt files are documents");
        assertEquals("a_news.txt", table.getItem(0).getText(0));
        assertEquals("b_report.txt", table.getItem(1).getText(0));
        long size = Files.size(folder.resolve("a_news.txt"));
        assertEquals(size + " B", table.getItem(0).getText(2));
    }

    @Test
    void corpusPartShowsHowManySuggestionsAreStillOpen() throws Exception {
        CorpusSession.open(context, folder);
        Project project = context.get(Project.class);
        CorpusDocument doc = project.corpus().documents().get(1);
        JCas jcas = ParleyTypeSystem.newJCas();
        project.load(doc, jcas);
        for (String status : new String[] {"SUGGESTED", "ACCEPTED", "SUGGESTED"}) {
            Actor a = new Actor(jcas, 0, 6);
            a.setActorId("TUR");
            a.setStatus(status);
            a.addToIndexes();
        }
        project.save(doc, jcas);
        CorpusPart part = corpusPart();
        part.awaitCounts();
        spin();
        Table table = part.viewer().getTable();
        assertEquals("\u2013", table.getItem(0).getText(1), "an untagged document has no count");
        assertEquals("2", table.getItem(1).getText(1));

        // an unsaved decision in the document's working copy (an editor's, the review's) counts at once
        parley.annotation.WorkingDocument working = SharedWorkingDocuments.in(context).get(doc);
        Actor suggested = working.jcas().select(Actor.class).filter(a -> "SUGGESTED".equals(a.getStatus())).findFirst().orElseThrow();
        working.execute(parley.annotation.Decisions.accept(List.of(parley.annotation.Annotated.of(working, suggested)), "analyst:amira"));
        assertTrue(working.isDirty());
        assertEquals("1", table.getItem(1).getText(1));
    }

    @Test
    void corpusPartFollowsANewlyOpenedCorpus() throws Exception {
        CorpusPart part = corpusPart();
        assertEquals(0, part.viewer().getTable().getItemCount());

        CorpusSession.open(context, folder);
        spin();

        assertEquals(2, part.viewer().getTable().getItemCount());
    }

    @Test
    void enterOnADocumentOpensIt() throws Exception {
        CorpusSession.open(context, folder);
        Table table = corpusPart().viewer().getTable();
        table.setFocus();
        table.setSelection(1);
        table.notifyListeners(SWT.Selection, new Event());

        Event enter = new Event();
        enter.item = table.getItem(1);
        table.notifyListeners(SWT.DefaultSelection, enter);
        spin();

        assertEquals(1, opened.size());
        assertEquals("b_report.txt", opened.get(0).name());
    }

    @Test
    void editorPartShowsTheExactDocumentText() throws Exception {
        Corpus corpus = Corpus.open(folder);
        CorpusDocument doc = corpus.documents().get(0);
        DocumentEditorPart editor = editorFor(doc.path());

        assertNotNull(editor.viewer(), editor.problem());
        assertEquals(Files.readString(doc.path(), StandardCharsets.UTF_8), editor.viewer().getTextWidget().getText());
        assertTrue(!editor.viewer().isEditable(), "the source text is not editable");
        assertNull(editor.problem());
    }

    @Test
    void editorPartNamesAFileThatIsNotText() throws Exception {
        Path binary = Files.write(folder.resolve("c_scan.txt"), new byte[] {1, 2, 0, 3});

        DocumentEditorPart editor = editorFor(binary);

        assertNull(editor.viewer());
        assertTrue(editor.problem().contains("c_scan.txt") && editor.problem().contains("binary"), editor.problem());
    }

    @Test
    void editorPartSaysAnEmptyDocumentHasNothingToAnnotate() throws Exception {
        Path empty = Files.writeString(folder.resolve("c_empty.txt"), "");

        DocumentEditorPart editor = editorFor(empty);

        assertTrue(editor.problem() != null && editor.problem().contains("c_empty.txt is empty"), String.valueOf(editor.problem()));
    }

    @Test
    void editorPartNamesADocumentTooLargeToEditAndTagCorpusSkipsItOnly() throws Exception {
        Path large = folder.resolve("c_large.txt");
        byte[] sentence = "Russia supports the Sochi agreement. ".getBytes(StandardCharsets.UTF_8);
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(large))) {
            for (long n = 0; n <= parley.store.Project.MAX_EDITABLE_BYTES; n += sentence.length) {
                out.write(sentence);
            }
        }

        DocumentEditorPart editor = editorFor(large);

        assertNull(editor.viewer());
        assertTrue(editor.problem().contains("c_large.txt") && editor.problem().contains("too large"), editor.problem());

        CorpusSession.open(context, folder);
        Project project = context.get(Project.class);
        org.eclipse.core.runtime.IStatus result = UiWaits.tagCorpus(display, context);
        assertTrue(result.toString().contains("c_large.txt"), result.toString());
        for (CorpusDocument d : project.corpus().documents()) {
            assertEquals(!d.name().equals("c_large.txt"), project.hasWorkingCas(d), d.name());
        }
    }

    @Test
    void corpusPartShowsWhyAFolderCannotBeOpened() {
        CorpusSession.open(context, folder.resolve("missing"));
        CorpusPart part = corpusPart();

        assertEquals(0, part.viewer().getTable().getItemCount());
        String header = ((org.eclipse.swt.widgets.Label) part.viewer().getTable().getParent().getParent().getChildren()[0]).getText();
        assertTrue(header.contains("missing") && header.contains("no such folder"), header);
    }

    private DocumentEditorPart editorFor(Path path) {
        MPart model = MBasicFactory.INSTANCE.createPart();
        model.setLabel(path.getFileName().toString());
        model.getPersistedState().put(DocumentEditorPart.DOCUMENT_PATH, path.toString());
        Composite parent = new Composite(shell, SWT.NONE);
        IEclipseContext partContext = context.createChild("editor part");
        partContext.set(Composite.class, parent);
        partContext.set(MPart.class, model);
        DocumentEditorPart editor = ContextInjectionFactory.make(DocumentEditorPart.class, partContext);
        shell.layout(true, true);
        shell.open();
        spin();
        DocumentEditorTest.awaitPretagged(shell.getDisplay(), editor);
        return editor;
    }
}
