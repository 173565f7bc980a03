package parley.cli;

import java.nio.file.Path;

import parley.model.Catalogue;
import parley.model.CatalogueException;
import parley.model.CatalogueStore;

/** Parsing shared by the commands. */
final class Options {

    private Options() {
    }

    static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new Cli.UsageException(option + " needs a value");
        }
        return args[i];
    }

    static int positive(String value, String option) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Cli.UsageException(option + " takes a positive whole number, not '" + value + "'");
    }

    /** The catalogue in the file, or the default one where none is named. */
    static Catalogue catalogue(Path file) throws CatalogueException {
        return file == null ? CatalogueStore.loadDefault() : CatalogueStore.load(file);
    }
}
