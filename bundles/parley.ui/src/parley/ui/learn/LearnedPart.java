package parley.ui.learn;

import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import parley.learn.LearnedRule;
import parley.learn.ProjectLearning;
import parley.learn.ReviewedTag;
import parley.store.CorpusDocument;
import parley.store.Project;
import parley.ui.services.DocumentOpener;
import parley.ui.widgets.TextColumns;

/**
 * What the project has learned from its analysts' decisions: each rule with the decisions it came from (a
 * double-click opens the first; the tooltip lists them), what it would do at the next Tag Corpus, the guard's
 * check on reviewed documents it was not learned from, and Keep / Dismiss. Tag Corpus applies the kept rules, and
 * with "apply automatically" the suppressions that pass the guard.
 */
public class LearnedPart {

    @Inject
    @Optional
    private Project project;
    @Inject
    @Optional
    private DocumentOpener opener;

    private TableViewer table;
    private Label status;
    private Button automatic;
    private ProjectLearning learning;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(5).applyTo(parent);
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        automatic = new Button(parent, SWT.CHECK);
        automatic.setText("Apply suppressions that pass the guard automatically");
        automatic.addListener(SWT.Selection, e -> setAutomatic(automatic.getSelection()));
        Button keep = new Button(parent, SWT.PUSH);
        keep.setText("Keep");
        keep.setToolTipText("Apply this rule at every Tag Corpus (an alias goes into the project's catalogue)");
        keep.addListener(SWT.Selection, e -> decide(true));
        Button dismiss = new Button(parent, SWT.PUSH);
        dismiss.setText("Dismiss");
        dismiss.setToolTipText("Never apply this rule: the next Tag Corpus suggests as it did before it");
        dismiss.addListener(SWT.Selection, e -> decide(false));
        Button again = new Button(parent, SWT.PUSH);
        again.setText("Learn Again");
        again.addListener(SWT.Selection, e -> reload());
        table = new TableViewer(parent, SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).span(5, 1).hint(300, 120).applyTo(table.getControl());
        ColumnViewerToolTipSupport.enableFor(table);
        column("Kind", 70, r -> r.kind().name().toLowerCase());
        column("What was learned", 360, LearnedRule::describe);
        column("Evidence", 170, r -> r.evidence().size() + " decision" + (r.evidence().size() == 1 ? "" : "s") + " in "
                + r.evidence().stream().map(ReviewedTag::document).distinct().count() + " document(s)");
        column("Next Tag Corpus", 160, r -> learning == null ? "" : learning.effect(r));
        column("In force", 90, this::state);
        column("Guard", 360, r -> learning == null ? "" : r.kind() == LearnedRule.Kind.CUE ? "changes confidence only" : learning.check(r).describe());
        table.addDoubleClickListener(e -> openEvidence());
        reload();
    }

    private void column(String title, int width, Function<LearnedRule, String> text) {
        TextColumns.add(table, LearnedRule.class, title, width, text, LearnedPart::evidence);
    }

    /** The rule and the decisions it came from (the first dozen). */
    private static String evidence(LearnedRule r) {
        StringBuilder tip = new StringBuilder(r.describe()).append("\n\nFrom:");
        r.evidence().stream().limit(12).forEach(t -> tip.append("\n  ").append(t.document()).append(" ").append(t.begin()).append(": “")
                .append(t.text()).append("” ").append(t.status().toLowerCase()));
        if (r.evidence().size() > 12) {
            tip.append("\n  … and ").append(r.evidence().size() - 12).append(" more");
        }
        return tip.toString();
    }

    private String state(LearnedRule r) {
        if (learning == null) {
            return "";
        }
        if (learning.choices().dismissed().contains(r.key())) {
            return "dismissed";
        }
        if (learning.choices().accepted().contains(r.key())) {
            return "kept";
        }
        return learning.inForce(r) ? (r.kind() == LearnedRule.Kind.CUE ? "confidence" : "automatic") : "proposed";
    }

    @Inject
    @Optional
    void setProject(Project project) {
        this.project = project;
        if (table != null && !table.getTable().isDisposed()) {
            reload();
        }
    }

    /** Learns in the background (every tagged document's CAS is read), then shows the rules. */
    private void reload() {
        Project p = project;
        if (p == null) {
            status.setText("Open a corpus: Parley learns from the decisions made in it.");
            table.setInput(List.of());
            return;
        }
        status.setText("Learning from the decisions in " + p.corpus().folder().getFileName() + "…");
        Job job = Job.create("Learning from the analysts' decisions", monitor -> {
            try {
                ProjectLearning learned = ProjectLearning.of(p);
                table.getControl().getDisplay().asyncExec(() -> show(learned));
                return Status.OK_STATUS;
            } catch (Exception e) {
                table.getControl().getDisplay().asyncExec(() -> {
                    if (!status.isDisposed()) {
                        status.setText("Cannot learn: " + e.getMessage());
                    }
                });
                return Status.warning(e.getMessage(), e);
            }
        });
        job.schedule();
    }

    private void show(ProjectLearning learned) {
        if (table.getTable().isDisposed()) {
            return;
        }
        learning = learned;
        status.setText(learned.summary());
        automatic.setSelection(learned.choices().automatic());
        table.setInput(learned.rules());
        status.getParent().layout();
    }

    private void decide(boolean keep) {
        IStructuredSelection selection = table.getStructuredSelection();
        if (learning == null || selection.isEmpty()) {
            return;
        }
        try {
            for (Object o : selection.toList()) {
                if (keep) {
                    learning.accept((LearnedRule) o);
                } else {
                    learning.dismiss((LearnedRule) o);
                }
            }
        } catch (Exception e) {
            MessageDialog.openError(table.getControl().getShell(), "Learned", e.getMessage());
        }
        table.refresh();
    }

    private void setAutomatic(boolean on) {
        if (learning == null) {
            return;
        }
        try {
            learning.setAutomatic(on);
        } catch (Exception e) {
            MessageDialog.openError(table.getControl().getShell(), "Learned", e.getMessage());
        }
        table.refresh();
    }

    private void openEvidence() {
        Object first = table.getStructuredSelection().getFirstElement();
        if (!(first instanceof LearnedRule rule) || rule.evidence().isEmpty() || opener == null || project == null) {
            return;
        }
        ReviewedTag t = rule.evidence().get(0);
        project.corpus().documents().stream().filter(d -> d.name().equals(t.document())).findFirst()
                .ifPresent((CorpusDocument d) -> opener.open(d, t.begin(), t.end()));
    }
}
