package parley.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import parley.type.Actor;

class ActorTaggerTest {

    @Test
    void capitalThatActsIsTheState() throws Exception {
        Tagged t = Tagged.text("Moscow argues that the offensive must stop.");
        assertEquals(List.of("RUS:Moscow"), t.actorIds());
        Actor a = t.actors().get(0);
        assertEquals("STATE", a.getCategory());
        assertEquals("SUGGESTED", a.getStatus());
        assertEquals("parley.pipeline.ActorTagger", a.getOrigin());
        assertTrue(a.getConfidence() > 0 && a.getConfidence() < 1);
    }

    @Test
    void aDemonymCoordinatedWithAnotherPhraseIsItsStateAlone() throws Exception {
        assertEquals(List.of("TUR:Turkish", "SYR_GOV:regime forces"), Tagged.text("Turkish and regime forces clashed.").actorIds());
        assertEquals(List.of("TUR:Turkish forces", "SYR_GOV:regime forces"), Tagged.text("Turkish forces and regime forces clashed.").actorIds());
    }

    @Test
    void partiesBetweenAreActorsAPlaceBetweenIsNot() throws Exception {
        assertEquals(List.of("RUS:Russia", "TUR:Turkey"), Tagged.text("Divergences emerged between Russia and Turkey.").actorIds());
        assertEquals(List.of(), Tagged.text("Refugees massed at the border between Turkey and Syria.").actorIds());
        assertEquals(List.of("RUS:Russia"), Tagged.text("Pointing at its presence in Idlib, Russia said it would act.").actorIds(),
                "a name after a comma is a subject when a verb follows it");
    }

    @Test
    void aStatesNameBeforeAnEventIsAnAttribute() throws Exception {
        assertEquals(List.of("USA:U.S. officials"), Tagged.text("Additional U.S. strikes worried U.S. officials.").actorIds());
    }

    @Test
    void theTheatreOfTheWarIsAPlaceUnlessItHasAStatesPractice() throws Exception {
        assertEquals(List.of(), Tagged.text("Much of Syria’s future is decided abroad, and Syria has seen worse.").actorIds());
        assertEquals(List.of("SYR_GOV:Syria"), Tagged.text("Russia has done little to end Syria’s detention practices.").actorIds().stream()
                .filter(a -> a.startsWith("SYR_GOV")).toList());
    }

    @Test
    void theGroupIsTheNamedArmedGroupOfTheSentencesBefore() throws Exception {
        assertEquals(List.of("HTS:HTS", "HTS:HTS", "HTS:the group"),
                Tagged.text("HTS attacked the rebels. HTS then held the town. In 2018, the group accepted the deal.").actorIds().stream()
                        .filter(a -> a.startsWith("HTS")).toList(), "the rebels are many groups, not 'the group'");
        assertEquals(List.of("HTS:HTS"), Tagged.text("HTS launched an attack against the group.").actorIds(),
                "nothing before it: the group of its own sentence is not it");
    }

    @Test
    void aLowerCaseAliasMatchesAlsoCapitalised() throws Exception {
        assertEquals(List.of("AQ:al-Qaeda", "AQ:Al-Qaeda"), Tagged.text("HTS split from al-Qaeda. Al-Qaeda objected.").actorIds().stream()
                .filter(a -> a.startsWith("AQ")).toList());
    }

    @Test
    void capitalThatIsAPlaceIsNotTagged() throws Exception {
        assertEquals(List.of(), Tagged.text("Talks were held in Moscow last week.").actorIds());
    }

    @Test
    void countryBeforeAPlaceNounOrAfterAPossessivePlaceIsNotTagged() throws Exception {
        assertEquals(List.of(), Tagged.text("Thousands massed at the Turkish border and in Syria’s Idlib province.").actorIds());
    }

    @Test
    void possessiveStaysOutsideTheSpan() throws Exception {
        assertEquals(List.of("RUS:Russia"), Tagged.text("Russia’s arms exporter supplies the weapons.").actorIds());
    }

