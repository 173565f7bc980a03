package parley.ui.review;

import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.factory.Sets;

/**
 * NatTable's collections come from Eclipse Collections, whose API finds its implementation with {@link java.util.ServiceLoader}
 * through the thread's context class loader. In OSGi that loader does not see the implementation bundle, and the factories,
 * made once, would stay broken ("Could not find any implementations of MutableSetFactory" on the first paint). They are
 * made here once, before any table, with the implementation's own class loader as the context.
 */
final class NatTableRuntime {

    private static boolean prepared;

    private NatTableRuntime() {
    }

    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(org.eclipse.collections.impl.factory.primitive.IntSets.class.getClassLoader());
        try {
            Sets.mutable.empty();
            Maps.mutable.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
        prepared = true;
    }
}
