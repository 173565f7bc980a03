package parley.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import jakarta.inject.Inject;
import parley.annotation.Decisions;
import parley.annotation.TagChange;
import parley.review.ReviewRow;
import parley.review.RowOrder;
import parley.review.RowFilter;
import parley.type.Actor;
import parley.type.Tag;
import parley.ui.TagChooser;
import parley.types.TagValues;

/**
 * Every stance of the corpus in one virtual table: document, holder, polarity, target, the evidence
 * sentence with holder and target highlighted, status, confidence and origin. Filters by status,
 * holder, target, polarity, document and text; keys decide the selected rows (see the Review menu).
 */
public class StanceReviewPart extends AbstractReviewPart {

    public static final String PART_ID = "parley.ui.part.stanceReview";

    private static final String[] STATUS_CHOICES = {"Any status", RowFilter.OPEN, RowFilter.REVIEWED, TagValues.SUGGESTED, TagValues.ACCEPTED, TagValues.CORRECTED, TagValues.MANUAL, TagValues.REJECTED};
    private static final String[] POLARITY_CHOICES = {"Any polarity", TagValues.SUPPORT, TagValues.OPPOSE};

    @Inject
    @Optional
    private TagChooser chooser;

    private Text search;
    private Combo statusCombo;
    private Combo holderCombo;
    private Combo polarityCombo;
    private Combo targetCombo;
    private Combo documentCombo;
    private final List<String> holderIds = new ArrayList<>();
    private final List<String> targetIds = new ArrayList<>();
    private final List<String> documentNames = new ArrayList<>();
    private RowFilter filter = RowFilter.ANY;
    private boolean settingFilter;

    @Override
    protected String noun() {
        return "stances";
    }

    @Override
    protected List<ReviewRow> rows() {
        return session.corpus().stances();
    }

    @Override
    protected void createFilters(Composite bar) {
        GridLayoutFactory.fillDefaults().numColumns(7).applyTo(bar);
        search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Filter evidence, IDs, origin");
        GridDataFactory.fillDefaults().grab(true, false).hint(180, SWT.DEFAULT).applyTo(search);
        search.addListener(SWT.Modify, e -> {
            if (!settingFilter) {
                setFilter(filter.withText(search.getText()));
            }
        });
        statusCombo = combo(bar, STATUS_CHOICES);
        holderCombo = combo(bar, new String[] {"Any holder"});
        polarityCombo = combo(bar, POLARITY_CHOICES);
        targetCombo = combo(bar, new String[] {"Any target"});
        documentCombo = combo(bar, new String[] {"Any document"});
        Button clear = new Button(bar, SWT.PUSH);
        clear.setText("Clear");
        clear.addListener(SWT.Selection, e -> setFilter(RowFilter.ANY));
        statusCombo.addListener(SWT.Selection, e -> setFilter(filter.withStatus(choice(statusCombo, List.of(STATUS_CHOICES).subList(1, STATUS_CHOICES.length)))));
        polarityCombo.addListener(SWT.Selection, e -> setFilter(filter.withPolarity(choice(polarityCombo, List.of(TagValues.SUPPORT, TagValues.OPPOSE)))));
        holderCombo.addListener(SWT.Selection, e -> setFilter(filter.withHolder(choice(holderCombo, holderIds))));
        targetCombo.addListener(SWT.Selection, e -> setFilter(filter.withTarget(choice(targetCombo, targetIds))));
        documentCombo.addListener(SWT.Selection, e -> setFilter(filter.withDocument(choice(documentCombo, documentNames))));
    }

    private static Combo combo(Composite bar, String[] items) {
        Combo c = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        c.setItems(items);
        c.select(0);
        c.setVisibleItemCount(20);
        // a fixed width: long catalogue names would otherwise squeeze the search field out of the bar
        GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(c);
        return c;
    }

    /** The value a combo stands for: its first item means "any" (null). */
    private static String choice(Combo c, List<String> values) {
        int i = c.getSelectionIndex();
        return i <= 0 || i > values.size() ? null : values.get(i - 1);
    }

    @Override
    protected ReviewTable createTable(Composite parent) {
        List<ReviewTable.Column> columns = List.of(
                new ReviewTable.Column("Document", 120, r -> r.document().name(), RowOrder.byDocumentAndOffset(), null),
                ReviewTable.Column.of("Holder", 110, r -> label(r.holderId()), ReviewRow::holderId),
                ReviewTable.Column.of("Polarity", 70, ReviewRow::polarity),
                ReviewTable.Column.of("Target", 140, r -> label(r.targetId()), ReviewRow::targetId),
                // the measured precision of the frame that made a suggestion: visible without scrolling, to sort by
                new ReviewTable.Column("Confidence", 80, r -> String.format("%.2f", r.confidence()), RowOrder.byNumber(ReviewRow::confidence), null),
                ReviewTable.Column.of("Status", 90, ReviewRow::status),
                new ReviewTable.Column("Evidence", 440, ReviewRow::evidence, RowOrder.byEvidence(),
                        r -> new Tag[] {r.holder(), r.target()}),
                ReviewTable.Column.of("Origin", 140, ReviewRow::origin));
        return new ReviewTable(parent, columns, 0, SWT.UP);
    }


