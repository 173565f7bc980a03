package parley.ui.editor;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * How the editor draws annotations, chosen by the analyst and kept across sessions: type labels above the
 * spans (as brat and INCEpTION do), and every stance's arc at once rather than only the current one's.
 */
public final class EditorDisplayOptions {

    static final String LABELS = "editor.showLabels";
    static final String ALL_ARCS = "editor.showAllArcs";

    private boolean labels;
    private boolean allArcs;

    private EditorDisplayOptions(boolean labels, boolean allArcs) {
        this.labels = labels;
        this.allArcs = allArcs;
    }

    /** The analyst's choice, or labels on and the one-arc focus mode where none was made yet. */
    public static EditorDisplayOptions load() {
        try {
            IEclipsePreferences p = node();
            return new EditorDisplayOptions(p.getBoolean(LABELS, true), p.getBoolean(ALL_ARCS, false));
        } catch (RuntimeException | LinkageError e) {
            return new EditorDisplayOptions(true, false); // no instance area (tests, headless)
        }
    }

    public boolean labels() {
        return labels;
    }

    public boolean allArcs() {
        return allArcs;
    }

    void setLabels(boolean on) {
        labels = on;
        store(LABELS, on);
    }

    void setAllArcs(boolean on) {
        allArcs = on;
        store(ALL_ARCS, on);
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode("parley.ui");
    }

    private static void store(String key, boolean value) {
        try {
            IEclipsePreferences p = node();
            p.putBoolean(key, value);
            p.flush();
        } catch (BackingStoreException | RuntimeException | LinkageError e) {
            // a display preference that is not kept is only a convenience lost
        }
    }
}
