package parley.ui.services;

import org.eclipse.core.runtime.preferences.InstanceScope;

/** The analyst's name, recorded in the origin of every edit (preference {@code parley.ui/analyst}). */
public final class Analyst {

    public static final String PREFERENCE = "analyst";

    private Analyst() {
    }

    public static String name() {
        String fallback = System.getProperty("user.name", "analyst");
        try {
            return InstanceScope.INSTANCE.getNode("parley.ui").get(PREFERENCE, fallback);
        } catch (RuntimeException | LinkageError e) {
            return fallback; // no instance area (tests, headless)
        }
    }

    /** The origin of an analyst's edit. */
    public static String origin() {
        return "analyst:" + name();
    }
}
