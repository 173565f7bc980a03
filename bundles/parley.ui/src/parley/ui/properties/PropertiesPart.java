package parley.ui.properties;

import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Stance;
import parley.type.Tag;
import parley.ui.editor.DocumentEditorPart;
import parley.ui.editor.TagSelection;
import parley.types.TagValues;

/** Shows and edits the features of the current annotation; every change is an undoable editor edit. */
public class PropertiesPart {

    static final List<String> STATUSES = List.of(TagValues.SUGGESTED, TagValues.ACCEPTED, TagValues.CORRECTED, TagValues.REJECTED, TagValues.MANUAL);

    private Composite form;
    private TagSelection shown;

    @PostConstruct
    public void createControls(Composite parent) {
        form = parent;
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 6).applyTo(form);
        render();
    }

    /** Keeps the last annotation when the selection goes elsewhere (e.g. into this part). */
    @Inject
    @Optional
    void show(@Named(IServiceConstants.ACTIVE_SELECTION) TagSelection selection) {
        if (selection != null) {
            shown = selection;
            render();
        }
    }

    public void render() {
        if (form == null || form.isDisposed()) {
            return;
        }
        for (Control c : form.getChildren()) {
            c.dispose();
        }
        if (shown == null) {
            row("", "Select an annotation in a document (N: next suggestion).");
        } else {
            Tag t = shown.tag();
            DocumentEditorPart editor = shown.editor();
            row("Type", t.getType().getShortName());
            row("Text", t instanceof Stance ? ellipsis(t.getCoveredText()) : t.getCoveredText());
            if (t instanceof Actor a) {
                row("Actor ID", a.getActorId() + nameOf(editor, a.getActorId(), true));
                row("Category", a.getCategory());
            } else if (t instanceof Agreement g) {
                row("Agreement ID", g.getAgreementId() + nameOf(editor, g.getAgreementId(), false));
            } else if (t instanceof Stance s) {
                row("Holder", s.getHolder() == null ? "?" : s.getHolder().getActorId() + " \u201c" + s.getHolder().getCoveredText() + "\u201d");
                Combo polarity = combo("Polarity", List.of(TagValues.SUPPORT, TagValues.OPPOSE), s.getPolarity());
                polarity.addListener(SWT.Selection, e -> editor.edits().setPolarity(s, polarity.getText()));
                row("Target", s.getTarget() instanceof Actor ta ? ta.getActorId() + " \u201c" + ta.getCoveredText() + "\u201d"
                        : s.getTarget() instanceof Agreement tg ? tg.getAgreementId() + " \u201c" + tg.getCoveredText() + "\u201d" : "?");
            }
            Combo status = combo("Status", STATUSES, t.getStatus());
            status.addListener(SWT.Selection, e -> editor.edits().setStatus(t, status.getText()));
            row("Confidence", String.format(Locale.ROOT, "%.2f", t.getConfidence()));
            row("Origin", t.getOrigin());
        }
        form.layout(true, true);
    }

    private static String nameOf(DocumentEditorPart editor, String id, boolean actor) {
        var c = editor.catalogue();
        String name = actor ? (c.actor(id) == null ? null : c.actor(id).name()) : (c.agreement(id) == null ? null : c.agreement(id).name());
        return name == null ? "  (not in the catalogue)" : "  \u2014 " + name;
    }

    private static String ellipsis(String s) {
        return s.length() > 160 ? s.substring(0, 157) + "\u2026" : s;
    }

    private void row(String label, String value) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, SWT.READ_ONLY | SWT.WRAP);
        text.setText(value == null ? "" : value);
        GridDataFactory.fillDefaults().grab(true, false).hint(180, SWT.DEFAULT).applyTo(text);
    }

    private Combo combo(String label, List<String> values, String current) {
        new Label(form, SWT.NONE).setText(label);
        Combo combo = new Combo(form, SWT.READ_ONLY);
        values.forEach(combo::add);
        combo.select(Math.max(0, values.indexOf(current)));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
    }

    /** The annotation shown, for tests. */
    public TagSelection shown() {
        return shown;
    }
}
