package parley.ui.services;

import java.util.concurrent.Callable;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;

import parley.annotation.WorkingDocuments;
import parley.store.Project;

/** The open project's {@link WorkingDocuments}, kept in the application context and owned by the UI thread. */
public final class SharedWorkingDocuments {

    private SharedWorkingDocuments() {
    }

    /** New working documents of a project, owned by the current display's UI thread. */
    public static WorkingDocuments of(Project project) {
        return new WorkingDocuments(project, uiThread(Display.getCurrent()));
    }

    /**
     * The working documents of the context's project, shared by its editors, its review and Tag Corpus; made on
     * first use where the project was put into the context without opening a corpus (tests). Null without a project.
     */
    public static WorkingDocuments in(IEclipseContext context) {
        Project project = context.get(Project.class);
        if (project == null) {
            return null;
        }
        WorkingDocuments working = context.get(WorkingDocuments.class);
        if (working == null || working.project() != project) {
            IEclipseContext root = context;
            while (root.getParent() != null) {
                root = root.getParent();
            }
            working = of(project);
            root.set(WorkingDocuments.class, working);
        }
        return working;
    }

    /** Working documents belong to the UI thread: a job's worker waits there for its turn. */
    private static WorkingDocuments.OwnerThread uiThread(Display display) {
        if (display == null) {
            return WorkingDocuments.OwnerThread.CALLER;
        }
        return new WorkingDocuments.OwnerThread() {
            @Override
            public <T> T call(Callable<T> task) throws Exception {
                if (Display.getCurrent() == display) {
                    return task.call();
                }
                Object[] result = new Object[1];
                Exception[] failure = new Exception[1];
                if (display.isDisposed()) {
                    throw new IllegalStateException("the workbench has closed");
                }
                display.syncExec(() -> {
                    try {
                        result[0] = task.call();
                    } catch (Exception e) {
                        failure[0] = e;
                    }
                });
                if (failure[0] != null) {
                    throw failure[0];
                }
                @SuppressWarnings("unchecked")
                T t = (T) result[0];
                return t;
            }
        };
    }

}