    @Test
    void bibliographicMatterIsNotAnnotated() throws Exception {
        assertEquals(List.of("RUS:Russia", "SYR_GOV:the regime", "TUR:Turkey"), Tagged.text("Russia backs the regime.[fn]Crisis Group "
                + "interview, Russian diplomat, Ankara, July 2019.Hide Footnote Turkey objects.").actorIds(), "a source line");
        assertEquals(List.of("TUR:Turkey"), Tagged.text("Turkey objects.[fn]See \u201cPutin says Russia will stay in Syria\u201d, "
                + "Moscow Times, 27 April 2019.Hide Footnote").actorIds(), "a cited title with its publication and date");
        assertEquals(List.of("RUS:Moscow"), Tagged.text("Turkey objects.[fn]Moscow denies this.Hide Footnote").actorIds().stream()
                .filter(a -> !a.startsWith("TUR")).toList(), "the prose of a footnote is annotated");
        assertEquals(List.of("RUS:Russia"), Tagged.text("\u201cRussia is complicit,\u201d the diplomat said in 2019.").actorIds(),
                "a quotation in the running text is not a title");
        assertEquals(List.of("TUR:Turkey"), Tagged.text("Turkey objects.[fn]Crisis Group interview, U.S. official, Washington, July "
                + "2019.Hide Footnote").actorIds(), "a source line goes on past the point of an initial");
        assertEquals(List.of("TUR:Turkey"), Tagged.text("Turkey objects.[fn]Russian officials, Moscow, 2019; Iranian diplomat, "
                + "Tehran, March 2020.Hide Footnote").actorIds(), "source lines without a marker end in a date");
        assertEquals(List.of("TUR:Turkey"), Tagged.text("Turkey objects.[fn]For HTS\u2019s position on the deal, see Crisis Group "
                + "Commentary, op. cit.Hide Footnote").actorIds(), "a pointer to other reading");
        assertEquals(List.of("TUR:Turkey"), Tagged.text("Turkey objects.[fn]UN OCHA, \u201cSyrian Arab Republic: Recent "
                + "Developments\u201d, 20 February 2020.Hide Footnote").actorIds(), "the author of a cited title");
        assertEquals(List.of("TUR:Turkey"), Tagged.text("Idlib/Istanbul/Brussels, 15 May 2020\n\nTurkey objects.").actorIds(),
                "a dateline names where the report was written");
        assertEquals(List.of("HTS:HTS", "TUR:Turkey", "TUR:Turkey"), Tagged.text("Turkey objects.[fn]In August 2018, Turkey listed HTS as a "
                + "terrorist group.Hide Footnote").actorIds().stream().sorted().toList(),
                "a footnote's prose that mentions a date is annotated");
        assertEquals(List.of("SYR_GOV:Damascus"), Tagged.text("Damascus objects.[1]\n\nNotes\n[1] US Central Command, statement on "
                + "the strike against al-Qaeda in Syria, July 1, 2019.\n[2] Ibid. Russia denied the charge.").actorIds().stream()
                .filter(a -> !a.startsWith("RUS")).toList(), "a numbered endnote's source line");
        assertEquals(List.of("RUS:Russia"), Tagged.text("[2] Ibid. Russia denied the charge.").actorIds(), "an endnote's prose is annotated");
    }

    @Test
    void theGroupAfterAPrepositionalObjectIsThatGroup() throws Exception {
        assertEquals(List.of("HTS:HTS", "HTS:the group", "TUR:Ankara"), Tagged.text("Hurras al-Din denounced the deal. Hurras al-Din "
                + "fought on. Ankara kept ties with HTS, relying on the group to police Idlib.").actorIds().stream()
                .filter(a -> !a.startsWith("HURRAS")).sorted().toList());
        assertEquals(List.of("HURRAS:Hurras al-Din", "HURRAS:Hurras al-Din", "HURRAS:the group"), Tagged.text("Hurras al-Din denounced "
                + "the deal. Hurras al-Din fought on. In response, HTS launched an attack against the group.").actorIds().stream()
                .filter(a -> !a.startsWith("HTS")).toList(), "never the subject of its own sentence");
    }

    @Test
    void aPersonTheCatalogueDoesNotKnowIsTheActorTheirTitleServes() throws Exception {
        assertEquals(List.of("RUS:Russia", "RUS:Vassily Nebenzia", "RUS:Nebenzia"), Tagged.text("Russia’s deputy envoy, Vassily "
                + "Nebenzia, defended the veto. Later Nebenzia said more.").actorIds());
        assertEquals(List.of("RUS:Russian Foreign Minister Sergei Lavrov"), Tagged.text("Russian Foreign Minister Sergei Lavrov spoke.")
                .actorIds(), "the title and the name are one mention");
        assertEquals(List.of("RUS:Russia"), Tagged.text("Russia’s envoy, who arrived on Monday, defended the veto.").actorIds(),
                "only a capitalised name of two words or more");
    }

