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

/**
 * A list of candidate annotations, those of the evidence sentence first, each as its ID and text
 * ("RUS  “Moscow”"), one line per ID and text; the first candidate that is not the current one is selected,
 * so Enter takes the likeliest correction. Enter or double-click takes one.
 */
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
        java.util.Set<String> seen = new java.util.HashSet<>();
        this.candidates = candidates.stream().filter(t -> t == current || seen.add(ReviewRow.idOf(t) + "|" + t.getCoveredText())).toList();
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
                return ReviewRow.idOf(t) + "  \u201c" + t.getCoveredText() + "\u201d" + (t == current ? "  (now)" : "");
            }
        });
        list.setInput(candidates);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 260).applyTo(list.getControl());
        candidates.stream().filter(t -> t != current).findFirst()
                .ifPresent(first -> list.setSelection(new StructuredSelection(first), true));
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
