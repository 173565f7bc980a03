package parley.ui.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import parley.model.ActorEntry;
import parley.model.AgreementEntry;
import parley.model.Catalogue;

/**
 * Type-ahead over the catalogue: the filter matches IDs, names and aliases; Enter takes the first match.
 * Where nothing matches, the one entry left is "New actor …", which answers {@link #NEW_ACTOR} + the typed text.
 */
public final class CatalogueLabelDialog extends Dialog {

    record Entry(String id, String label, String searchable) {
    }

    /** Prefix of the answer that asks for a new catalogue actor named by the rest of it. */
    public static final String NEW_ACTOR = "new-actor:";

    private final String title;
    private final List<Entry> entries = new ArrayList<>();
    private TableViewer list;
    private String filterText = "";
    private String chosen;

    private CatalogueLabelDialog(Shell shell, String title, Catalogue catalogue) {
        super(shell);
        this.title = title;
        for (ActorEntry a : catalogue.actors()) {
            entries.add(new Entry(a.id(), a.id() + "  \u2014  " + a.name() + "  (" + a.category() + ")",
                    (a.id() + " " + a.name() + " " + String.join(" ", a.aliases()) + " " + String.join(" ", a.metonyms())).toLowerCase(Locale.ROOT)));
        }
        for (AgreementEntry g : catalogue.agreements()) {
            entries.add(new Entry(g.id(), g.id() + "  \u2014  " + g.name() + "  (agreement)",
                    (g.id() + " " + g.name() + " " + String.join(" ", g.aliases())).toLowerCase(Locale.ROOT)));
        }
    }

    public static String choose(Shell shell, String title, Catalogue catalogue, String current) {
        CatalogueLabelDialog d = new CatalogueLabelDialog(shell, title, catalogue);
        return d.open() == OK ? d.chosen : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Text filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH);
        filter.setMessage("Type an ID, name or alias");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        list = new TableViewer(area, SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER | SWT.FULL_SELECTION);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(LabelProvider.createTextProvider(e -> ((Entry) e).label()));
        list.setInput(entries);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 320).applyTo(list.getControl());
        Entry newActor = new Entry(null, "", "");
        entries.add(newActor);
        list.addFilter(new ViewerFilter() {
            @Override
            public boolean select(org.eclipse.jface.viewers.Viewer viewer, Object parentElement, Object element) {
                String q = filter.getText().trim().toLowerCase(Locale.ROOT);
                if (element == newActor) {
                    return !q.isEmpty() && entries.stream().noneMatch(e -> e != newActor && e.searchable().contains(q));
                }
                return q.isEmpty() || ((Entry) element).searchable().contains(q);
            }
        });
        list.setLabelProvider(LabelProvider.createTextProvider(e -> e == newActor
                ? "New actor \u201c" + filter.getText().trim() + "\u201d\u2026  (added to this project's catalogue)" : ((Entry) e).label()));
        filter.addModifyListener(e -> {
            list.refresh();
            if (list.getTable().getItemCount() > 0) {
                list.getTable().select(0);
            }
            this.filterText = filter.getText().trim();
        });

        filter.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN) {
                list.getTable().setFocus();
            }
        });
        list.addDoubleClickListener(e -> okPressed());
        return area;
    }

    @Override
    protected void okPressed() {
        Object first = list.getStructuredSelection().getFirstElement();
        if (first == null && list.getTable().getItemCount() > 0) {
            first = list.getElementAt(0);
        }
        chosen = first == null ? null : ((Entry) first).id() == null ? NEW_ACTOR + filterText : ((Entry) first).id();
        super.okPressed();
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
