package parley.extract.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Real-looking reports made for the tests: a typeset two-column PDF, a Word file, hostile files. */
final class Fixtures {

    static {
        // POI logs through Log4j; the extractor sets up its quiet provider when it is first loaded
        parley.extract.Extractor.isImportable(Path.of("x.pdf"));
    }

    private Fixtures() {
    }

    /** A column's lines, a null line for the space between two paragraphs. */
    record Page(String[] header, String[] left, String[] right, String[] notes, String number) {
    }

    static final List<Page> REPORT = List.of(
            new Page(new String[] {}, new String[] {
                    "The ceasefire that Russia and Turkey", "agreed in Moscow on 5 March 2020 has", "largely held.1 It froze a front line that",
                    "had moved fast in the preceding three", "months, as regime forces, backed by", "Russian airpower, advanced on the",
                    "M4 and M5 highways.", null, "Yet the arrangement is fragile. Tur-", "key has sent thousands of troops into",
                    "Idlib and says it will not let the regime"},
                    new String[] {"take the rest of the province by force.2", "Moscow, for its part, insists that HTS", "must be defeated.", null,
                            "What follows sets out the stakes for", "each party and what could keep the", "guns silent."},
                    new String[] {"1 Crisis Group interviews, Turkish officials, Ankara, March 2020.",
                            "2 Statement by the Turkish defence ministry, 9 March 2020."}, "1"),
            new Page(new String[] {"Silencing the Guns in Syria’s Idlib", "Crisis Group Middle East Report N°213, 15 May 2020"},
                    new String[] {"#The Parties’ Aims", null, "Russia wants the regime to recover", "all of Syria. It has backed repeated",
                            "offensives in the north west and has", "told Ankara that the deal is a step"},
                    new String[] {"toward that end.3 Turkey, by contrast,", "wants to keep the rebels it supports", "in place and to stop a new wave of",
                            "refugees from reaching its border,"},
                    new String[] {"3 Crisis Group interview, Russian diplomat, Moscow, April 2020."}, "2"),
            new Page(new String[] {"Silencing the Guns in Syria’s Idlib", "Crisis Group Middle East Report N°213, 15 May 2020"},
                    new String[] {"and to avoid a clash with Russia that", "it could not win. A new offensive would", "strain ties between Moscow and An-",
                            "kara that each side values."},
                    new String[] {"#Conclusion", null, "The ceasefire should be extended and", "monitored by both guarantors."},
                    new String[] {}, "3"));

    /** What an analyst would type from {@link #REPORT}: its text, then its notes. */
    static final String REPORT_TEXT = """
            Silencing the Guns in Syria’s Idlib

            Middle East Report N°213 | 15 May 2020

            The ceasefire that Russia and Turkey agreed in Moscow on 5 March 2020 has largely held.1 It froze a front line that had moved fast in the preceding three months, as regime forces, backed by Russian airpower, advanced on the M4 and M5 highways.

            Yet the arrangement is fragile. Turkey has sent thousands of troops into Idlib and says it will not let the regime take the rest of the province by force.2 Moscow, for its part, insists that HTS must be defeated.

            What follows sets out the stakes for each party and what could keep the guns silent.

            The Parties’ Aims

            Russia wants the regime to recover all of Syria. It has backed repeated offensives in the north west and has told Ankara that the deal is a step toward that end.3 Turkey, by contrast, wants to keep the rebels it supports in place and to stop a new wave of refugees from reaching its border, and to avoid a clash with Russia that it could not win. A new offensive would strain ties between Moscow and Ankara that each side values.

            Conclusion

            The ceasefire should be extended and monitored by both guarantors.

            Notes

            1 Crisis Group interviews, Turkish officials, Ankara, March 2020.

            2 Statement by the Turkish defence ministry, 9 March 2020.

            3 Crisis Group interview, Russian diplomat, Moscow, April 2020.
            """;

    static Path reportPdf(Path dir) throws IOException {
        return pdf(dir.resolve("idlib-report.pdf"), REPORT, 1, true);
    }

