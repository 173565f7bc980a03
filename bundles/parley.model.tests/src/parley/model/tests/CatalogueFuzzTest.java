package parley.model.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.model.CatalogueException;
import parley.model.CatalogueStore;

/** Mutated catalogues load or are refused naming the file; nothing else escapes ({@code -Dparley.fuzz.cases}). */
class CatalogueFuzzTest {

    static final int CASES = Integer.getInteger("parley.fuzz.cases", 300);

    @TempDir
    Path dir;

    @Test
    void mutatedCatalogueLoadsOrIsRefusedWithItsName() throws Exception {
        byte[] valid;
        try (InputStream in = CatalogueStore.class.getResourceAsStream(CatalogueStore.DEFAULT_CATALOGUE)) {
            valid = in.readAllBytes();
        }
        Random random = new Random(3);
        Path file = dir.resolve("catalogue.json");
        int refused = 0;
        String[] junk = {"\"", "{", "}", "[", "]", ",", ":", "null", "\"id\":\"\"", "\"category\":\"EMPIRE\"", "\"affiliation\":\"NOPE\"",
            "\"dateSigned\":\"soon\"", "\u0000", "\"eClass\":\"http://x#//Y\""};
        for (int i = 0; i < CASES; i++) {
            String text = new String(valid, StandardCharsets.UTF_8);
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                int at = random.nextInt(text.length());
                text = switch (random.nextInt(3)) {
                    case 0 -> text.substring(0, at) + junk[random.nextInt(junk.length)] + text.substring(at);
                    case 1 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(30)));
                    default -> text.substring(0, at);
                };
            }
            Files.writeString(file, text);
            String problem = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try {
                    CatalogueStore.load(file);
                    return null;
                } catch (CatalogueException e) {
                    return e.getMessage();
                }
            }, "case " + i);
            if (problem != null) {
                refused++;
                assertTrue(problem.contains("catalogue.json"), "case " + i + ": " + problem);
            }
        }
        assertTrue(refused > CASES / 2, "only " + refused + " of " + CASES + " broken catalogues were refused");
    }
}
