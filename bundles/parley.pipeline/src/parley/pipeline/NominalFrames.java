package parley.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import parley.model.Catalogue;
import parley.pipeline.StanceTagger.Mention;
import parley.types.TagValues;

/**
 * Stances that a noun phrase carries rather than a cue's subject and object:
 * <ul>
 * <li>a relation between coordinated parties: "clashes between Turkey and the PKK" (the first towards the others,
 * one stance per pair, as the codebook has it for mutual relations); "the agreement between Turkey, Iran and
 * Russia" (each is a party to it);</li>
 * <li>the parties named beside a party noun: "the parties to the truce (Russia and Turkey)";</li>
 * <li>a relational noun with a possessor and an appositive: "the regime’s principal backers, Russia and Iran",
 * "Qatar, Turkey’s closest ally," (the appositive holds the relation towards the possessor).</li>
 * </ul>
 */
final class NominalFrames {

    /** Receives a stance a frame found. */
    interface Found {
        void stance(Mention holder, Mention target, String polarity, String frame, String word);
    }

    /** Nouns that name a relation between the parties after "between", by polarity. */
    static final Map<String, Set<String>> RELATIONS_BETWEEN = Vocabulary.map("NominalFrames.RELATIONS_BETWEEN");
    /** Prepositions that name the parties of a relation ("between", "among"). */
    static final Set<String> BETWEEN = Vocabulary.set("NominalFrames.BETWEEN");
    /** Nouns for a party to an agreement ("guarantors", "signatories"). */
    static final Set<String> PARTY_NOUNS = Vocabulary.set("NominalFrames.PARTY_NOUNS");
    /** Nouns for an actor's relation to another that an appositive names ("backers", "allies", "rivals"). */
    static final Set<String> RELATION_NOUNS = Vocabulary.set("NominalFrames.RELATION_NOUNS");
    /** Words that may open an appositive list ("including", "namely"). */
    static final Set<String> APPOSITIVE_OPENERS = Vocabulary.set("NominalFrames.APPOSITIVE_OPENERS");
    /** Nouns of an attack an actor comes under ("under fire from"). */
    static final Set<String> UNDER_NOUNS = Vocabulary.set("NominalFrames.UNDER_NOUNS");
    /** Possessive pronouns that stand for the actor coordinated just before them ("Moscow and its ally Damascus"). */
    static final Set<String> POSSESSIVE_PRONOUNS = Vocabulary.set("NominalFrames.POSSESSIVE_PRONOUNS");
    /** Verbs that link a subject to a relational noun ("Russia is the regime’s main backer"). */
    static final Set<String> COPULAS = Vocabulary.set("NominalFrames.COPULAS");
    /** Tokens that join coordinated mentions. */
    static final Set<String> COORDINATORS = Vocabulary.set("NominalFrames.COORDINATORS");
    /** How many words may stand between a relation noun and "between" ("clashes, mostly artillery fire, between"). */
    static final int BETWEEN_WINDOW = 5;

    private NominalFrames() {
    }

    /** Whether a noun names a relation between parties ("alliance", "clashes"), whatever its polarity. */
    static boolean namesARelation(String noun) {
        return RELATIONS_BETWEEN.values().stream().anyMatch(nouns -> nouns.contains(noun));
    }

    static void tag(DocumentTokens t, int s, List<Mention> inSentence, Catalogue catalogue, CueLexicon cues, Found found) {
        int first = t.sentenceFirst[s];
        int limit = t.sentenceFirst[s + 1];
        for (Mention m : inSentence) {
            if (!m.actor()) {
                ownAgreement(t, m, limit, inSentence, found);
            }
        }
        for (int k = first; k < limit; k++) {
            String w = t.lower[k];
            if (BETWEEN.contains(w)) {
                between(t, k, first, limit, inSentence, catalogue, found);
            } else if (w.equals("under")) {
                underAttack(t, k, first, limit, inSentence, catalogue, found);
            } else if (PARTY_NOUNS.contains(w)) {
                partiesBeside(t, k, limit, inSentence, found);
            } else if (RELATION_NOUNS.contains(w) && StanceTagger.containing(inSentence, k) == null) {
                possessorAndAppositive(t, k, first, limit, inSentence, catalogue, cues.lookup(w), found);
            }
        }
    }

