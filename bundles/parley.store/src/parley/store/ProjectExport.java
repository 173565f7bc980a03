package parley.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.uima.jcas.JCas;
import org.apache.uima.json.jsoncas2.JsonCas2Serializer;
import org.apache.uima.resource.ResourceInitializationException;

import parley.model.ActorEntry;
import parley.model.AgreementEntry;
import parley.model.Catalogue;
import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.ParleyTypeSystem;
import parley.types.TagValues;

/**
 * Exports a project's working CASes for other tools: UIMA XMI with TypeSystem.xml (the contract of
 * shared/annotation-format.md), UIMA JSON CAS, or a CSV of stances. Reviewed annotations are always
 * exported; suggestions and rejected annotations only when asked for.
 */
public final class ProjectExport {

    /** XMI (the exchange contract), UIMA JSON CAS, a CSV of stances, or XMI shaped for INCEpTION's layer import. */
    public enum Format { XMI, JSON, CSV, INCEPTION }

    public record Options(Format format, boolean includeSuggested, boolean includeRejected) {
    }

    /**
     * What was written, what the options left out (suggested and rejected annotations, by type), and the
     * documents that could not be written.
     */
    public record Result(int documents, int stances, LeftOut leftOut, List<String> problems) {
    }

    /** Annotations an export left out because of its options. */
    public record LeftOut(int suggestedTags, int suggestedStances, int rejectedTags, int rejectedStances) {
        public int total() {
            return suggestedTags + suggestedStances + rejectedTags + rejectedStances;
        }

        LeftOut plus(LeftOut o) {
            return new LeftOut(suggestedTags + o.suggestedTags, suggestedStances + o.suggestedStances, rejectedTags + o.rejectedTags,
                    rejectedStances + o.rejectedStances);
        }

