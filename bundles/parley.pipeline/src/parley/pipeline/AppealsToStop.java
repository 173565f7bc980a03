package parley.pipeline;

import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import parley.model.Catalogue;
import parley.pipeline.StanceTagger.Mention;
import parley.types.TagValues;

/**
 * An appeal to stop an attack or to leave: "NATO called on Russia and the regime to halt their offensive", "the EU urged Turkey to
 * end its operation", "Tehran called for an immediate halt to Turkey’s offensive". The act is only asked for, so the addressees attack no one here; but whoever asks them to stop
 * it opposes them (codebook: criticises, condemns). The stopping verbs are data (lexicon
 * {@code AppealsToStop.STOPPING_VERBS}).
 */
final class AppealsToStop {

    static final Set<String> STOPPING_VERBS = Vocabulary.set("AppealsToStop.STOPPING_VERBS");
    /** Nouns of stopping ("a halt to", "an end to"). */
    static final Set<String> STOPPING_NOUNS = Vocabulary.set("AppealsToStop.STOPPING_NOUNS");
    /** Verbs of leaving ("to withdraw", "that ... withdraw"): asking an actor to leave opposes it. */
    static final Set<String> WITHDRAWING_VERBS = Vocabulary.set("AppealsToStop.WITHDRAWING_VERBS");
    /** Nouns of leaving ("the withdrawal of", "the departure of"). */
    static final Set<String> WITHDRAWAL_NOUNS = Vocabulary.set("AppealsToStop.WITHDRAWAL_NOUNS");
    /** How many words (determiners, possessives, modifiers) may stand between the stopping verb and the attack. */
    private static final int OBJECT_WINDOW = 4;
    /** How many words the addressees may take between the appeal and "to". */
    private static final int ADDRESSEE_WINDOW = 12;

    private AppealsToStop() {
    }

    /** @param subjectOf the actor that does what the verb at a token says, or null */
    static void tag(DocumentTokens t, int s, List<Mention> inSentence, Catalogue catalogue, CueLexicon cues, IntFunction<Mention> subjectOf,
            NominalFrames.Found found) {
        int first = t.sentenceFirst[s];
        int limit = t.sentenceFirst[s + 1];
        for (int k = first + 2; k + 1 < limit; k++) {
            boolean leaving = WITHDRAWING_VERBS.contains(t.lower[k]);
            boolean stopping = STOPPING_VERBS.contains(t.lower[k]) && stopsAnAttack(t, k + 1, limit, cues);
            if (!leaving && !stopping) {
                continue;
            }
            // "called on Russia to withdraw its forces"; "demanded that regime forces withdraw to the lines ..."
            int appeal = t.lower[k - 1].equals("to") ? appealBefore(t, k - 1, first, inSentence)
                    : leaving ? demandBefore(t, k, first, inSentence) : -1;
            if (appeal < 0) {
                continue;
            }
            Mention asker = subjectOf.apply(appeal);
            if (asker == null || !asker.actor()) {
                continue;
            }
            for (Mention m : inSentence) {
                if (m.actor() && m.first() > appeal && m.end() <= k
                        && !catalogue.affiliationOf(m.id()).equals(catalogue.affiliationOf(asker.id()))) {
                    found.stance(asker, m, TagValues.OPPOSE, "appeal", t.lower[k]);
                }
            }
        }
        for (int k = first + 2; k + 2 < limit; k++) {
            if (!STOPPING_NOUNS.contains(t.lower[k]) || !(t.lower[k + 1].equals("to") || t.lower[k + 1].equals("of"))) {
                continue;
            }
            // "Tehran called for an immediate halt to Turkey’s offensive", "demanded an end to attacks by the regime"
            int appeal = nounAppealBefore(t, k, first);
            Mention attacker = appeal < 0 ? null : attackerAfter(t, k + 2, limit, inSentence, cues);
            Mention asker = attacker == null ? null : subjectOf.apply(appeal);
            if (asker != null && asker.actor() && !catalogue.affiliationOf(attacker.id()).equals(catalogue.affiliationOf(asker.id()))) {
                found.stance(asker, attacker, TagValues.OPPOSE, "appeal", t.lower[k]);
            }
        }
        withdrawalsAskedFor(t, first, limit, inSentence, catalogue, subjectOf, found);
    }

    /** "demanded that regime forces withdraw": the demanding verb before "that" and the actor right before {@code k}; or -1. */
    private static int demandBefore(DocumentTokens t, int k, int first, List<Mention> inSentence) {
        Mention leaving = StanceTagger.endingAt(inSentence, k);
        if (leaving == null || !leaving.actor() || leaving.first() - 2 < first || !t.lower[leaving.first() - 1].equals("that")) {
            return -1;
        }
        int demand = leaving.first() - 2;
        return StanceTagger.EXPECTATIONS.contains(t.lower[demand]) ? demand : -1;
    }

