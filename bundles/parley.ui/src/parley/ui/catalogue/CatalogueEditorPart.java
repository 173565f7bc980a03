package parley.ui.catalogue;

import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.util.EList;
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
import org.eclipse.swt.widgets.Composite;
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

    @Inject
    private IEclipseContext context;
    @Inject
    private MPart part;

    private Project project;
    private Resource resource;
    private EObject root;
    private TreeViewer tree;
    private Text search;
    private CatalogueEntryForm form;
    private Label validation;
    private String problem;
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
        tree.addSelectionChangedListener(e -> form.show(e.getStructuredSelection().getFirstElement() instanceof EObject o ? o : null, root != null));
        button(left, "New actor", () -> add("actors", "Actor"));
        button(left, "New agreement", () -> add("agreements", "Agreement"));
        button(left, "Delete", this::deleteSelected);

        Composite right = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(right);
        form = new CatalogueEntryForm(right, entry -> {
            part.setDirty(true);
            tree.update(entry, null);
            validate();
        });
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(form.control());
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
        form.show(null, root != null);
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

    /** Edits a field of the selected entry as typing would (tests). */
    public void edit(String feature, String text) {
        form.edit(feature, text);
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
        EObject selected = form.entry();
        if (selected != null) {
            EcoreUtil.remove(selected);
            part.setDirty(true);
            tree.refresh();
            form.show(null, root != null);
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
