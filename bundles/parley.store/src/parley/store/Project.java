package parley.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.jcas.JCas;
import org.eclipse.emf.ecore.resource.Resource;

import parley.model.Catalogue;
import parley.model.CatalogueException;
import parley.model.CatalogueStore;

/**
 * A corpus folder opened as a Parley project: the working CAS of each document lives as XMI in
 * {@code <corpus>/.parley/cas/}, next to a small {@code project.json}. The source text files are
 * only ever read.
 */
public final class Project {

    public static final String FOLDER = ".parley";
    static final String CAS_FOLDER = "cas";
    static final String PROJECT_FILE = "project.json";
    static final String CATALOGUE_FILE = "catalogue.json";

    static final String JOURNAL_FOLDER = "journal";
    /** UTF-8 copies of sources that are in another encoding (the analyst chose which). */
    static final String TEXT_FOLDER = "text";
    /** Larger documents are refused by the editor and by Tag Corpus (./parley tag --export still takes them); a 10 MB report
     * opens (unwrapped: see AnnotatedViewer) and stays usable. */
    public static final long MAX_EDITABLE_BYTES = 16L * 1024 * 1024;
    static final String LOCK_FILE = "lock";

    private volatile Corpus corpus;
    /** Why the last tagging run could not process a document, by document name; this process only. */
    private final java.util.Map<String, String> problems = new java.util.concurrent.ConcurrentHashMap<>();
    private final Path root;
    private final boolean readOnly;

    private Project(Corpus corpus, Path root, boolean readOnly) {
        this.corpus = corpus;
        this.root = root;
        this.readOnly = readOnly;
    }

