package parley.learn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import parley.learn.Guard;
import parley.learn.LearnedRule;
import parley.learn.Learner;
import parley.learn.LearningSettings;
import parley.learn.ReviewedTag;

class LearnerTest {

    static ReviewedTag actor(String document, int begin, String text, String before, String status, String id) {
        return new ReviewedTag(ReviewedTag.ACTOR, document, begin, begin + text.length(), text, text.toLowerCase(), before, status, id, "test", false);
    }

    static ReviewedTag stance(String document, String cue, String status, boolean flipped) {
        return new ReviewedTag(ReviewedTag.STANCE, document, 0, 10, cue, cue, "", status, "RUS SUPPORT SYR_GOV", "x/" + cue, flipped);
    }

    static List<LearnedRule> learn(List<ReviewedTag> history) {
        return Learner.learn(history, s -> s.equals("russia"), LearningSettings.DEFAULT);
    }

    @Test
    void aNameTaggedByHandInTwoDocumentsWithOneIdBecomesAnAliasCandidate() {
        List<LearnedRule> rules = learn(List.of(actor("a", 0, "Tahrir al-Sham", "", "MANUAL", "HTS"), actor("b", 5, "Tahrir al-Sham", "by", "MANUAL", "HTS"),
                actor("b", 50, "Tahrir al-Sham", "of", "CORRECTED", "HTS")));
        LearnedRule alias = rules.stream().filter(r -> r.kind() == LearnedRule.Kind.ALIAS).findFirst().orElseThrow();
        assertEquals("Tahrir al-Sham", alias.surface());
        assertEquals("HTS", alias.value());
        assertEquals(3, alias.evidence().size(), "the rule names the decisions it came from");
    }

    @Test
    void noAliasFromOneDocumentFromDisagreementOrForANameTheCatalogueKnows() {
        assertTrue(learn(List.of(actor("a", 0, "Tahrir al-Sham", "", "MANUAL", "HTS"), actor("a", 40, "Tahrir al-Sham", "", "MANUAL", "HTS")))
                .stream().noneMatch(r -> r.kind() == LearnedRule.Kind.ALIAS), "one document");
        assertTrue(learn(List.of(actor("a", 0, "the Front", "", "MANUAL", "HTS"), actor("b", 0, "the Front", "", "MANUAL", "NLF"),
                actor("c", 0, "the Front", "", "MANUAL", "HTS"))).stream().noneMatch(r -> r.kind() == LearnedRule.Kind.ALIAS), "67% agree: under 80%");
        assertTrue(learn(List.of(actor("a", 0, "Russia", "", "MANUAL", "RUS"), actor("b", 0, "Russia", "", "MANUAL", "RUS")))
                .stream().noneMatch(r -> r.kind() == LearnedRule.Kind.ALIAS), "known already");
    }

    @Test
    void aSuggestionRejectedEverywhereIsSuppressedEverywhereAndOneRejectedInOneContextOnlyThere() {
        List<ReviewedTag> history = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            history.add(actor("a", i * 100, "Idlib", "in", "REJECTED", "HTS"));
            history.add(actor("b", i * 100, "Idlib", "from", "ACCEPTED", "HTS"));
            history.add(actor("c", i * 100, "Aleppo", "near", "REJECTED", "SYR_GOV"));
        }
        List<LearnedRule> rules = learn(history).stream().filter(r -> r.kind() == LearnedRule.Kind.SUPPRESS).toList();
        assertEquals(2, rules.size(), rules.toString());
        LearnedRule idlib = rules.stream().filter(r -> r.surface().equals("idlib")).findFirst().orElseThrow();
        assertEquals("in", idlib.before(), "kept after 'from', so suppressed only after 'in'");
        assertTrue(idlib.suppresses(ReviewedTag.ACTOR, "idlib", "in"));
        assertFalse(idlib.suppresses(ReviewedTag.ACTOR, "idlib", "from"));
        LearnedRule aleppo = rules.stream().filter(r -> r.surface().equals("aleppo")).findFirst().orElseThrow();
        assertEquals(LearnedRule.ANYWHERE, aleppo.before());
        assertTrue(learn(history.subList(0, 6)).stream().noneMatch(r -> r.kind() == LearnedRule.Kind.SUPPRESS && r.surface().equals("aleppo")));
    }

    @Test
    void aStanceCueHasTheProjectsOwnRateItsFlipsFlagItAndItsConfidenceBlends() {
        List<ReviewedTag> history = List.of(stance("a", "verb/backed", "ACCEPTED", false), stance("a", "verb/backed", "CORRECTED", true),
                stance("b", "verb/backed", "CORRECTED", true), stance("b", "verb/backed", "CORRECTED", true), stance("b", "verb/backed", "REJECTED", false));
        LearnedRule cue = learn(history).stream().filter(r -> r.kind() == LearnedRule.Kind.CUE).findFirst().orElseThrow();
        assertEquals(4, cue.kept());
        assertEquals(1, cue.rejected());
        assertTrue(cue.flagged(LearningSettings.DEFAULT), "polarity changed three times");
        assertEquals((0.5 * 5 + 4) / (5 + 5), Learner.blend(0.5, cue, LearningSettings.DEFAULT), 1e-9);
    }

    @Test
    void theGuardRefusesARuleThatWouldLowerF1WhereItWasNotLearnedAndCannotCheckOneWithNowhereToCheck() {
        List<ReviewedTag> history = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            history.add(actor("a", i * 100, "Damascus", "in", "REJECTED", "SYR_GOV"));
        }
        LearnedRule rule = learn(history).stream().filter(r -> r.kind() == LearnedRule.Kind.SUPPRESS).findFirst().orElseThrow();
        assertFalse(Guard.check(rule, history, Map.of()).checked(), "learned from the only reviewed document");

        List<ReviewedTag> more = new ArrayList<>(history);
        more.add(actor("b", 0, "Damascus", "in", "ACCEPTED", "SYR_GOV"));
        more.add(actor("b", 40, "Damascus", "in", "ACCEPTED", "SYR_GOV"));
        Guard.Check hurts = Guard.check(rule, more, Map.of());
        assertTrue(hurts.checked() && !hurts.passes(), hurts.describe());

        List<ReviewedTag> helps = new ArrayList<>(history);
        helps.add(actor("c", 0, "Damascus", "in", "REJECTED", "SYR_GOV"));
        helps.add(actor("c", 40, "Turkey", "and", "ACCEPTED", "TUR"));
        assertTrue(Guard.check(rule, helps, Map.of()).passes());
    }

    @Test
    void theGuardCountsWhatAnAliasWouldFindAndWhatItWouldWronglyTagInDocumentsNotLearnedFrom() {
        List<ReviewedTag> history = new ArrayList<>(List.of(actor("a", 0, "Tahrir al-Sham", "", "MANUAL", "HTS"),
                actor("b", 0, "Tahrir al-Sham", "", "MANUAL", "HTS")));
        history.add(actor("c", 0, "Tahrir al-Sham", "", "MANUAL", "HTS"));
        history.add(actor("c", 30, "Turkey", "and", "ACCEPTED", "TUR"));
        LearnedRule alias = learn(history.subList(0, 2)).stream().filter(r -> r.kind() == LearnedRule.Kind.ALIAS).findFirst().orElseThrow();
        Guard.Check check = Guard.check(alias, history, Map.of("c", "Tahrir al-Sham met Turkey and others."));
        assertTrue(check.passes() && check.after() > check.before(), check.describe());
    }
}
