package parley.pipeline;

import java.util.Set;

/**
 * Decides whether a country, capital or building name is a place ("in Moscow", "Syria’s Idlib",
 * "the Turkey border") rather than the state acting ("Moscow argues", "Russia’s arms exporter").
 */
final class PlaceContext {

    /** Prepositions after which a name is a location. */
    static final Set<String> LOCATIVE = Set.of("in", "inside", "into", "within", "across", "throughout", "near", "around",
            "outside", "at", "via", "through", "beyond", "entering", "enter", "entered", "reach",
            "reached", "between", "along", "over");
    /** Words skipped when looking for the preposition ("in northern Syria"). */
    static final Set<String> GEO_ADJECTIVES = Set.of("the", "northern", "southern", "eastern", "western", "central",
            "north-western", "northwestern", "north-eastern", "northeastern", "south-western", "southwestern",
            "south-eastern", "southeastern", "rural", "war-torn", "neighbouring", "neighboring", "post-war", "pre-war", "all",
            "greater", "wider", "north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast");
    /** "to" after these is a destination. */
    static final Set<String> MOTION = Set.of("return", "returned", "returning", "returns", "fled", "flee", "fleeing", "flew",
            "travel", "travelled", "traveled", "travelling", "traveling", "go", "going", "went", "come", "came", "coming",
            "moved", "move", "moving", "deported", "deport", "deporting", "sent", "send", "sending", "back", "visit", "visits",
            "trip", "journey", "route", "road", "way", "flights", "entry", "access", "border", "migration", "refugees",
            "migrants", "arrived", "arrive", "headed", "heading", "transferred", "withdrew", "withdraw", "redeployed", "deployed");
    /** "with" after these is a neighbour, a place ("its border with Turkey"). */
    static final Set<String> BOUNDARY_NOUNS = Set.of("border", "borders", "boundary", "boundaries", "frontier", "frontiers");
    /** "from" after these names an agent ("pressure from Turkey"); otherwise an origin ("refugees from Syria"). */
    static final Set<String> AGENT_NOUNS = Set.of("pressure", "support", "response", "reaction", "backing", "opposition",
            "resistance", "criticism", "condemnation", "threat", "threats", "envoy", "envoys", "delegation", "delegations",
            "officials", "approval", "permission", "commitment", "guarantees", "assurances", "demand", "demands", "request",
            "offer", "help", "assistance", "aid", "intervention", "retaliation", "objection", "objections", "warning");
    /** "for" after these is a beneficiary country, i.e. a place ("reconstruction aid for Syria"). */
    static final Set<String> AID_NOUNS = Set.of("aid", "assistance", "reconstruction", "money", "funds", "funding",
            "plans", "plan", "future", "visa", "visas", "flights", "route", "bound", "headed", "left", "leave", "leaving", "departed");
    /** "of" after these is a place ("the north of Syria"). */
    static final Set<String> PART_NOUNS = Set.of("north", "south", "east", "west", "northwest", "northeast", "southwest",
            "southeast", "part", "parts", "areas", "area", "regions", "region", "province", "provinces", "territory", "city",
            "cities", "capital", "map", "rest", "border", "borders", "people", "population", "citizens", "residents",
            "history", "outskirts", "countryside", "coast", "interior", "republic", "soil", "airspace");
    /** Nouns that make the name before them a place: "Syria’s devastated cities", "the Turkey border". */
    static final Set<String> PLACE_NOUNS = Set.of("border", "borders", "province", "provinces", "north", "south", "east",
            "west", "northwest", "northeast", "southwest", "southeast", "north-west", "north-east", "south-west", "south-east",
            "cities", "city", "towns", "town", "villages", "village", "territory", "territories", "regions", "region",
            "population", "populations", "people", "civilians", "refugees", "capital", "coast", "countryside", "soil",
            "airspace", "frontier", "frontiers", "heartland", "enclave", "enclaves", "areas", "area", "highways", "highway",
            "infrastructure", "economy", "landscape", "map", "neighbours", "neighbors", "governorate",
            "mountains", "desert", "interior", "streets", "hospitals", "schools", "citizens", "residents", "nationals",
            "displaced", "diaspora", "reconstruction");
    /** Words between a possessive and its head that say nothing about place or agent. */
    private static final int POSSESSIVE_LOOKAHEAD = 3;

    private PlaceContext() {
    }

    static boolean isPlace(DocumentTokens t, int start, int end) {
        int first = t.sentenceFirst[t.sentence[start]];
        int limit = t.sentenceFirst[t.sentence[start] + 1];
        if (end < limit && PLACE_NOUNS.contains(t.lower[end])) {
            return true;
        }
        if (end < limit && (t.word[end].equals("’s") || t.word[end].equals("’"))) {
            // the possessed noun decides, whatever governs the phrase: "in Syria’s strategy" is the state's
            return possessesPlace(t, end + 1, limit);
        }
        int p = start - 1;
        while (p >= first && GEO_ADJECTIVES.contains(t.lower[p])) {
            p--;
        }
        if (p >= first) {
            String prev = t.lower[p];
            String before = t.lowerAt(p - 1);
            if (LOCATIVE.contains(prev)) {
                return true;
            }
            switch (prev) {
                case "to", "toward", "towards":
                    if (MOTION.contains(before)) {
                        return true;
                    }
                    break;
                case "from":
                    if (!AGENT_NOUNS.contains(before)) {
                        return true;
                    }
                    break;
                case "for":
                    if (AID_NOUNS.contains(before)) {
                        return true;
                    }
                    break;
                case "with":
                    if (BOUNDARY_NOUNS.contains(before)) {
                        return true;
                    }
                    break;
                case "of":
                    if (PART_NOUNS.contains(before)) {
                        return true;
                    }
                    break;
                case ",":
                    // "Idlib, Syria": a name after another place name
                    if (p - 1 >= first && t.isCapitalized(p - 1) && p - 2 >= first && LOCATIVE.contains(t.lowerAt(p - 2))) {
                        return true;
                    }
                    if (p - 1 >= first && t.isCapitalized(p - 1) && p - 2 >= first && t.lowerAt(p - 2).equals("of")) {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return false;
    }

    /** After a possessive: "Syria’s devastated cities", "Syria’s Idlib" are places; "Russia’s arms exporter" is not. */
    private static boolean possessesPlace(DocumentTokens t, int from, int limit) {
        for (int k = from; k < Math.min(limit, from + POSSESSIVE_LOOKAHEAD); k++) {
            if (PLACE_NOUNS.contains(t.lower[k])) {
                return true;
            }
            if (k == from && t.isCapitalized(k)) {
                return true;
            }
            if (!Character.isLowerCase(t.word[k].charAt(0))) {
                break;
            }
        }
        return false;
    }
}
