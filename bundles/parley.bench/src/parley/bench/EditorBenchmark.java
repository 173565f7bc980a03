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
import parley.ui.editor.EditorWarmup;
import parley.types.TagValues;

/**
 * {@code ./parley bench-editor}, one round (the script runs several, each in a new JVM, and gives their medians): opens
 * a 1 MB document with 20,000 annotations in the document editor and reports the time to first paint, and from an
 * accept to the repaint (goals 0.5 s, 16 ms). Before the first open it warms the editor up as the workbench does once
 * it has started ({@link EditorWarmup}; {@code -Dparley.bench.noWarmup=true} leaves that out).
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

        if (!Boolean.getBoolean("parley.bench.noWarmup")) {
            EditorWarmup.run(display);
        }
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

        List<Double> work = new ArrayList<>();
        List<Double> onScreen = new ArrayList<>();
        editor.nextSuggestion();
        StyledTextPaints paints = new StyledTextPaints(editor.viewer().getTextWidget());
        for (int i = 0; i < ACCEPTS && editor.current() != null; i++) {
            settle(display);
            paints.reset();
            long t0 = System.nanoTime();
            editor.edits().accept(); // the decision, the next suggestion made current, their lines laid out again
            work.add((System.nanoTime() - t0) / 1e6);
            long painted2 = paints.await(display);
            if (painted2 > 0) {
                onScreen.add((painted2 - t0) / 1e6);
            }
        }
        List<Double> empty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            settle(display);
            paints.reset();
            long t0 = System.nanoTime();
            editor.viewer().getTextWidget().redraw(0, 0, 10, 10, false);
            long p = paints.await(display);
            if (p > 0) {
                empty.add((p - t0) / 1e6);
            }
        }
        double[] w = stats(work);
        double[] o = stats(onScreen);
        double[] e = stats(empty);
        System.out.printf(Locale.ROOT, "document: %,d bytes, %,d annotations (%,d from the pipeline)%n",
                Files.size(doc), jcas.getAnnotationIndex(Tag.class).size(), pretagged);
        System.out.printf(Locale.ROOT, "open to first paint: %.0f ms on the first open after start, %.0f ms opened again (goal 500 ms)%n", firstPaint, warmPaint);
        System.out.printf(Locale.ROOT, "open to annotations painted: %.0f ms on the first open after start, %.0f ms opened again%n",
                firstAnnotated, warmAnnotated);
        System.out.printf(Locale.ROOT, "accept to repaint (the decision and the lines it changed laid out again) over %d accepts: median %.1f ms, 95th percentile %.1f ms, max %.1f ms (goal 16 ms)%n",
                work.size(), w[0], w[1], w[2]);
        System.out.printf(Locale.ROOT, "accept to painted on screen (with the display's wait for its next frame; an empty repaint waits %.1f ms, median): median %.1f ms, 95th percentile %.1f ms%n",
                e[0], o[0], o[1]);
        System.out.printf(Locale.ROOT, "round: first_paint=%.0f again_paint=%.0f first_annotated=%.0f again_annotated=%.0f accept_median=%.1f accept_p95=%.1f accept_max=%.1f screen_median=%.1f screen_p95=%.1f empty_repaint_median=%.1f%n",
                firstPaint, warmPaint, firstAnnotated, warmAnnotated, w[0], w[1], w[2], o[0], o[1], e[0]);
        shell.dispose();
        engine.destroy();
        return EXIT_OK;
    }

    private static void settle(Display display) {
        while (display.readAndDispatch()) {
            // what is queued runs before the next measurement
        }
    }

    /** Median, 95th percentile and maximum. */
    private static double[] stats(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalStateException("nothing was measured");
        }
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        return new double[] {sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95)), sorted.get(sorted.size() - 1)};
    }

    /** The end of the text's next paint: the painters' listeners run before this one, added last. */
    private static final class StyledTextPaints {
        private final org.eclipse.swt.custom.StyledText text;
        private long painted;

        StyledTextPaints(org.eclipse.swt.custom.StyledText text) {
            this.text = text;
            text.addListener(SWT.Paint, e -> painted = System.nanoTime());
        }

        void reset() {
            painted = 0;
        }

        /** The time the paint ended, or 0 when none came within a second. */
        long await(Display display) {
            long deadline = System.nanoTime() + 1_000_000_000L;
            display.timerExec(1000, () -> { }); // wakes the loop at the deadline
            while (painted == 0 && System.nanoTime() < deadline) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
            return painted;
        }
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
