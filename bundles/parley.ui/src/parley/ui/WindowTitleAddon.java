package parley.ui;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.osgi.service.event.Event;

import parley.store.Corpus;
import parley.ui.editor.DocumentEditorPart;

/**
 * The main window's title names the open corpus once the workbench has started ("seeds — Parley") and,
 * while a document editor is active, the document, with a leading {@code *} while it has unsaved edits
 * ("*003_x.txt — seeds — Parley"), as desktop editors do. Each title appears only once what it names
 * is ready (the workbench started; the editor's document read and pre-tagged), so scripts driving the
 * workbench wait for it.
 * <p>
 * The editor the title names is also published in the application's context as {@link #NAMED_EDITOR}: it stays
 * the document the analyst is working on while another part (the Stance Review, the Corpus) has the focus, so
 * Save acts on it there, as a desktop editor's Save acts on the last active editor.
 */
public final class WindowTitleAddon {

    public static final String APPLICATION_NAME = "Parley";

    /** The context key of the document editor's {@link MPart} that the title names, if any. */
    public static final String NAMED_EDITOR = "parley.ui.namedEditor";

    @Inject
    private MApplication application;

    private MPart shown;
    private String corpus;
    private boolean started;

    @Inject
    @Optional
    void corpusOpened(Corpus opened) {
        corpus = opened == null ? null : opened.folder().getFileName().toString();
        update();
    }

    @Inject
    @Optional
    void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        started = true;
        update();
    }

    @Inject
    @Optional
    void activated(@UIEventTopic(UIEvents.UILifeCycle.ACTIVATE) Event event) {
        if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MPart part && isDocumentEditor(part)) {
            shown = part;
            update();
        }
    }

    @Inject
    @Optional
    void labelChanged(@UIEventTopic(UIEvents.UILabel.TOPIC_LABEL) Event event) {
        if (event.getProperty(UIEvents.EventTags.ELEMENT) == shown) {
            update(); // "report.txt (pre-tagging…)" while its suggestions are being made
        }
    }

    @Inject
    @Optional
    void dirtyChanged(@UIEventTopic(UIEvents.Dirtyable.TOPIC_DIRTY) Event event) {
        if (event.getProperty(UIEvents.EventTags.ELEMENT) == shown) {
            update();
        }
    }

    @Inject
    @Optional
    void renderedChanged(@UIEventTopic(UIEvents.UIElement.TOPIC_TOBERENDERED) Event event) {
        if (event.getProperty(UIEvents.EventTags.ELEMENT) == shown && !shown.isToBeRendered()) {
            shown = null;
            update();
        }
    }

    @Inject
    @Optional
    void widgetChanged(@UIEventTopic(UIEvents.UIElement.TOPIC_WIDGET) Event event) {
        if (event.getProperty(UIEvents.EventTags.ELEMENT) == shown && shown.getWidget() == null) {
            shown = null;
            update();
        }
    }

    private void update() {
        application.getContext().set(NAMED_EDITOR, shown);
        if (!started) {
            return;
        }
        String title = (corpus == null ? "" : corpus + " \u2014 ") + APPLICATION_NAME;
        if (shown != null) {
            title = (shown.isDirty() ? "*" : "") + shown.getLabel() + " \u2014 " + title;
        }
        for (MWindow window : application.getChildren()) {
            window.setLabel(title);
        }
    }

    private static boolean isDocumentEditor(MPart part) {
        return part.getPersistedState().containsKey(DocumentEditorPart.DOCUMENT_PATH);
    }
}
