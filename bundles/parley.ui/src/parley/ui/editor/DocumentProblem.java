package parley.ui.editor;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.NotUtf8Exception;
import parley.store.Project;

/**
 * What an editor shows in place of a document it cannot show: the problem, naming the file; for a text in another
 * encoding, also the offer to read it as Windows-1252 (a superset of Latin-1).
 */
final class DocumentProblem {

    private final Label label;

    private DocumentProblem(Composite parent, String message) {
        label = new Label(parent, SWT.WRAP);
        label.setText(message);
        GridDataFactory.fillDefaults().grab(true, false).indent(12, 12).applyTo(label);
    }

    static DocumentProblem show(Composite parent, String message) {
        return new DocumentProblem(parent, message);
    }

    /** A source that is not UTF-8: says so and, in a writable project, offers to read it anew; then {@code reopen} runs. */
    static DocumentProblem showEncoding(Composite parent, NotUtf8Exception e, Project project, Path file, Runnable reopen) {
        DocumentProblem problem = new DocumentProblem(parent, e.getMessage() + ".\n\nParley reads UTF-8. If this is a Western European "
                + "text saved in Latin-1 or Windows-1252, Parley can read it that way and keep a UTF-8 copy in the project (the file "
                + "itself is not changed).");
        if (project == null || project.isReadOnly()) {
            return problem;
        }
        Button read = new Button(parent, SWT.PUSH);
        read.setText("Read as Windows-1252 (Latin-1)");
        GridDataFactory.swtDefaults().indent(12, 8).applyTo(read);
        read.addListener(SWT.Selection, event -> {
            try {
                project.keepTextAs(new CorpusDocument(file.getFileName().toString(), file, 0), Charset.forName("windows-1252"));
            } catch (DocumentException failed) {
                MessageDialog.openError(parent.getShell(), "Read as Windows-1252", failed.getMessage());
                return;
            }
            for (Control c : parent.getChildren()) {
                c.dispose();
            }
            reopen.run();
            parent.layout(true, true);
        });
        return problem;
    }

    String text() {
        return label.isDisposed() ? null : label.getText();
    }

    Label control() {
        return label;
    }
}
