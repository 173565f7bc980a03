package parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.jcas.JCas;

import parley.type.DocumentInfo;
import parley.types.ParleyTypeSystem;

/**
 * An exported corpus (shared/annotation-format.md): {@code TypeSystem.xml} and one
 * {@code <name>.xmi} per document, named for its source file without the extension.
 */
public final class ExportFolder {

    public static final String TYPE_SYSTEM_FILE = "TypeSystem.xml";
    public static final String XMI_SUFFIX = ".xmi";

    private final Path folder;

    private ExportFolder(Path folder) {
        this.folder = folder;
    }

    /** Creates the folder if needed and writes the type system descriptor into it. */
    public static ExportFolder create(Path folder) throws DocumentException {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new DocumentException(dir, "export target exists and is not a folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DocumentException(dir, "cannot create the export folder (" + e.getMessage() + ")", e);
        }
        AtomicFiles.write(dir.resolve(TYPE_SYSTEM_FILE), ParleyTypeSystem::writeDescriptor);
        return new ExportFolder(dir);
    }

    public Path folder() {
        return folder;
    }

    /** Writes the document's XMI and returns its path. */
    public Path write(JCas jcas) throws DocumentException {
        DocumentInfo info = DocumentImport.info(jcas);
        if (info == null || info.getSourceName() == null) {
            throw new DocumentException(folder, "a document without DocumentInfo.sourceName cannot be exported");
        }
        Path target = folder.resolve(fileName(info.getSourceName(), XMI_SUFFIX));
        XmiFiles.write(target, jcas);
        return target;
    }

    /**
     * The file name for a document in an export ({@code report.txt} with {@code .xmi}: {@code report.xmi}).
     * Only a plain file name is accepted, so that no document name can place a file outside the folder.
     */
    public static String fileName(String sourceName, String suffix) throws DocumentException {
        if (sourceName.isBlank() || sourceName.contains("/") || sourceName.contains("\\")
                || sourceName.equals(".") || sourceName.equals("..") || sourceName.indexOf('\0') >= 0) {
            throw new DocumentException(Path.of(sourceName.replace('\0', '?')), "is not a plain file name; refusing to export it");
        }
        int dot = sourceName.lastIndexOf('.');
        String stem = dot > 0 ? sourceName.substring(0, dot) : sourceName;
        return stem + suffix;
    }
}