    @Test
    void aTitleAfterAnActorTakesItsHoldersName() throws Exception {
        assertEquals(List.of("NATO:NATO Secretary-General Jens Stoltenberg"), Tagged.text("NATO Secretary-General Jens Stoltenberg spoke.")
                .actorIds(), "the title and the name are one mention");
        assertEquals(List.of("EU:EU foreign policy chief Josep Borrell"), Tagged.text("EU foreign policy chief Josep Borrell spoke.").actorIds());
        assertEquals(List.of("IRN:Iran", "IRN:Nasser Kanaani"), Tagged.text("Iran’s Foreign Ministry spokesman Nasser Kanaani spoke.")
                .actorIds(), "after a possessive, the name is its own mention");
    }

    @Test
    void aCapitalThatOpensASentenceNamesTheStateOfWhoSpeaksThere() throws Exception {
        assertEquals(List.of("IRN:Foreign Ministry spokesman Nasser Kanaani", "USA:Washington"),
                Tagged.text("In Tehran, Foreign Ministry spokesman Nasser Kanaani condemned Washington’s sanctions.").actorIds());
        assertEquals(List.of("TUR:the Foreign Ministry"), Tagged.text("In Ankara, the Foreign Ministry regretted the vote.").actorIds());
        assertEquals(List.of(), Tagged.text("In Moscow, the weather was cold.").actorIds(), "the capital itself stays a place");
    }

    @Test
    void aBodyNamedEarlierIsTheOneItsShortNameMeans() throws Exception {
        assertEquals(List.of("UNSC:The UN Security Council", "RUS:Russia", "UNSC:the Council", "EU:the EU"),
                Tagged.text("The UN Security Council met. Russia said the Council had failed. The Council of the EU met.").actorIds(),
                "not the start of another name");
        assertEquals(List.of("RUS:Russia"), Tagged.text("Russia said the Council had failed.").actorIds(), "only a body named before");
    }

    @Test
    void syriaIsTheStateInAListOfStatesAndWithAStatesAttributes() throws Exception {
        assertEquals(List.of("RUS:Russia", "IRN:Iran", "SYR_GOV:Syria", "TUR:Türkiye"),
                Tagged.text("Talks between Russia, Iran, Syria and Türkiye continued.").actorIds());
        assertEquals(List.of("SYR_GOV:Syria"), Tagged.text("Syria’s readmission to the Arab League came in May.").actorIds());
        assertEquals(List.of(), Tagged.text("In Syria and Iraq, the war went on.").actorIds(), "a place");
    }

    @Test
    void aNamedOfficialTheCatalogueDoesNotListActsForTheActorTheLexiconNames() throws Exception {
        assertEquals(List.of("RUS:Lavrov", "TUR:Ankara"), Tagged.text("Lavrov warned Ankara.").actorIds());
        assertEquals(List.of("RUS:Russian Foreign Minister Sergei Lavrov"), Tagged.text("Russian Foreign Minister Sergei Lavrov spoke.")
                .actorIds(), "one mention with the title");
        assertEquals(List.of("HEZBOLLAH:Hezbollah leader Sayyed Hassan Nasrallah"), Tagged.text("Hezbollah leader Sayyed Hassan Nasrallah spoke.")
                .actorIds(), "past an honorific");
        assertEquals(List.of(), Tagged.text("See “Netanyahu: we will act”, Haaretz, 3 May 2018.").actorIds(), "a cited headline's attribution");
    }

    @Test
    void syriaIsTheStateThatActsOrThatAStanceVerbTakes() throws Exception {
        assertEquals(List.of("SYR_GOV:Syria"), Tagged.text("Syria declared some 1,300 tonnes of chemical agents.").actorIds());
        assertEquals(List.of("SYR_GOV:Syria"), Tagged.text("Moscow insisted that Syria had never violated the convention.").actorIds()
                .subList(1, 2), "past an auxiliary and an adverb");
        assertEquals(List.of("SYR_GOV:Syria"), Tagged.text("Twelve years on, Syria was readmitted to the Arab League.").actorIds());
        assertEquals(List.of("IRN:Iran", "SYR_GOV:Syria"), Tagged.text("Iran praised Syria as a front line.").actorIds());
        assertEquals(List.of(), Tagged.text("The ceasefire in Syria agreed last year held.").actorIds(), "after a preposition, a place");
        assertEquals(List.of(), Tagged.text("Syria has seen worse winters.").actorIds(), "no act of a state");
    }

