package parley.ui.review;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import parley.model.ActorEntry;
import parley.model.AgreementEntry;
import parley.model.Catalogue;
import parley.annotation.Decisions;
import parley.annotation.TagChange;
import parley.review.ReviewRow;
import parley.store.CorpusDocument;
import parley.store.Project;
import parley.ui.services.Analyst;
import parley.ui.services.DocumentOpener;

/**
 * What the Stance Review and the Suggestion queue share: a filter bar, a virtual table of rows, a
 * status line, and the keyboard workflow (accept, reject, bulk over the filtered rows, undo, open the
 * document at the evidence). The review binding context is active while the table has focus, so that
 * single-letter keys never fire while the analyst types a filter.
 */
public abstract class AbstractReviewPart {

    /** The binding context of the review keys (Application.e4xmi). */
    public static final String REVIEW_CONTEXT = "parley.ui.context.review";

    @Inject
    protected IEclipseContext context;
    @Inject
    @Optional
    protected Catalogue catalogue;
    @Inject
    @Optional
    private DocumentOpener opener;
    @Inject
    @Optional
    private EContextService contexts;

    protected ReviewSession session;
    protected ReviewTable table;
    private Composite filterBar;
    private Label status;
    private final Consumer<Set<CorpusDocument>> onChange = docs -> changed();
    /** The rows the filter choices were last made from: the corpus makes a new list only when rows come or go. */
    private List<ReviewRow> choicesFrom;

    @PostConstruct
    public void postConstruct(Composite parent) {
        createControls(parent);
        reload();
    }

