package parley.ui.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The form of one catalogue entry (an actor or an agreement): a field per feature, an enum as a choice, a list one
 * value per line. Each keystroke sets the feature on the EMF object and tells {@code edited}.
 */
final class CatalogueEntryForm {

    /** The features the form edits, in order; list features are edited one value per line. */
    private static final List<String> ACTOR_FIELDS = List.of("id", "name", "category", "affiliation", "aliases", "metonyms", "demonyms");
    private static final List<String> AGREEMENT_FIELDS = List.of("id", "name", "kind", "dateSigned", "parties", "thirdParties",
            "parentProcess", "stage", "aliases", "descriptions");

    private final Composite form;
    private final Consumer<EObject> edited;
    private EObject entry;
    private boolean filling;

    CatalogueEntryForm(Composite parent, Consumer<EObject> edited) {
        this.form = new Composite(parent, SWT.NONE);
        this.edited = edited;
    }

    Composite control() {
        return form;
    }

    /** The entry shown, or null. */
    EObject entry() {
        return entry;
    }

    /** Shows an entry's fields; with none, a hint (when a catalogue is open). */
    void show(EObject shown, boolean catalogueOpen) {
        entry = shown;
        for (Control c : form.getChildren()) {
            c.dispose();
        }
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(form);
        if (shown == null) {
            Label hint = new Label(form, SWT.WRAP);
            hint.setText(catalogueOpen ? "Select an actor or agreement to edit it, or add a new one." : "");
            form.layout(true, true);
            return;
        }
        filling = true;
        boolean actor = shown.eClass().getName().equals("Actor");
        for (String name : actor ? ACTOR_FIELDS : AGREEMENT_FIELDS) {
            field(shown, name);
        }
        filling = false;
        form.layout(true, true);
    }

    private void field(EObject shown, String name) {
        EAttribute f = (EAttribute) shown.eClass().getEStructuralFeature(name);
        Label l = new Label(form, SWT.NONE);
        l.setText(title(name));
        GridDataFactory.fillDefaults().align(SWT.FILL, f.isMany() ? SWT.BEGINNING : SWT.CENTER).applyTo(l);
        if (f.getEType() instanceof EEnum e) {
            Combo c = new Combo(form, SWT.READ_ONLY);
            c.add("");
            e.getELiterals().forEach(lit -> c.add(lit.getName()));
            Object v = shown.eIsSet(f) ? shown.eGet(f) : null;
            c.select(v == null ? 0 : Arrays.asList(c.getItems()).indexOf(v.toString()));
            c.setData(name);
            c.addListener(SWT.Selection, ev -> set(shown, f, c.getText()));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(c);
        } else if (f.isMany()) {
            Text t = new Text(form, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
            @SuppressWarnings("unchecked")
            List<String> values = (List<String>) shown.eGet(f);
            t.setText(String.join("\n", values));
            t.setData(name);
            t.addListener(SWT.Modify, ev -> set(shown, f, t.getText()));
            GridDataFactory.fillDefaults().grab(true, false).hint(200, 64).applyTo(t);
        } else {
            Text t = new Text(form, SWT.SINGLE | SWT.BORDER);
            Object v = shown.eGet(f);
            t.setText(v == null ? "" : v.toString());
            t.setData(name);
            t.addListener(SWT.Modify, ev -> set(shown, f, t.getText()));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
        }
    }

    private static String title(String feature) {
        return switch (feature) {
            case "id" -> "ID";
            case "dateSigned" -> "Date signed";
            case "thirdParties" -> "Third parties";
            case "parentProcess" -> "Parent process";
            case "aliases" -> "Aliases (one per line)";
            case "metonyms" -> "Metonyms (one per line)";
            case "demonyms" -> "Demonyms (one per line)";
            case "descriptions" -> "Descriptions (one per line)";
            case "parties" -> "Parties (IDs, one per line)";
            default -> Character.toUpperCase(feature.charAt(0)) + feature.substring(1);
        };
    }

    /** Sets a feature from the form's text: empty clears it, lists take one value per line. */
    private void set(EObject target, EAttribute f, String text) {
        if (filling) {
            return;
        }
        String value = text.strip();
        if (f.isMany()) {
            @SuppressWarnings("unchecked")
            EList<String> values = (EList<String>) target.eGet(f);
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            values.clear();
            values.addAll(lines);
        } else if (value.isEmpty()) {
            target.eUnset(f);
        } else if (f.getEType() instanceof EEnum e) {
            target.eSet(f, e.getEEnumLiteral(value).getInstance());
        } else {
            target.eSet(f, value);
        }
        edited.accept(target);
    }

    /** Edits a field of the entry shown as typing would (tests). */
    void edit(String feature, String text) {
        for (Control c : form.getChildren()) {
            if (feature.equals(c.getData())) {
                if (c instanceof Text t) {
                    t.setText(text);
                } else if (c instanceof Combo combo) {
                    combo.setText(text);
                    combo.notifyListeners(SWT.Selection, null);
                }
                return;
            }
        }
        throw new IllegalArgumentException("no field " + feature + " for " + entry);
    }
}
