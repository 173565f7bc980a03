package parley.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

import parley.model.Catalogue;
import parley.pipeline.StanceTagger.Mention;
import parley.types.TagValues;

/**
 * Acting with a partner against a third: "US troops work with the SDF against the Islamic State", "the SNA fought with
 * Turkey against the YPG", "Iranian militias fought alongside the regime against the rebels". The subject and its partner
 * both oppose whoever the act is against, and the subject supports its partner (codebook: material cooperation, material
 * conflict). "With" here is the partner's, never the enemy's: "fought with Turkey" alone is a clash. The words that
 * introduce the partner are data (lexicon {@code JointOpponents.PARTNER_WORDS}).
 */
final class JointOpponents {

    /** Phrases that introduce a partner ("with", "alongside", "together with"). */
    static final List<List<String>> PARTNER_WORDS = Vocabulary.list("JointOpponents.PARTNER_WORDS").stream().map(Tokenizer::words).toList();
    /** The preposition that names whom the joint act is against. */
    static final Set<String> AGAINST = Vocabulary.set("JointOpponents.AGAINST");

    private JointOpponents() {
    }

    /**
     * @param subjectOf the actor that does what the verb at a token says, or null
     * @param withCoordinated an actor and those coordinated with it ("Russia and Iran")
     */
    static void tag(DocumentTokens t, int s, List<Mention> inSentence, Catalogue catalogue, IntFunction<Mention> subjectOf,
            Function<Mention, List<Mention>> withCoordinated, NominalFrames.Found found) {
        int first = t.sentenceFirst[s];
        int limit = t.sentenceFirst[s + 1];
        for (int j = first + 1; j < limit; j++) {
            List<Mention> partners = partnersBeforeAgainst(t, j, limit, inSentence);
            if (partners.isEmpty()) {
                continue;
            }
            int against = partners.get(partners.size() - 1).end();
            List<Mention> enemies = actorsFrom(t, against + 1, inSentence, limit);
            Mention subject = enemies.isEmpty() ? null : subjectOf.apply(j - 1);
            if (subject == null || !subject.actor() || partners.contains(subject)) {
                continue;
            }
            List<Mention> holders = withCoordinated.apply(subject);
            for (Mention enemy : enemies) {
                for (Mention holder : holders) {
                    stance(catalogue, found, holder, enemy, TagValues.OPPOSE, t.lower[against]);
                }
                for (Mention partner : partners) {
                    stance(catalogue, found, partner, enemy, TagValues.OPPOSE, t.lower[against]);
                }
            }
            for (Mention holder : holders) {
                for (Mention partner : partners) {
                    stance(catalogue, found, holder, partner, TagValues.SUPPORT, t.lower[j]);
                }
            }
        }
    }

    /** Whether a partner phrase starts at {@code j} whose actors are followed by "against" and an actor. */
    static boolean partnerAgainst(DocumentTokens t, int j, int limit, List<Mention> inSentence) {
        List<Mention> partners = partnersBeforeAgainst(t, j, limit, inSentence);
        return !partners.isEmpty() && !actorsFrom(t, partners.get(partners.size() - 1).end() + 1, inSentence, limit).isEmpty();
    }

    /** The actors a partner phrase at {@code j} names where "against" follows them ("with the SDF against"); else empty. */
    private static List<Mention> partnersBeforeAgainst(DocumentTokens t, int j, int limit, List<Mention> inSentence) {
        int after = t.phraseEnd(PARTNER_WORDS, j, limit);
        List<Mention> partners = after < 0 ? List.of() : actorsFrom(t, after, inSentence, limit);
        int against = partners.isEmpty() ? -1 : partners.get(partners.size() - 1).end();
        return against >= 0 && against + 1 < limit && AGAINST.contains(t.lower[against]) ? partners : List.of();
    }

    /**
     * The actor that starts at {@code from} (past an article) and those coordinated after it; empty where none does, or
     * where the actor only possesses what follows ("against Turkey’s wishes").
     */
    private static List<Mention> actorsFrom(DocumentTokens t, int from, List<Mention> inSentence, int limit) {
        Mention m = StanceTagger.startingAt(inSentence, from);
        if (m == null && from + 1 < limit && t.lower[from].equals("the")) {
            m = StanceTagger.startingAt(inSentence, from + 1);
        }
        if (m == null || !m.actor() || m.end() < limit && (t.lower[m.end()].equals("’s") || t.lower[m.end()].equals("'s"))) {
            return List.of();
        }
        List<Mention> actors = new ArrayList<>(List.of(m));
        actors.addAll(StanceTagger.coordinatedAfter(t, m, inSentence, limit));
        return actors;
    }

    private static void stance(Catalogue catalogue, NominalFrames.Found found, Mention holder, Mention target, String polarity, String word) {
        if (holder != target && !catalogue.affiliationOf(holder.id()).equals(catalogue.affiliationOf(target.id()))) {
            found.stance(holder, target, polarity, "joint", word);
        }
    }
}
