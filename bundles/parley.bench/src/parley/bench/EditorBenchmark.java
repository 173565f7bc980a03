package parley.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import parley.model.Catalogue;
import parley.model.CatalogueStore;
import parley.pipeline.Pipeline;
import parley.pipeline.Retagger;
import parley.store.CorpusDocument;
import parley.store.Project;
import parley.type.Actor;
import parley.type.Tag;
import parley.pipeline.Tokenizer;
import parley.types.ParleyTypeSystem;
import parley.ui.editor.DocumentEditorPart;
import parley.types.TagValues;

/**
 * {@code ./parley bench-editor}: opens a 1 MB document with 20,000 annotations in the document
 * editor and reports the time to first paint and from an accept to the repaint (goals 0.5 s, 16 ms).
 */
public class EditorBenchmark implements IApplication {

    static final int TARGET_BYTES = 1_000_000;
    static final int TARGET_ANNOTATIONS = 20_000;
    static final int ACCEPTS = 200;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Path corpus = Files.createTempDirectory("parley-editor-bench");
        String seeds = System.getProperty("parley.home", ".") + "/seeds";
        StringBuilder text = new StringBuilder();
        List<Path> files;
        try (var list = Files.list(Path.of(seeds))) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        while (text.toString().getBytes(StandardCharsets.UTF_8).length < TARGET_BYTES) {
            for (Path f : files) {
                text.append(Files.readString(f)).append("\n\n");
            }
        }
        Path doc = Files.writeString(corpus.resolve("big.txt"), text);
        Project project = Project.open(corpus);
        CorpusDocument document = project.corpus().documents().get(0);

        JCas jcas = ParleyTypeSystem.newJCas();
        project.load(document, jcas);
        AnalysisEngine engine = Pipeline.createFull();
        new Retagger(engine).retag(jcas);
        int tags = jcas.getAnnotationIndex(Tag.class).size();
        int pretagged = tags;
        // top up with manual tags on capitalised tokens (or trim) to exactly the target count
        String sofa = jcas.getDocumentText();
        int[] spans = Tokenizer.spans(sofa, 0, sofa.length());
        java.util.Set<Integer> tagged = new java.util.HashSet<>();
        jcas.getAnnotationIndex(Actor.class).forEach(a -> tagged.add(a.getBegin()));
        for (int i = 0; i < spans.length && tags < TARGET_ANNOTATIONS; i += 2) {
            if (Character.isUpperCase(sofa.charAt(spans[i])) && !tagged.contains(spans[i])) {
                Actor a = new Actor(jcas, spans[i], spans[i + 1]);
                a.setActorId("OPPOSITION");
                a.setCategory("ARMED_GROUP");
                a.setStatus(TagValues.SUGGESTED);
                a.setConfidence(0.5);
                a.setOrigin("bench");
                a.addToIndexes();
                tags++;
            }
        }
        project.save(document, jcas);

        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 900);
        IEclipseContext ctx = EclipseContextFactory.create("editor bench");
        ctx.set(Project.class, project);
        ctx.set(Catalogue.class, CatalogueStore.loadDefault());
        MPart part = MBasicFactory.INSTANCE.createPart();
        part.getPersistedState().put(DocumentEditorPart.DOCUMENT_PATH, doc.toString());
        Composite parent = new Composite(shell, SWT.NONE);
        ctx.set(Composite.class, parent);
        ctx.set(MPart.class, part);

        long[] painted = {0};
        long start = System.nanoTime();
        DocumentEditorPart editor = ContextInjectionFactory.make(DocumentEditorPart.class, ctx);
        editor.viewer().getTextWidget().addListener(SWT.Paint, e -> {
            if (painted[0] == 0) {
                painted[0] = System.nanoTime();
            }
        });
        shell.layout(true, true);
        shell.open();
        while (painted[0] == 0) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        double firstPaint = (painted[0] - start) / 1e6;
        double firstAnnotated = annotated(display, editor, start);
        // the same document opened again: the JVM and the caches are warm, as for every document after the first
        parent.dispose();
        Composite parent2 = new Composite(shell, SWT.NONE);
        ctx.set(Composite.class, parent2);
        painted[0] = 0;
        long start2 = System.nanoTime();
        editor = ContextInjectionFactory.make(DocumentEditorPart.class, ctx);
        editor.viewer().getTextWidget().addListener(SWT.Paint, e -> {
            if (painted[0] == 0) {
                painted[0] = System.nanoTime();
            }
        });
        shell.layout(true, true);
        while (painted[0] == 0) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        double warmPaint = (painted[0] - start2) / 1e6;
        double warmAnnotated = annotated(display, editor, start2);

        List<Double> accepts = new ArrayList<>();
        editor.nextSuggestion();
        for (int i = 0; i < ACCEPTS && editor.current() != null; i++) {
            while (display.readAndDispatch()) {
                // settle before measuring
            }
            long t0 = System.nanoTime();
            editor.edits().accept();
            editor.viewer().getTextWidget().update(); // paints now, synchronously
            accepts.add((System.nanoTime() - t0) / 1e6);
        }
        accepts.sort(Comparator.naturalOrder());
        System.out.printf(Locale.ROOT, "document: %,d bytes, %,d annotations (%,d from the pipeline)%n",
                Files.size(doc), jcas.getAnnotationIndex(Tag.class).size(), pretagged);
        System.out.printf(Locale.ROOT, "open to first paint: %.0f ms on the first open after start, %.0f ms opened again (goal 500 ms)%n", firstPaint, warmPaint);
        System.out.printf(Locale.ROOT, "open to annotations painted: %.0f ms on the first open after start, %.0f ms opened again%n",
                firstAnnotated, warmAnnotated);
        System.out.printf(Locale.ROOT, "accept to repaint over %d accepts: median %.1f ms, 95th percentile %.1f ms, max %.1f ms (goal 16 ms)%n",
                accepts.size(), accepts.get(accepts.size() / 2), accepts.get((int) (accepts.size() * 0.95)), accepts.get(accepts.size() - 1));
        shell.dispose();
        engine.destroy();
        return EXIT_OK;
    }

    /** Waits until the editor shows its annotations and has painted them; the time since {@code start}, in ms. */
    private static double annotated(Display display, DocumentEditorPart editor, long start) {
        while (!editor.isReady()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        long[] painted = {0};
        org.eclipse.swt.widgets.Listener paint = e -> painted[0] = System.nanoTime();
        editor.viewer().getTextWidget().addListener(SWT.Paint, paint);
        editor.viewer().getTextWidget().redraw();
        while (painted[0] == 0) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        editor.viewer().getTextWidget().removeListener(SWT.Paint, paint);
        return (painted[0] - start) / 1e6;
    }

    @Override
    public void stop() {
        // runs to completion
    }
}
