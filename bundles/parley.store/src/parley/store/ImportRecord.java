package parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Where a document's text came from when it was imported from a report (PDF, web page, Word file): the original
 * file, its hash, the extractor that read it and what the file said about itself, and the offset of each page.
 * Kept beside the project's copy of the original ({@code .parley/imports/<document>.json}), so that the text's
 * offsets stay the reference even when a later extractor would read the file differently.
 *
 * @param sourceName the original file's name ("report.pdf")
 * @param source     where it was imported from
 * @param original   the project's copy of it, relative to the project folder
 * @param sha256     the original's SHA-256, hex
 * @param pageStarts the offset of each page's first text (page 1 first); empty where the format has no pages
 * @param notesStart where the notes begin in the text, or -1
 */
public record ImportRecord(String document, String sourceName, String source, String original, String sha256, long bytes,
        String format, String extractor, String importedAt, String title, String author, String date, String publisher,
        List<Integer> pageStarts, int notesStart) {

    public static final String FOLDER = "imports";
    public static final String ORIGINALS = "originals";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ImportRecord {
        pageStarts = pageStarts == null ? List.of() : List.copyOf(pageStarts);
    }

    /** The page (from 1) that an offset of the text is on, or 0 where the format has no pages. */
    public int pageAt(int offset) {
        return pageAt(pageStarts, offset);
    }

    /** The page (from 1) that an offset is on, given each page's start offset; 0 where there are no pages. */
    public static int pageAt(List<Integer> pageStarts, int offset) {
        int page = 0;
        for (int i = 0; i < pageStarts.size() && pageStarts.get(i) <= offset; i++) {
            page = i + 1;
        }
        return pageStarts.isEmpty() ? 0 : Math.max(page, 1);
    }

    public static ImportRecord read(Path file) throws DocumentException {
        try {
            return JSON.readValue(file.toFile(), ImportRecord.class);
        } catch (IOException e) {
            throw new DocumentException(file, "is not a readable import record (" + AtomicFiles.describe(e) + ")", e);
        }
    }

    public void write(Path file) throws DocumentException {
        AtomicFiles.write(file, out -> JSON.writeValue(out, this));
    }

    /** The record of the document of this name in a project folder, or null for a document that was not imported. */
    public static ImportRecord of(Path projectRoot, String documentName) throws DocumentException {
        Path file = fileOf(projectRoot, documentName);
        return Files.isRegularFile(file) ? read(file) : null;
    }

    public static Path fileOf(Path projectRoot, String documentName) {
        return projectRoot.resolve(FOLDER).resolve(documentName + ".json");
    }
}
