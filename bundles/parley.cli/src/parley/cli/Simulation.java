package parley.cli;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.eclipse.emf.ecore.resource.Resource;

import parley.eval.AnnotatedDocument;
import parley.eval.CasReader;
import parley.eval.Mention;
import parley.eval.Scorer;
import parley.eval.StanceMention;
import parley.learn.CatalogueAliases;
import parley.learn.Guard;
import parley.learn.LearnedRule;
import parley.learn.LearnedRules;
import parley.learn.Learner;
import parley.learn.LearningSettings;
import parley.learn.ReviewedTag;
import parley.learn.Surfaces;
import parley.model.Catalogue;
import parley.model.CatalogueStore;
import parley.pipeline.Pipeline;
import parley.store.DocumentImport;

/**
 * A simulated analyst works through gold documents one by one: suggestions that match the gold are accepted, an
 * actor or agreement on the right span with the wrong ID is corrected, a stance with the wrong polarity is flipped,
 * the rest rejected, and what the gold has that was not suggested is added by hand. With learning on, what those
 * decisions teach (and passes the guard) is in force for the next document.
 */
final class Simulation {

    /** One document's scores, as it was suggested to the analyst. */
    record Step(String document, Scorer.Counts actors, Scorer.Counts agreements, Scorer.Counts stances, int rulesInForce) {

        int suggestions() {
            return actors.tp() + actors.fp() + agreements.tp() + agreements.fp() + stances.tp() + stances.fp();
        }

        int acceptedUnchanged() {
            return actors.tp() + agreements.tp() + stances.tp();
        }
    }

    private final Path catalogueFile;
    private final LearningSettings settings;
    /** Where each step's learned rules and the guard's verdicts are written, or null. */
    private final java.io.PrintStream log;

    Simulation(Path catalogueFile, LearningSettings settings, java.io.PrintStream log) {
        this.catalogueFile = catalogueFile;
        this.settings = settings;
        this.log = log;
    }

    List<Step> run(List<AnnotatedDocument> gold, boolean learning) throws Exception {
        Resource catalogue = catalogueFile == null ? CatalogueStore.loadDefaultResource() : CatalogueStore.loadResource(catalogueFile);
        Path working = Files.createTempFile("parley-simulate", ".json");
        try {
            write(catalogue, working);
            Set<String> known = CatalogueAliases.knownNames(CatalogueStore.load(working));
            AnalysisEngine engine = Pipeline.createFull(working);
            List<ReviewedTag> history = new ArrayList<>();
            Map<String, String> texts = new HashMap<>();
            List<LearnedRule> inForce = List.of();
            Set<String> aliasesAdded = new java.util.HashSet<>();
            List<Step> steps = new ArrayList<>();
            for (AnnotatedDocument g : gold) {
                JCas jcas = engine.newJCas();
                DocumentImport.fromText(g.name(), g.text(), jcas);
                engine.process(jcas);
                if (learning) {
                    LearnedRules.apply(jcas, inForce, settings);
                }
                AnnotatedDocument predicted = CasReader.read(g.name(), jcas.getCas());
                Scorer.Report r = Scorer.score(List.of(g), Map.of(g.name(), predicted), a -> a);
                steps.add(new Step(g.name(), r.actors(), r.agreements(), r.stances(), inForce.size()));
                history.addAll(decisions(g, predicted));
                texts.put(g.name(), g.text());
                engine.destroy();
                if (learning) {
                    List<ReviewedTag> decided = history;
                    List<LearnedRule> learned = Learner.learn(history, known::contains, settings);
                    inForce = learned.stream().filter(rule -> Guard.check(rule, decided, texts).passes()).toList();
                    if (log != null) {
                        log.println("after " + g.name() + ":");
                        for (LearnedRule rule : learned) {
                            if (rule.kind() != LearnedRule.Kind.CUE || rule.flagged(settings)) {
                                log.println("  " + (inForce.contains(rule) ? "in force " : "held back") + "  " + rule.describe() + "; guard: "
                                        + Guard.check(rule, decided, texts).describe());
                            }
                        }
                    }
                    boolean changed = false;
                    for (LearnedRule alias : inForce.stream().filter(x -> x.kind() == LearnedRule.Kind.ALIAS).toList()) {
                        if (aliasesAdded.add(alias.surface()) && CatalogueStore.setAlias(catalogue, alias.value(), alias.surface(), true)) {
                            changed = true;
                        }
                    }
                    if (changed) {
                        write(catalogue, working);
                    }
                }
                engine = Pipeline.createFull(working);
            }
            engine.destroy();
            return steps;
        } finally {
            Files.deleteIfExists(working);
        }
    }

