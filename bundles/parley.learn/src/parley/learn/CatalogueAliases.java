package parley.learn;

import java.util.HashSet;
import java.util.Set;

import parley.model.ActorEntry;
import parley.model.Catalogue;

/** The catalogue's side of learning: which names it knows already. */
public final class CatalogueAliases {

    private CatalogueAliases() {
    }

    /** Every name, alias, metonym and demonym of the catalogue's actors, normalised ({@link Surfaces#normalise}). */
    public static Set<String> knownNames(Catalogue catalogue) {
        Set<String> known = new HashSet<>();
        for (ActorEntry a : catalogue.actors()) {
            known.add(Surfaces.normalise(a.name()));
            a.aliases().forEach(n -> known.add(Surfaces.normalise(n)));
            a.metonyms().forEach(n -> known.add(Surfaces.normalise(n)));
            a.demonyms().forEach(n -> known.add(Surfaces.normalise(n)));
            a.formerNames().forEach(n -> known.add(Surfaces.normalise(n.name())));
        }
        return known;
    }
}
