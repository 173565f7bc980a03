package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.model.Catalogue;
import parley.model.CatalogueStore;
import parley.pipeline.Pipeline;
import parley.pipeline.Retagger;
import parley.store.CorpusDocument;
import parley.store.Project;
import parley.store.ProjectExport;
import parley.store.XmiFiles;
import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.ParleyTypeSystem;

/**
 * Property: after any sequence of analyst edits, export, import of that export into a fresh
 * project, and export again give identical annotations. Sequences: {@code -Dparley.roundtrip.cases}
 * (default 20), seeded so that a failure can be replayed.
 */
class RoundTripPropertyTest {

    static final int CASES = Integer.getInteger("parley.roundtrip.cases", 20);
    static final String[] STATUSES = {"ACCEPTED", "REJECTED", "CORRECTED", "MANUAL", "SUGGESTED"};

    @TempDir
    Path work;

    @Test
    void exportImportExportIsIdentityAfterRandomEdits() throws Exception {
        AnalysisEngine engine = Pipeline.createFull();
        Catalogue catalogue = CatalogueStore.loadDefault();
        List<String> actorIds = catalogue.actors().stream().map(a -> a.id()).toList();
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Seeds.folder())) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int c = 0; c < CASES; c++) {
            Random random = new Random(1000 + c);
            Path seed = seeds.get(c % seeds.size());
            Path corpus = Files.createDirectories(work.resolve("case" + c + "/corpus"));
            Files.copy(seed, corpus.resolve(seed.getFileName()));
            Project project = Project.open(corpus);
            CorpusDocument doc = project.corpus().documents().get(0);
            JCas jcas = ParleyTypeSystem.newJCas();
            project.load(doc, jcas);
            new Retagger(engine).retag(jcas);
            edit(jcas, random, actorIds, 1 + random.nextInt(40));
            project.save(doc, jcas);

            Path first = work.resolve("case" + c + "/export1");
            ProjectExport.export(project, first, new ProjectExport.Options(ProjectExport.Format.XMI, true, true), catalogue);

            Path corpus2 = Files.createDirectories(work.resolve("case" + c + "/imported"));
            Files.copy(seed, corpus2.resolve(seed.getFileName()));
            Project imported = Project.open(corpus2);
            CorpusDocument doc2 = imported.corpus().documents().get(0);
            JCas back = ParleyTypeSystem.newJCas();
            XmiFiles.read(first.resolve(seed.getFileName().toString().replace(".txt", ".xmi")), back);
            imported.save(doc2, back);

            Path second = work.resolve("case" + c + "/export2");
            ProjectExport.export(imported, second, new ProjectExport.Options(ProjectExport.Format.XMI, true, true), catalogue);

            List<String> a = describe(first, seed);
            List<String> b = describe(second, seed);
            assertFalse(a.isEmpty(), "case " + c + ": nothing exported");
            assertEquals(a, b, "case " + c + " (seed " + (1000 + c) + ")");
        }
    }

    /** A random analyst session: accept, reject, relabel, delete, add, resize, flip polarity. */
    static void edit(JCas jcas, Random random, List<String> actorIds, int steps) {
        String text = jcas.getDocumentText();
        for (int i = 0; i < steps; i++) {
            List<Tag> tags = new ArrayList<>(jcas.getAnnotationIndex(Tag.class).select().asList());
            Tag t = tags.isEmpty() ? null : tags.get(random.nextInt(tags.size()));
            switch (random.nextInt(7)) {
                case 0, 1 -> {
                    if (t != null) {
                        t.setStatus(STATUSES[random.nextInt(STATUSES.length)]);
                        t.setConfidence(random.nextInt(101) / 100.0);
                        t.setOrigin("analyst:tester");
                    }
                }
                case 2 -> {
                    if (t instanceof Actor a) {
                        a.setActorId(actorIds.get(random.nextInt(actorIds.size())));
                        a.setStatus("CORRECTED");
                    }
                }
                case 3 -> {
                    if (t != null && !(t instanceof Stance)) {
                        for (Stance s : jcas.getAnnotationIndex(Stance.class).select().asList()) {
                            if (s.getHolder() == t || s.getTarget() == t) {
                                s.removeFromIndexes();
                            }
                        }
                        t.removeFromIndexes();
                    }
                }
                case 4 -> {
                    int b = random.nextInt(Math.max(1, text.length() - 20));
                    Actor a = new Actor(jcas, b, b + 1 + random.nextInt(15));
                    a.setActorId(actorIds.get(random.nextInt(actorIds.size())));
                    a.setCategory("STATE");
                    a.setStatus("MANUAL");
                    a.setConfidence(1.0);
                    a.setOrigin("analyst:tester\u2019s \"quote\" <&>");
                    a.addToIndexes();
                }
                case 5 -> {
                    if (t != null && !(t instanceof Stance) && t.getEnd() + 1 < text.length()) {
                        t.setEnd(t.getEnd() + 1);
                    }
                }
                default -> {
                    if (t instanceof Stance s) {
                        s.setPolarity("SUPPORT".equals(s.getPolarity()) ? "OPPOSE" : "SUPPORT");
                    }
                }
            }
        }
    }

    private static List<String> describe(Path exportDir, Path seed) throws Exception {
        JCas jcas = ParleyTypeSystem.newJCas();
        XmiFiles.read(exportDir.resolve(seed.getFileName().toString().replace(".txt", ".xmi")), jcas);
        assertEquals(Files.readString(seed), jcas.getDocumentText());
        List<String> out = new ArrayList<>();
        for (Tag t : jcas.getAnnotationIndex(Tag.class)) {
            String what = t instanceof Actor a ? a.getActorId() + "/" + a.getCategory()
                    : t instanceof Agreement g ? g.getAgreementId()
                    : ((Stance) t).getHolder().getActorId() + " " + ((Stance) t).getPolarity() + " " + key(((Stance) t).getTarget());
            out.add(String.format(Locale.ROOT, "%s %d-%d %s %s %.4f %s", t.getType().getShortName(), t.getBegin(), t.getEnd(), what,
                    t.getStatus(), t.getConfidence(), t.getOrigin()));
        }
        return out;
    }

    private static String key(Tag t) {
        return t.getType().getShortName() + "@" + t.getBegin() + "-" + t.getEnd() + (t instanceof Actor a ? a.getActorId() : "");
    }
}
