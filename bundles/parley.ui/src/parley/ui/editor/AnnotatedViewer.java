package parley.ui.editor;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;

import parley.annotation.WorkingDocument;
import parley.types.TagValues;

/**
 * What the document editor shows: the legend, the text with its annotations drawn ({@link TagStyles}: boxes,
 * highlights, struck through; labels above the spans, stance arcs) and the overview beside it. It draws; the editor decides.
 */
final class AnnotatedViewer {

    /** Documents longer than this open without word wrap. */
    static final int WRAP_LIMIT_CHARS = 300_000;

    private final Map<RGB, Color> colors = new HashMap<>();
    private final EditorDisplayOptions displayOptions = EditorDisplayOptions.load();
    private final SourceViewer viewer;
    private final AnnotationOverview overview;
    private final EditorLegend legend;
    private final Font labelFont;

    AnnotatedViewer(Composite parent, DocumentEditorPart editor, String text, AnnotationMirror mirror, IntConsumer jump) {
        legend = new EditorLegend(parent, this::color, this::toggleLabels, this::toggleAllArcs);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(legend.control());
        Composite holder = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 0).applyTo(holder);
        // size hints: without them a layout asks the text for its preferred size, which lays out the whole document
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 200).applyTo(holder);
        // SWT lays out every wrapped line of a StyledText up front: above this size that costs seconds, so
        // long documents open unwrapped (one paragraph per line), as large files do in most editors
        boolean wrap = text.length() <= WRAP_LIMIT_CHARS;
        viewer = new SourceViewer(holder, null, SWT.V_SCROLL | (wrap ? SWT.WRAP : SWT.H_SCROLL));
        viewer.configure(new DocumentViewerConfiguration(editor));
        viewer.setDocument(new Document(text), mirror.model());
        viewer.setEditable(false);
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 200).applyTo(viewer.getControl());
        overview = new AnnotationOverview(holder, viewer.getTextWidget(), mirror.shown(), this::color, jump::accept);
        GridDataFactory.fillDefaults().grab(false, true).hint(AnnotationOverview.WIDTH, SWT.DEFAULT).applyTo(overview);
        viewer.getTextWidget().addListener(SWT.Paint, e -> overview.redraw());

        StyledText widget = viewer.getTextWidget();
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), widget);
        widget.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).increaseHeight(2)));
        labelFont = resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).increaseHeight(-1));
        widget.setMargins(18, 12, 18, 12);
        widget.setCaretOffset(0);
        widget.addPaintListener(new SpanLabelPainter(widget, () -> displayOptions.labels() ? editor.jcas() : null,
                t -> color(TagValues.REJECTED.equals(t.getStatus()) ? AnnotationStyles.REJECTED_COLOUR : AnnotationStyles.COLOURS.get(AnnotationStyles.kind(t))),
                labelFont));
        widget.addPaintListener(new StanceArcPainter(editor));
        widget.addLineStyleListener(new TagStyles(editor::jcas, this::color));
        applyDisplayOptions();
    }

    SourceViewer viewer() {
        return viewer;
    }

    StyledText widget() {
        return viewer.getTextWidget();
    }

    boolean isDisposed() {
        return viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed();
    }

    /** The annotations changed: repaint the text and the overview. */
    void redraw() {
        viewer.getTextWidget().redraw();
        overview.annotationsChanged();
    }

    /** Some tags changed: repaint the text, and in the overview only their marks where nothing came or went. */
    void redraw(WorkingDocument.Change change) {
        viewer.getTextWidget().redraw();
        if (change.structural()) {
            overview.annotationsChanged();
        } else {
            overview.tagsChanged(change.updated());
        }
    }

    Color color(RGB rgb) {
        return colors.computeIfAbsent(rgb, Color::new);
    }

    EditorDisplayOptions displayOptions() {
        return displayOptions;
    }

    /** Labels above spans on or off (the choice is kept for every editor and the next session). */
    void toggleLabels() {
        displayOptions.setLabels(!displayOptions.labels());
        applyDisplayOptions();
    }

    /** Every stance's arc at once, or only the current stance's (the focus mode). */
    void toggleAllArcs() {
        displayOptions.setAllArcs(!displayOptions.allArcs());
        applyDisplayOptions();
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
        widget.setLineSpacing(displayOptions.labels() ? labelHeight + 6 : 10);
        widget.setTopMargin(12 + (displayOptions.labels() ? labelHeight : 0));
        widget.redraw();
        legend.update(displayOptions);
    }
}
