package parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;

import parley.model.Catalogue;
import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.ParleyTypeSystem;
import parley.types.TagValues;

/**
 * Brings the work of another UIMA tool back into a project: a folder with {@code TypeSystem.xml} and one
 * {@code <name>.xmi} per document (Parley's own export, DKPro cassis, INCEpTION's "UIMA CAS XMI"). Each
 * document is matched by name and text; Actor, Agreement and Stance annotations are matched by type, span
 * and ID and merged: new ones added, changed ones (status, polarity, confidence, origin) updated, nothing
 * removed. Unknown types and IDs are reported and skipped; a document whose text differs, or whose offsets
 * lie outside its text, is refused whole. Nothing is written outside the project.
 */
public final class ProjectImport {

    /** What an import did, and what it skipped or refused (each naming the file). */
    public record Result(int documents, int added, int updated, List<String> skipped, List<String> refused) {
    }

    private static final String NS = "parley.type.";

    private ProjectImport() {
    }

    public static Result importFolder(Project project, Path folder, Catalogue catalogue) throws DocumentException {
        if (project.isReadOnly()) {
            throw new DocumentException(project.root(), "not imported: the project is open in another Parley process");
        }
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new DocumentException(dir, "is not a folder");
        }
        TypeSystemDescription foreign = XmiFiles.readTypeSystem(dir.resolve(ExportFolder.TYPE_SYSTEM_FILE));
        CAS cas;
        JCas working;
        try {
            cas = CasCreationUtils.createCas(foreign, null, null);
            working = ParleyTypeSystem.newJCas();
        } catch (ResourceInitializationException e) {
            throw new DocumentException(dir.resolve(ExportFolder.TYPE_SYSTEM_FILE), "cannot be used as a type system (" + e.getMessage() + ")", e);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(ExportFolder.XMI_SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new DocumentException(dir, "cannot be listed (" + e.getMessage() + ")", e);
        }
        Map<String, CorpusDocument> byStem = new HashMap<>();
        for (CorpusDocument d : project.rescan().documents()) {
            byStem.put(ExportFolder.fileName(d.name(), ""), d);
        }
        Counts counts = new Counts();
        List<String> refused = new ArrayList<>();
        int documents = 0;
        for (Path xmi : files) {
            String stem = xmi.getFileName().toString();
            stem = stem.substring(0, stem.length() - ExportFolder.XMI_SUFFIX.length());
            CorpusDocument document = byStem.get(stem);
            try {
                if (!Files.isRegularFile(xmi, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw new DocumentException(xmi, "is not a regular file");
                }
                if (document == null) {
                    throw new DocumentException(xmi, "names no document of the corpus (no " + stem + ".txt in " + project.corpus().folder() + ")");
                }
                XmiFiles.read(xmi, cas, true);
                checkText(xmi, cas, project.text(document));
                project.load(document, working);
                merge(xmi, cas, working, catalogue, counts);
                project.saveTagged(document, working);
                documents++;
            } catch (DocumentException e) {
                refused.add(e.getMessage());
            }
        }
        if (files.isEmpty()) {
            refused.add(dir + ": no .xmi files to import");
        }
        List<String> skipped = new ArrayList<>();
        counts.unknownTypes.forEach((type, n) -> skipped.add(n + " annotation" + (n == 1 ? "" : "s") + " of the unknown type " + type));
        counts.skipped.forEach((why, n) -> skipped.add(n + " \u00d7 " + why));
        return new Result(documents, counts.added, counts.updated, skipped, refused);
    }

    private static final class Counts {
        int added;
        int updated;
        final Map<String, Integer> unknownTypes = new TreeMap<>();
        final Map<String, Integer> skipped = new TreeMap<>();

        void skip(String why) {
            skipped.merge(why, 1, Integer::sum);
        }
    }

    /** The document must be the project's, to the character: offsets mean nothing on another text. */
    private static void checkText(Path xmi, CAS cas, String text) throws DocumentException {
        String imported = cas.getDocumentText();
        if (imported == null) {
            throw new DocumentException(xmi, "has no document text");
        }
        if (!imported.equals(text)) {
            int i = 0;
            while (i < Math.min(imported.length(), text.length()) && imported.charAt(i) == text.charAt(i)) {
                i++;
            }
            throw new DocumentException(xmi, "its text differs from the corpus document's from offset " + i
                    + " on; not imported (annotations would land on other words)");
        }
        for (AnnotationFS a : cas.getAnnotationIndex()) {
            if (a.getBegin() < 0 || a.getEnd() > text.length() || a.getBegin() > a.getEnd()) {
                throw new DocumentException(xmi, "has a " + a.getType().getName() + " at " + a.getBegin() + "-" + a.getEnd()
                        + ", outside its text of " + text.length() + " characters; not imported");
            }
        }
    }

    private static void merge(Path xmi, CAS cas, JCas working, Catalogue catalogue, Counts counts) {
        Map<String, Tag> existing = new HashMap<>();
        for (Tag t : working.getAnnotationIndex(Tag.class)) {
            existing.put(key(t), t);
        }
        String file = xmi.getFileName().toString();
        Map<FeatureStructure, Tag> mapped = new HashMap<>();
        List<AnnotationFS> stances = new ArrayList<>();
        for (AnnotationFS a : cas.getAnnotationIndex()) {
            String type = a.getType().getName();
            switch (type) {
                case NS + "Actor", NS + "Agreement" -> {
                    Tag t = mergeTag(file, a, working, catalogue, existing, counts);
                    if (t != null) {
                        mapped.put(a, t);
                    }
                }
                case NS + "Stance" -> stances.add(a);
                case NS + "Sentence", NS + "Token", NS + "DocumentInfo", CAS.TYPE_NAME_DOCUMENT_ANNOTATION -> {
                    // structure, not analysis: the project keeps its own
                }
                default -> counts.unknownTypes.merge(type, 1, Integer::sum);
            }
        }
        for (AnnotationFS a : stances) {
            mergeStance(file, a, working, mapped, existing, counts);
        }
    }

    private static Tag mergeTag(String file, AnnotationFS a, JCas working, Catalogue catalogue, Map<String, Tag> existing, Counts counts) {
        boolean actor = a.getType().getName().equals(NS + "Actor");
        String id = string(a, actor ? "actorId" : "agreementId");
        if (id == null || (actor ? catalogue.actor(id) == null : catalogue.agreement(id) == null)) {
            counts.skip((actor ? "actor" : "agreement") + " with the ID " + id + ", which the project's catalogue does not know (" + file + ")");
            return null;
        }
        String status = string(a, "status");
        if (status != null && !TagValues.statuses().contains(status)) {
            counts.skip("tag with the status " + status + ", not one of " + TagValues.statuses() + " (" + file + ")");
            return null;
        }
        String k = (actor ? "Actor" : "Agreement") + "|" + a.getBegin() + "|" + a.getEnd() + "|" + id;
        Tag t = existing.get(k);
        if (t == null) {
            if (actor) {
                Actor n = new Actor(working, a.getBegin(), a.getEnd());
                n.setActorId(id);
                n.setCategory(catalogue.actor(id).category());
                t = n;
            } else {
                Agreement n = new Agreement(working, a.getBegin(), a.getEnd());
                n.setAgreementId(id);
                t = n;
            }
            setReview(t, a, status);
            t.addToIndexes();
            existing.put(k, t);
            counts.added++;
        } else if (updateReview(t, a, status)) {
            counts.updated++;
        }
        return t;
    }

    private static void mergeStance(String file, AnnotationFS a, JCas working, Map<FeatureStructure, Tag> mapped, Map<String, Tag> existing,
            Counts counts) {
        // Parley's own layout (holder, target) or the INCEpTION profile's relation (Governor, Dependent)
        Tag holder = mapped.get(reference(a, reference(a, "holder") != null ? "holder" : "Governor"));
        Tag target = mapped.get(reference(a, reference(a, "target") != null ? "target" : "Dependent"));
        if (!(holder instanceof Actor h) || target == null) {
            counts.skip("stance whose holder or target was not imported (" + file + ")");
            return;
        }
        String polarity = string(a, "polarity");
        String status = string(a, "status");
        if (polarity == null || !TagValues.polarities().contains(polarity) || (status != null && !TagValues.statuses().contains(status))) {
            counts.skip("stance with the polarity " + polarity + " or status " + status + " (" + file + ")");
            return;
        }
        String k = "Stance|" + a.getBegin() + "|" + a.getEnd() + "|" + key(holder) + "|" + key(target);
        Tag t = existing.get(k);
        if (t == null) {
            Stance s = new Stance(working, a.getBegin(), a.getEnd());
            s.setHolder(h);
            s.setTarget(target);
            s.setPolarity(polarity);
            setReview(s, a, status);
            s.addToIndexes();
            existing.put(k, s);
            counts.added++;
        } else {
            Stance s = (Stance) t;
            boolean changed = !polarity.equals(s.getPolarity());
            s.setPolarity(polarity);
            if (updateReview(s, a, status) || changed) {
                counts.updated++;
            }
        }
    }

    private static void setReview(Tag t, AnnotationFS a, String status) {
        t.setStatus(status == null ? TagValues.MANUAL : status);
        Double confidence = confidence(a);
        t.setConfidence(confidence == null ? 1.0 : confidence);
        String origin = string(a, "origin");
        t.setOrigin(origin == null ? "import" : origin);
    }

    /** True when the import changed the tag's status, confidence or origin. */
    private static boolean updateReview(Tag t, AnnotationFS a, String status) {
        String origin = string(a, "origin");
        Double confidence = confidence(a);
        boolean changed = false;
        if (status != null && !status.equals(t.getStatus())) {
            t.setStatus(status);
            changed = true;
        }
        if (origin != null && !origin.equals(t.getOrigin())) {
            t.setOrigin(origin);
            changed = true;
        }
        if (confidence != null && Math.abs(confidence - t.getConfidence()) > 1e-6) { // a Float's rounding is no change
            t.setConfidence(confidence);
            changed = true;
        }
        return changed;
    }

    private static String key(Tag t) {
        if (t instanceof Actor a) {
            return "Actor|" + t.getBegin() + "|" + t.getEnd() + "|" + a.getActorId();
        }
        if (t instanceof Agreement g) {
            return "Agreement|" + t.getBegin() + "|" + t.getEnd() + "|" + g.getAgreementId();
        }
        Stance s = (Stance) t;
        return "Stance|" + t.getBegin() + "|" + t.getEnd() + "|" + key(s.getHolder()) + "|" + key(s.getTarget());
    }

    private static Feature feature(AnnotationFS a, String name) {
        Type type = a.getType();
        return type.getFeatureByBaseName(name);
    }

    private static String string(AnnotationFS a, String name) {
        Feature f = feature(a, name);
        return f == null || !f.getRange().isPrimitive() ? null : a.getFeatureValueAsString(f);
    }

    private static Double confidence(AnnotationFS a) {
        Feature f = feature(a, "confidence");
        if (f == null) {
            return null;
        }
        return switch (f.getRange().getName()) {
            case CAS.TYPE_NAME_DOUBLE -> a.getDoubleValue(f);
            // a Float (INCEpTION has no Double features) that was a Double's rounding: no change was made
            case CAS.TYPE_NAME_FLOAT -> (double) a.getFloatValue(f);
            default -> null;
        };
    }

    private static FeatureStructure reference(AnnotationFS a, String name) {
        Feature f = feature(a, name);
        return f == null || f.getRange().isPrimitive() ? null : a.getFeatureValue(f);
    }
}
