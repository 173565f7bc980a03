package parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A folder of source documents ({@code *.txt}), listed in name order. */
public record Corpus(Path folder, List<CorpusDocument> documents) {

    public static final String SOURCE_SUFFIX = ".txt";

    public Corpus {
        documents = List.copyOf(documents);
    }

    public static Corpus open(Path folder) throws DocumentException {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.exists(dir)) {
            throw new DocumentException(dir, "no such folder");
        }
        if (!Files.isDirectory(dir)) {
            throw new DocumentException(dir, "is not a folder");
        }
        Path projectOwner = projectOwner(dir);
        if (projectOwner != null) {
            throw new DocumentException(dir, "is inside Parley's project folder of the corpus " + projectOwner
                    + ", not a corpus; open " + projectOwner + " instead");
        }
        List<CorpusDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (isSourceDocument(p)) {
                    docs.add(new CorpusDocument(p.getFileName().toString(), p, Files.size(p)));
                }
            }
        } catch (IOException e) {
            throw new DocumentException(dir, "cannot list the folder (" + e.getMessage() + ")", e);
        }
        docs.sort(Comparator.comparing(CorpusDocument::name));
        return new Corpus(dir, docs);
    }

    /** The corpus whose project folder ({@code .parley}) holds this path, or null. */
    public static Path projectOwner(Path path) {
        Path dir = path.toAbsolutePath().normalize();
        for (Path p = dir; p != null && p.getParent() != null; p = p.getParent()) {
            if (p.getFileName().toString().equals(Project.FOLDER)) {
                return p.getParent();
            }
        }
        return null;
    }

    static boolean isSourceDocument(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(SOURCE_SUFFIX) && !name.startsWith(".") && Files.isRegularFile(p);
    }
}
