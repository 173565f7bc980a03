package parley.ui.review;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import parley.review.ReviewRow;
import parley.review.RowOrder;
import parley.review.RowFilter;
import parley.type.Tag;

/**
 * The actor and agreement suggestions of the whole corpus, most confident first (or least certain first), with the review keys
 * of the Stance Review: decide the clear cases in bulk, the doubtful ones one by one in context.
 */
public class SuggestionQueuePart extends AbstractReviewPart {

    public static final String PART_ID = "parley.ui.part.suggestionQueue";

    private Text search;
    private Combo kind;
    private Button openOnly;
    private Button leastCertainFirst;

    @Override
    protected String noun() {
        return "actor and agreement tags";
    }

    @Override
    protected List<ReviewRow> rows() {
        return session.corpus().tags();
    }

    @Override
    protected void createFilters(Composite bar) {
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
        search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Filter text, IDs, origin");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        kind = new Combo(bar, SWT.READ_ONLY);
        kind.setItems("Actors and agreements", "Actors", "Agreements");
        kind.select(0);
        openOnly = new Button(bar, SWT.CHECK);
        openOnly.setText("Open suggestions only");
        openOnly.setSelection(true);
        leastCertainFirst = new Button(bar, SWT.CHECK);
        leastCertainFirst.setText("Least certain first");
        leastCertainFirst.setToolTipText("Confidence blends Parley's estimate with what this project's decisions taught it (Learned)");
        leastCertainFirst.addListener(SWT.Selection, e -> table.sortBy(0, leastCertainFirst.getSelection() ? SWT.UP : SWT.DOWN));
        search.addListener(SWT.Modify, e -> applyFilter());
        kind.addListener(SWT.Selection, e -> applyFilter());
        openOnly.addListener(SWT.Selection, e -> applyFilter());
    }

    private void applyFilter() {
        RowFilter text = RowFilter.ANY.withText(search.getText()).withStatus(openOnly.getSelection() ? RowFilter.OPEN : null);
        int k = kind.getSelectionIndex();
        table.setFilter(r -> text.test(r) && (k == 0 || (k == 1) == "Actor".equals(r.kind())));
        if (table.selected() == null) {
            table.select(0);
        }
        showStatus(null);
    }

    @Override
    protected void reload() {
        super.reload();
        applyFilter();
    }

    /** Shows every status, not only the open suggestions (tests, and analysts revisiting decisions). */
    public void setOpenOnly(boolean open) {
        openOnly.setSelection(open);
        applyFilter();
    }

    @Override
    protected ReviewTable createTable(Composite parent) {
        List<ReviewTable.Column> columns = List.of(
                new ReviewTable.Column("Confidence", 80, r -> String.format("%.2f", r.confidence()), RowOrder.byNumber(ReviewRow::confidence), null),
                ReviewTable.Column.of("Kind", 80, ReviewRow::kind),
                ReviewTable.Column.of("Text", 160, ReviewRow::coveredText),
                ReviewTable.Column.of("ID", 170, r -> label(r.id()), ReviewRow::id),
                new ReviewTable.Column("Context", 480, ReviewRow::evidence, RowOrder.byEvidence(),
                        r -> new Tag[] {r.tag()}),
                new ReviewTable.Column("Document", 150, r -> r.document().name(),
                        RowOrder.byDocumentAndOffset(), null),
                ReviewTable.Column.of("Status", 90, ReviewRow::status),
                ReviewTable.Column.of("Origin", 130, ReviewRow::origin));
        return new ReviewTable(parent, columns, 0, SWT.DOWN);
    }

}
