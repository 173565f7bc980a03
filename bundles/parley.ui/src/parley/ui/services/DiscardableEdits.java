package parley.ui.services;

/** A part whose unsaved edits the analyst can give up on purpose ("Don't Save"). */
public interface DiscardableEdits {

    /** Called after the analyst chose not to save: whatever was kept for recovery goes too. */
    void discardUnsavedEdits();
}
