package parley.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.extract.Extraction;
import parley.extract.ExtractionLimits;
import parley.extract.Extractor;
import parley.store.DocumentException;

class ExtractorTest {

    /** The bar: within a few characters of the text an analyst would type. */
    static final double MAX_CHARACTER_ERROR_RATE = 0.02;

    @TempDir
    Path dir;

    @Test
    void aTwoColumnPdfReadsAsItsParagraphsWithoutRunningHeadersPageNumbersOrBrokenWords() throws Exception {
        Extraction e = new Extractor().extract(Fixtures.reportPdf(dir));
        double cer = Fixtures.characterErrorRate(Fixtures.REPORT_TEXT, e.text());
        assertTrue(cer <= MAX_CHARACTER_ERROR_RATE, "character error rate " + cer + " in:\n" + e.text());
        assertTrue(!e.text().contains("Crisis Group Middle East Report N°213, 15 May 2020"), "running header left in:\n" + e.text());
        assertEquals(3, e.pageStarts().size());
        assertEquals(2, e.pageAt(e.text().indexOf("The Parties’ Aims")), "a heading of page 2");
        assertEquals(2, e.pageAt(e.text().indexOf("and to avoid a clash")), "a paragraph is on the page where it starts");
        assertEquals(3, e.pageAt(e.text().indexOf("Conclusion")));
        assertEquals(e.text().indexOf("Notes\n\n1 Crisis Group"), e.notesStart(), "the footnotes follow the body, apart");
        assertEquals("application/pdf", e.format());
    }

    @Test
    void aWordReportKeepsItsHeadingsAndMovesItsFootnotesToTheEnd() throws Exception {
        Extraction e = new Extractor().extract(Fixtures.reportDocx(dir));
        double cer = Fixtures.characterErrorRate(Fixtures.DOCX_TEXT, e.text());
        assertTrue(cer <= MAX_CHARACTER_ERROR_RATE, "character error rate " + cer + " in:\n" + e.text());
        assertEquals("Idlib after the March ceasefire", e.metadata().title());
        assertEquals("Jane Analyst", e.metadata().author());
        assertEquals(0, e.pageAt(10), "a Word file has no fixed pages");
    }

    @Test
    void aWebPageGivesItsArticleWithoutNavigationCookieBannerOrScripts() throws Exception {
        Path page = Files.writeString(dir.resolve("dispatch.html"), WEB_PAGE);
        Extraction e = new Extractor().extract(page);
        double cer = Fixtures.characterErrorRate(WEB_TEXT, e.text());
        assertTrue(cer <= MAX_CHARACTER_ERROR_RATE, "character error rate " + cer + " in:\n" + e.text());
        assertEquals("Turkey and Russia agree Idlib ceasefire", e.metadata().title());
        assertEquals("Field Dispatches", e.metadata().publisher());
        assertEquals("2020-03-06", e.metadata().date());
        assertEquals("Sam Reporter", e.metadata().author());
    }

    @Test
    void anRtfFileGivesItsParagraphs() throws Exception {
        Path rtf = Files.writeString(dir.resolve("memo.rtf"), """
                {\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}
                {\\pard\\b Idlib briefing\\b0\\par}
                {\\pard Russia and Turkey agreed a ceasefire in Moscow.\\par}
                {\\pard Turkey backs the rebels in the north west.\\par}
                }
                """);
        Extraction e = new Extractor().extract(rtf);
        String expected = "Idlib briefing\n\nRussia and Turkey agreed a ceasefire in Moscow.\n\nTurkey backs the rebels in the north west.\n";
        double cer = Fixtures.characterErrorRate(expected, e.text());
        assertTrue(cer <= MAX_CHARACTER_ERROR_RATE, "character error rate " + cer + " in:\n" + e.text());
        assertEquals("application/rtf", e.format());
    }

    @Test
    void anEncryptedPdfIsRefusedWithItsReason() throws Exception {
        Path locked = Fixtures.encryptedPdf(dir);
        DocumentException e = assertThrows(DocumentException.class, () -> new Extractor().extract(locked));
        assertTrue(e.getMessage().contains("locked.pdf") && e.problem().contains("encrypted"), e.getMessage());
    }

    @Test
    void aScanWithoutTextIsRefusedWithAdviceToOcrIt() throws Exception {
        Path scan = Fixtures.imageOnlyPdf(dir);
        DocumentException e = assertThrows(DocumentException.class, () -> new Extractor().extract(scan));
        assertTrue(e.getMessage().contains("scan.pdf") && e.problem().contains("no text layer") && e.problem().contains("OCR"), e.getMessage());
    }

