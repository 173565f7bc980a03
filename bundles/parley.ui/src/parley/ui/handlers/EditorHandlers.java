package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;

import jakarta.inject.Named;
import parley.store.DocumentException;
import parley.ui.WindowTitleAddon;
import parley.ui.catalogue.CatalogueEditorPart;
import parley.ui.editor.DocumentEditorPart;
import parley.ui.review.AbstractReviewPart;

/**
 * The handlers of the document editor's commands. Each acts on the active document editor; the
 * commands, their key bindings and menu entries are in Application.e4xmi.
 */
public final class EditorHandlers {

    private EditorHandlers() {
    }

    /** Runs on the active document editor, and is enabled only while one is active. */
    public abstract static class OnEditor {

        @Execute
        public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
            if (part != null && part.getObject() instanceof DocumentEditorPart editor && editor.isReady()) {
                run(editor);
            }
        }

        @CanExecute
        public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
            return part != null && part.getObject() instanceof DocumentEditorPart editor && editor.isReady() && enabled(editor);
        }

        protected abstract void run(DocumentEditorPart editor);

        protected boolean enabled(DocumentEditorPart editor) {
            return true;
        }
    }

    /** Enabled when an annotation is current. */
    public abstract static class OnCurrent extends OnEditor {
        @Override
        protected boolean enabled(DocumentEditorPart editor) {
            return editor.current() != null;
        }
    }

    public static class ToggleLabels extends OnEditor {
        @Override
        protected void run(DocumentEditorPart editor) {
            editor.toggleLabels();
        }
    }

    public static class ToggleAllArcs extends OnEditor {
        @Override
        protected void run(DocumentEditorPart editor) {
            editor.toggleAllArcs();
        }
    }

    public static class NextSuggestion extends OnEditor {
        @Override
        protected void run(DocumentEditorPart editor) {
            editor.nextSuggestion();
        }
    }

    public static class PreviousSuggestion extends OnEditor {
        @Override
        protected void run(DocumentEditorPart editor) {
            editor.previousSuggestion();
        }
    }

    public static class Accept extends OnCurrent {
        @Override
        protected void run(DocumentEditorPart editor) {
            editor.edits().accept();
        }
    }

    public static class Reject extends OnCurrent {
        @Override
        protected void run(DocumentEditorPart editor) {
            editor.edits().reject();
        }
    }

    public static class Relabel extends OnCurrent {
        @Override
        protected void run(DocumentEditorPart editor) {
            editor.edits().relabel();
        }
    }

    public static class CreateFromSelection extends OnEditor {
        @Override
        protected void run(DocumentEditorPart editor) {
            editor.edits().createFromSelection();
        }

        @Override
        protected boolean enabled(DocumentEditorPart editor) {
            return editor.viewer().getSelectedRange().y > 0;
        }
    }

    public static class Delete extends OnCurrent {
        @Override
        protected void run(DocumentEditorPart editor) {
            editor.edits().deleteCurrent();
        }
    }

    public static class GrowEnd extends OnCurrent {
        @Override
        protected void run(DocumentEditorPart editor) {
            editor.edits().growEnd();
        }
    }

    public static class ShrinkEnd extends OnCurrent {
        @Override
        protected void run(DocumentEditorPart editor) {
            editor.edits().shrinkEnd();
        }
    }

    public static class GrowStart extends OnCurrent {
        @Override
        protected void run(DocumentEditorPart editor) {
            editor.edits().growStart();
        }
    }

    public static class ShrinkStart extends OnCurrent {
        @Override
        protected void run(DocumentEditorPart editor) {
            editor.edits().shrinkStart();
        }
    }

    public static class CreateStance extends OnEditor {
        @Override
        protected void run(DocumentEditorPart editor) {
            editor.edits().createStance();
        }
    }

    /** Undo in the active editor, or in the active review part (which undoes review decisions). */
    public static class Undo {
        @Execute
        public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
            if (part != null && part.getObject() instanceof DocumentEditorPart editor && editor.isReady()) {
                editor.undo();
            } else if (part != null && part.getObject() instanceof AbstractReviewPart review) {
                review.undo();
            }
        }
    }

    public static class Redo {
        @Execute
        public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
            if (part != null && part.getObject() instanceof DocumentEditorPart editor && editor.isReady()) {
                editor.redo();
            } else if (part != null && part.getObject() instanceof AbstractReviewPart review) {
                review.redo();
            }
        }
    }

    /**
     * Saves the active document or catalogue editor; while another part is active (the Stance Review, the
     * Corpus), the document editor the window's title names, the last one active.
     */
    public static class Save {
        @Execute
        public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
                @Optional @Named(WindowTitleAddon.NAMED_EDITOR) MPart named) {
            try {
                MPart target = saveable(part, named);
                if (target != null && target.getObject() instanceof DocumentEditorPart editor && editor.isReady()) {
                    editor.save();
                } else if (target != null && target.getObject() instanceof CatalogueEditorPart catalogue) {
                    catalogue.save();
                }
            } catch (DocumentException | parley.model.CatalogueException e) {
                MessageDialog.openError(null, "Cannot save", e.getMessage());
            }
        }

        @CanExecute
        public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
                @Optional @Named(WindowTitleAddon.NAMED_EDITOR) MPart named) {
            MPart target = saveable(part, named);
            return target != null && target.isDirty();
        }

        private static MPart saveable(MPart active, MPart named) {
            if (active != null && (active.getObject() instanceof DocumentEditorPart || active.getObject() instanceof CatalogueEditorPart)) {
                return active;
            }
            return named != null && named.getObject() instanceof DocumentEditorPart ? named : null;
        }
    }
}
