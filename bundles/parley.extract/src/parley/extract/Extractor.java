package parley.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jsoup.Jsoup;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import parley.store.DocumentException;

/**
 * Takes the text out of a report as analysts receive it (PDF, web page, Word, OpenDocument, RTF) through Apache Tika,
 * within limits of size, time and text length, so that a damaged or hostile file is refused with its reason and
 * never hangs or exhausts the workbench.
 */
public final class Extractor {

    /** What this extractor is, recorded with every import so that a later, different extraction can be told apart. */
    public static final String VERSION = "Apache Tika " + tikaVersion() + " (Parley extractor 1)";

    /** The media types read, by the name an analyst knows them by. */
    public static final String FORMATS = "PDF, HTML, DOCX, DOC, ODT and RTF";
    private static final Set<String> PDF = Set.of("application/pdf");
    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> WORD_PROCESSOR = Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", "application/rtf", "application/msword");

    static {
        // POI logs through the Log4j API; without a provider it prints an error on every start
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private final ExtractionLimits limits;
    private final AutoDetectParser parser;

    public Extractor(ExtractionLimits limits) {
        this.limits = limits;
        this.parser = new AutoDetectParser(withBundleLoader(() -> new TikaConfig(Extractor.class.getClassLoader())));
    }

    public Extractor() {
        this(ExtractionLimits.DEFAULT);
    }

    /** The file name extensions of the formats read. */
    public static final List<String> EXTENSIONS = List.of("pdf", "html", "htm", "xhtml", "docx", "doc", "odt", "rtf");

    /** Whether a file's name says it is one of the formats read (a dropped file is imported only then). */
    public static boolean isImportable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && EXTENSIONS.stream().anyMatch(e -> name.endsWith("." + e));
    }

    /** The text of a file, or the reason it cannot be read, naming the file. */
    public Extraction extract(Path file) throws DocumentException {
        long size = size(file);
        if (size == 0) {
            throw new DocumentException(file, "is empty");
        }
        if (size > limits.maxBytes()) {
            throw new DocumentException(file, "is too large to import (" + size / (1024 * 1024) + " MB; the limit is "
                    + limits.maxBytes() / (1024 * 1024) + " MB)");
        }
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "parley-extract " + file.getFileName());
            t.setDaemon(true); // a parser caught in a loop must not keep the workbench from quitting
            return t;
        });
        Future<Extraction> result = worker.submit(() -> withBundleLoader(() -> read(file)));
        try {
            return result.get(limits.timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new DocumentException(file, "could not be read within " + limits.timeout().toSeconds()
                    + " s (the file may be damaged or built to stall a reader); it was left out");
        } catch (ExecutionException e) {
            throw reason(file, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentException(file, "import interrupted");
        } finally {
            worker.shutdownNow();
        }
    }

    private Extraction read(Path file) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            type = parser.getDetector().detect(in, metadata).getBaseType();
        }
        String format = type.toString();
        if (HTML.contains(format)) {
            try (InputStream in = Files.newInputStream(file)) {
                var page = Jsoup.parse(in, null, file.toUri().toString());
                List<Block> blocks = WebPage.mainContent(page);
                return nonEmpty(file, TextAssembly.assemble(blocks, List.of(), 0, WebPage.metadata(page), format), "has no readable text");
            }
        }
        if (PDF.contains(format)) {
            PdfPages pages = new PdfPages();
            parse(file, pages, metadata);
            if (pages.pages.stream().allMatch(List::isEmpty)) {
                throw new DocumentException(file, "has no text layer (its " + pages.pages.size()
                        + " page(s) are images, as in a scan); OCR it first, then import the result");
            }
            PrintedLayout.Layout layout = PrintedLayout.of(pages.pages);
            return TextAssembly.assemble(layout.body(), layout.notes(), pages.pages.size(), metadata(metadata), format);
        }
        if (WORD_PROCESSOR.contains(format)) {
            OfficeBlocks blocks = new OfficeBlocks();
            parse(file, blocks, metadata);
            return nonEmpty(file, TextAssembly.assemble(blocks.body, blocks.notes, 0, metadata(metadata), format), "has no text");
        }
        throw new DocumentException(file, "is " + describe(format) + ", not a format Parley imports (" + FORMATS + ")");
    }

    private void parse(Path file, ContentHandler handler, Metadata metadata) throws Exception {
        // the write limit bounds the text (and so the memory) a small file can unfold into
        WriteOutContentHandler limited = new WriteOutContentHandler(handler, limits.maxChars());
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, limited, metadata, new ParseContext());
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new DocumentException(file, "unfolds into more than " + limits.maxChars() + " characters of text; it was left out");
            }
            throw e;
        }
    }

    private static Extraction nonEmpty(Path file, Extraction e, String problem) throws DocumentException {
        if (e.text().isBlank()) {
            throw new DocumentException(file, problem);
        }
        return e;
    }

    private static DocumentMetadata metadata(Metadata m) {
        return new DocumentMetadata(blankToNull(m.get(TikaCoreProperties.TITLE)), blankToNull(m.get(TikaCoreProperties.CREATOR)),
                Dates.isoDay(m.get(TikaCoreProperties.CREATED)), blankToNull(m.get(TikaCoreProperties.PUBLISHER)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String describe(String format) {
        return switch (format) {
            case "application/octet-stream" -> "binary data of no known kind";
            case "text/plain" -> "plain text (put it in the corpus folder as a .txt file)";
            default -> format;
        };
    }

    /** The reason a parse failed, in the analyst's words. */
    private static DocumentException reason(Path file, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DocumentException d) {
                return d;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof EncryptedDocumentException || message.contains("password") || message.contains("encrypted")) {
                return new DocumentException(file, "is encrypted; remove its password, then import it again", e);
            }
            if (message.toLowerCase(Locale.ROOT).contains("zip bomb") || t instanceof org.apache.tika.exception.ZeroByteFileException) {
                return new DocumentException(file, message.toLowerCase(Locale.ROOT).contains("zip bomb")
                        ? "looks like a zip bomb (its parts would expand far beyond the file's size); it was left out"
                        : "is empty", e);
            }
            if (t instanceof OutOfMemoryError) {
                return new DocumentException(file, "needs more memory to read than the workbench can give; it was left out", e);
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new DocumentException(file, "could not be read (" + root.getClass().getSimpleName() + ": " + root.getMessage()
                + "); the file may be damaged", e);
    }

    private static long size(Path file) throws DocumentException {
        try {
            if (Files.isDirectory(file)) {
                throw new DocumentException(file, "is a folder, not a file");
            }
            return Files.size(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new DocumentException(file, "no such file", e);
        } catch (IOException e) {
            throw new DocumentException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    /** Runs with this bundle's class loader as the context loader: Tika, POI and XMLBeans look up their parts through it. */
    private static <T> T withBundleLoader(Work<T> work) {
        Thread current = Thread.currentThread();
        ClassLoader before = current.getContextClassLoader();
        current.setContextClassLoader(Extractor.class.getClassLoader());
        try {
            return work.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            current.setContextClassLoader(before);
        }
    }

    private static String tikaVersion() {
        Package p = TikaConfig.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "3" : v;
    }
}
