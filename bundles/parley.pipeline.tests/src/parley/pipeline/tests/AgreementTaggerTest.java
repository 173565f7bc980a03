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
    void aNameWrittenInTitleCaseIsTheSameName() throws Exception {
        assertEquals(List.of("ADANA_1998:the Adana Protocol"), Tagged.text("Turkey invoked the Adana Protocol.").agreementIds());
        assertEquals(List.of(), Tagged.text("Turkey invoked The adana protocol.").agreementIds(), "a name's own capitals are kept");
    }

    @Test
    void anIndefiniteAgreementBeingConcludedIsTheOneTheSentenceDates() throws Exception {
        assertEquals(List.of("MOSCOW_2020:a new ceasefire"),
                Tagged.text("In March 2020, Russia and Turkey reached a new ceasefire in Idlib.").agreementIds());
        assertEquals(List.of("SOCHI_2018:a new deal"),
                Tagged.text("In September 2018, Putin and Erdogan negotiated a new deal in Sochi.").agreementIds());
        assertEquals(List.of("MOSCOW_2020:a cessation"),
                Tagged.text("Turkey and Russia agreed on a cessation of hostilities on 5 March 2020.").agreementIds());
    }

    @Test
    void aHeadlinesBareAgreementAfterItsConclusionIsOne() throws Exception {
        assertEquals(List.of("MOSCOW_2020:ceasefire"), Tagged.text("Russia and Turkey agree ceasefire in Idlib, March 2020").agreementIds());
        assertEquals(List.of(), Tagged.text("Moscow may want to strike a new agreement with Ankara.").agreementIds(),
                "an infinitive concludes nothing yet");
        assertEquals(List.of("MOSCOW_2020:a ceasefire"), Tagged.text("Russia and Turkey agreed on Thursday to a ceasefire, 5 March 2020.")
                .agreementIds(), "past a time adjunct");
    }

    @Test
    void aYearOrDateAtTheNameSaysWhichAgreement() throws Exception {
        assertEquals(List.of("ASTANA_2017:The May 2017 memorandum"), Tagged.text("The May 2017 memorandum created four zones.").agreementIds());
        assertEquals(List.of("ADANA_1998:a 1998 security pact"), Tagged.text("Erdogan cited a 1998 security pact with Damascus.").agreementIds(),
                "a year makes an indefinite one specific");
        assertEquals(List.of("SOCHI_2019:Sochi memorandum"), Tagged.text("Moscow, in a second Sochi memorandum on 22 October 2019, "
                + "agreed to oversee the withdrawal.").agreementIds(), "the date after a name picks the agreement of that date");
    }

    @Test
    void aRelativeClauseOfConclusionDatesTheAgreement() throws Exception {
        assertEquals(List.of("SOCHI_2019:a memorandum"), Tagged.text("The offensive was halted by a memorandum that Presidents Erdoğan "
                + "and Putin signed in Sochi on October 22, 2019.").agreementIds(), "an indefinite made specific by its clause");
        assertEquals(List.of("SOCHI_2018:The memorandum"), Tagged.text("The memorandum of understanding that Presidents Putin and Erdoğan "
                + "signed in Sochi on 17 September 2018 averted an offensive.").agreementIds(), "past a long subject");
        assertEquals(List.of("MOSCOW_2020:a ceasefire"), Tagged.text("Putin and Erdoğan agreed to a ceasefire in Moscow on March 5, 2020.")
                .agreementIds(), "a month before the day and year");
        assertEquals(List.of(), Tagged.text("A memorandum is a document that two parties sign.").agreementIds(), "no conclusion dated");
        assertEquals(List.of("SOCHI_2019:a ten-point memorandum"), Tagged.text("On 22 October 2019, Putin and Erdoğan signed a ten-point "
                + "memorandum of understanding.").agreementIds(), "a count of its points");
        assertEquals(List.of(), Tagged.text("Turkey sought a long-term agreement that would last until a settlement is reached.").agreementIds(),
                "a verb of conclusion in another clause dates nothing");
    }

    @Test
    void anInitialismInANameMayBeSpelledWithPoints() throws Exception {
        assertEquals(List.of("GENEVA_PROCESS:the U.N.-led process"), Tagged.text("Both pledged to back the U.N.-led process.").agreementIds());
    }

    @Test
    void aMonthWithoutAYearIsTheLastSuchMonthBeforeTheReport() throws Exception {
        assertEquals(List.of("MOSCOW_2020:The 5 March ceasefire", "TRUCE_2020_01:A ceasefire", "MOSCOW_2020:the truce"),
                Tagged.text("Idlib talks\n\nMarch 20, 2020\n\nThe 5 March ceasefire holds. A ceasefire that Moscow and Ankara "
                        + "announced in January collapsed within days. Both sides now say they respect the truce.").agreementIds(),
                "and the report's own agreement stays what a later anaphor means");
    }

    @Test
    void aNamesPossessiveDeterminesAnAgreementAnaphor() throws Exception {
        assertEquals(List.of("MOSCOW_2020:The 5 March ceasefire", "MOSCOW_2020:Idlib\u2019s fragile ceasefire"),
                Tagged.text("The 5 March ceasefire was signed in Moscow. Idlib\u2019s fragile ceasefire remains at risk.").agreementIds());
        assertEquals(List.of(), Tagged.text("Russia\u2019s position on Idlib is clear.").agreementIds());
    }

    @Test
    void anIndefiniteAgreementNotBeingConcludedIsNotTagged() throws Exception {
        assertEquals(List.of(), Tagged.text("Russia would welcome any ceasefire.").agreementIds());
        assertEquals(List.of(), Tagged.text("A ceasefire would help the civilians of Idlib.").agreementIds());
    }

    @Test
    void definiteAnaphorRefersToTheAgreementNamedBeforeWithLowerConfidence() throws Exception {
        Tagged t = Tagged.text("The Sochi agreement created a buffer zone. Since then the deal has frayed.");
        assertEquals(List.of("SOCHI_2018:The Sochi agreement", "SOCHI_2018:the deal"), t.agreementIds());
        List<Agreement> a = t.agreements();
        assertTrue(a.get(1).getConfidence() < a.get(0).getConfidence());
    }

    @Test
    void anAnaphorSetOutByANamedAgreementIsThatAgreement() throws Exception {
        assertEquals(List.of("MOSCOW_2020:The 5 March ceasefire", "SOCHI_2018:the truce", "SOCHI_2018:the Sochi memorandum"),
                Tagged.text("The 5 March ceasefire was signed in Moscow. Turkey upheld the truce set out in the Sochi memorandum.").agreementIds());
        assertEquals(List.of("MOSCOW_2020:The 5 March ceasefire", "ASTANA_2017:The Astana memorandum", "ASTANA_2017:the ceasefire"),
                Tagged.text("The 5 March ceasefire was signed in Moscow. The Astana memorandum required the guarantors to enforce the ceasefire.")
                        .agreementIds());
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

    @Test
    void aDayAndMonthAfterAnAnaphorNameTheAgreementSignedThatDay() throws Exception {
        assertEquals(List.of("MOSCOW_2020:the truce of 5 March", "MOSCOW_2020:That truce"),
                Tagged.text("The fighting stopped with the truce of 5 March. That truce has largely held.").agreementIds());
        assertEquals(List.of("TRUCE_2020_01:The ceasefire"), Tagged.text("The ceasefire that Russia and Turkey proclaimed in mid-January 2020 "
                + "collapsed.").agreementIds(), "a qualified month is a month");
    }

    @Test
    void aPlaceNameTwoAgreementsShareMeansTheOneTheReportIsAbout() throws Exception {
        assertEquals(List.of("SOCHI_2019:the memorandum of 22 October 2019", "SOCHI_2019:the Sochi deal"), Tagged.text("The offensive ended with the memorandum "
                + "of 22 October 2019. Damascus welcomed the Sochi deal.").agreementIds());
        assertEquals(List.of("SOCHI_2018:the Sochi deal", "SOCHI_2018:the Sochi deal", "SOCHI_2019:the memorandum of 22 October 2019", "SOCHI_2018:the Sochi deal"),
                Tagged.text("Idlib was calm under the Sochi deal. Turkey upheld the Sochi deal. The north-east was settled by the "
                        + "memorandum of 22 October 2019. The EU called for respect of the Sochi deal.").agreementIds(), "the one named more often");
        assertEquals(List.of("SOCHI_2019:the memorandum of 22 October 2019", "SOCHI_2018:the Sochi memorandum"), Tagged.text(
                "The offensive ended with the memorandum of 22 October 2019. It differs from the Sochi memorandum of 17 September 2018.")
                .agreementIds(), "a date after the name decides");
    }

    @Test
    void theAgreementASentenceIsAboutIsWhatTheNextAnaphorMeans() throws Exception {
        assertEquals(List.of("MOSCOW_2020:The protocol", "SOCHI_2018:the Sochi memorandum", "MOSCOW_2020:the agreement"),
                Tagged.text("Putin and Erdoğan signed the Moscow protocol. The protocol, which supplements the Sochi memorandum, "
                        + "froze the front. Putin hailed the agreement.").agreementIds().subList(1, 4));
    }

    @Test
    void eachDatelinedStoryOfACompilationResolvesByItsOwnDate() throws Exception {
        assertEquals(List.of("ASTANA_2017:the Astana memorandum", "ASTANA_2017:the deal", "SOCHI_2018:the deal"),
                Tagged.text("ASTANA, May 6, 2017 — Russia and Iran praised the Astana memorandum. Turkey welcomed the deal.\n\n"
                        + "SOCHI, Russia, Sept 18, 2018 — Russia and Turkey said the deal would hold.").agreementIds());
        assertEquals(List.of("SOCHI_2018:the Sochi memorandum", "ASTANA_2017:Astana memorandum", "SOCHI_2018:the deal"),
                Tagged.text("SOCHI, Russia, Sept 18, 2018 — Russia and Turkey signed the Sochi memorandum. The regime has violated the 2017 "
                        + "Astana memorandum repeatedly. Iran welcomed the deal.").agreementIds(), "a story's look back at an older agreement");
    }

    @Test
    void partiesInTheSentenceDoNotOverrideTheAgreementTheReportSpeaksOf() throws Exception {
        assertEquals(List.of("SOCHI_2018:the Sochi memorandum", "SOCHI_2018:the deal"),
                Tagged.text("Russia and Turkey signed the Sochi memorandum. The EU praised Turkey’s role and welcomed the deal.")
                        .agreementIds(), "not the EU-Turkey deal");
    }

    @Test
    void anIndefiniteAgreementWithItsConclusionAfterItIsTheOneDated() throws Exception {
        assertEquals(List.of("SOCHI_2019:a memorandum"),
                Tagged.text("Russia and Turkey had settled the north-east in a memorandum signed in Sochi in October 2019.").agreementIds());
        assertEquals(List.of("ASTANA_PROCESS:the Astana process", "ASTANA_PROCESS:the trilateral format"),
                Tagged.text("The three met for a round of the Astana process. They hailed the trilateral format.").agreementIds(),
                "a process's format is the process");
    }
    @Test
    void anAnaphorMeansNoAgreementConcludedAfterTheYearsTheTextHasNamed() throws Exception {
        assertEquals(List.of(), Tagged.text("In December 2016 the rebels left Aleppo. It was a deal struck by Moscow and Ankara.").agreementIds(),
                "no agreement of the catalogue was concluded by 2016 between Russia and Turkey");
        assertEquals(List.of("MOSCOW_2020:the Moscow protocol", "MOSCOW_2020:the deal"), Tagged.text("In 2019 Idlib burned. Putin and "
                + "Erdoğan signed the Moscow protocol. Under the deal, Russia and Turkey patrol the M4.").agreementIds(),
                "an agreement the text names is of its time");
    }

    @Test
    void anAgreementConcludedThatTheCatalogueDoesNotKnowIsWhatTheParagraphsNextAnaphorMeans() throws Exception {
        assertEquals(List.of("ASTANA_2017:the Astana memorandum"), Tagged.text("Russia, Turkey and Iran signed the Astana memorandum in May 2017. "
                + "In July 2017 the United States and Jordan announced a ceasefire in the south. The agreement was negotiated in Amman.")
                .agreementIds());
        assertEquals(List.of("ASTANA_2017:the Astana memorandum"), Tagged.text("Russia, Turkey and Iran signed the Astana memorandum in May 2017. "
                + "In November, Washington, Moscow and Amman signed a memorandum of principles.").agreementIds(),
                "a memorandum concluded by others is not the one last named");
    }

    @Test
    void aPlaceNameTwoAgreementsShareNamedFirstMeansTheOneWhoseScopeOrYearTheTextNamed() throws Exception {
        assertEquals(List.of("SOCHI_2019:The Sochi memorandum"), Tagged.text("The incursion into north-east Syria ended in a week. "
                + "The Sochi memorandum divided the border.").agreementIds(), "its scope");
        assertEquals(List.of("SOCHI_2019:The Sochi memorandum"), Tagged.text("In October 2019 Turkey crossed the border; by December 2019 "
                + "the front was quiet. The Sochi memorandum held.").agreementIds(), "its year");
        assertEquals(List.of("SOCHI_2018:the Sochi memorandum"), Tagged.text("Idlib was spared in 2019 and 2019 again. Why did "
                + "the Sochi memorandum hold?").agreementIds(), "the scope before the year");
        assertEquals(List.of("SOCHI_2019:a ten-point memorandum"), Tagged.text("Putin and Erdoğan concluded a ten-point memorandum of "
                + "understanding on north-east Syria.").agreementIds(), "the scope after an anaphor");
    }
    @Test
    void aResolutionOrAFrameworkIsAnAnaphorOfItsKind() throws Exception {
        assertEquals(List.of("UNSCR_2118:resolution 2118", "UNSCR_2118:the resolution"), Tagged.text("The Council adopted resolution 2118. "
                + "Lavrov welcomed the resolution.").agreementIds());
        assertEquals(List.of("UNSCR_2254:resolution 2254"), Tagged.text("The envoy said that resolution 2254 remained the map.").agreementIds(),
                "a name after \"that\" is no anaphor \"that resolution\"");
        assertEquals(List.of(), Tagged.text("Russia vetoed a draft resolution.").agreementIds(), "a draft is none");
    }
}
