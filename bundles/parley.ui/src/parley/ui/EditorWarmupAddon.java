package parley.ui;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;
import parley.ui.editor.EditorWarmup;

/** Once the workbench has started, and when the UI is next idle, warms the document editor up ({@link EditorWarmup}). */
public class EditorWarmupAddon {

    @Inject
    @Optional
    void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        Display display = Display.getCurrent();
        if (display != null) {
            display.asyncExec(() -> EditorWarmup.run(display));
        }
    }
}
