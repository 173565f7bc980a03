package parley.ui;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.swt.widgets.Shell;

import parley.ui.PromptingSaveHandler;

import parley.store.CorpusDocument;
import parley.ui.services.DocumentOpener;
import parley.ui.editor.DocumentEditorPart;

/**
 * Opens documents as parts in the main window's document stack, one part per document. The
 * window's part service is used rather than the application's, which needs an active window
 * (not guaranteed under a bare X server without a window manager).
 */
public final class PartStackDocumentOpener implements DocumentOpener {

    public static final String DOCUMENT_STACK_ID = "parley.ui.partstack.documents";

    private final MApplication application;
    private final EModelService models;

    public PartStackDocumentOpener(MApplication application, EModelService models) {
        this.application = application;
        this.models = models;
    }

    @Override
    public void open(CorpusDocument document, int begin, int end) {
        MWindow window = application.getSelectedElement() != null ? application.getSelectedElement() : application.getChildren().get(0);
        EPartService parts = window.getContext().get(EPartService.class);
        if (!(window.getContext().getLocal(ISaveHandler.class) instanceof PromptingSaveHandler)) {
            window.getContext().set(ISaveHandler.class, new PromptingSaveHandler((Shell) window.getWidget()));
        }
        String path = document.path().toString();
        for (MPart open : parts.getParts()) {
            if (path.equals(open.getPersistedState().get(DocumentEditorPart.DOCUMENT_PATH))) {
                parts.showPart(open, PartState.ACTIVATE);
                reveal(open, begin, end);
                return;
            }
        }
        MPart part = parts.createPart(DocumentEditorPart.DESCRIPTOR_ID);
        part.setLabel(document.name());
        part.setTooltip(path);
        part.getPersistedState().put(DocumentEditorPart.DOCUMENT_PATH, path);
        MPartStack stack = (MPartStack) models.find(DOCUMENT_STACK_ID, window);
        stack.getChildren().add(part);
        parts.showPart(part, PartState.ACTIVATE);
        reveal(part, begin, end);
    }

    private static void reveal(MPart part, int begin, int end) {
        if (begin >= 0 && part.getObject() instanceof DocumentEditorPart editor) {
            editor.reveal(begin, end);
        }
    }
}
