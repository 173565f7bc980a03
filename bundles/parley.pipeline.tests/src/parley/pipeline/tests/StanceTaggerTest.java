package parley.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import parley.type.Actor;
import parley.type.Stance;

class StanceTaggerTest {

    @Test
    void verbCueLinksHolderAndTargetAnnotations() throws Exception {
        Tagged t = Tagged.text("Russia supports the Syrian government. Nothing else happened.");
        assertEquals(List.of("RUS SUPPORT SYR_GOV"), t.stanceTriples());
        Stance s = t.stances().get(0);
        assertEquals("Russia supports the Syrian government.", s.getCoveredText(), "the span is the evidence sentence");
        assertEquals(t.actors().get(0), s.getHolder());
        assertEquals(t.actors().get(1), s.getTarget());
        assertEquals("SUGGESTED", s.getStatus());
    }

    @Test
    void aFrontedParticipleClauseLinksItsAgentToTheMainSubject() throws Exception {
        assertEquals(List.of("IRN SUPPORT SYR_GOV"), Tagged.text("Backed by Iran, the Syrian regime advanced on the town.").stanceTriples());
    }

    @Test
    void aReducedRelativeClauseHasTheNounBeforeItAsHolder() throws Exception {
        assertEquals(List.of("OPPOSITION OPPOSE SYR_GOV"),
                Tagged.text("The town is the last refuge of rebels fighting the Syrian government.").stanceTriples());
    }

    @Test
    void verbalCooperationAndConflictCues() throws Exception {
        assertEquals(List.of("IRN SUPPORT ASTANA_PROCESS"), Tagged.text("Iran hailed the Astana process.").stanceTriples());
        assertEquals(List.of("SYR_GOV OPPOSE TUR"), Tagged.text("The Syrian government warned Turkey on Monday.").stanceTriples());
    }

    @Test
    void aGuarantorOfAnAgreementIsAPartyToIt() throws Exception {
        assertEquals(List.of("TUR SUPPORT SOCHI_2018"), Tagged.text("Turkey is a guarantor of the Sochi agreement.").stanceTriples());
    }

    @Test
    void noStanceWhereTheHolderIsUnableToAct() throws Exception {
        assertEquals(List.of(), Tagged.text("Turkey was unable to eliminate HTS.").stanceTriples());
    }

    @Test
    void coordinatedHoldersAndTargetsGiveOneStanceEach() throws Exception {
        assertEquals(List.of("RUS OPPOSE FSA", "RUS OPPOSE HTS", "SYR_GOV OPPOSE FSA", "SYR_GOV OPPOSE HTS"),
                Tagged.text("Russia and the regime attacked HTS and the Free Syrian Army.").stanceTriples().stream().sorted().toList());
        assertEquals(List.of("RUS OPPOSE HTS"), Tagged.text("Russia attacked HTS and the regime retaliated.").stanceTriples(),
                "a mention that starts a clause of its own is no coordinated target");
    }

    @Test
    void opposeCue() throws Exception {
        assertEquals(List.of("TUR OPPOSE SYR_GOV"), Tagged.text("Turkey condemned the Assad regime.").stanceTriples());
    }

    @Test
    void noStanceUnderNegation() throws Exception {
        assertEquals(List.of(), Tagged.text("Russia did not condemn the regime.").stanceTriples());
    }

    @Test
    void noStanceInAQuestion() throws Exception {
        assertEquals(List.of(), Tagged.text("Will Turkey oppose the Sochi agreement?").stanceTriples());
    }

    @Test
    void noStanceInAConditional() throws Exception {
        assertEquals(List.of(), Tagged.text("If Russia backs the regime, the offensive will resume.").stanceTriples());
    }

    @Test
    void noStanceInTheAuthorsRecommendation() throws Exception {
        assertEquals(List.of(), Tagged.text("Turkey should support the opposition.").stanceTriples());
    }

    @Test
    void passiveTakesTheAgentAsHolder() throws Exception {
        assertEquals(List.of("IRN SUPPORT SOCHI_2018"), Tagged.text("The Sochi agreement was welcomed by Iran.").stanceTriples());
    }

    @Test
    void nominalisationWithPossessiveHolder() throws Exception {
        assertEquals(List.of("TUR OPPOSE SOCHI_2018"), Tagged.text("Ankara’s rejection of the Sochi deal surprised observers.").stanceTriples());
    }

    @Test
    void pronounHolderComesFromThePreviousSentence() throws Exception {
        Tagged t = Tagged.text("Moscow hosted the talks. It backs the Sochi memorandum.");
        assertEquals(List.of("RUS SUPPORT SOCHI_2018"), t.stanceTriples());
        Stance s = t.stances().get(0);
        assertEquals("Moscow", ((Actor) s.getHolder()).getCoveredText());
        assertEquals("It backs the Sochi memorandum.", s.getCoveredText());
    }

    @Test
    void coordinatedHoldersEachHoldTheStance() throws Exception {
        assertEquals(List.of("RUS SUPPORT SOCHI_2018", "TUR SUPPORT SOCHI_2018").stream().sorted().toList(),
                Tagged.text("Russia and Turkey signed the Sochi memorandum.").stanceTriples().stream().sorted().toList());
    }

    @Test
    void partiesOfAConcludedDealSupportIt() throws Exception {
        assertEquals(List.of("TUR SUPPORT EU_TURKEY_2016", "EU SUPPORT EU_TURKEY_2016"),
                Tagged.text("Ankara kept the deal it made with the European Union.").stanceTriples());
    }
}