        /** "67 suggested stances, 412 suggested actors and agreements, 3 rejected …" or "" when nothing was left out. */
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (suggestedStances > 0) {
                parts.add(suggestedStances + " suggested stance" + (suggestedStances == 1 ? "" : "s"));
            }
            if (suggestedTags > 0) {
                parts.add(suggestedTags + " suggested actor and agreement tag" + (suggestedTags == 1 ? "" : "s"));
            }
            if (rejectedStances > 0) {
                parts.add(rejectedStances + " rejected stance" + (rejectedStances == 1 ? "" : "s"));
            }
            if (rejectedTags > 0) {
                parts.add(rejectedTags + " rejected actor and agreement tag" + (rejectedTags == 1 ? "" : "s"));
            }
            return String.join(", ", parts);
        }
    }

    public static final String STANCES_CSV = "stances.csv";
    static final String CSV_HEADER = "document,sentence_begin,sentence_end,holder_id,holder_name,polarity,target_id,target_name,status,evidence";

    private ProjectExport() {
    }

    /** Told before each document; returning false stops the export (what was written stays complete per file). */
    @FunctionalInterface
    public interface Progress {
        boolean next(String document, int index, int total);
    }

    public static Result export(Project project, Path out, Options options, Catalogue catalogue) throws DocumentException {
        return export(project, out, options, catalogue, (d, i, n) -> true);
    }

    public static Result export(Project project, Path out, Options options, Catalogue catalogue, Progress progress) throws DocumentException {
        ExportFolder folder = ExportFolder.create(out);
        InceptionProfile inception = null;
        if (options.format() == Format.INCEPTION) {
            inception = new InceptionProfile();
            AtomicFiles.write(folder.folder().resolve(ExportFolder.TYPE_SYSTEM_FILE), inception::writeTypeSystem);
        }
        List<String> problems = new ArrayList<>();
        StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
        int documents = 0;
        int stances = 0;
        LeftOut leftOut = new LeftOut(0, 0, 0, 0);
        JCas jcas;
        try {
            jcas = ParleyTypeSystem.newJCas();
        } catch (ResourceInitializationException e) {
            throw new DocumentException(out, "cannot create a CAS (" + e.getMessage() + ")", e);
        }
        List<CorpusDocument> all = project.corpus().documents();
        for (int i = 0; i < all.size(); i++) {
            CorpusDocument d = all.get(i);
            if (!progress.next(d.name(), i, all.size())) {
                problems.add("cancelled before " + d.name());
                break;
            }
            try {
                project.load(d, jcas);
                leftOut = leftOut.plus(filter(jcas, options));
                switch (options.format()) {
                    case XMI -> folder.write(jcas);
                    case JSON -> writeJson(folder.folder().resolve(ExportFolder.fileName(d.name(), ".json")), jcas);
                    case CSV -> appendStances(csv, d.name(), jcas, catalogue);
                    case INCEPTION -> inception.write(jcas, folder.folder().resolve(ExportFolder.fileName(d.name(), ExportFolder.XMI_SUFFIX)));
                }
                stances += jcas.getAnnotationIndex(Stance.class).size();
                documents++;
            } catch (DocumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (options.format() == Format.CSV) {
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(folder.folder().resolve(STANCES_CSV), o -> o.write(bytes));
        }
        return new Result(documents, stances, leftOut, problems);
    }

    /**
     * Leaves out what the options exclude, and the stances that point to what was left out. A stance an
     * analyst reviewed keeps its holder and target, even where they are still suggestions: reviewing a
     * stance confirms its arguments.
     */
    static LeftOut filter(JCas jcas, Options options) {
        Set<Tag> kept = new HashSet<>();
        for (Stance s : jcas.getAnnotationIndex(Stance.class)) {
            if (isKept(s, options)) {
                kept.add(s.getHolder());
                kept.add(s.getTarget());
            }
        }
        Set<Tag> dropped = new HashSet<>();
        for (Tag t : jcas.getAnnotationIndex(Tag.class)) {
            if (!(t instanceof Stance) && !isKept(t, options) && !kept.contains(t)) {
                dropped.add(t);
            }
        }
        int suggestedTags = 0;
        int rejectedTags = 0;
        for (Tag t : dropped) {
            if (isRejected(t)) {
                rejectedTags++;
            } else {
                suggestedTags++;
            }
        }
        int suggestedStances = 0;
        int rejectedStances = 0;
        for (Stance s : jcas.getAnnotationIndex(Stance.class)) {
            if (!isKept(s, options) || dropped.contains(s.getHolder()) || dropped.contains(s.getTarget())) {
                dropped.add(s);
                if (isRejected(s)) {
                    rejectedStances++;
                } else {
                    suggestedStances++;
                }
            }
        }
        dropped.forEach(Tag::removeFromIndexes);
        return new LeftOut(suggestedTags, suggestedStances, rejectedTags, rejectedStances);
    }

    private static boolean isRejected(Tag t) {
        return TagValues.REJECTED.equals(t.getStatus());
    }

    private static boolean isKept(Tag t, Options options) {
        String status = t.getStatus() == null ? TagValues.SUGGESTED : t.getStatus();
        return switch (status) {
            case TagValues.REJECTED -> options.includeRejected();
            case TagValues.SUGGESTED -> options.includeSuggested();
            default -> true;
        };
    }

    private static void writeJson(Path target, JCas jcas) throws DocumentException {
        AtomicFiles.write(target, o -> new JsonCas2Serializer().serialize(jcas.getCas(), o));
    }

    private static void appendStances(StringBuilder csv, String document, JCas jcas, Catalogue catalogue) {
        for (Stance s : jcas.getAnnotationIndex(Stance.class)) {
            String holderId = s.getHolder() == null ? "" : s.getHolder().getActorId();
            String targetId = s.getTarget() instanceof Actor a ? a.getActorId() : s.getTarget() instanceof Agreement g ? g.getAgreementId() : "";
            List<String> row = List.of(document, Integer.toString(s.getBegin()), Integer.toString(s.getEnd()), holderId,
                    actorName(catalogue, holderId), nullToEmpty(s.getPolarity()), targetId, targetName(catalogue, s.getTarget(), targetId),
                    nullToEmpty(s.getStatus()), s.getCoveredText());
            csv.append(String.join(",", row.stream().map(ProjectExport::csvField).toList())).append("\r\n");
        }
    }

    private static String actorName(Catalogue c, String id) {
        ActorEntry a = c == null ? null : c.actor(id);
        return a == null ? "" : a.name();
    }

    private static String targetName(Catalogue c, Tag target, String id) {
        if (target instanceof Actor) {
            return actorName(c, id);
        }
        AgreementEntry g = c == null ? null : c.agreement(id);
        return g == null ? "" : g.name();
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
    static String csvField(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public static Format format(String name) {
        return Format.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
