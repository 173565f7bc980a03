package parley.pipeline;

import java.nio.file.Path;

import org.apache.uima.UimaContext;
import org.apache.uima.resource.ResourceInitializationException;

import parley.model.Catalogue;
import parley.model.CatalogueException;
import parley.model.CatalogueStore;

/** The catalogue configuration parameter shared by the taggers. */
final class CatalogueParameter {

    /** Path of the catalogue JSON; unset means the catalogue that ships with Parley. */
    static final String NAME = "catalogueFile";

    private CatalogueParameter() {
    }

    static Catalogue load(UimaContext context) throws ResourceInitializationException {
        Object file = context.getConfigParameterValue(NAME);
        try {
            return file == null || file.toString().isBlank() ? CatalogueStore.loadDefault() : CatalogueStore.load(Path.of(file.toString()));
        } catch (CatalogueException e) {
            throw new ResourceInitializationException(e);
        }
    }
}
