package parley.ui.editor;

import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import parley.types.TagValues;

/**
 * The strip above the text: what each colour and each look means, and the two display switches (labels
 * above spans, all stance arcs), so that neither needs to be remembered.
 */
final class EditorLegend {

    private static final Map<String, String> NAMES = Map.of(TagValues.STATE, "State", TagValues.ARMED_GROUP, "Armed group", TagValues.POLITICAL_BODY,
            "Political body", TagValues.INTERNATIONAL_ORG, "International org.", TagValues.PERSON, "Person", "AGREEMENT", "Agreement");

    private final Composite strip;
    private final Button labels;
    private final Button arcs;

    EditorLegend(Composite parent, Function<RGB, Color> colours, Runnable toggleLabels, Runnable toggleArcs) {
        strip = new Composite(parent, SWT.NONE);
        RowLayoutFactory.fillDefaults().spacing(10).margins(8, 3).center(true).wrap(true).applyTo(strip);
        for (Map.Entry<String, RGB> kind : AnnotationStyles.COLOURS.entrySet()) {
            if (NAMES.containsKey(kind.getKey())) {
                chip(colours.apply(kind.getValue()), NAMES.get(kind.getKey()));
            }
        }
        Label looks = new Label(strip, SWT.NONE);
        looks.setText("\u2502 dashed: suggestion \u00b7 tinted: reviewed \u00b7 struck through: rejected \u2502");
        labels = new Button(strip, SWT.CHECK);
        labels.setText("Labels (Ctrl+Shift+L)");
        labels.addListener(SWT.Selection, e -> toggleLabels.run());
        arcs = new Button(strip, SWT.CHECK);
        arcs.setText("All arcs (Ctrl+Shift+A)");
        arcs.addListener(SWT.Selection, e -> toggleArcs.run());
    }

    private void chip(Color colour, String name) {
        Composite c = new Composite(strip, SWT.NONE);
        org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().numColumns(2).spacing(4, 0).applyTo(c);
        Canvas swatch = new Canvas(c, SWT.NONE);
        GridDataFactory.swtDefaults().hint(12, 12).applyTo(swatch);
        swatch.addPaintListener(e -> {
            e.gc.setBackground(colour);
            e.gc.fillRoundRectangle(0, 0, 12, 12, 3, 3);
        });
        Label l = new Label(c, SWT.NONE);
        l.setText(name);
    }

    void update(EditorDisplayOptions options) {
        labels.setSelection(options.labels());
        arcs.setSelection(options.allArcs());
    }

    Control control() {
        return strip;
    }
}