    /** Opens the project of a corpus folder, creating it on first use. */
    public static Project open(Path corpusFolder) throws DocumentException {
        Corpus corpus = Corpus.open(corpusFolder);
        Path root = corpus.folder().resolve(FOLDER);
        try {
            Files.createDirectories(root.resolve(CAS_FOLDER));
        } catch (IOException e) {
            throw new DocumentException(root, "cannot create the project folder (" + e.getMessage() + ")", e);
        }
        Path projectFile = root.resolve(PROJECT_FILE);
        if (!Files.exists(projectFile)) {
            String json = "{\n  \"formatVersion\": 1,\n  \"corpus\": \"" + jsonEscape(corpus.folder().getFileName().toString()) + "\"\n}\n";
            AtomicFiles.write(projectFile, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
        }
        boolean writer = ProjectLock.acquire(root.resolve(LOCK_FILE));
        if (writer) {
            removeStaleTemporaryFiles(root);
        }
        return new Project(corpus, root, !writer);
    }

    /** Temporary files of writes cut short by a crash; the files they were to replace are intact. */
    private static void removeStaleTemporaryFiles(Path root) {
        for (String folder : new String[] {CAS_FOLDER, JOURNAL_FOLDER}) {
            try (var files = Files.list(root.resolve(folder))) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    if (p.getFileName().toString().startsWith(".") && p.getFileName().toString().endsWith(".tmp")) {
                        Files.deleteIfExists(p);
                    }
                }
            } catch (IOException e) {
                // no such folder yet, or not listable: nothing to clean
            }
        }
    }

    /**
     * True when another Parley process holds the project: this one may read but not write, so two
     * writers never overwrite each other's decisions.
     */
    public boolean isReadOnly() {
        return readOnly;
    }

    public Corpus corpus() {
        return corpus;
    }

    /** Lists the corpus folder again (documents added or removed since) and returns the new listing. */
    public Corpus rescan() throws DocumentException {
        corpus = Corpus.open(corpus.folder());
        return corpus;
    }

    public Path root() {
        return root;
    }

    /** Where the project's own catalogue is kept once the analyst edited it. */
    public Path catalogueFile() {
        return root.resolve(CATALOGUE_FILE);
    }

    /** Where the analysts' additions to the stance lexicon are kept (the file may not exist yet). */
    public Path lexiconAdditions() {
        return root.resolve("lexicon.json");
    }

    /** The project's own catalogue file, or null while it uses the one that ships with Parley. */
    public Path customCatalogue() {
        return Files.isRegularFile(catalogueFile()) ? catalogueFile() : null;
    }

    /** The project's catalogue, validated: its own, else the shipped one. */
    public Catalogue catalogue() throws CatalogueException {
        Path own = customCatalogue();
        return own != null ? CatalogueStore.load(own) : CatalogueStore.loadDefault();
    }

    /** The catalogue as an editable EMF resource: the project's own, else a copy of the shipped one. */
    public Resource editableCatalogue() throws CatalogueException {
        Path own = customCatalogue();
        return own != null ? CatalogueStore.loadResource(own) : CatalogueStore.loadDefaultResource();
    }

    /** Validates and writes an edited catalogue atomically; tagging runs of this project then use it. */
    public Catalogue saveCatalogue(Resource catalogue) throws CatalogueException, DocumentException {
        Path file = catalogueFile();
        checkWritable(file);
        byte[] json = CatalogueStore.toJson(file.toString(), catalogue);
        AtomicFiles.write(file, out -> out.write(json));
        return CatalogueStore.load(file); // read back: what the next tagging run will see
    }

    /** Refuses, with the file's name and the limit, a document too large to annotate in a project. */
    public static void checkEditableSize(Path path) throws DocumentException {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            return; // reading it says what is wrong
        }
        if (size > MAX_EDITABLE_BYTES) {
            throw new DocumentException(path, String.format(java.util.Locale.ROOT,
                    "too large to annotate in a project (%.1f MB; the limit is %d MB). Tag and export it with ./parley tag --export.",
                    size / 1e6, MAX_EDITABLE_BYTES / (1024 * 1024)));
        }
    }

    /**
     * The document's text: its source file read as UTF-8, or the UTF-8 copy made when the analyst chose
     * another encoding for it ({@link #keepTextAs}).
     */
    public String text(CorpusDocument document) throws DocumentException {
        Path copy = textCopy(document);
        return Files.isRegularFile(copy) ? SourceText.read(copy) : SourceText.read(document.path());
    }

    public Path textCopy(CorpusDocument document) throws DocumentException {
        return root.resolve(TEXT_FOLDER).resolve(ExportFolder.fileName(document.name(), Corpus.SOURCE_SUFFIX));
    }

    /**
     * Reads a source that is not UTF-8 in the encoding the analyst chose, and keeps it as a UTF-8 copy in the
     * project: the source file is never written, and the offsets of the annotations refer to the copy.
     */
    public String keepTextAs(CorpusDocument document, java.nio.charset.Charset charset) throws DocumentException {
        String text = SourceText.read(document.path(), charset);
        Path copy = textCopy(document);
        checkWritable(copy);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(copy, out -> out.write(utf8));
        problems.remove(document.name());
        return text;
    }

    /** Records why a document could not be tagged, for the views that list the corpus. */
    public void reportProblem(CorpusDocument document, String message) {
        problems.put(document.name(), message);
    }

    public void clearProblem(CorpusDocument document) {
        problems.remove(document.name());
    }

    /** Why the document could not be tagged in this session, or null. */
    public String problem(CorpusDocument document) {
        return problems.get(document.name());
    }

    /**
     * Adds an actor to the project's catalogue (made from the shipped one on first use) and saves it: the
     * analyst's answer to a mention the catalogue does not know. The surface text becomes an alias, so the
     * next tagging run finds it.
     */
    public Catalogue addActor(String id, String name, String category, String alias) throws CatalogueException, DocumentException {
        Resource resource = editableCatalogue();
        org.eclipse.emf.ecore.EObject root = resource.getContents().get(0);
        org.eclipse.emf.ecore.EClass type = CatalogueStore.eClass("Actor");
        org.eclipse.emf.ecore.EObject actor = org.eclipse.emf.ecore.util.EcoreUtil.create(type);
        actor.eSet(type.getEStructuralFeature("id"), id);
        actor.eSet(type.getEStructuralFeature("name"), name);
        org.eclipse.emf.ecore.EEnum categories = (org.eclipse.emf.ecore.EEnum) type.getEStructuralFeature("category").getEType();
        if (categories.getEEnumLiteral(category) == null) {
            throw new CatalogueException(catalogueFile(), id, "no actor category " + category + " (one of " + categories.getELiterals() + ")");
        }
        actor.eSet(type.getEStructuralFeature("category"), categories.getEEnumLiteral(category).getInstance());
        if (alias != null && !alias.isBlank() && !alias.equals(name)) {
            @SuppressWarnings("unchecked")
            java.util.List<String> aliases = (java.util.List<String>) actor.eGet(type.getEStructuralFeature("aliases"));
            aliases.add(alias);
        }
        @SuppressWarnings("unchecked")
        java.util.List<org.eclipse.emf.ecore.EObject> actors = (java.util.List<org.eclipse.emf.ecore.EObject>) root.eGet(root.eClass().getEStructuralFeature("actors"));
        actors.add(actor);
        return saveCatalogue(resource);
    }

    /** Adds a learned alias to an actor of the project's catalogue (copied from the shipped one if it has none yet). */
    public Catalogue addAlias(String actorId, String alias) throws CatalogueException, DocumentException {
        return setAlias(actorId, alias, true);
    }

    public Catalogue removeAlias(String actorId, String alias) throws CatalogueException, DocumentException {
        return setAlias(actorId, alias, false);
    }

    private Catalogue setAlias(String actorId, String alias, boolean add) throws CatalogueException, DocumentException {
        Resource resource = editableCatalogue();
        if (!CatalogueStore.setAlias(resource, actorId, alias, add)) {
            throw new CatalogueException(catalogueFile(), actorId, "no such actor in the catalogue");
        }
        return saveCatalogue(resource);
    }

    /** Where the working CAS of a document is kept. */
    public Path casFile(CorpusDocument document) throws DocumentException {
        return root.resolve(CAS_FOLDER).resolve(ExportFolder.fileName(document.name(), ExportFolder.XMI_SUFFIX));
    }

    /** Where the document's text came from, for a document imported from a report; null for a plain text file. */
    public ImportRecord importRecord(CorpusDocument document) throws DocumentException {
        return ImportRecord.of(root, document.name());
    }

    public boolean hasWorkingCas(CorpusDocument document) throws DocumentException {
        return Files.isRegularFile(casFile(document));
    }

    /**
     * Loads the document's working CAS, or its source text where it has none yet. A working CAS
     * whose text is no longer the source's is refused rather than shown with shifted annotations.
     */
    public void load(CorpusDocument document, JCas jcas) throws DocumentException {
        Path xmi = casFile(document);
        String source = text(document);
        if (!Files.isRegularFile(xmi)) {
            jcas.reset();
            DocumentImport.fromText(document.name(), source, jcas);
            ImportRecord imported = importRecord(document);
            if (imported != null) {
                DocumentImport.describe(jcas, imported); // what the file says about itself beats what the text's head suggests
            }
            return;
        }
        XmiFiles.read(xmi, jcas);
        if (!source.equals(jcas.getDocumentText())) {
            jcas.reset();
            throw new DocumentException(xmi, "its text differs from the source " + document.path().getFileName()
                    + " (the source changed after it was annotated); the annotations were not loaded");
        }
    }

    /**
     * How many suggestions of a document still await review, or -1 before it was first tagged.
     * Counted in the saved XMI's text (which Parley writes with one status attribute per tag), so that
     * a large corpus is listed without deserialising every CAS.
     */
    public int openSuggestions(CorpusDocument document) throws DocumentException {
        Path xmi = casFile(document);
        if (!Files.isRegularFile(xmi)) {
            return -1;
        }
        try {
            String text = Files.readString(xmi, StandardCharsets.UTF_8);
            int n = 0;
            for (int i = text.indexOf(SUGGESTED_ATTRIBUTE); i >= 0; i = text.indexOf(SUGGESTED_ATTRIBUTE, i + 1)) {
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new DocumentException(xmi, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static final String SUGGESTED_ATTRIBUTE = "status=\"SUGGESTED\"";

    /** Writes the document's working CAS atomically, and drops its recovery journal. */
    public void save(CorpusDocument document, JCas jcas) throws DocumentException {
        saveTagged(document, jcas);
        deleteJournal(document);
    }

    /**
     * Writes the working CAS after a tagging run. The recovery journal stays: it holds an editor's unsaved
     * edits, which are the analyst's, not the run's.
     */
    public void saveTagged(CorpusDocument document, JCas jcas) throws DocumentException {
        checkWritable(casFile(document));
        XmiFiles.write(casFile(document), jcas);
    }

    private void checkWritable(Path file) throws DocumentException {
        if (readOnly) {
            throw new DocumentException(file, "not written: the project is open in another Parley process, this one is read-only");
        }
    }

    /** Where unsaved edits of a document are journalled for recovery after a crash. */
    public Path journalFile(CorpusDocument document) throws DocumentException {
        return root.resolve(JOURNAL_FOLDER).resolve(ExportFolder.fileName(document.name(), ExportFolder.XMI_SUFFIX));
    }

    /** Writes unsaved edits to the recovery journal (atomically: a crash leaves the old journal or the new). */
    public void writeJournal(CorpusDocument document, JCas jcas) throws DocumentException {
        Path journal = journalFile(document);
        checkWritable(journal);
        XmiFiles.write(journal, jcas);
    }

    /** True when a journal holds edits that were never saved. */
    public boolean hasJournal(CorpusDocument document) throws DocumentException {
        return Files.isRegularFile(journalFile(document));
    }

    /** Loads the journalled (unsaved) state of a document; its text must still be the source's. */
    public void loadJournal(CorpusDocument document, JCas jcas) throws DocumentException {
        Path journal = journalFile(document);
        XmiFiles.read(journal, jcas);
        if (!text(document).equals(jcas.getDocumentText())) {
            jcas.reset();
            throw new DocumentException(journal, "its text differs from the source " + document.path().getFileName()
                    + "; the unsaved edits cannot be recovered");
        }
    }

    public void deleteJournal(CorpusDocument document) throws DocumentException {
        try {
            Files.deleteIfExists(journalFile(document));
        } catch (IOException e) {
            throw new DocumentException(journalFile(document), "cannot be deleted (" + e.getMessage() + ")", e);
        }
    }

    private static String jsonEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
