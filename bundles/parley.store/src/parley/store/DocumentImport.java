package parley.store;

import java.nio.file.Path;

import org.apache.uima.jcas.JCas;

import parley.type.DocumentInfo;

/** Fills an empty CAS from a source text file: the sofa is the file's exact text. */
public final class DocumentImport {

    private DocumentImport() {
    }

    public static void fromTextFile(Path file, JCas jcas) throws DocumentException {
        fromText(file.getFileName().toString(), SourceText.read(file), jcas);
    }

    public static void fromText(String sourceName, String text, JCas jcas) {
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        DocumentInfo info = new DocumentInfo(jcas, 0, text.length());
        info.setSourceName(sourceName);
        info.addToIndexes();
    }

    /** Sets the title, date and publisher that an imported file declared. */
    public static void describe(JCas jcas, ImportRecord imported) {
        DocumentInfo info = info(jcas);
        if (info != null) {
            info.setTitle(imported.title());
            info.setDate(imported.date());
            info.setPublisher(imported.publisher());
        }
    }

    /** The document's DocumentInfo, or null for a CAS that has none. */
    public static DocumentInfo info(JCas jcas) {
        var it = jcas.getAnnotationIndex(DocumentInfo.class).iterator();
        return it.hasNext() ? it.next() : null;
    }
}
