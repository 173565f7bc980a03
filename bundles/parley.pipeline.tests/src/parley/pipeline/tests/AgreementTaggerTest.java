package parley.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import parley.type.Agreement;

class AgreementTaggerTest {

    @Test
    void namedAgreementIsTagged() throws Exception {
        assertEquals(List.of("SOCHI_2018:the Sochi memorandum"),
                Tagged.text("Russia and Turkey signed the Sochi memorandum.").agreementIds());
    }

    @Test
    void definiteAnaphorRefersToTheAgreementNamedBeforeWithLowerConfidence() throws Exception {
        Tagged t = Tagged.text("The Sochi agreement created a buffer zone. Since then the deal has frayed.");
        assertEquals(List.of("SOCHI_2018:The Sochi agreement", "SOCHI_2018:the deal"), t.agreementIds());
        List<Agreement> a = t.agreements();
        assertTrue(a.get(1).getConfidence() < a.get(0).getConfidence());
    }

    @Test
    void truceAnaphorPrefersACeasefireOverAMemorandum() throws Exception {
        Tagged t = Tagged.text("The Sochi agreement of 2018 failed. The 5 March ceasefire followed. The truce is holding.");
        assertEquals("MOSCOW_2020:The truce", t.agreementIds().get(2));
    }

    @Test
    void genericPluralAndHypotheticalMentionsAreNotTagged() throws Exception {
        assertEquals(List.of(), Tagged.text("Both sides need a more durable ceasefire; any ceasefire beats past ceasefire agreements.").agreementIds());
    }

    @Test
    void placeNamedAfterAnAgreementIsNotTagged() throws Exception {
        assertEquals(List.of(), Tagged.text("Three million civilians live inside the Idlib de-escalation zone.").agreementIds());
    }

    @Test
    void anaphorWithItsPartiesNamedIsResolvedByThem() throws Exception {
        assertEquals(List.of("EU_TURKEY_2016:the deal"),
                Tagged.text("Ankara may suspend the deal it made with the European Union.").agreementIds());
    }

    @Test
    void anaphorWithNothingToReferToIsNotTagged() throws Exception {
        assertEquals(List.of(), Tagged.text("The deal collapsed within days.").agreementIds());
    }
}
