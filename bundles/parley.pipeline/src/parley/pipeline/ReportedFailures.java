package parley.pipeline;

import java.util.List;
import java.util.Set;

import parley.model.Catalogue;
import parley.pipeline.StanceTagger.Mention;
import parley.types.TagValues;

/**
 * An accusation reported as a failure, a breach or a responsibility: "Russia said Turkey had failed to take steps against HTS",
 * "the State Department said Russia and the regime bore responsibility", "said Damascus had violated the deal", "Turkey
 * contended that Russia failed to preserve the area", "France said the regime’s failure to declare its stockpile was a
 * breach". Who says that another failed to do something criticises it
 * (codebook: criticises, blames): the speaker opposes the one said to have failed.
 */
final class ReportedFailures {

    /** The words of failing, before "to" ("failed to", "fails to"). */
    static final Set<String> FAILURES = Vocabulary.set("ReportedFailures.FAILURES");
    /** How far a reporting verb may stand before "that" ("said on Wednesday that"). */
    private static final int REPORT_WINDOW = 4;

    /** The reporting verb at or shortly before {@code v}, past a short time adjunct and no comma or actor; or -1. */
    private static int reportingVerbAt(DocumentTokens t, int first, int v, List<Mention> inSentence) {
        for (int j = v; j > first && j >= v - REPORT_WINDOW; j--) {
            if (REPORTING_VERBS.contains(t.lower[j])) {
                return j;
            }
            if (j < v && (t.lower[j].equals(",") || StanceTagger.containing(inSentence, j) != null)) {
                return -1;
            }
            if (j == v && !t.lower[j].equals("that") && !Character.isLetter(t.word[j].charAt(0))) {
                return -1;
            }
        }
        return -1;
    }

    /** Acts that, said of another, charge it: "said Russia had violated the arrangement". */
    static final Set<String> CHARGED_ACTS = Vocabulary.set("ReportedFailures.CHARGED_ACTS");
    /** Verbs of bearing before "responsibility": "said Russia and the regime bore responsibility for the catastrophe". */
    static final Set<String> BEARING_VERBS = Vocabulary.set("ReportedFailures.BEARING_VERBS");
    /** Verbs that report what the speaker holds ("said", "contended", "complained"). */
    static final Set<String> REPORTING_VERBS = Vocabulary.set("ReportedFailures.REPORTING_VERBS");
    /** How far (in tokens) the one who failed may stand before the failure word ("Turkey had repeatedly failed"). */
    private static final int FAILER_WINDOW = 4;

    private ReportedFailures() {
    }

    /** @param subjectOf the actor that does what the verb at a token says, or null */
    static void tag(DocumentTokens t, int s, List<Mention> inSentence, Catalogue catalogue, java.util.function.IntFunction<Mention> subjectOf,
            NominalFrames.Found found) {
        int first = t.sentenceFirst[s];
        int limit = t.sentenceFirst[s + 1];
        for (int k = first + 1; k + 1 < limit; k++) {
            boolean failure = FAILURES.contains(t.lower[k]) && t.lower[k + 1].equals("to");
            boolean charge = CHARGED_ACTS.contains(t.lower[k])
                    || BEARING_VERBS.contains(t.lower[k]) && (t.lower[k + 1].equals("responsibility") || k + 2 < limit && t.lower[k + 2].equals("responsibility"));
            boolean possessed = k - 1 > first && (t.lower[k - 1].equals("’s") || t.lower[k - 1].equals("'s"));
            if (!failure && !charge || charge && possessed) {
                continue;
            }
            Mention failer = possessed
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
            List<Mention> failers = new java.util.ArrayList<>(List.of(failer));
            for (Mention before = failer; before.first() - 1 > first && t.lower[before.first() - 1].equals("and");) {
                before = StanceTagger.endingAt(inSentence, before.first() - 1); // "said that Russia and the Assad regime had violated"
                if (before == null || !before.actor()) {
                    break;
                }
                failers.add(before);
                v = before.first() - 1;
                if (v > first && t.lower[v].equals("that")) {
                    v--;
                }
            }
            v = reportingVerbAt(t, first, v, inSentence);
            if (v < 0) {
                continue;
            }
            // "The United Kingdom and France said ...": each speaker of a coordination
            Mention nearestSpeaker = StanceTagger.nearestActorEndingBefore(inSentence, v, 3, t);
            if (nearestSpeaker == null) {
                nearestSpeaker = subjectOf.apply(v); // "the State Department welcomed the truce but said ..."
            }
            for (Mention speaker = nearestSpeaker; speaker != null && speaker.actor();
                    speaker = speaker.first() - 1 > first && (t.lower[speaker.first() - 1].equals("and") || t.lower[speaker.first() - 1].equals(","))
                            ? StanceTagger.endingAt(inSentence, speaker.first() - 1) : null) {
                for (Mention accused : failers) {
                    if (speaker != accused && !catalogue.affiliationOf(speaker.id()).equals(catalogue.affiliationOf(accused.id()))) {
                        found.stance(speaker, accused, TagValues.OPPOSE, "accusation", t.lower[k]);
                    }
                }
            }
        }
    }
}
