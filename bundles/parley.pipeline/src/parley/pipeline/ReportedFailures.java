package parley.pipeline;

import java.util.List;
import java.util.Set;

import parley.model.Catalogue;
import parley.pipeline.StanceTagger.Mention;
import parley.types.TagValues;

/**
 * An accusation reported as a failure: "Russia said Turkey had failed to take steps against HTS", "Turkey
 * contended that Russia failed to preserve the area", "France said the regime’s failure to declare its stockpile was a
 * breach". Who says that another failed to do something criticises it
 * (codebook: criticises, blames): the speaker opposes the one said to have failed.
 */
final class ReportedFailures {

    /** The words of failing, before "to" ("failed to", "fails to"). */
    static final Set<String> FAILURES = Vocabulary.set("ReportedFailures.FAILURES");
    /** Verbs that report what the speaker holds ("said", "contended", "complained"). */
    static final Set<String> REPORTING_VERBS = Vocabulary.set("ReportedFailures.REPORTING_VERBS");
    /** How far (in tokens) the one who failed may stand before the failure word ("Turkey had repeatedly failed"). */
    private static final int FAILER_WINDOW = 4;

    private ReportedFailures() {
    }

    static void tag(DocumentTokens t, int s, List<Mention> inSentence, Catalogue catalogue, NominalFrames.Found found) {
        int first = t.sentenceFirst[s];
        int limit = t.sentenceFirst[s + 1];
        for (int k = first + 1; k + 1 < limit; k++) {
            if (!FAILURES.contains(t.lower[k]) || !t.lower[k + 1].equals("to")) {
                continue;
            }
            Mention failer = k - 1 > first && (t.lower[k - 1].equals("’s") || t.lower[k - 1].equals("'s"))
                    ? StanceTagger.endingAt(inSentence, k - 1) // "said the regime’s failure to declare its stockpile amounted to a breach"
                    : StanceTagger.nearestActorEndingBefore(inSentence, k, FAILER_WINDOW, t);
            if (failer != null && !failer.actor()) {
                continue;
            }
            if (failer == null) {
                continue;
            }
            int v = failer.first() - 1;
            if (v > first && t.lower[v].equals("that")) {
                v--;
            }
            if (v <= first || !REPORTING_VERBS.contains(t.lower[v])) {
                continue;
            }
            // "The United Kingdom and France said ...": each speaker of a coordination
            for (Mention speaker = StanceTagger.nearestActorEndingBefore(inSentence, v, 3, t); speaker != null && speaker.actor();
                    speaker = speaker.first() - 1 > first && (t.lower[speaker.first() - 1].equals("and") || t.lower[speaker.first() - 1].equals(","))
                            ? StanceTagger.endingAt(inSentence, speaker.first() - 1) : null) {
                if (speaker != failer && !catalogue.affiliationOf(speaker.id()).equals(catalogue.affiliationOf(failer.id()))) {
                    found.stance(speaker, failer, TagValues.OPPOSE, "accusation", t.lower[k]);
                }
            }
        }
    }
}
