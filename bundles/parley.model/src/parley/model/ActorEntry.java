package parley.model;

import java.util.List;

/** A catalogue actor as the taggers read it. */
public record ActorEntry(String id, String name, String category, String affiliation, List<String> aliases,
        List<String> metonyms, List<String> demonyms, List<FormerName> formerNames) {

    public record FormerName(String name, String validFrom, String validTo) {
    }

    public boolean isPerson() {
        return "PERSON".equals(category);
    }
}