    private static void between(DocumentTokens t, int k, int first, int limit, List<Mention> inSentence, Catalogue catalogue, Found found) {
        List<Mention> parties = list(t, StanceTagger.startingAt(inSentence, k + 1), limit, inSentence);
        Mention agreement = StanceTagger.endingAt(inSentence, k);
        if (agreement != null && !agreement.actor()) {
            for (Mention party : parties) {
                found.stance(party, agreement, TagValues.SUPPORT, "party", "between");
            }
            return;
        }
        if (parties.size() < 2) {
            return;
        }
        for (int j = k - 1; j >= Math.max(first, k - BETWEEN_WINDOW); j--) {
            if (StanceTagger.CLAUSE_BREAKS.contains(t.lower[j]) || StanceTagger.containing(inSentence, j) != null) {
                return;
            }
            for (Map.Entry<String, Set<String>> relation : RELATIONS_BETWEEN.entrySet()) {
                if (relation.getValue().contains(t.lower[j])) {
                    Mention a = parties.get(0);
                    for (Mention b : parties.subList(1, parties.size())) {
                        if (!catalogue.affiliationOf(a.id()).equals(catalogue.affiliationOf(b.id()))) {
                            found.stance(a, b, relation.getKey(), "between", t.lower[j]);
                        }
                    }
                    return;
                }
            }
        }
    }

    /**
     * "HTS came under attack from Russia", "Turkish troops came under fire from regime forces": the actor after
     * "from"/"by" attacks the subject.
     */
    private static void underAttack(DocumentTokens t, int k, int first, int limit, List<Mention> inSentence, Catalogue catalogue, Found found) {
        int noun = k + 1;
        while (noun < limit && noun <= k + 3 && !UNDER_NOUNS.contains(t.lower[noun])) {
            noun++; // "under heavy fire", "under sustained Russian attack"
        }
        if (noun >= limit || !UNDER_NOUNS.contains(t.lower[noun]) || noun + 1 >= limit
                || !(t.lower[noun + 1].equals("from") || t.lower[noun + 1].equals("by"))) {
            return;
        }
        Mention attacker = StanceTagger.startingAt(inSentence, noun + 2);
        int verb = k - 1;
        while (verb > first && verb >= k - 4 && StanceTagger.endingAt(inSentence, verb + 1) == null && Character.isLowerCase(t.word[verb].charAt(0))
                && !t.lower[verb].equals(",")) {
            verb--; // "came", "has been", "repeatedly came"
        }
        Mention attacked = StanceTagger.endingAt(inSentence, verb + 1);
        if (attacker == null || attacked == null || !attacker.actor() || !attacked.actor() || attacked.end() > k
                || catalogue.affiliationOf(attacker.id()).equals(catalogue.affiliationOf(attacked.id()))) {
            return;
        }
        for (Mention a : list(t, attacker, limit, inSentence)) {
            found.stance(a, attacked, TagValues.OPPOSE, "under", t.lower[noun]);
        }
    }

    /** "Turkey’s deal with Russia": the possessor and the party after "with" concluded it. */
    private static void ownAgreement(DocumentTokens t, Mention agreement, int limit, List<Mention> inSentence, Found found) {
        Mention owner = null;
        for (Mention m : inSentence) {
            if (m.actor() && m.end() < agreement.end() && m.end() + 1 >= agreement.first() && m.first() >= agreement.first() - 2
                    && t.lower[m.end()].equals("’s")) {
                owner = m;
            }
        }
        if (owner == null) {
            return;
        }
        found.stance(owner, agreement, TagValues.SUPPORT, "party", "’s");
        if (agreement.end() + 1 < limit && t.lower[agreement.end()].equals("with")) {
            for (Mention other : list(t, StanceTagger.startingAt(inSentence, agreement.end() + 1), limit, inSentence)) {
                found.stance(other, agreement, TagValues.SUPPORT, "party", "with");
            }
        }
    }

    /** "the parties to the truce (Russia and Turkey)", "the guarantors of the Sochi agreement, Russia and Turkey". */
    private static void partiesBeside(DocumentTokens t, int k, int limit, List<Mention> inSentence, Found found) {
        if (k + 1 >= limit || !(t.lower[k + 1].equals("to") || t.lower[k + 1].equals("of"))) {
            return;
        }
        Mention agreement = StanceTagger.startingAt(inSentence, k + 2);
        if (agreement == null || agreement.actor() || agreement.end() >= limit) {
            return;
        }
        String after = t.lower[agreement.end()];
        if (!after.equals("(") && !after.equals(",") && !after.equals("\u2014") && !after.equals("\u2013")) {
            return; // "the parties to the truce (Russia and Turkey)", ", Russia and Turkey,", "— Turkey, Russia, or the regime —"
        }
        for (Mention party : list(t, StanceTagger.startingAt(inSentence, agreement.end() + 1), limit, inSentence)) {
            found.stance(party, agreement, TagValues.SUPPORT, "party", t.lower[k]);
        }
    }