    /** {@code copies} times the report's pages, the title page first. */
    static Path pdf(Path file, List<Page> pages, int copies, boolean titled) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont body = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
            int number = 0;
            for (int copy = 0; copy < copies; copy++) {
                for (Page p : pages) {
                    number++;
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        if (number == 1 && titled) {
                            line(cs, bold, 18, 72, 780, "Silencing the Guns in Syria’s Idlib");
                            line(cs, body, 11, 72, 755, "Middle East Report N°213 | 15 May 2020");
                        }
                        float y = 810;
                        for (String h : p.header()) {
                            line(cs, body, 8, 72, y, h);
                            y -= 11;
                        }
                        column(cs, body, bold, 72, p.left());
                        column(cs, body, bold, 310, p.right());
                        float ny = 60 + 10 * p.notes().length;
                        for (String n : p.notes()) {
                            line(cs, body, 8, 72, ny, n);
                            ny -= 10;
                        }
                        line(cs, body, 9, 295, 35, copies == 1 ? p.number() : String.valueOf(number));
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void column(PDPageContentStream cs, PDFont body, PDFont bold, float x, String[] lines) throws IOException {
        float y = 720;
        for (String l : lines) {
            if (l == null) {
                y -= 9; // the space between paragraphs
            } else if (l.startsWith("#")) {
                line(cs, bold, 13, x, y, l.substring(1));
                y -= 18;
            } else {
                line(cs, body, 10.5f, x, y, l);
                y -= 13;
            }
        }
    }

    private static void line(PDPageContentStream cs, PDFont font, float size, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    /** A PDF that opens only with a password. */
    static Path encryptedPdf(Path dir) throws IOException {
        Path file = reportPdf(dir);
        Path out = dir.resolve("locked.pdf");
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out.toFile());
        }
        return out;
    }

    /** A scanned report: pages of drawing, no text. */
    static Path imageOnlyPdf(Path dir) throws IOException {
        Path out = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (int r = 0; r < 40; r++) {
                        cs.addRect(72, 100 + r * 15, 400 - r * 3, 8); // the lines of a scanned page, as ink
                    }
                    cs.fill();
                }
            }
            doc.save(out.toFile());
        }
        return out;
    }

    /** A Word report with two heading levels, footnotes and its title and author in its properties. */
    static Path reportDocx(Path dir) throws IOException {
        Path out = dir.resolve("briefing.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            for (int level = 1; level <= 2; level++) {
                CTStyle st = CTStyle.Factory.newInstance();
                st.setStyleId("Heading" + level);
                st.addNewName().setVal("heading " + level);
                st.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
                XWPFStyle style = new XWPFStyle(st);
                style.setType(STStyleType.PARAGRAPH);
                styles.addStyle(style);
            }
            doc.getProperties().getCoreProperties().setTitle("Idlib after the March ceasefire");
            doc.getProperties().getCoreProperties().setCreator("Jane Analyst");
            heading(doc, 1, "Idlib after the March ceasefire");
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("Russia and Turkey agreed a ceasefire in Moscow on 5 March 2020.");
            p.addFootnoteReference(footnote(doc, "Crisis Group interview, Turkish official, Ankara, March 2020."));
            p.createRun().setText(" It has largely held since.");
            heading(doc, 2, "What Turkey wants");
            XWPFParagraph q = doc.createParagraph();
            q.createRun().setText("Turkey wants to keep the regime out of Idlib and to protect the rebels it supports.");
            q.addFootnoteReference(footnote(doc, "Statement by the Turkish defence ministry, 9 March 2020."));
            heading(doc, 2, "What Russia wants");
            doc.createParagraph().createRun().setText("Russia backs the regime’s aim of retaking all of Syria.");
            try (OutputStream o = Files.newOutputStream(out)) {
                doc.write(o);
            }
        }
        return out;
    }

    static final String DOCX_TEXT = """
            Idlib after the March ceasefire

            Russia and Turkey agreed a ceasefire in Moscow on 5 March 2020.[1] It has largely held since.

            What Turkey wants

            Turkey wants to keep the regime out of Idlib and to protect the rebels it supports.[2]

            What Russia wants

            Russia backs the regime’s aim of retaking all of Syria.

            Notes

            1 Crisis Group interview, Turkish official, Ankara, March 2020.

            2 Statement by the Turkish defence ministry, 9 March 2020.
            """;

    private static void heading(XWPFDocument doc, int level, String text) {
        XWPFParagraph h = doc.createParagraph();
        h.setStyle("Heading" + level);
        h.createRun().setText(text);
    }

    private static XWPFFootnote footnote(XWPFDocument doc, String text) {
        XWPFFootnote note = doc.createFootnote();
        note.createParagraph().createRun().setText(text);
        return note;
    }

    /** A Word file whose document part would inflate a thousandfold: a zip bomb. */
    static Path zipBombDocx(Path dir) throws IOException {
        Path out = dir.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                    </Types>""".getBytes());
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
                    </Relationships>""".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>".getBytes());
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                zip.write(spaces); // 100 MB of spaces, which compress to about 100 KB
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes());
            zip.closeEntry();
        }
        return out;
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** The share of characters to insert, delete or change to turn {@code actual} into {@code expected}. */
    static double characterErrorRate(String expected, String actual) {
        int[] previous = new int[actual.length() + 1];
        int[] current = new int[actual.length() + 1];
        for (int j = 0; j <= actual.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= expected.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= actual.length(); j++) {
                int change = previous[j - 1] + (expected.charAt(i - 1) == actual.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return (double) previous[actual.length()] / expected.length();
    }
}