    @Test
    void aStatesPossessiveTitleIsTheStateNotAPlace() throws Exception {
        assertEquals(List.of("FRA:France", "FRA:Nicolas de Rivière"), Tagged.text("France’s Permanent Representative, Nicolas de Rivière, "
                + "regretted the veto.").actorIds());
        assertEquals(List.of("SYR_GOV:Syria", "SYR_GOV:Bassam Sabbagh"), Tagged.text("Syria’s Permanent Representative, Bassam Sabbagh, "
                + "answered.").actorIds());
        assertEquals(List.of(), Tagged.text("In Syria’s Idlib and Turkey’s Hatay, the fighting went on.").actorIds(), "a place stays a place");
    }

    @Test
    void aLeadersPossessiveWithAStateOrganIsTheState() throws Exception {
        assertEquals(List.of("TUR:Erdogan’s army"), Tagged.text("Erdogan’s army shelled the town.").actorIds());
        assertEquals(List.of("RUS:President Vladimir Putin’s government"),
                Tagged.text("President Vladimir Putin’s government answered at once.").actorIds());
        assertEquals(List.of("PUTIN:Putin"), Tagged.text("Putin’s visit was short.").actorIds(), "not an organ: the person");
    }

    @Test
    void demonymWithStateOrganIsTheState() throws Exception {
        assertEquals(List.of("TUR:Turkish security forces"), Tagged.text("Turkish security forces fired at the crowd.").actorIds());
    }

    @Test
    void jointOrganOfTwoStatesGivesTwoActors() throws Exception {
        List<String> ids = Tagged.text("Idlib was bombed by the Russian-Syrian military alliance.").actorIds();
        assertEquals(List.of("RUS:the Russian-Syrian military alliance", "SYR_GOV:the Russian-Syrian military alliance"),
                ids.stream().sorted().toList());
    }

    @Test
    void populationsFormerOfficialsAndModifiersAreNotActors() throws Exception {
        assertEquals(List.of(), Tagged.text("Syrian refugees met a former Russian diplomat about Russian backing.").actorIds());
    }

    @Test
    void theRegimeAtSentenceStartIsTheSyrianGovernment() throws Exception {
        assertEquals(List.of("SYR_GOV:The regime"), Tagged.text("The regime advanced on Saraqeb.").actorIds());
    }

    @Test
    void governmentAsAModifierIsNotTagged() throws Exception {
        assertEquals(List.of(), Tagged.text("Last year the government offensive stalled.").actorIds());
    }

    @Test
    void personsCarryThePersonCategory() throws Exception {
        Tagged t = Tagged.text("President Putin met Recep Tayyip Erdoğan in Sochi.");
        assertEquals(List.of("PUTIN:President Putin", "ERDOGAN:Recep Tayyip Erdoğan"), t.actorIds());
        assertTrue(t.actors().stream().allMatch(a -> a.getCategory().equals("PERSON")));
    }

    @Test
    void formerNamesOfAGroupAreItsId() throws Exception {
        assertEquals(List.of("HTS:Jabhat al-Nusra"), Tagged.text("Jabhat al-Nusra rebranded itself.").actorIds());
    }

    @Test
    void aStatesTitleBeforeAPersonIsOneMention() throws Exception {
        assertEquals(List.of("AKAR:Turkish Defence Minister Hulusi Akar", "SYR_GOV:the regime"),
                Tagged.text("Turkish Defence Minister Hulusi Akar warned the regime.").actorIds(), "a catalogued person keeps the title");
        assertEquals(List.of("ISR:Israeli Prime Minister Benjamin Netanyahu", "IRN:Iran", "ISR:Netanyahu"),
                Tagged.text("Israeli Prime Minister Benjamin Netanyahu warned Iran. Netanyahu spoke again.").actorIds(),
                "an official the catalogue does not know acts for the title's state");
        assertEquals(List.of("GBR:British Prime Minister Theresa May", "SYR_GOV:the regime"),
                Tagged.text("British Prime Minister Theresa May condemned the regime in May 2018.").actorIds(), "a month is no surname");
        assertEquals(List.of(), Tagged.text("The Russian president spoke.").actorIds(), "a title only a person holds, without the name");
    }
}