    /**
     * "Damascus demands the withdrawal of Turkish forces and US troops", "called for the departure of Iranian militias":
     * whoever asks for an actor's forces to leave opposes that actor.
     */
    private static void withdrawalsAskedFor(DocumentTokens t, int first, int limit, List<Mention> inSentence, Catalogue catalogue,
            IntFunction<Mention> subjectOf, NominalFrames.Found found) {
        for (int k = first + 2; k + 2 < limit; k++) {
            if (!WITHDRAWAL_NOUNS.contains(t.lower[k]) || !t.lower[k + 1].equals("of")) {
                continue;
            }
            int appeal = nounAppealBefore(t, k, first);
            int j = k + 2 < limit && t.lower[k + 2].equals("all") ? k + 3 : k + 2;
            Mention leaving = appeal < 0 ? null : StanceTagger.startingAt(inSentence, j);
            Mention asker = leaving == null || !leaving.actor() ? null : subjectOf.apply(appeal);
            if (asker == null || !asker.actor()) {
                continue;
            }
            List<Mention> targets = new java.util.ArrayList<>(List.of(leaving));
            targets.addAll(StanceTagger.coordinatedAfter(t, leaving, inSentence, limit));
            for (Mention target : targets) {
                if (target.actor() && !catalogue.affiliationOf(target.id()).equals(catalogue.affiliationOf(asker.id()))) {
                    found.stance(asker, target, TagValues.OPPOSE, "appeal", t.lower[k]);
                }
            }
        }
    }

    /** The appeal verb before "an (immediate) halt": "called for", "urged", "demanded"; or -1. */
    private static int nounAppealBefore(DocumentTokens t, int k, int first) {
        int j = k - 1;
        while (j > first && k - j <= 3 && !StanceTagger.EXPECTATIONS.contains(t.lower[j]) && !t.lower[j].equals("for")
                && Character.isLowerCase(t.word[j].charAt(0))) {
            j--; // "an immediate"
        }
        if (t.lower[j].equals("for") && j - 1 > first && StanceTagger.APPEAL_VERBS.contains(t.lower[j - 1])) {
            return j - 1;
        }
        return StanceTagger.EXPECTATIONS.contains(t.lower[j]) ? j : -1;
    }

    /** Whose attack follows: a possessor before an attack noun ("Turkey’s offensive"), or the agent after "by" ("attacks by the regime"). */
    private static Mention attackerAfter(DocumentTokens t, int j, int limit, List<Mention> inSentence, CueLexicon cues) {
        if (j < limit && t.lower[j].equals("the")) {
            j++;
        }
        Mention possessor = StanceTagger.startingAt(inSentence, j);
        if (possessor != null && possessor.actor() && possessor.end() + 1 < limit
                && (t.lower[possessor.end()].equals("’s") || t.lower[possessor.end()].equals("'s"))) {
            return stopsAnAttack(t, possessor.end() + 1, limit, cues) ? possessor : null;
        }
        for (int k = j; k < Math.min(limit, j + OBJECT_WINDOW); k++) {
            if (isAttackNoun(cues, t.lower[k])) {
                Mention agent = k + 2 < limit && t.lower[k + 1].equals("by") ? StanceTagger.startingAt(inSentence, k + 2) : null;
                return agent != null && agent.actor() ? agent : null;
            }
        }
        return null;
    }

    /** Whether an attack (a noun cue of opposition) is what is to stop: "halt their offensive", "end all air strikes". */
    private static boolean stopsAnAttack(DocumentTokens t, int from, int limit, CueLexicon cues) {
        for (int j = from; j < Math.min(limit, from + OBJECT_WINDOW); j++) {
            if (isAttackNoun(cues, t.lower[j])) {
                return true;
            }
            if (t.isCapitalized(j) || !Character.isLetter(t.word[j].charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** A noun cue of opposition towards an actor ("offensive", "strikes"), not one only towards an agreement. */
    private static boolean isAttackNoun(CueLexicon cues, String word) {
        CueLexicon.Cue noun = cues.lookupNoun(word);
        return noun != null && TagValues.OPPOSE.equals(noun.polarity()) && !noun.agreementsOnly();
    }

    /**
     * The appeal verb before the addressees that end at {@code to} ("called on Russia and the regime to", "urged
     * Ankara to"), or -1 when anything but actors, "and" and commas stands between them.
     */
    private static int appealBefore(DocumentTokens t, int to, int first, List<Mention> inSentence) {
        int j = to - 1;
        boolean addressee = false;
        while (j > first && to - j <= ADDRESSEE_WINDOW) {
            Mention m = StanceTagger.containing(inSentence, j);
            if (m != null && m.actor()) {
                addressee = true;
                j = m.first() - 1;
            } else if (t.lower[j].equals("and") || t.lower[j].equals(",")) {
                j--;
            } else {
                break;
            }
        }
        if (!addressee) {
            return -1;
        }
        if (t.lower[j].equals("on") && StanceTagger.APPEAL_VERBS.contains(t.lower[j - 1])) {
            return j - 1;
        }
        return StanceTagger.EXPECTATIONS.contains(t.lower[j]) ? j : -1;
    }
}
