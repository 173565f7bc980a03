package parley.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.uima.jcas.JCas;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
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
import parley.review.ReviewCorpus;
import parley.review.ReviewWarmup;
import parley.review.RowFilter;
import parley.store.CorpusDocument;
import parley.store.DocumentImport;
import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Sentence;
import parley.type.Stance;
import parley.types.ParleyTypeSystem;
import parley.types.TagValues;
import parley.ui.review.ReviewSession;
import parley.ui.review.StanceReviewPart;

/**
 * {@code ./parley bench-review}: the Stance Review over 100,000 stances (the seeds' sentences, each
 * made a stance between two catalogue actors and an agreement, documents replicated) and the time to
 * fill the table (to first paint), to filter it and to sort it. Medians of repeated runs; every step
 * ends with the table painted. Like the workbench, it first warms the review up ({@link ReviewWarmup};
 * {@code -Dparley.bench.noWarmup=true} leaves that out).
 */
public class ReviewBenchmark implements IApplication {

    static final int STANCES = Integer.getInteger("parley.bench.stances", 100_000);
    static final int ROUNDS = 7;

    @Override
    public Object start(IApplicationContext appContext) throws Exception {
        Catalogue catalogue = CatalogueStore.loadDefault();
        long t0 = System.nanoTime();
        Map<CorpusDocument, JCas> documents = corpus(catalogue);
        ReviewCorpus corpus = ReviewCorpus.of(documents);
        System.out.printf(Locale.ROOT, "corpus: %,d documents, %,d stances, %,d actor and agreement tags (built in %.1f s)%n",
                documents.size(), corpus.stances().size(), corpus.tags().size(), (System.nanoTime() - t0) / 1e9);
        if (!Boolean.getBoolean("parley.bench.noWarmup")) {
            long w = System.nanoTime();
            ReviewWarmup.run(); // as the workbench does in the background once it has started
            System.out.printf(Locale.ROOT, "review warm-up (in the workbench: in the background after start): %.0f ms%n", ms(w));
        }

        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 800);
        shell.open();
        IEclipseContext context = EclipseContextFactory.create("review bench");
        context.set(Catalogue.class, catalogue);
        ReviewSession.install(context, corpus);

        List<Double> fill = new ArrayList<>();
        StanceReviewPart part = null;
        for (int i = 0; i < ROUNDS; i++) {
            if (part != null) {
                for (var c : shell.getChildren()) {
                    c.dispose();
                }
            }
            Composite parent = new Composite(shell, SWT.NONE);
            IEclipseContext partContext = context.createChild("part " + i);
            partContext.set(Composite.class, parent);
            long s = System.nanoTime();
            part = ContextInjectionFactory.make(StanceReviewPart.class, partContext);
            shell.layout(true, true);
            paint(display, part);
            fill.add(ms(s));
        }
        StanceReviewPart review = part;
        System.out.printf(Locale.ROOT, "fill (create part, %,d rows, first paint): first %.0f ms, median %.0f ms%n",
                review.shownRows().size(), fill.get(0), median(fill));

