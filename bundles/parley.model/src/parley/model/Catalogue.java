package parley.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An immutable, validated view of a catalogue: what the taggers and the evaluation read. */
public final class Catalogue {

    private final String source;
    private final Map<String, ActorEntry> actors = new LinkedHashMap<>();
    private final Map<String, AgreementEntry> agreements = new LinkedHashMap<>();

    Catalogue(String source, List<ActorEntry> actors, List<AgreementEntry> agreements) {
        this.source = source;
        actors.forEach(a -> this.actors.put(a.id(), a));
        agreements.forEach(a -> this.agreements.put(a.id(), a));
    }

    /** Where the catalogue was read from. */
    public String source() {
        return source;
    }

    public List<ActorEntry> actors() {
        return List.copyOf(actors.values());
    }

    public List<AgreementEntry> agreements() {
        return List.copyOf(agreements.values());
    }

    public ActorEntry actor(String id) {
        return actors.get(id);
    }

    public AgreementEntry agreement(String id) {
        return agreements.get(id);
    }

    /** The actor a person acts for (PUTIN → RUS); any other actor is its own affiliation. */
    public String affiliationOf(String actorId) {
        ActorEntry a = actors.get(actorId);
        return a != null && a.isPerson() && a.affiliation() != null ? a.affiliation() : actorId;
    }
}
