package parley.pipeline;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

import parley.model.AgreementEntry;
import parley.model.Catalogue;
import parley.pipeline.StanceTagger.Mention;
import parley.types.TagValues;

/**
 * Taking part in a meeting of a negotiating process: "Putin and Erdoğan went to Tehran for another summit of the Astana
 * process", "Russia, Turkey and Iran met for a twentieth round of the Astana process", "At a summit of the Astana process
 * in Tehran, Erdoğan pleaded for a ceasefire". Who meets within a process negotiates in it as a party (codebook:
 * concludes or negotiates it as a party). The meeting nouns and the kinds of agreement that meet are data (lexicon
 * {@code ProcessMeetings.MEETING_NOUNS}, {@code MEETING_KINDS}).
 */
final class ProcessMeetings {

    static final Set<String> MEETING_NOUNS = Vocabulary.set("ProcessMeetings.MEETING_NOUNS");
    /** The kinds of agreement that hold meetings (processes, not memoranda). */
    static final Set<String> MEETING_KINDS = Vocabulary.set("ProcessMeetings.MEETING_KINDS");
    /** Words that open a contrasting clause whose subject took part too ("..., whereas Vladimir Putin replied"). */
    static final Set<String> CONTRASTS = Vocabulary.set("ProcessMeetings.CONTRASTS");
    /** How many words (articles, ordinals, "another") may stand between the meeting noun and "of". */
    private static final int MODIFIER_WINDOW = 3;

    private ProcessMeetings() {
    }

    /**
     * @param subjectOf the actor that does what the verb or noun at a token says, or null
     * @param withCoordinated an actor and those coordinated before it ("Russia, Turkey and Iran")
     */
    static void tag(DocumentTokens t, int s, List<Mention> inSentence, Catalogue catalogue, IntFunction<Mention> subjectOf,
            Function<Mention, List<Mention>> withCoordinated, NominalFrames.Found found) {
        int first = t.sentenceFirst[s];
        int limit = t.sentenceFirst[s + 1];
        for (Mention process : inSentence) {
            AgreementEntry entry = process.actor() ? null : catalogue.agreement(process.id());
            if (entry == null || !MEETING_KINDS.contains(entry.kind()) || process.first() - 2 < first
                    || !t.lower[process.first() - 1].equals("of")) {
                continue;
            }
            int meeting = -1;
            for (int j = process.first() - 2; j >= first && j >= process.first() - 2 - MODIFIER_WINDOW && meeting < 0; j--) {
                if (MEETING_NOUNS.contains(t.lower[j])) {
                    meeting = j;
                } else if (!Character.isLowerCase(t.word[j].charAt(0)) && !Character.isDigit(t.word[j].charAt(0))) {
                    break;
                }
            }
            if (meeting < 0) {
                continue;
            }
            boolean fronted = meeting - 2 <= first;
            Mention participant = fronted ? subjectAfterComma(t, process.end(), limit, inSentence) : subjectOf.apply(meeting);
            if (participant == null || !participant.actor()) {
                continue;
            }
            for (Mention m : withCoordinated.apply(participant)) {
                found.stance(m, process, TagValues.SUPPORT, "party", t.lower[meeting]);
            }
            if (fronted) {
                // "At a summit of the Astana process ..., Erdoğan pleaded ..., whereas Vladimir Putin replied ..."
                for (int j = participant.end(); j + 1 < limit; j++) {
                    Mention other = CONTRASTS.contains(t.lower[j]) ? StanceTagger.startingAt(inSentence, j + 1) : null;
                    if (other != null && other.actor()) {
                        found.stance(other, process, TagValues.SUPPORT, "party", t.lower[meeting]);
                    }
                }
            }
        }
    }

    /** The first actor after the comma that closes a fronted phrase, as the main clause's subject; or null. */
    private static Mention subjectAfterComma(DocumentTokens t, int from, int limit, List<Mention> inSentence) {
        for (int j = from; j + 1 < limit; j++) {
            if (t.lower[j].equals(",")) {
                for (int k = j + 1; k < Math.min(limit, j + 4); k++) {
                    Mention m = StanceTagger.startingAt(inSentence, k);
                    if (m != null) {
                        return m;
                    }
                }
                return null;
            }
        }
        return null;
    }
}