    private static void possessorAndAppositive(DocumentTokens t, int k, int first, int limit, List<Mention> inSentence, Catalogue catalogue,
            CueLexicon.Cue cue, Found found) {
        if (cue == null) {
            return;
        }
        int p = k - 1;
        while (p >= first && p >= k - 4 && !t.lower[p].equals("’s") && !POSSESSIVE_PRONOUNS.contains(t.lower[p])
                && Character.isLowerCase(t.word[p].charAt(0))
                && !StanceTagger.CLAUSE_OPENERS.contains(t.lower[p])) {
            p--; // "the regime’s principal foreign backers": adjectives
        }
        Mention possessor;
        boolean pronoun = p >= first && POSSESSIVE_PRONOUNS.contains(t.lower[p]);
        if (pronoun && p - 1 > first && t.lower[p - 1].equals("and")) {
            possessor = StanceTagger.endingAt(inSentence, p - 1); // "the regime and its allies Russia and Iran"
        } else if (p < first || !t.lower[p].equals("’s")) {
            return;
        } else {
            possessor = StanceTagger.endingAt(inSentence, p);
        }
        if (possessor == null || !possessor.actor()) {
            return;
        }
        List<Mention> related = new ArrayList<>();
        int j = k + 1;
        if (j < limit && (t.lower[j].equals(",") || t.lower[j].equals("(") || t.lower[j].equals("–") || t.lower[j].equals("—"))) {
            j++;
        }
        if (j < limit && APPOSITIVE_OPENERS.contains(t.lower[j])) {
            j++; // "the regime’s backers, including Iran"
        }
        if (j == k + 1 && j < limit && COPULAS.contains(t.lower[j])) {
            j++; // "Assad’s main foreign backers are Russia and Iran"
        }
        related.addAll(list(t, StanceTagger.startingAt(inSentence, j), limit, inSentence));
        int beforePossessor = possessor.first() - 1;
        if (beforePossessor > first && t.lower[beforePossessor].equals("the")) {
            beforePossessor--; // "the regime’s main backer"
        }
        if (related.isEmpty() && !pronoun && beforePossessor > first
                && (t.lower[beforePossessor].equals(",") || COPULAS.contains(t.lower[beforePossessor]))) {
            int subjectEnd = beforePossessor;
            while (subjectEnd > first && (COPULAS.contains(t.lower[subjectEnd]) || StanceTagger.PERFECT_AUXILIARIES.contains(t.lower[subjectEnd])
                    || StanceTagger.ADVERBS.contains(t.lower[subjectEnd]))) {
                subjectEnd--; // "Russia has long been the regime’s main backer"
            }
            Mention before = t.lower[beforePossessor].equals(",") ? StanceTagger.endingAt(inSentence, beforePossessor)
                    : StanceTagger.endingAt(inSentence, subjectEnd + 1);
            for (Mention m = before; m != null && m.actor(); m = m.first() - 1 > first && COORDINATORS.contains(t.lower[m.first() - 1])
                    ? StanceTagger.endingAt(inSentence, m.first() - 1) : null) {
                related.add(m); // "Qatar, Turkey’s closest ally," "Russia is the regime’s main backer", "Moscow and Tehran, the regime’s allies,"
            }
        }
        for (Mention m : related) {
            if (m.actor() && !catalogue.affiliationOf(m.id()).equals(catalogue.affiliationOf(possessor.id()))) {
                found.stance(m, possessor, cue.polarity(), "relational", t.lower[k]);
            }
        }
    }

    /** The mention at {@code start} and those coordinated with it ("Turkey, Iran and Russia", "the PKK/YPG"). */
    private static List<Mention> list(DocumentTokens t, Mention start, int limit, List<Mention> inSentence) {
        List<Mention> out = new ArrayList<>();
        Mention current = start;
        while (current != null && current.actor() && out.size() < 6) {
            out.add(current);
            int j = current.end();
            boolean joined = false;
            while (j < limit && COORDINATORS.contains(t.lower[j])) {
                j++;
                joined = true;
            }
            current = joined ? StanceTagger.startingAt(inSentence, j) : null;
        }
        return out;
    }
}