    @Override
    protected void updateFilterChoices() {
        if (session == null || holderCombo == null) {
            return;
        }
        List<ReviewRow> rows = rows();
        fill(holderCombo, "Any holder", holderIds, rows, ReviewRow::holderId, filter.holder(), true);
        fill(targetCombo, "Any target", targetIds, rows, ReviewRow::targetId, filter.target(), true);
        fill(documentCombo, "Any document", documentNames, rows, r -> r.document().name(), filter.document(), false);
    }

    /** Selects a filter value among a combo's choices (none: "any"); false where it is not among them. */
    private static boolean select(Combo combo, List<String> values, String value) {
        int i = value == null ? 0 : values.indexOf(value) + 1;
        if (i > 0 || value == null) {
            combo.select(i);
        }
        return i > 0 || value == null;
    }

    private void fill(Combo combo, String any, List<String> values, List<ReviewRow> rows, Function<ReviewRow, String> key, String selected, boolean labelled) {
        TreeSet<String> distinct = new TreeSet<>();
        for (ReviewRow r : rows) {
            String k = key.apply(r);
            if (k != null) {
                distinct.add(k);
            }
        }
        if (selected != null) {
            distinct.add(selected);
        }
        values.clear();
        values.addAll(distinct);
        String[] items = new String[values.size() + 1];
        items[0] = any;
        for (int i = 0; i < values.size(); i++) {
            items[i + 1] = labelled ? label(values.get(i)) : values.get(i);
        }
        combo.setItems(items);
        select(combo, values, selected);
    }

    /** Shows the stances the filter lets through, and the filter in the controls. */
    public void setFilter(RowFilter newFilter) {
        filter = newFilter;
        if (!search.getText().equals(filter.text() == null ? "" : filter.text())) {
            settingFilter = true;
            try {
                search.setText(filter.text() == null ? "" : filter.text());
            } finally {
                settingFilter = false;
            }
        }
        statusCombo.select(filter.status() == null ? 0 : List.of(STATUS_CHOICES).indexOf(filter.status()));
        polarityCombo.select(filter.polarity() == null ? 0 : List.of(POLARITY_CHOICES).indexOf(filter.polarity()));
        if (!select(holderCombo, holderIds, filter.holder()) | !select(targetCombo, targetIds, filter.target())
                | !select(documentCombo, documentNames, filter.document())) {
            updateFilterChoices(); // a value no row has yet: the choices gain it (the rows did not change, the filter did)
        }
        table.setFilter(filter);
        if (table.selected() == null) {
            table.select(0);
        }
        showStatus(null);
    }

    public RowFilter filter() {
        return filter;
    }

    private final java.util.function.Consumer<RowFilter> showRequested = requested -> {
        if (table != null && !table.control().isDisposed()) {
            setFilter(requested);
        }
    };

    @Override
    protected void sessionChanged(ReviewSession old) {
        if (old != null) {
            old.removeShowStances(showRequested);
        }
        if (session != null) {
            session.onShowStances(showRequested);
        }
    }

    /** SUPPORT becomes OPPOSE and back. */
    public void flipPolarity() {
        ReviewRow row = table.selected();
        if (row != null) {
            decide(Decisions.flipPolarity(row, origin()));
        }
    }

    /** Gives the selected stance another holder, chosen among the actors of its document. */
    public void changeHolder() {
        ReviewRow row = table.selected();
        if (row == null) {
            return;
        }
        Tag chosen = chooser().choose(table.control().getShell(), "Holder of the stance", row.evidence(),
                session.corpus().candidates(row, true), row.holder());
        if (chosen instanceof Actor holder && holder != row.holder()) {
            decide(Decisions.changeHolder(row, holder, origin()));
        }
    }

    /** Gives the selected stance another target: an actor or agreement of its document. */
    public void changeTarget() {
        ReviewRow row = table.selected();
        if (row == null) {
            return;
        }
        Tag chosen = chooser().choose(table.control().getShell(), "Target of the stance", row.evidence(),
                session.corpus().candidates(row, false), row.target());
        if (chosen != null && chosen != row.target()) {
            decide(Decisions.changeTarget(row, chosen, origin()));
        }
    }

    private TagChooser chooser() {
        return chooser != null ? chooser : parley.ui.dialogs.TagChooserDialog::choose;
    }
}