    @Test
    void aZipBombIsRefusedWithoutUnpacking() throws Exception {
        Path bomb = Fixtures.zipBombDocx(dir);
        DocumentException e = assertThrows(DocumentException.class, () -> new Extractor().extract(bomb));
        assertTrue(e.getMessage().contains("bomb.docx") && e.problem().contains("zip bomb"), e.getMessage());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws Exception {
        Path report = Fixtures.reportPdf(dir);
        Extractor small = new Extractor(new ExtractionLimits(1024, Duration.ofSeconds(30), 1_000_000));
        DocumentException e = assertThrows(DocumentException.class, () -> small.extract(report));
        assertTrue(e.problem().contains("too large"), e.getMessage());
    }

    @Test
    void aFileThatUnfoldsIntoTooMuchTextIsRefused() throws Exception {
        Path report = Fixtures.reportPdf(dir);
        Extractor small = new Extractor(new ExtractionLimits(1 << 20, Duration.ofSeconds(30), 200));
        DocumentException e = assertThrows(DocumentException.class, () -> small.extract(report));
        assertTrue(e.problem().contains("more than 200 characters"), e.getMessage());
    }

    @Test
    void aReadThatOverrunsItsTimeIsAbandonedAndNamed() throws Exception {
        Path big = Fixtures.pdf(dir.resolve("long.pdf"), Fixtures.REPORT, 60, true);
        Extractor impatient = new Extractor(new ExtractionLimits(1L << 30, Duration.ofMillis(1), 50_000_000));
        DocumentException e = assertThrows(DocumentException.class, () -> impatient.extract(big));
        assertTrue(e.getMessage().contains("long.pdf") && e.problem().contains("could not be read within"), e.getMessage());
    }

    @Test
    void damagedEmptyAndUnknownFilesAreRefusedWithTheirReasons() throws Exception {
        Path damaged = Files.write(dir.resolve("damaged.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes());
        Path empty = Files.write(dir.resolve("empty.docx"), new byte[0]);
        Path unknown = Files.write(dir.resolve("data.rtf"), new byte[] {0, 1, 2, 3, (byte) 0xff, 5, 6, 7});
        Extractor extractor = new Extractor();
        DocumentException d = assertThrows(DocumentException.class, () -> extractor.extract(damaged));
        assertTrue(d.getMessage().contains("damaged.pdf"), d.getMessage());
        assertTrue(assertThrows(DocumentException.class, () -> extractor.extract(empty)).problem().contains("empty"));
        DocumentException u = assertThrows(DocumentException.class, () -> extractor.extract(unknown));
        assertTrue(u.getMessage().contains("data.rtf"), u.getMessage());
    }

    @Test
    void aHundredPagePdfKeepsEveryPage() throws Exception {
        Path big = Fixtures.pdf(dir.resolve("hundred.pdf"), Fixtures.REPORT, 34, true);
        Extraction e = new Extractor().extract(big);
        assertEquals(102, e.pageStarts().size());
        assertTrue(e.text().indexOf("Conclusion", e.pageStarts().get(100)) > 0, "the last pages' text is there");
    }

    static final String WEB_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head>
            <meta charset="utf-8">
            <title>Turkey and Russia agree Idlib ceasefire | Field Dispatches</title>
            <meta property="og:title" content="Turkey and Russia agree Idlib ceasefire">
            <meta property="og:site_name" content="Field Dispatches">
            <meta name="author" content="Sam Reporter">
            <meta property="article:published_time" content="2020-03-06T09:30:00Z">
            <script>window.dataLayer = []; function track() { return "Russia"; }</script>
            <style>.cookie-banner { position: fixed; }</style>
            </head><body>
            <a class="skip-link" href="#main">Skip to main content</a>
            <div id="cookie-consent" class="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept all</button></div>
            <header class="site-header"><div class="logo">Field Dispatches</div>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/syria">Syria</a></li><li><a href="/about">About</a></li></ul></nav></header>
            <main id="main">
            <article>
            <h1>Turkey and Russia agree Idlib ceasefire</h1>
            <p class="byline">By Sam Reporter, 6 March 2020</p>
            <p>Presidents Erdoğan and Putin agreed a ceasefire in Idlib after six hours of talks in Moscow on Thursday.</p>
            <p>The deal sets up a security corridor along the M4 highway, to be patrolled jointly by Turkish and Russian forces.</p>
            <h2>What the deal says</h2>
            <ul><li>A ceasefire from midnight on 6 March.</li><li>Joint patrols from 15 March.</li></ul>
            <div class="share-buttons"><a>Share on Twitter</a><a>Share on Facebook</a></div>
            <p>Aid agencies welcomed the pause but warned that nearly a million people remain displaced.</p>
            </article>
            <aside class="related"><h3>Related</h3><p>Earlier: talks in Ankara fail</p></aside>
            </main>
            <footer class="site-footer"><p>© 2020 Field Dispatches. All rights reserved.</p></footer>
            </body></html>
            """;

    static final String WEB_TEXT = """
            Turkey and Russia agree Idlib ceasefire

            By Sam Reporter, 6 March 2020

            Presidents Erdoğan and Putin agreed a ceasefire in Idlib after six hours of talks in Moscow on Thursday.

            The deal sets up a security corridor along the M4 highway, to be patrolled jointly by Turkish and Russian forces.

            What the deal says

            A ceasefire from midnight on 6 March.

            Joint patrols from 15 March.

            Aid agencies welcomed the pause but warned that nearly a million people remain displaced.
            """;
}
