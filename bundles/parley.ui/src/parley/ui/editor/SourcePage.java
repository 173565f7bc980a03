package parley.ui.editor;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.ImportRecord;
import parley.store.Project;

/**
 * The line under the text of a document imported from a report: the page of the original that the caret is on
 * ("p. 12 of 40"), whether it is in the notes, and the original file; its tooltip gives the file's hash and the
 * extractor that read it, so that a citation can name the page and the source can be checked.
 */
final class SourcePage {

    private final Label line;
    private final ImportRecord imported;

    private SourcePage(Composite parent, StyledText text, ImportRecord imported) {
        this.imported = imported;
        line = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 2).applyTo(line);
        line.setToolTipText(String.join("\n", "Imported from " + imported.source(), "SHA-256 " + imported.sha256(),
                "Read by " + imported.extractor() + " on " + imported.importedAt(),
                "Title: " + orDash(imported.title()) + "  ·  Author: " + orDash(imported.author()),
                "Date: " + orDash(imported.date()) + "  ·  Publisher: " + orDash(imported.publisher())));
        text.addCaretListener(e -> show(e.caretOffset));
        show(text.getCaretOffset());
    }

    /** Shows the line for a document imported from a report; a plain text file has none. */
    static void attach(Composite parent, StyledText text, Project project, CorpusDocument document) {
        ImportRecord imported;
        try {
            imported = project == null ? null : project.importRecord(document);
        } catch (DocumentException e) {
            imported = null; // the text is there to annotate; only its page numbers are missing
        }
        if (imported != null) {
            new SourcePage(parent, text, imported);
        }
    }

    private void show(int offset) {
        int page = imported.pageAt(offset);
        boolean notes = imported.notesStart() >= 0 && offset >= imported.notesStart();
        String where = page > 0 ? "p. " + page + " of " + imported.pageStarts().size() : "";
        line.setText((where.isEmpty() ? "" : where + (notes ? " (notes)" : "") + "  ·  ") + imported.sourceName());
    }

    private static String orDash(String s) {
        return s == null ? "–" : s;
    }

    Label control() {
        return line;
    }
}
