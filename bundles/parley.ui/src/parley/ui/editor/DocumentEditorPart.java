package parley.ui.editor;

import java.nio.file.Path;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import parley.store.DocumentException;
import parley.store.SourceText;

/**
 * Shows one document's text in a JFace {@link SourceViewer}. The text is the CAS sofa and is
 * never edited here; annotations are drawn over it.
 */
public class DocumentEditorPart {

    public static final String DESCRIPTOR_ID = "parley.ui.partdescriptor.document";
    /** Persisted-state key of the part: the absolute path of the source document. */
    public static final String DOCUMENT_PATH = "parley.document.path";

    private SourceViewer viewer;
    private Label problem;

    @PostConstruct
    public void createControls(Composite parent, MPart part) {
        GridLayoutFactory.fillDefaults().applyTo(parent);
        String location = part.getPersistedState().get(DOCUMENT_PATH);
        String text;
        try {
            if (location == null) {
                throw new DocumentException(Path.of(part.getLabel() == null ? "?" : part.getLabel()), "no document path given");
            }
            text = SourceText.read(Path.of(location));
        } catch (DocumentException e) {
            problem = new Label(parent, SWT.WRAP);
            problem.setText(e.getMessage());
            GridDataFactory.fillDefaults().grab(true, false).indent(12, 12).applyTo(problem);
            return;
        }
        viewer = new SourceViewer(parent, null, SWT.V_SCROLL | SWT.WRAP);
        viewer.configure(new SourceViewerConfiguration());
        viewer.setDocument(new Document(text));
        viewer.setEditable(false);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());

        StyledText widget = viewer.getTextWidget();
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), widget);
        widget.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).increaseHeight(2)));
        widget.setMargins(18, 12, 18, 12);
        widget.setLineSpacing(4);
        widget.setCaretOffset(0);
    }

    @Focus
    public void setFocus() {
        if (viewer != null) {
            viewer.getTextWidget().setFocus();
        } else if (problem != null) {
            problem.setFocus();
        }
    }

    /** The viewer, or null where the document could not be read. */
    public SourceViewer viewer() {
        return viewer;
    }

    /** The message shown in place of the text, or null. */
    public String problem() {
        return problem == null ? null : problem.getText();
    }
}
