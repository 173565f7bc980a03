package parley.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;


import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.extract.Extractor;
import parley.extract.ReportImport;
import parley.extract.ReportImport.Outcome;
import parley.extract.ReportImport.Result;
import parley.store.CorpusDocument;
import parley.store.DocumentImport;
import parley.store.ImportRecord;
import parley.store.Project;
import parley.type.DocumentInfo;
import parley.types.ParleyTypeSystem;

class ReportImportTest {

    @TempDir
    Path dir;

    @Test
    void importedReportsBecomeDocumentsWithTheirOriginalHashAndPagesKept() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("idlib-report.txt"), "An analyst's own note on Idlib.\n");
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path pdf = Fixtures.reportPdf(inbox);
        Path docx = Fixtures.reportDocx(inbox);
        Project project = Project.open(corpus);

        List<Outcome> outcomes = new ReportImport(project, new Extractor()).importFiles(List.of(pdf, docx), null);

        assertEquals(List.of(Result.IMPORTED, Result.IMPORTED), outcomes.stream().map(Outcome::result).toList(), outcomes.toString());
        assertEquals("idlib-report-pdf.txt", outcomes.get(0).document(), "an existing text of that name is left alone");
        assertEquals("An analyst's own note on Idlib.\n", Files.readString(corpus.resolve("idlib-report.txt")));
        project.rescan();
        CorpusDocument report = project.corpus().documents().stream().filter(d -> d.name().equals("idlib-report-pdf.txt")).findFirst().orElseThrow();
        assertTrue(project.text(report).contains("Turkey has sent thousands of troops"));
        ImportRecord record = project.importRecord(report);
        assertNotNull(record);
        assertEquals("idlib-report.pdf", record.sourceName());
        assertEquals(64, record.sha256().length());
        assertEquals(3, record.pageStarts().size());
        assertEquals(2, record.pageAt(project.text(report).indexOf("The Parties’ Aims")));
        assertTrue(record.extractor().startsWith("Apache Tika 3"), record.extractor());
        assertTrue(Files.isRegularFile(project.root().resolve(record.original())), "the original is kept in the project");

        CorpusDocument briefing = project.corpus().documents().stream().filter(d -> d.name().equals("briefing.txt")).findFirst().orElseThrow();
        JCas jcas = ParleyTypeSystem.newJCas();
        project.load(briefing, jcas);
        DocumentInfo info = DocumentImport.info(jcas);
        assertEquals("Idlib after the March ceasefire", info.getTitle(), "the file's own title, not a guess from its text");
    }

    @Test
    void reimportingChangesNothingAndAChangedOriginalIsReportedNotReextracted() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path docx = Fixtures.reportDocx(inbox);
        Project project = Project.open(corpus);
        ReportImport importer = new ReportImport(project, new Extractor());
        assertEquals(Result.IMPORTED, importer.importFile(docx).result());
        Path text = corpus.resolve("briefing.txt");
        String before = Files.readString(text);
        Files.setLastModifiedTime(text, FileTime.fromMillis(1_000_000));

        Outcome again = importer.importFile(docx);
        assertEquals(Result.UNCHANGED, again.result());
        assertEquals(FileTime.fromMillis(1_000_000), Files.getLastModifiedTime(text), "not even rewritten");

        Files.writeString(docx, "now a different file");
        Outcome changed = importer.importFile(docx);
        assertEquals(Result.CHANGED, changed.result());
        assertTrue(changed.message().contains("briefing.docx") && changed.message().contains("has changed"), changed.message());
        assertEquals(before, Files.readString(text), "the analyst's document keeps its text");
    }

    @Test
    void reportsDroppedIntoTheCorpusAreFoundAndABadOneDoesNotStopTheOthers() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Fixtures.reportPdf(corpus);
        Fixtures.imageOnlyPdf(corpus);
        Files.writeString(corpus.resolve("dispatch.html"), ExtractorTest.WEB_PAGE);
        Files.writeString(corpus.resolve("notes.txt"), "Plain text stays a plain document.\n");
        Project project = Project.open(corpus);
        ReportImport importer = new ReportImport(project, new Extractor());

        List<Path> dropped = ReportImport.dropped(project);
        assertEquals(List.of("dispatch.html", "idlib-report.pdf", "scan.pdf"), dropped.stream().map(p -> p.getFileName().toString()).toList());
        List<Outcome> outcomes = importer.importFiles(dropped, null);

        assertEquals(List.of(Result.IMPORTED, Result.IMPORTED, Result.REFUSED), outcomes.stream().map(Outcome::result).toList());
        assertTrue(outcomes.get(2).message().contains("scan.pdf") && outcomes.get(2).message().contains("OCR"), outcomes.get(2).message());
        project.rescan();
        assertEquals(List.of("dispatch.txt", "idlib-report.txt", "notes.txt"),
                project.corpus().documents().stream().map(CorpusDocument::name).toList());
    }
}
