package parley.ui.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import parley.model.Catalogue;
import parley.model.CatalogueException;
import parley.model.CatalogueStore;
import parley.store.DocumentException;
import parley.store.Project;

/**
 * Edits the project's catalogue (the EMF model of {@code catalogue.ecore}) in place: browse and search
 * actors and agreements, add, edit or delete them. Every change is validated as the taggers would
 * (duplicate alias, unknown affiliation or party, bad ID or date); a valid catalogue is saved as JSON to
 * the project, and the next tagging run uses it.
 */
public class CatalogueEditorPart {

    public static final String PART_ID = "parley.ui.part.catalogue";

    /** The features the form edits, in order; list features are edited one value per line. */
    private static final List<String> ACTOR_FIELDS = List.of("id", "name", "category", "affiliation", "aliases", "metonyms", "demonyms");
    private static final List<String> AGREEMENT_FIELDS = List.of("id", "name", "kind", "dateSigned", "parties", "thirdParties",
            "parentProcess", "stage", "aliases", "descriptions");

    @Inject
    private IEclipseContext context;
    @Inject
    private MPart part;

    private Project project;
    private Resource resource;
    private EObject root;
    private TreeViewer tree;
    private Text search;
    private Composite form;
    private Label validation;
    private String problem;
    private EObject selected;
    private boolean filling;
    private StanceCuesView cues;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        CTabFolder tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 100).applyTo(tabs);
        SashForm sash = new SashForm(tabs, SWT.HORIZONTAL);
        CTabItem entriesTab = new CTabItem(tabs, SWT.NONE);
        entriesTab.setText("Actors and agreements");
        entriesTab.setControl(sash);
        Composite cuesPage = new Composite(tabs, SWT.NONE);
        CTabItem cuesTab = new CTabItem(tabs, SWT.NONE);
        cuesTab.setText("Stance cues");
        cuesTab.setControl(cuesPage);
        cues = new StanceCuesView(cuesPage, () -> project);
        tabs.setSelection(entriesTab);

        Composite left = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(left);
        search = new Text(left, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Search IDs, names, aliases");
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(search);
        tree = new TreeViewer(left, SWT.SINGLE | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(150, 100).applyTo(tree.getControl());
        tree.setContentProvider(new Content());
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof String group) {
                    return group + " (" + entries(group).size() + ")";
                }
                EObject o = (EObject) element;
                String name = str(o, "name");
                return str(o, "id") + (name == null ? "" : " · " + name);
            }
        });
        tree.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                return element instanceof String || matches((EObject) element, search.getText());
            }
        });
        search.addListener(SWT.Modify, e -> {
            tree.refresh();
            tree.expandAll();
        });
        tree.addSelectionChangedListener(e -> show(e.getStructuredSelection().getFirstElement() instanceof EObject o ? o : null));
        button(left, "New actor", () -> add("actors", "Actor"));
        button(left, "New agreement", () -> add("agreements", "Agreement"));
        button(left, "Delete", this::deleteSelected);

        Composite right = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(right);
        form = new Composite(right, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(form);
        validation = new Label(right, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(validation);
        button(right, "Save", this::saveQuietly);
        sash.setWeights(35, 65);
        load();
    }

    private static void button(Composite parent, String label, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        b.addListener(SWT.Selection, e -> action.run());
    }

    @Inject
    @Optional
    void setProject(Project newProject) {
        this.project = newProject;
        if (tree != null) {
            load();
            cues.reload();
        }
    }

    private void load() {
        problem = null;
        resource = null;
        root = null;
        try {
            resource = project != null ? project.editableCatalogue() : CatalogueStore.loadDefaultResource();
            root = resource.getContents().get(0);
        } catch (CatalogueException e) {
            problem = e.getMessage();
        }
        tree.setInput(root == null ? new Object() : root);
        tree.expandAll();
        show(null);
        part.setDirty(false);
        validate();
    }

    // ---- the tree ----

    private EList<EObject> entries(String group) {
        return list(root, group.equals("Actors") ? "actors" : "agreements");
    }

    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return root == null ? new Object[0] : new Object[] {"Actors", "Agreements"};
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof String group ? entries(group).toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof EObject o ? (o.eClass().getName().equals("Actor") ? "Actors" : "Agreements") : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof String;
        }
    }

    private static boolean matches(EObject o, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.toLowerCase(Locale.ROOT);
        for (EStructuralFeature f : o.eClass().getEAllAttributes()) {
            Object v = o.eGet(f);
            if (v != null && v.toString().toLowerCase(Locale.ROOT).contains(q)) {
                return true;
            }
        }
        return false;
    }

    // ---- the form ----

    private void show(EObject entry) {
        selected = entry;
        for (Control c : form.getChildren()) {
            c.dispose();
        }
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(form);
        if (entry == null) {
            Label hint = new Label(form, SWT.WRAP);
            hint.setText(root == null ? "" : "Select an actor or agreement to edit it, or add a new one.");
            form.layout(true, true);
            return;
        }
        filling = true;
        boolean actor = entry.eClass().getName().equals("Actor");
        for (String name : actor ? ACTOR_FIELDS : AGREEMENT_FIELDS) {
            EAttribute f = (EAttribute) entry.eClass().getEStructuralFeature(name);
            Label l = new Label(form, SWT.NONE);
            l.setText(title(name));
            GridDataFactory.fillDefaults().align(SWT.FILL, f.isMany() ? SWT.BEGINNING : SWT.CENTER).applyTo(l);
            if (f.getEType() instanceof EEnum e) {
                Combo c = new Combo(form, SWT.READ_ONLY);
                c.add("");
                e.getELiterals().forEach(lit -> c.add(lit.getName()));
                Object v = entry.eIsSet(f) ? entry.eGet(f) : null;
                c.select(v == null ? 0 : Arrays.asList(c.getItems()).indexOf(v.toString()));
                c.setData(name);
                c.addListener(SWT.Selection, ev -> set(entry, f, c.getText()));
                GridDataFactory.fillDefaults().grab(true, false).applyTo(c);
            } else if (f.isMany()) {
                Text t = new Text(form, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
                @SuppressWarnings("unchecked")
                List<String> values = (List<String>) entry.eGet(f);
                t.setText(String.join("\n", values));
                t.setData(name);
                t.addListener(SWT.Modify, ev -> set(entry, f, t.getText()));
                GridDataFactory.fillDefaults().grab(true, false).hint(200, 64).applyTo(t);
            } else {
                Text t = new Text(form, SWT.SINGLE | SWT.BORDER);
                Object v = entry.eGet(f);
                t.setText(v == null ? "" : v.toString());
                t.setData(name);
                t.addListener(SWT.Modify, ev -> set(entry, f, t.getText()));
                GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
            }
        }
        filling = false;
        form.layout(true, true);
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
    private void set(EObject entry, EAttribute f, String text) {
        if (filling) {
            return;
        }
        String value = text.strip();
        if (f.isMany()) {
            @SuppressWarnings("unchecked")
            EList<String> values = (EList<String>) entry.eGet(f);
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            values.clear();
            values.addAll(lines);
        } else if (value.isEmpty()) {
            entry.eUnset(f);
        } else if (f.getEType() instanceof EEnum e) {
            entry.eSet(f, e.getEEnumLiteral(value).getInstance());
        } else {
            entry.eSet(f, value);
        }
        part.setDirty(true);
        tree.update(entry, null);
        validate();
    }

    /** Edits a field of the selected entry as typing would (tests). */
    public void edit(String feature, String text) {
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
        throw new IllegalArgumentException("no field " + feature + " for " + selected);
    }

    /** Selects the entry with this ID (tests, and links from elsewhere). */
    public boolean select(String id) {
        for (String group : List.of("actors", "agreements")) {
            for (EObject o : list(root, group)) {
                if (id.equals(str(o, "id"))) {
                    tree.setSelection(new StructuredSelection(o), true);
                    return true;
                }
            }
        }
        return false;
    }

    private void add(String group, String eClass) {
        if (root == null) {
            return;
        }
        EClass type = CatalogueStore.eClass(eClass);
        EObject entry = EcoreUtil.create(type);
        entry.eSet(type.getEStructuralFeature("id"), "NEW_" + eClass.toUpperCase(Locale.ROOT) + "_" + (list(root, group).size() + 1));
        if (eClass.equals("Actor")) {
            entry.eSet(type.getEStructuralFeature("category"), ((EEnum) type.getEStructuralFeature("category").getEType()).getEEnumLiteral("STATE").getInstance());
        }
        list(root, group).add(entry);
        part.setDirty(true);
        tree.refresh();
        tree.setSelection(new StructuredSelection(entry), true);
        validate();
    }

    private void deleteSelected() {
        if (selected != null) {
            EcoreUtil.remove(selected);
            part.setDirty(true);
            tree.refresh();
            show(null);
            validate();
        }
    }

    /** Validates as the taggers would; the message names the entry at fault. */
    private void validate() {
        if (root == null) {
            validation.setText(problem == null ? "No catalogue." : problem);
            validation.setForeground(validation.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            return;
        }
        try {
            Catalogue c = CatalogueStore.toCatalogue("catalogue", root);
            problem = null;
            validation.setText(String.format("Valid: %d actors, %d agreements%s", c.actors().size(), c.agreements().size(),
                    part.isDirty() ? " (unsaved)" : project != null && project.customCatalogue() != null ? " (the project's own)" : " (as shipped)"));
            validation.setForeground(null);
        } catch (CatalogueException e) {
            problem = e.getMessage().replaceFirst("^catalogue: ", "");
            validation.setText(problem);
            validation.setForeground(validation.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        }
        validation.getParent().layout(true, true);
    }

    /** Null while the catalogue is valid, else what is wrong with it. */
    public String problem() {
        return problem;
    }

    /** Writes the catalogue to the project (refused while invalid); the workbench then names actors by it. */
    @Persist
    public void save() throws CatalogueException, DocumentException {
        if (project == null || root == null) {
            return;
        }
        Catalogue saved = project.saveCatalogue(resource);
        IEclipseContext top = context;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        top.set(Catalogue.class, saved);
        part.setDirty(false);
        validate();
    }

    private void saveQuietly() {
        try {
            save();
        } catch (CatalogueException | DocumentException e) {
            validation.setText("Not saved: " + e.getMessage());
            validation.setForeground(validation.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            validation.getParent().layout(true, true);
        }
    }

    public boolean isDirty() {
        return part.isDirty();
    }

    @SuppressWarnings("unchecked")
    private static EList<EObject> list(EObject o, String feature) {
        return (EList<EObject>) o.eGet(o.eClass().getEStructuralFeature(feature));
    }

    private static String str(EObject o, String feature) {
        Object v = o.eGet(o.eClass().getEStructuralFeature(feature));
        return v == null ? null : v.toString();
    }

    @Focus
    public void focus() {
        search.setFocus();
    }
}
