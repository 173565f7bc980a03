package parley.ui.services;

import java.nio.file.attribute.FileTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.swt.widgets.Shell;

/** Asks whether to recover a document's unsaved edits found in the journal after a crash. */
@FunctionalInterface
public interface RecoveryPrompt {
    boolean recover(Shell shell, String document, FileTime journalled);

    /** When the edits were journalled, as the prompt shows it ("at an unknown time" without one). */
    static String localTime(FileTime time) {
        return time == null ? "at an unknown time" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withZone(ZoneId.systemDefault()).format(time.toInstant());
    }
}
