package parley.ui;

import java.util.Collection;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import parley.ui.services.DiscardableEdits;

/** Asks before a part with unsaved edits is closed: Save, Don't Save or Cancel. */
public final class PromptingSaveHandler implements ISaveHandler {

    private final Shell shell;

    public PromptingSaveHandler(Shell shell) {
        this.shell = shell;
    }

    @Override
    public boolean save(MPart dirtyPart, boolean confirm) {
        if (confirm) {
            Save answer = promptToSave(dirtyPart);
            if (answer == Save.CANCEL) {
                return false;
            }
            if (answer == Save.NO) {
                if (dirtyPart.getObject() instanceof DiscardableEdits edits) {
                    edits.discardUnsavedEdits();
                }
                return true;
            }
        }
        Object result = ContextInjectionFactory.invoke(dirtyPart.getObject(), Persist.class, dirtyPart.getContext(), Boolean.TRUE);
        return !dirtyPart.isDirty() || Boolean.TRUE.equals(result);
    }

    @Override
    public boolean saveParts(Collection<MPart> dirtyParts, boolean confirm) {
        for (MPart p : dirtyParts) {
            if (!save(p, confirm)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Save promptToSave(MPart dirtyPart) {
        int answer = new MessageDialog(shell, "Unsaved annotations", null,
                "\u201c" + dirtyPart.getLabel() + "\u201d has unsaved annotation edits. Save them?", MessageDialog.QUESTION,
                0, "&Save", "Do&n't Save", "Cancel").open();
        return answer == 0 ? Save.YES : answer == 1 ? Save.NO : Save.CANCEL;
    }

    @Override
    public Save[] promptToSave(Collection<MPart> dirtyParts) {
        return dirtyParts.stream().map(this::promptToSave).toArray(Save[]::new);
    }
}
