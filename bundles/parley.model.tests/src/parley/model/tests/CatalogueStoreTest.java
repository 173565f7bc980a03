package parley.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.model.Catalogue;
import parley.model.CatalogueException;
import parley.model.CatalogueStore;

class CatalogueStoreTest {

    /** Every ID of shared/codebook.md: the catalogue may add IDs, never drop these. */
    static final List<String> CODEBOOK_ACTORS = List.of("RUS", "TUR", "SYR_GOV", "IRN", "USA", "EU", "UN", "UNSC", "NATO",
            "FRA", "GBR", "DEU", "SAU", "JOR", "ISR", "HTS", "NLF", "SNA", "FSA", "AHRAR", "HURRAS", "TIP", "ISIS", "AQ", "SDF",
            "YPG", "PKK", "HEZBOLLAH", "OPPOSITION", "SIG", "SNC", "SSG", "PUTIN", "ERDOGAN", "ASSAD", "TRUMP", "OBAMA",
            "JEFFREY", "OBRIEN", "MILLEY", "FIDAN", "AKAR", "KALIN", "GULER", "MAMLOUK", "JOLANI", "ZAWAHIRI", "SOLEIMANI");
    static final List<String> CODEBOOK_AGREEMENTS = List.of("ASTANA_PROCESS", "ASTANA_2017", "SOCHI_2018", "SOCHI_2019",
            "TRUCE_2020_01", "MOSCOW_2020", "EU_TURKEY_2016", "ADANA_1998", "CW_2013", "UNSCR_2118", "UNSCR_2254", "GENEVA_PROCESS");

    @TempDir
    Path dir;

    @Test
    void defaultCatalogueCoversEveryCodebookId() throws Exception {
        Catalogue c = CatalogueStore.loadDefault();
        for (String id : CODEBOOK_ACTORS) {
            assertNotNull(c.actor(id), "actor " + id + " missing");
        }
        for (String id : CODEBOOK_AGREEMENTS) {
            assertNotNull(c.agreement(id), "agreement " + id + " missing");
        }
        assertEquals("RUS", c.affiliationOf("PUTIN"));
        assertEquals("PERSON", c.actor("ASSAD").category());
        assertEquals("STATE", c.actor("RUS").category(), "a default enum value must survive the JSON round trip");
        assertEquals(List.of("RUS", "TUR"), c.agreement("SOCHI_2018").parties());
    }

    private CatalogueException loadFailure(String json) throws Exception {
        Path file = Files.writeString(dir.resolve("catalogue.json"), json);
        return assertThrows(CatalogueException.class, () -> CatalogueStore.load(file));
    }

    private static String catalogue(String actors, String agreements) {
        return "{\"eClass\":\"http://parley/catalogue/1.0#//Catalogue\",\"actors\":[" + actors + "],\"agreements\":[" + agreements + "]}";
    }

    private static final String RUS = "{\"id\":\"RUS\",\"name\":\"Russia\",\"category\":\"STATE\",\"metonyms\":[\"Russia\",\"Moscow\"]}";

    @Test
    void aMinimalCatalogueLoads() throws Exception {
        Path file = Files.writeString(dir.resolve("ok.json"), catalogue(RUS, ""));
        assertEquals("Russia", CatalogueStore.load(file).actor("RUS").name());
    }

    @Test
    void malformedJsonNamesTheFileAndLine() throws Exception {
        CatalogueException e = loadFailure("{\n\"actors\": [ {\"id\": \"RUS\", }\n");
        assertTrue(e.getMessage().contains("catalogue.json") && e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void unknownAffiliationNamesTheEntry() throws Exception {
        CatalogueException e = loadFailure(catalogue(RUS + ",{\"id\":\"PUTIN\",\"category\":\"PERSON\",\"affiliation\":\"KREMLIN\",\"aliases\":[\"Putin\"]}", ""));
        assertTrue(e.getMessage().contains("PUTIN") && e.getMessage().contains("unknown affiliation 'KREMLIN'"), e.getMessage());
    }

    @Test
    void badAndDuplicateIdsAreNamed() throws Exception {
        assertTrue(loadFailure(catalogue(RUS + "," + RUS, "")).getMessage().contains("RUS: duplicate ID"));
        assertTrue(loadFailure(catalogue("{\"id\":\"rus-1\",\"category\":\"STATE\",\"aliases\":[\"x\"]}", "")).getMessage().contains("bad ID"));
    }

    @Test
    void aliasOfTwoActorsIsRejected() throws Exception {
        CatalogueException e = loadFailure(catalogue(RUS + ",{\"id\":\"KREMLIN\",\"category\":\"STATE\",\"aliases\":[\"Moscow\"]}", ""));
        assertTrue(e.getMessage().contains("alias 'Moscow' is also an alias of RUS"), e.getMessage());
    }

    @Test
    void agreementWithUnknownPartyOrBadDateIsNamed() throws Exception {
        assertTrue(loadFailure(catalogue(RUS, "{\"id\":\"DEAL\",\"kind\":\"DEAL\",\"parties\":[\"RUS\",\"XYZ\"],\"aliases\":[\"the deal\"]}"))
                .getMessage().contains("DEAL: unknown party 'XYZ'"));
        assertTrue(loadFailure(catalogue(RUS, "{\"id\":\"DEAL\",\"kind\":\"DEAL\",\"dateSigned\":\"5 March\",\"aliases\":[\"x\"]}"))
                .getMessage().contains("not an ISO date"));
    }

    @Test
    void unknownCategoryIsNamed() throws Exception {
        CatalogueException e = loadFailure(catalogue("{\"id\":\"RUS\",\"category\":\"EMPIRE\",\"aliases\":[\"Russia\"]}", ""));
        assertTrue(e.getMessage().contains("catalogue.json"), e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        CatalogueException e = assertThrows(CatalogueException.class, () -> CatalogueStore.load(dir.resolve("none.json")));
        assertTrue(e.getMessage().contains("none.json") && e.getMessage().contains("no such file"), e.getMessage());
    }
}
