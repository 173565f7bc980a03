package parley.ui.imports;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import parley.extract.ReportImport.Outcome;
import parley.extract.ReportImport.Result;

/** Tells the analyst what an import did: each refused or changed file with its reason, where they are working. */
public final class ImportOutcomes {

    private ImportOutcomes() {
    }

    /** The summary, then every file that needs the analyst's attention. */
    public static String describe(List<Outcome> outcomes) {
        long imported = outcomes.stream().filter(o -> o.result() == Result.IMPORTED).count();
        long unchanged = outcomes.stream().filter(o -> o.result() == Result.UNCHANGED).count();
        StringBuilder text = new StringBuilder("Imported " + imported + " of " + outcomes.size() + " report" + (outcomes.size() == 1 ? "" : "s") + ".");
        if (unchanged > 0) {
            text.append(' ').append(unchanged).append(" had been imported before and had not changed.");
        }
        String attention = outcomes.stream().filter(Outcome::needsAttention).map(Outcome::message).collect(Collectors.joining("\n\n"));
        if (!attention.isEmpty()) {
            text.append("\n\n").append(attention);
        }
        return text.toString();
    }

    /** A dialog over the shell: a warning where a file needs attention, else (when asked for) the summary. */
    public static void show(Shell shell, List<Outcome> outcomes, boolean alsoWhenAllWell) {
        if (shell.isDisposed()) {
            return;
        }
        boolean problems = outcomes.stream().anyMatch(Outcome::needsAttention);
        if (problems) {
            MessageDialog.openWarning(shell, "Import Documents", describe(outcomes));
        } else if (alsoWhenAllWell) {
            MessageDialog.openInformation(shell, "Import Documents", describe(outcomes));
        }
    }
}
