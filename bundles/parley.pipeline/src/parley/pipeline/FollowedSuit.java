package parley.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import parley.model.Catalogue;
import parley.pipeline.StanceTagger.Mention;
import parley.type.Stance;

/**
 * "The United States designated HTS as a terrorist organisation in 2018, and Turkey followed suit": who does the same
 * takes the stances stated before it in its sentence (or, where there are none, in the sentence before), in the frame
 * they were found in. The phrases are data (lexicon {@code FollowedSuit.SAME_ACT_PHRASES}).
 */
final class FollowedSuit {

    /** Phrases by which an actor does what was said of another ("followed suit", "did the same"). */
    static final List<List<String>> SAME_ACT_PHRASES = Vocabulary.list("FollowedSuit.SAME_ACT_PHRASES").stream().map(Tokenizer::words).toList();

    private FollowedSuit() {
    }

    /** @param subjectOf the actor that does what the verb at a token says, or null */
    static void tag(JCas jcas, DocumentTokens t, int s, List<Mention> inSentence, List<Mention> all, Catalogue catalogue,
            IntFunction<Mention> subjectOf, NominalFrames.Found found) {
        int first = t.sentenceFirst[s];
        int limit = t.sentenceFirst[s + 1];
        int at = -1;
        for (int k = first + 1; k < limit && at < 0; k++) {
            at = t.phraseEnd(SAME_ACT_PHRASES, k, limit) > 0 ? k : -1;
        }
        Mention follower = at < 0 ? null : subjectOf.apply(at);
        if (follower == null || !follower.actor()) {
            return;
        }
        List<Stance> before = new ArrayList<>();
        for (int from : new int[] {s, s - 1}) {
            if (from < 0 || !before.isEmpty()) {
                continue;
            }
            for (Stance stance : jcas.getAnnotationIndex(Stance.class)) {
                if (stance.getBegin() == t.sentenceBegin[from] && stance.getHolder().getBegin() < t.begin[follower.first()]) {
                    before.add(stance);
                }
            }
        }
        for (Stance stance : before) {
            Mention target = mentionOf(all, stance.getTarget());
            if (target != null && !(target.actor() && catalogue.affiliationOf(target.id()).equals(catalogue.affiliationOf(follower.id())))) {
                String origin = stance.getOrigin();
                String frame = origin.substring(origin.indexOf('/') + 1, origin.lastIndexOf('/')).replace(StanceConfidence.PRONOUN, "");
                found.stance(follower, target, stance.getPolarity(), frame, t.lower[at]);
            }
        }
    }

    private static Mention mentionOf(List<Mention> all, Annotation tag) {
        for (Mention m : all) {
            if (m.tag() == tag) {
                return m;
            }
        }
        return null;
    }
}
