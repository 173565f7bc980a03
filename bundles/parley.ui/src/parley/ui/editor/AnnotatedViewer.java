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

import org.apache.uima.jcas.JCas;

import parley.annotation.WorkingDocument;
import parley.model.Catalogue;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.TagValues;

/**
 * What the document editor shows: the legend, the text with its annotations drawn ({@link TagStyles}: boxes,
 * highlights, struck through; labels above the spans, stance arcs) and the overview beside it. It draws; the editor decides.
 */
final class AnnotatedViewer {

    /** A change of more tags than this repaints the whole view at once rather than tag by tag. */
    private static final int LOCAL_REPAINT_LIMIT = 64;

    private final Map<RGB, Color> colors = new HashMap<>();
    private final EditorDisplayOptions displayOptions = EditorDisplayOptions.load();
    private final SourceViewer viewer;
    private final AnnotationOverview overview;
    private final EditorLegend legend;
    private final Font labelFont;

    /** What the viewer draws from: the document's tags, the current one, and the catalogue's names for the hover. */
    interface Shown {
        /** The tags, or null while they are still being read. */
        JCas jcas();

        Tag current();

        /** The innermost Actor or Agreement at an offset, else the stance whose evidence holds it. */
        Tag tagAt(int offset);

        Catalogue catalogue();
    }

    AnnotatedViewer(Composite parent, Shown editor, String text, AnnotationMirror mirror, IntConsumer jump) {
        legend = new EditorLegend(parent, this::color, this::toggleLabels, this::toggleAllArcs);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(legend.control());
        Composite holder = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 0).applyTo(holder);
        // size hints: without them a layout asks the text for its preferred size, which lays out the whole document
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 200).applyTo(holder);
        // wrapped at every size: StyledText lays its lines out as they are shown (nothing here asks it for the pixel
        // height of the whole text, which would lay out every line)
        viewer = new SourceViewer(holder, null, SWT.V_SCROLL | SWT.WRAP);
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
        widget.addPaintListener(new StanceArcPainter(editor, displayOptions));
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

    /**
     * Some tags changed: repaint the text where they are drawn (a bulk change, a reload or a moved span: all of it), and
     * in the overview only their marks where nothing came or went.
     */
    void redraw(WorkingDocument.Change change) {
        int touched = change.added().size() + change.removed().size() + change.updated().size();
        if (change.reloaded() || change.spansMoved() || touched > LOCAL_REPAINT_LIMIT) {
            viewer.getTextWidget().redraw();
        } else {
            redrawAround(change.added());
            redrawAround(change.removed());
            redrawAround(change.updated());
        }
        if (change.structural()) {
            overview.annotationsChanged();
        } else {
            overview.tagsChanged(change.updated());
        }
    }

    /**
     * Repaints only where these tags are drawn: their lines, the space above them that holds the labels and arcs, and
     * for a stance the lines of its holder and target. A full redraw of StyledText lays out every visible line again
     * at once, which made a decision on a large document cost more than a frame.
     */
    void redrawAround(Iterable<? extends Tag> tags) {
        StyledText widget = viewer.getTextWidget();
        int chars = widget.getCharCount();
        int height = widget.getClientArea().height;
        int width = widget.getClientArea().width;
        int topLine = widget.getTopIndex();
        int bottomLine = widget.getLineIndex(height);
        for (Tag t : tags) {
            if (t == null) {
                continue;
            }
            int first = t.getBegin();
            int last = t.getEnd();
            if (t instanceof Stance s) {
                for (Tag end : new Tag[] {s.getHolder(), s.getTarget()}) {
                    if (end != null) {
                        first = Math.min(first, end.getBegin());
                        last = Math.max(last, end.getEnd());
                    }
                }
            }
            first = Math.max(0, Math.min(first, chars));
            last = Math.max(first, Math.min(last, chars));
            int firstLine = widget.getLineAtOffset(first);
            int lastLine = widget.getLineAtOffset(last);
            // lines far from the view are not asked for their pixels: a wrapped text would lay out every line between
            boolean near = lastLine + 1 >= topLine && firstLine <= bottomLine + 1;
            int top = near ? widget.getLinePixel(firstLine) - widget.getLineSpacing() - widget.getTopMargin() : 0;
            int bottom = near ? widget.getLinePixel(lastLine + 1) : 0;
            if (near && bottom > 0 && top < height) {
                // one band from the labels above to the line's end: StyledText forgets the cached styles of the
                // lines it crosses and lays them out again, so one call, not one per line
                // (the band ends a pixel short of the next line: StyledText would lay that line out again too)
                widget.redraw(0, Math.max(0, top), width, Math.min(height, bottom - 1) - Math.max(0, top), true);
            } else {
                widget.redrawRange(first, last - first, false); // out of sight: only its cached styles go
            }
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
