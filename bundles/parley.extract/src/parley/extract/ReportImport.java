package parley.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import parley.store.AtomicFiles;
import parley.store.Corpus;
import parley.store.DocumentException;
import parley.store.ImportRecord;
import parley.store.Project;

/**
 * Imports reports into a project's corpus: each file's text becomes a document of the corpus ({@code <name>.txt},
 * UTF-8), the original is kept in the project ({@code .parley/originals}) with an {@link ImportRecord} naming its
 * hash and the extractor. A file imported before is not read again: unchanged, nothing happens; changed, it is
 * reported and the document's text (which its annotations' offsets rely on) stays as it is.
 */
public final class ReportImport {

    /** What became of one file. */
    public enum Result {
        IMPORTED, UNCHANGED, CHANGED, REFUSED
    }

    /**
     * @param document the corpus document the file's text is (or was) in; null when refused
     * @param message  what happened, in the analyst's words, naming the file
     */
    public record Outcome(Path file, Result result, String document, String message) {

        /** Refused or changed: the analyst has to hear of it. */
        public boolean needsAttention() {
            return result == Result.REFUSED || result == Result.CHANGED;
        }
    }

    /** Receives each file's outcome as the import goes on. */
    public interface Listener {
        void done(int index, int total, Outcome outcome);
    }

    private final Project project;
    private final Extractor extractor;

    public ReportImport(Project project, Extractor extractor) {
        this.project = project;
        this.extractor = extractor;
    }

    /** Imports the files one by one; a file that cannot be read is refused and the others go on. */
    public List<Outcome> importFiles(List<Path> files, Listener listener) {
        List<Outcome> out = new ArrayList<>();
        Map<String, ImportRecord> records;
        try {
            records = records(project);
        } catch (DocumentException e) {
            return files.stream().map(f -> new Outcome(f, Result.REFUSED, null, e.getMessage())).toList();
        }
        for (int i = 0; i < files.size(); i++) {
            Outcome o = importFile(files.get(i), records);
            out.add(o);
            if (listener != null) {
                listener.done(i + 1, files.size(), o);
            }
        }
        return out;
    }

    /** The reports dropped into the corpus folder (PDF, HTML, Word ... files beside its texts), in name order. */
    public static List<Path> dropped(Project project) throws DocumentException {
        try (Stream<Path> files = Files.list(project.corpus().folder())) {
            return files.filter(f -> Files.isRegularFile(f) && Extractor.isImportable(f)).sorted().toList();
        } catch (IOException e) {
            throw new DocumentException(project.corpus().folder(), "cannot list the folder (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The dropped reports not imported yet, or changed since: a file whose record names its size and that is no newer
     * than its import is not even hashed again.
     */
    public static List<Path> pending(Project project) throws DocumentException {
        List<Path> out = new ArrayList<>();
        Map<String, ImportRecord> records = records(project);
        for (Path file : dropped(project)) {
            ImportRecord earlier = records.get(file.getFileName().toString());
            try {
                boolean same = earlier != null && earlier.bytes() == Files.size(file)
                        && !Files.getLastModifiedTime(file).toInstant().isAfter(Instant.parse(earlier.importedAt()).plusSeconds(1));
                if (!same) {
                    out.add(file);
                }
            } catch (IOException | java.time.format.DateTimeParseException e) {
                out.add(file); // read it properly, and say what is wrong with it
            }
        }
        return out;
    }

    public Outcome importFile(Path file) {
        try {
            return importFile(file, records(project));
        } catch (DocumentException e) {
            return new Outcome(file, Result.REFUSED, null, e.getMessage());
        }
    }

    /** Imports one file; {@code records} (the project's import records by source name) takes in its record. */
    private Outcome importFile(Path file, Map<String, ImportRecord> records) {
        if (project.isReadOnly()) {
            return new Outcome(file, Result.REFUSED, null, file + ": not imported, the project " + project.root() + " is read-only");
        }
        try {
            String sha256 = sha256(file);
            ImportRecord earlier = records.get(file.getFileName().toString());
            if (earlier != null && earlier.sha256().equals(sha256)) {
                return new Outcome(file, Result.UNCHANGED, earlier.document(), file.getFileName() + ": unchanged since it was imported as "
                        + earlier.document());
            }
            if (earlier != null) {
                return new Outcome(file, Result.CHANGED, earlier.document(), file.getFileName() + ": has changed since it was imported as "
                        + earlier.document() + " on " + earlier.importedAt().substring(0, 10)
                        + "; that document's text was kept, as its annotations rely on it (import the new version under another name to read it)");
            }
            Extraction extraction = extractor.extract(file);
            String document = documentName(file);
            Path original = project.root().resolve(ImportRecord.ORIGINALS).resolve(file.getFileName().toString());
            if (!file.toAbsolutePath().normalize().equals(original.toAbsolutePath().normalize())) {
                AtomicFiles.write(original, out -> Files.copy(file, out));
            }
            DocumentMetadata m = extraction.metadata();
            ImportRecord record = new ImportRecord(document, file.getFileName().toString(), file.toAbsolutePath().toString(),
                    project.root().relativize(original).toString(), sha256, Files.size(file), extraction.format(), Extractor.VERSION,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), m.title(), m.author(), m.date(), m.publisher(),
                    extraction.pageStarts(), extraction.notesStart());
            record.write(ImportRecord.fileOf(project.root(), document));
            records.put(record.sourceName(), record);
            Path text = project.corpus().folder().resolve(document);
            AtomicFiles.write(text, out -> out.write(extraction.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            int pages = extraction.pageStarts().size();
            return new Outcome(file, Result.IMPORTED, document, file.getFileName() + ": imported as " + document + " ("
                    + extraction.text().length() + " characters" + (pages > 0 ? ", " + pages + " page" + (pages == 1 ? "" : "s") : "") + ")");
        } catch (DocumentException e) {
            return new Outcome(file, Result.REFUSED, null, e.getMessage());
        } catch (IOException e) {
            return new Outcome(file, Result.REFUSED, null, file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The project's import records, each read once, by the name of the file it was imported from. */
    private static Map<String, ImportRecord> records(Project project) throws DocumentException {
        Map<String, ImportRecord> out = new HashMap<>();
        Path folder = project.root().resolve(ImportRecord.FOLDER);
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> records = Files.list(folder)) {
            for (Path r : records.filter(p -> p.toString().endsWith(".json")).toList()) {
                ImportRecord record = ImportRecord.read(r);
                out.putIfAbsent(record.sourceName(), record);
            }
            return out;
        } catch (IOException e) {
            throw new DocumentException(folder, "cannot list the import records (" + e.getMessage() + ")", e);
        }
    }

    /** "report.pdf" becomes "report.txt", or "report-pdf.txt" where the corpus already has a report.txt. */
    private String documentName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        Path folder = project.corpus().folder();
        String candidate = stem + Corpus.SOURCE_SUFFIX;
        for (int n = 1; Files.exists(folder.resolve(candidate)); n++) {
            candidate = stem + "-" + extension + (n == 1 ? "" : "-" + n) + Corpus.SOURCE_SUFFIX;
        }
        return candidate;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
