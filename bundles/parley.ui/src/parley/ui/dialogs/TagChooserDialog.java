package parley.ui.dialogs;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import parley.review.ReviewRow;
import parley.type.Tag;

/** A list of candidate annotations (text, ID, offset); Enter or double-click takes one. */
public final class TagChooserDialog extends Dialog {

    private final String title;
    private final String context;
    private final List<Tag> candidates;
    private final Tag current;
    private TableViewer list;
    private Tag chosen;

    private TagChooserDialog(Shell shell, String title, String context, List<Tag> candidates, Tag current) {
        super(shell);
        this.title = title;
        this.context = context;
        this.candidates = candidates;
        this.current = current;
    }

    public static Tag choose(Shell shell, String title, String context, List<Tag> candidates, Tag current) {
        TagChooserDialog d = new TagChooserDialog(shell, title, context, candidates, current);
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
        Label evidence = new Label(area, SWT.WRAP);
        evidence.setText(context);
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(evidence);
        list = new TableViewer(area, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                Tag t = (Tag) element;
                return t.getCoveredText() + "  —  " + ReviewRow.idOf(t) + "  (" + t.getClass().getSimpleName() + " at " + t.getBegin() + ")";
            }
        });
        list.setInput(candidates);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 260).applyTo(list.getControl());
        if (current != null && candidates.contains(current)) {
            list.setSelection(new StructuredSelection(current), true);
        } else if (!candidates.isEmpty()) {
            list.getTable().setSelection(0);
        }
        list.addDoubleClickListener(e -> okPressed());
        return area;
    }

    @Override
    protected void okPressed() {
        var s = list.getStructuredSelection();
        chosen = s.isEmpty() ? null : (Tag) s.getFirstElement();
        super.okPressed();
    }
}