    private void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(parent);
        filterBar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterBar);
        createFilters(filterBar);
        table = createTable(parent);
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        var t = table.control();
        t.addListener(SWT.FocusIn, e -> {
            if (contexts != null) {
                contexts.activateContext(REVIEW_CONTEXT);
            }
        });
        t.addListener(SWT.FocusOut, e -> {
            if (contexts != null) {
                contexts.deactivateContext(REVIEW_CONTEXT);
            }
        });
        table.onOpen(this::openEvidence);
    }

    protected abstract void createFilters(Composite bar);

    protected abstract ReviewTable createTable(Composite parent);

    /** The rows of the corpus this part reviews. */
    protected abstract List<ReviewRow> rows();

    /** Rebuilds filter choices from the corpus (holders, targets, documents). */
    protected void updateFilterChoices() {
    }

    protected abstract String noun();

    @Inject
    @Optional
    void setProject(Project project) {
        attach();
        if (table != null) {
            reload();
        }
    }

    /** A document that arrived in the corpus folder (written there, imported from a report) counts as not tagged yet. */
    @Inject
    @Optional
    void corpusListed(parley.store.Corpus corpus) {
        if (corpus != null && session != null && table != null && !table.control().isDisposed()) {
            corpus.documents().forEach(session.corpus()::add);
            showStatus(session.lastProblem());
        }
    }

    /** Follows the review session of the context's project (or of CASes in memory). */
    private void attach() {
        ReviewSession old = session;
        if (session != null) {
            session.removeListener(onChange);
        }
        session = ReviewSession.of(context);
        if (session != null) {
            session.addListener(onChange);
        }
        sessionChanged(old);
    }

    /** After the part moved to another project's session. */
    protected void sessionChanged(ReviewSession old) {
    }

    /** Called once the controls exist. */
    protected void reload() {
        if (session == null) {
            attach(); // no project injected: a review installed over CASes in memory, if any
            if (session == null) {
                table.setRows(List.of());
                showStatus(null);
                return;
            }
        }
        updateFilterChoices();
        choicesFrom = session == null ? null : rows();
        table.setRows(session == null ? List.of() : rows());
        if (table.selected() == null) {
            table.select(0);
        }
        showStatus(null);
    }

    private void changed() {
        if (table == null || table.control().isDisposed()) {
            return;
        }
        List<ReviewRow> rows = rows();
        if (rows != choicesFrom) {
            updateFilterChoices(); // the rows themselves changed (tags added, removed, moved), not only their values
            choicesFrom = rows;
        }
        table.setRows(rows);
        showStatus(session.lastProblem());
    }

    protected void showStatus(String problem) {
        if (status == null || status.isDisposed()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        if (problem != null) {
            text.append(problem);
        } else if (session == null) {
            text.append("No project open.");
        } else {
            int total = rows().size();
            text.append(String.format("%,d of %,d %s shown", table.shown().size(), total, noun()));
            if (session.corpus().untagged() > 0) {
                text.append(String.format(" · %d documents not tagged yet (Tag Corpus, Ctrl+T)", session.corpus().untagged()));
            }
            session.corpus().problems().forEach(p -> text.append(" · ").append(p));
            if (session.corpus().isReadOnly()) {
                text.append(" · read-only: the project is open in another Parley process");
            }
        }
        status.setText(text.toString());
        status.setForeground(problem != null ? status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        status.getParent().layout(new org.eclipse.swt.widgets.Control[] {status});
    }

    /** An ID with its catalogue name ("RUS · Russia"); IDs are unique across actors and agreements. */
    protected String label(String id) {
        if (id == null || catalogue == null) {
            return id == null ? "" : id;
        }
        ActorEntry a = catalogue.actor(id);
        AgreementEntry g = a == null ? catalogue.agreement(id) : null;
        String name = a != null ? a.name() : g != null ? g.name() : null;
        return name == null ? id : id + " · " + name;
    }

    protected String origin() {
        return Analyst.origin();
    }

    /** Runs a decision; reports a refusal in the status line. */
    protected boolean decide(TagChange decision) {
        if (session == null || decision.isEmpty()) {
            return false;
        }
        boolean done = session.decide(decision);
        if (done) {
            showStatus(null);
        } else if (session.lastProblem() != null) {
            showStatus(session.lastProblem());
        }
        return done;
    }

    public void accept() {
        List<ReviewRow> rows = table.selectedRows();
        if (rows.isEmpty()) {
            return;
        }
        TagChange d = Decisions.accept(rows, origin());
        if (d.isEmpty() || decide(d)) { // already so: confirming it moves on as well
            moveOn(rows);
        }
    }

    public void reject() {
        List<ReviewRow> rows = table.selectedRows();
        if (rows.isEmpty()) {
            return;
        }
        TagChange d = Decisions.reject(rows, origin());
        if (d.isEmpty() || decide(d)) { // already so: confirming it moves on as well
            moveOn(rows);
        }
    }

    /** After deciding a row that stays in view, the next row is the one to decide. */
    private void moveOn(List<ReviewRow> decided) {
        if (decided.size() == 1 && table.selected() == decided.get(0)) {
            table.select(table.selectionIndex() + 1);
        }
    }

    /** Accepts every row the filter shows, as one undoable decision. */
    public int acceptAllShown() {
        List<ReviewRow> rows = List.copyOf(table.shown());
        return decide(Decisions.accept(rows, origin())) ? rows.size() : 0;
    }

    public int rejectAllShown() {
        List<ReviewRow> rows = List.copyOf(table.shown());
        return decide(Decisions.reject(rows, origin())) ? rows.size() : 0;
    }

    public boolean undo() {
        return session != null && session.undo();
    }

    public boolean redo() {
        return session != null && session.redo();
    }

    /** Opens the selected row's document with its annotation selected. */
    public void openEvidence() {
        ReviewRow row = table.selected();
        if (row != null && opener != null) {
            opener.open(row.document(), row.tag().getBegin(), row.tag().getEnd());
        }
    }

    public boolean hasSelection() {
        return table != null && table.selected() != null;
    }

    public List<ReviewRow> shownRows() {
        return table.shown();
    }

    public ReviewTable table() {
        return table;
    }

    @Focus
    public void setFocus() {
        table.control().setFocus();
    }

    @PreDestroy
    void dispose() {
        if (session != null) {
            session.removeListener(onChange);
        }
    }
}
