package parley.ui.catalogue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import parley.pipeline.StanceCues;
import parley.store.DocumentException;
import parley.store.Project;

/**
 * The stance lexicon in the catalogue editor: every cue group (polarity, codebook class, words, the prepositions
 * that introduce a target), the shipped ones and the project's own, searchable; an analyst adds a word to the
 * selected group's kind, and the project's next tagging run uses it.
 */
final class StanceCuesView {

    private final Supplier<Project> project;
    private final TableViewer table;
    private final Text search;
    private final Text word;
    private final Button verb;
    private final Label status;

    StanceCuesView(Composite parent, Supplier<Project> project) {
        this.project = project;
        GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(4).applyTo(parent);
        search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Search cue words and classes");
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(search);
        table = new TableViewer(parent, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(300, 150).applyTo(table.getControl());
        table.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(table);
        column("Polarity", 80, g -> g.polarity());
        column("Codebook class", 260, g -> g.codebookClass());
        column("Words (verbs as lemmas)", 380, g -> String.join(", ", g.words()));
        column("Target after", 110, g -> String.join(", ", g.prepositions()));
        column("From", 80, g -> g.added() ? "project" : "Parley");
        table.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                String q = search.getText().toLowerCase(Locale.ROOT).strip();
                StanceCues.Group g = (StanceCues.Group) element;
                return q.isEmpty() || g.codebookClass().toLowerCase(Locale.ROOT).contains(q) || g.words().stream().anyMatch(w -> w.contains(q));
            }
        });
        search.addListener(SWT.Modify, e -> table.refresh());

        Label l = new Label(parent, SWT.NONE);
        l.setText("New cue like the selected group:");
        word = new Text(parent, SWT.BORDER);
        word.setMessage("one word, e.g. rebuke");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(word);
        verb = new Button(parent, SWT.CHECK);
        verb.setText("verb (every form)");
        verb.setSelection(true);
        Button add = new Button(parent, SWT.PUSH);
        add.setText("Add cue");
        add.addListener(SWT.Selection, e -> add());
        word.addListener(SWT.DefaultSelection, e -> add());
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(300, SWT.DEFAULT).applyTo(status);
        reload();
    }

    private void column(String title, int width, java.util.function.Function<StanceCues.Group, String> text) {
        // the tooltip repeats the text: long word lists do not fit their column
        parley.ui.widgets.TextColumns.add(table, StanceCues.Group.class, title, width, text, text);
    }

    private Path additions() {
        Project p = project.get();
        return p == null ? null : p.lexiconAdditions();
    }

    void reload() {
        try {
            List<StanceCues.Group> groups = StanceCues.groups(additions());
            table.setInput(groups);
            status.setText(String.format(Locale.ROOT, "%d cue groups, %d words%s", groups.size(),
                    groups.stream().mapToInt(g -> g.words().size()).sum(), additions() == null ? " (no project open: shipped cues only)" : ""));
        } catch (DocumentException e) {
            table.setInput(List.of());
            status.setText(e.getMessage());
        }
    }

    private void add() {
        Path file = additions();
        if (file == null) {
            status.setText("Open a corpus first: added cues belong to its project.");
            return;
        }
        if (!(table.getStructuredSelection().getFirstElement() instanceof StanceCues.Group like)) {
            status.setText("Select the group whose kind of cue the new word is, then add it.");
            return;
        }
        try {
            StanceCues.add(file, like, word.getText(), verb.getSelection());
            String added = word.getText().strip();
            word.setText("");
            reload();
            status.setText("Added \u201c" + added + "\u201d (" + like.polarity() + ") to " + file + ". Tag Corpus or reopening a document uses it.");
        } catch (DocumentException e) {
            status.setText("Not added: " + e.getMessage());
        }
    }
}