        List<Supplier<RowFilter>> filters = List.of(
                () -> RowFilter.ANY.withText("ceasefire"),
                () -> RowFilter.ANY.withHolder("RUS"),
                () -> RowFilter.ANY.withHolder("TUR").withPolarity(TagValues.OPPOSE),
                () -> RowFilter.ANY.withStatus(RowFilter.OPEN).withText("idlib"),
                () -> RowFilter.ANY);
        List<Double> filter = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            for (Supplier<RowFilter> f : filters) {
                long s = System.nanoTime();
                review.setFilter(f.get());
                paint(display, review);
                filter.add(ms(s));
            }
        }
        System.out.printf(Locale.ROOT, "filter (text, holder, holder+polarity, status+text, none): median %.0f ms, worst kind %s, max %.0f ms%n",
                median(filter), worstKind(filter, filters.size()), filter.stream().mapToDouble(Double::doubleValue).max().orElse(0));

        List<Double> sort = new ArrayList<>();
        int columns = review.table().columnCount();
        for (int r = 0; r < ROUNDS; r++) {
            for (int c = 0; c < columns; c++) {
                long s = System.nanoTime();
                review.table().sortBy(c, r % 2 == 0 ? SWT.UP : SWT.DOWN);
                paint(display, review);
                sort.add(ms(s));
            }
        }
        System.out.printf(Locale.ROOT, "sort (each of %d columns, all %,d rows): median %.0f ms, worst column %s, max %.0f ms%n", columns,
                review.shownRows().size(), median(sort), worstKind(sort, columns), sort.stream().mapToDouble(Double::doubleValue).max().orElse(0));

        // the bar's bulk decision, the first of the run (nothing of it warm yet): 10,000 open SUPPORT stances selected
        // (a click and a shift-click) and accepted at once, then undone
        review.setFilter(RowFilter.ANY.withStatus(RowFilter.OPEN).withPolarity(TagValues.SUPPORT));
        paint(display, review);
        review.table().selectRange(0, 9_999);
        int selected = review.table().selectedRows().size();
        long first = System.nanoTime();
        review.accept();
        paint(display, review);
        double firstAccept = ms(first);
        first = System.nanoTime();
        review.undo();
        paint(display, review);
        System.out.printf(Locale.ROOT, "bulk accept of %,d selected rows, the first of the run: %.0f ms; its undo %.0f ms%n", selected, firstAccept, ms(first));

        // the analyst's bulk decision: every open SUPPORT stance the filter shows (more than 10,000), accepted at once, then undone
        review.setFilter(RowFilter.ANY.withStatus(RowFilter.OPEN).withPolarity(TagValues.SUPPORT));
        int shown = review.shownRows().size();
        List<Double> accept = new ArrayList<>();
        List<Double> undo = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            long s = System.nanoTime();
            review.acceptAllShown();
            paint(display, review);
            accept.add(ms(s));
            s = System.nanoTime();
            review.undo();
            paint(display, review);
            undo.add(ms(s));
        }
        System.out.printf(Locale.ROOT, "bulk accept of %,d shown rows: median %.0f ms, max %.0f ms; its undo median %.0f ms, max %.0f ms"
                + " (in memory: no files written)%n", shown, median(accept), accept.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                median(undo), undo.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        shell.dispose();
        return EXIT_OK;
    }

    private static void paint(Display display, StanceReviewPart part) {
        part.table().control().update();
        while (display.readAndDispatch()) {
            // until the table is painted and nothing else is pending
        }
    }

    /** Seeds' text, one stance per sentence between actors and agreements of the catalogue. */
    private static Map<CorpusDocument, JCas> corpus(Catalogue catalogue) throws Exception {
        String seeds = System.getProperty("parley.home", ".") + "/seeds";
        List<Path> files;
        try (var list = Files.list(Path.of(seeds))) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        String[] actors = catalogue.actors().stream().map(a -> a.id()).limit(12).toArray(String[]::new);
        String[] agreements = catalogue.agreements().stream().map(a -> a.id()).toArray(String[]::new);
        var segmenter = Pipeline.createSegmentation();
        Map<CorpusDocument, JCas> docs = new LinkedHashMap<>();
        int stances = 0;
        for (int copy = 0; stances < STANCES; copy++) {
            for (Path f : files) {
                if (stances >= STANCES) {
                    break;
                }
                String name = copy + "_" + f.getFileName();
                JCas jcas = ParleyTypeSystem.newJCas();
                DocumentImport.fromText(name, Files.readString(f), jcas);
                segmenter.process(jcas);
                List<Sentence> sentences = new ArrayList<>(jcas.getAnnotationIndex(Sentence.class).select().asList());
                for (Sentence sentence : sentences) {
                    if (stances >= STANCES || sentence.getEnd() - sentence.getBegin() < 20) {
                        continue;
                    }
                    int b = sentence.getBegin();
                    int n = stances++;
                    Actor holder = new Actor(jcas, b, b + 4);
                    holder.setActorId(actors[n % actors.length]);
                    tag(holder, n);
                    var target = n % 3 == 0 ? new Actor(jcas, b + 8, b + 14) : new Agreement(jcas, b + 8, b + 14);
                    if (target instanceof Actor a) {
                        a.setActorId(actors[(n * 7 + 3) % actors.length]);
                    } else {
                        ((Agreement) target).setAgreementId(agreements[n % agreements.length]);
                    }
                    tag(target, n);
                    Stance st = new Stance(jcas, sentence.getBegin(), sentence.getEnd());
                    st.setHolder(holder);
                    st.setTarget(target);
                    st.setPolarity(n % 4 == 0 ? TagValues.OPPOSE : TagValues.SUPPORT);
                    tag(st, n);
                }
                docs.put(new CorpusDocument(name, Path.of(seeds, name), jcas.getDocumentText().length()), jcas);
            }
        }
        segmenter.destroy();
        return docs;
    }

    private static void tag(parley.type.Tag t, int n) {
        t.setStatus(n % 5 == 0 ? TagValues.ACCEPTED : TagValues.SUGGESTED);
        t.setConfidence((n * 37 % 100) / 100.0);
        t.setOrigin(n % 5 == 0 ? "analyst:bench" : "StanceTagger");
        t.addToIndexes();
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /** Of timings taken round by round for {@code kinds} kinds in turn: the kind whose median over the rounds is highest. */
    private static String worstKind(List<Double> timings, int kinds) {
        double worst = -1;
        int which = 0;
        for (int k = 0; k < kinds; k++) {
            List<Double> ofKind = new ArrayList<>();
            for (int i = k; i < timings.size(); i += kinds) {
                ofKind.add(timings.get(i));
            }
            double m = median(ofKind);
            if (m > worst) {
                worst = m;
                which = k;
            }
        }
        return String.format(Locale.ROOT, "#%d median %.0f ms", which + 1, worst);
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v[v.length / 2];
    }

    @Override
    public void stop() {
        // runs to completion
    }
}
