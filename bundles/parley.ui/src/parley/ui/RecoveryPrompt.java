package parley.ui;

import java.nio.file.attribute.FileTime;

import org.eclipse.swt.widgets.Shell;

/** Asks whether to recover a document's unsaved edits found in the journal after a crash. */
@FunctionalInterface
public interface RecoveryPrompt {
    boolean recover(Shell shell, String document, FileTime journalled);
}