    private static void write(Resource catalogue, Path file) throws Exception {
        Files.write(file, CatalogueStore.toJson("simulated analyst's catalogue", catalogue));
    }

    /** What the simulated analyst does with one document's suggestions, given its gold. */
    static List<ReviewedTag> decisions(AnnotatedDocument gold, AnnotatedDocument predicted) {
        List<ReviewedTag> out = new ArrayList<>();
        mentions(ReviewedTag.ACTOR, gold.name(), gold.actors(), predicted.actors(), gold.text(), out);
        mentions(ReviewedTag.AGREEMENT, gold.name(), gold.agreements(), predicted.agreements(), gold.text(), out);
        boolean[] found = new boolean[gold.stances().size()];
        for (StanceMention s : predicted.stances()) {
            String status = "REJECTED";
            boolean flipped = false;
            String id = s.holder() + " " + s.polarity() + " " + s.target();
            for (int i = 0; i < gold.stances().size(); i++) {
                StanceMention x = gold.stances().get(i);
                if (!found[i] && x.overlaps(s) && x.holder().equals(s.holder()) && x.target().equals(s.target())) {
                    found[i] = true;
                    flipped = !x.polarity().equals(s.polarity());
                    status = flipped ? "CORRECTED" : "ACCEPTED";
                    id = x.holder() + " " + x.polarity() + " " + x.target();
                    break;
                }
            }
            String cue = Surfaces.cue(s.origin());
            out.add(new ReviewedTag(ReviewedTag.STANCE, gold.name(), s.begin(), s.end(), cue, cue, "", status, id, s.origin(), flipped));
        }
        for (int i = 0; i < found.length; i++) {
            StanceMention x = gold.stances().get(i);
            if (!found[i]) {
                out.add(new ReviewedTag(ReviewedTag.STANCE, gold.name(), x.begin(), x.end(), "", "", "", "MANUAL",
                        x.holder() + " " + x.polarity() + " " + x.target(), "analyst", false));
            }
        }
        return out;
    }

    private static void mentions(String type, String document, List<Mention> gold, List<Mention> predicted, String text, List<ReviewedTag> out) {
        boolean[] found = new boolean[gold.size()];
        for (Mention p : predicted) {
            String status = "REJECTED";
            String id = p.id();
            for (int pass = 0; pass < 2 && status.equals("REJECTED"); pass++) {
                for (int i = 0; i < gold.size(); i++) {
                    Mention g = gold.get(i);
                    boolean sameId = g.id().equals(p.id());
                    if (!found[i] && g.overlaps(p.begin(), p.end()) && (pass == 0 ? sameId : !g.optional())) {
                        found[i] = true;
                        status = sameId ? "ACCEPTED" : "CORRECTED";
                        id = g.id();
                        break;
                    }
                }
            }
            out.add(tag(type, document, p.begin(), p.end(), text, status, id));
        }
        for (int i = 0; i < gold.size(); i++) {
            Mention g = gold.get(i);
            if (!found[i] && !g.optional()) {
                out.add(tag(type, document, g.begin(), g.end(), text, "MANUAL", g.id()));
            }
        }
    }

    private static ReviewedTag tag(String type, String document, int begin, int end, String text, String status, String id) {
        return new ReviewedTag(type, document, begin, end, Surfaces.written(text.substring(begin, end)), Surfaces.normalise(text.substring(begin, end)),
                Surfaces.wordBefore(text, begin), status, id, "simulated", false);
    }

    static String table(List<Step> off, List<Step> on) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
        out.println("step  document                       learning  actor F1  agreement F1  stance F1  accepted unchanged  rules in force");
        for (int i = 0; i < off.size(); i++) {
            for (Step s : List.of(off.get(i), on.get(i))) {
                out.printf(java.util.Locale.ROOT, "%-5d %-30s %-9s %8.3f  %12.3f  %9.3f  %11d/%-6d  %d%n", i + 1, s.document(),
                        s == off.get(i) ? "off" : "on", s.actors().f1(), s.agreements().f1(), s.stances().f1(), s.acceptedUnchanged(),
                        s.suggestions(), s.rulesInForce());
            }
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
