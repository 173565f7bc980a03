package parley.ui;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;
import org.osgi.service.prefs.BackingStoreException;

import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;
import parley.ui.editor.DocumentEditorPart;
import parley.ui.services.RecoveryPrompt;
import parley.ui.services.DocumentOpener;

/**
 * What the workbench remembers between sessions, as an analyst expects: the window's size and maximised
 * state, and the documents that were open (reopened when the same corpus is opened again). Both are
 * written as they change, so that no way of quitting loses them. At start, documents with unsaved edits
 * from a session that ended without saving are offered for recovery at once.
 */
public final class WorkbenchMemoryAddon {

    static final String BOUNDS = "window.bounds";
    static final String MAXIMIZED = "window.maximized";
    static final String EDITORS = "editors.";

    @Inject
    private MApplication application;
    @Inject
    private EModelService models;

    private boolean restored;

    /** Before the window is shown: its last size and state (see {@link ParleyLifeCycle}). */
    public static void applyBounds(MWindow window) {
        IEclipsePreferences p = preferences();
        if (p == null) {
            return;
        }
        String[] b = p.get(BOUNDS, "").split(",");
        if (b.length == 4) {
            try {
                window.setX(Integer.parseInt(b[0]));
                window.setY(Integer.parseInt(b[1]));
                window.setWidth(Math.max(400, Integer.parseInt(b[2])));
                window.setHeight(Math.max(300, Integer.parseInt(b[3])));
            } catch (NumberFormatException e) {
                // a damaged preference: the default size
            }
        }
        if (p.getBoolean(MAXIMIZED, false) && !window.getTags().contains("shellMaximized")) {
            window.getTags().add("shellMaximized");
        }
    }

    @Inject
    @Optional
    void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        MWindow window = application.getChildren().isEmpty() ? null : application.getChildren().get(0);
        if (window == null || !(window.getWidget() instanceof Shell shell)) {
            return;
        }
        shell.addListener(SWT.Resize, e -> rememberBounds(shell));
        shell.addListener(SWT.Move, e -> rememberBounds(shell));
        Project project = application.getContext().get(Project.class);
        DocumentOpener opener = application.getContext().get(DocumentOpener.class);
        // after every other start-up step (the window's title among them), not inside one
        shell.getDisplay().asyncExec(() -> {
            if (project != null && opener != null && !shell.isDisposed()) {
                offerRecovery(shell, project, opener);
                reopenEditors(project, opener);
            }
            restored = true;
        });
    }

    /** The open documents, in their order, each time one opens or closes. */
    @Inject
    @Optional
    void partsChanged(@UIEventTopic(UIEvents.UIElement.TOPIC_TOBERENDERED) Event event) {
        if (restored && event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MPart part
                && part.getPersistedState().containsKey(DocumentEditorPart.DOCUMENT_PATH)) {
            rememberEditors();
        }
    }

    @Inject
    @Optional
    void partAdded(@UIEventTopic(UIEvents.ElementContainer.TOPIC_CHILDREN) Event event) {
        if (restored && UIEvents.isADD(event) && event.getProperty(UIEvents.EventTags.NEW_VALUE) instanceof MPart part
                && part.getPersistedState().containsKey(DocumentEditorPart.DOCUMENT_PATH)) {
            rememberEditors();
        }
    }

    private void rememberEditors() {
        Project project = application.getContext().get(Project.class);
        IEclipsePreferences p = preferences();
        if (project == null || p == null) {
            return;
        }
        List<String> open = new ArrayList<>();
        for (MPart part : models.findElements(application, null, MPart.class, null)) {
            String path = part.getPersistedState().get(DocumentEditorPart.DOCUMENT_PATH);
            if (path != null && part.isToBeRendered()) {
                open.add(path);
            }
        }
        p.put(EDITORS + project.corpus().folder(), String.join("\n", open));
        flush(p);
    }

    private void reopenEditors(Project project, DocumentOpener opener) {
        IEclipsePreferences p = preferences();
        String open = p == null ? "" : p.get(EDITORS + project.corpus().folder(), "");
        for (String path : open.split("\n")) {
            project.corpus().documents().stream().filter(d -> d.path().toString().equals(path)).findFirst().ifPresent(opener::open);
        }
    }

    /** One question for every document with unsaved edits, with the local time they were last kept. */
    private void offerRecovery(Shell shell, Project project, DocumentOpener opener) {
        if (project.isReadOnly()) {
            return;
        }
        List<CorpusDocument> journalled = new ArrayList<>();
        StringBuilder list = new StringBuilder();
        for (CorpusDocument d : project.corpus().documents()) {
            try {
                if (project.hasJournal(d)) {
                    journalled.add(d);
                    list.append("\n  \u2022 ").append(d.name()).append(" (last kept ")
                            .append(RecoveryPrompt.localTime(java.nio.file.Files.getLastModifiedTime(project.journalFile(d)))).append(')');
                }
            } catch (java.io.IOException e) { // DocumentException included
                // unreadable: the editor names it when the document is opened
            }
        }
        if (journalled.isEmpty()) {
            return;
        }
        int answer = new MessageDialog(shell, "Recover unsaved edits", null, "Parley was closed with unsaved edits in "
                + journalled.size() + (journalled.size() == 1 ? " document:" : " documents:") + list
                + "\n\nRecover them now? They stay unsaved until you save them.", MessageDialog.QUESTION, 0,
                "&Recover", "&Discard", "&Later").open();
        if (answer == 0) {
            List<String> names = journalled.stream().map(CorpusDocument::name).toList();
            RecoveryPrompt ask = application.getContext().get(RecoveryPrompt.class);
            application.getContext().set(RecoveryPrompt.class, (s, name, time) -> names.contains(name)
                    || (ask != null ? ask.recover(s, name, time) : MessageDialog.openQuestion(s, "Recover unsaved edits",
                            "Parley was closed with unsaved edits in \u201c" + name + "\u201d (last kept " + RecoveryPrompt.localTime(time) + "). Recover them?")));
            journalled.forEach(opener::open);
        } else if (answer == 1) {
            for (CorpusDocument d : journalled) {
                try {
                    project.deleteJournal(d);
                } catch (DocumentException e) {
                    MessageDialog.openError(shell, "Discard unsaved edits", e.getMessage());
                }
            }
        }
    }

    /** "30 Nov 2026, 14:03:12" in the analyst's time zone. */

    private void rememberBounds(Shell shell) {
        IEclipsePreferences p = preferences();
        if (p == null || shell.isDisposed() || shell.getMinimized()) {
            return;
        }
        p.putBoolean(MAXIMIZED, shell.getMaximized());
        if (!shell.getMaximized()) {
            Rectangle b = shell.getBounds();
            p.put(BOUNDS, b.x + "," + b.y + "," + b.width + "," + b.height);
        }
        flush(p);
    }

    private static IEclipsePreferences preferences() {
        try {
            return InstanceScope.INSTANCE.getNode("parley.ui");
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static void flush(IEclipsePreferences p) {
        try {
            p.flush();
        } catch (BackingStoreException e) {
            // remembered in this session only
        }
    }

    /** For tests: the documents remembered as open for a corpus folder. */
    static String rememberedEditors(Path corpus) {
        IEclipsePreferences p = preferences();
        return p == null ? "" : p.get(EDITORS + corpus, "");
    }
}
