package parley.ui;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import parley.model.Catalogue;
import parley.model.CatalogueException;
import parley.model.CatalogueStore;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

import parley.ui.PartStackDocumentOpener;
import parley.ui.services.DocumentOpener;

/** Opens the corpus named on the command line and registers the workbench's own services. */
public class ParleyLifeCycle {

    /** System property with the corpus folder to open at start (set by the {@code parley} script). */
    public static final String CORPUS_PROPERTY = "parley.corpus";

    @PostContextCreate
    void openInitialCorpus(IEclipseContext context) {
        try {
            context.set(Catalogue.class, CatalogueStore.loadDefault());
        } catch (CatalogueException e) {
            context.set(CorpusSession.PROBLEM, e.getMessage());
        }
        String folder = System.getProperty(CORPUS_PROPERTY);
        if (folder != null && !folder.isBlank()) {
            CorpusSession.open(context, Path.of(folder));
        }
    }

    @ProcessAdditions
    void registerServices(MApplication application, EModelService models) {
        application.getContext().set(DocumentOpener.class, new PartStackDocumentOpener(application, models));
        if (!application.getChildren().isEmpty()) {
            WorkbenchMemoryAddon.applyBounds(application.getChildren().get(0));
        }
    }
}
