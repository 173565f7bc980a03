package parley.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.uima.jcas.JCas;

import parley.model.CatalogueException;
import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;
import parley.types.ParleyTypeSystem;
import parley.types.TagValues;

/**
 * What a project has learned from its analysts' decisions, the guard's verdict on each rule and the analysts'
 * choices; the rules in force refine every Tag Corpus ({@link #refiner()}).
 */
public final class ProjectLearning {

    private final Project project;
    private final List<ReviewedTag> history;
    /** The suggestions still open, which a rule in force would change at the next Tag Corpus. */
    private final List<ReviewedTag> open;
    private final Map<String, String> texts;
    private final List<LearnedRule> rules;
    private final Map<LearnedRule, Guard.Check> checks = new LinkedHashMap<>();
    private LearnedChoices choices;

    private ProjectLearning(Project project, List<ReviewedTag> history, List<ReviewedTag> open, Map<String, String> texts,
            LearnedChoices choices) throws CatalogueException {
        this.project = project;
        this.history = history;
        this.open = open;
        this.texts = texts;
        this.choices = choices;
        var known = CatalogueAliases.knownNames(project.catalogue());
        this.rules = Learner.learn(history, known::contains, choices.settings());
        for (LearnedRule r : rules) {
            checks.put(r, Guard.check(r, history, texts));
        }
    }

    /** Learns from every document of the project that has been tagged and reviewed. */
    public static ProjectLearning of(Project project) throws DocumentException, CatalogueException {
        List<ReviewedTag> history = new ArrayList<>();
        List<ReviewedTag> open = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        JCas jcas;
        try {
            jcas = ParleyTypeSystem.newJCas();
        } catch (org.apache.uima.resource.ResourceInitializationException e) {
            throw new IllegalStateException("Parley's type system cannot be loaded", e);
        }
        for (CorpusDocument d : project.corpus().documents()) {
            if (project.hasWorkingCas(d)) {
                project.load(d, jcas);
                for (ReviewedTag t : TagHistory.all(d.name(), jcas)) {
                    if (TagHistory.decided(t)) {
                        history.add(t);
                    } else if (TagValues.SUGGESTED.equals(t.status())) {
                        open.add(t);
                    }
                }
                texts.put(d.name(), jcas.getDocumentText());
            }
        }
        return new ProjectLearning(project, history, open, texts, LearnedChoices.read(project.root()));
    }

    public List<LearnedRule> rules() {
        return rules;
    }

    public Guard.Check check(LearnedRule rule) {
        return checks.get(rule);
    }

    public LearnedChoices choices() {
        return choices;
    }

    public List<ReviewedTag> history() {
        return history;
    }

    /** A rule applies when an analyst kept it, or, where the project says so, when it passes the guard; never once dismissed. */
    public boolean inForce(LearnedRule rule) {
        if (choices.dismissed().contains(rule.key())) {
            return false;
        }
        return choices.accepted().contains(rule.key()) || rule.kind() == LearnedRule.Kind.CUE
                || choices.automatic() && rule.kind() == LearnedRule.Kind.SUPPRESS && checks.get(rule).passes();
    }

    /** Keeps a rule: a suppression applies from the next Tag Corpus on, an alias goes into the project's catalogue. */
    public void accept(LearnedRule rule) throws DocumentException, CatalogueException {
        if (rule.kind() == LearnedRule.Kind.ALIAS) {
            project.addAlias(rule.value(), rule.surface());
        }
        choices = choices.accept(rule);
        choices.write(project.root());
    }

    /** Drops a rule: the next Tag Corpus suggests as it did before it (a kept alias leaves the catalogue again). */
    public void dismiss(LearnedRule rule) throws DocumentException, CatalogueException {
        if (rule.kind() == LearnedRule.Kind.ALIAS && choices.accepted().contains(rule.key())) {
            project.removeAlias(rule.value(), rule.surface());
        }
        choices = choices.dismiss(rule);
        choices.write(project.root());
    }

    public void setAutomatic(boolean on) throws DocumentException {
        choices = choices.automatic(on);
        choices.write(project.root());
    }

    /** What the rule does at the next Tag Corpus, over the tagged documents: suggestions removed, names found, confidences changed. */
    public String effect(LearnedRule rule) {
        return switch (rule.kind()) {
            case SUPPRESS -> {
                long n = open.stream().filter(t -> rule.suppresses(t.type(), t.surface(), t.before())).count();
                yield n == 0 ? "no open suggestion" : "−" + n + " open suggestion" + (n == 1 ? "" : "s");
            }
            case ALIAS -> {
                java.util.regex.Pattern name = Surfaces.occurrences(rule.surface());
                long n = texts.values().stream().mapToLong(t -> name.matcher(t).results().count()).sum();
                yield "+" + n + " mention" + (n == 1 ? "" : "s") + " suggested";
            }
            case CUE -> {
                long n = open.stream().filter(t -> t.type().equals(ReviewedTag.STANCE) && t.surface().equals(rule.surface())).count();
                yield n + " open suggestion" + (n == 1 ? "" : "s") + " at " + String.format(java.util.Locale.ROOT, "%.2f", rule.acceptance());
            }
        };
    }

    /** The documents tagged so far and how many decisions there are. */
    public String summary() {
        long documents = texts.size();
        return rules.size() + " learned from " + history.size() + " decisions in " + documents + " tagged document" + (documents == 1 ? "" : "s");
    }

    /** What Tag Corpus does to the pipeline's suggestions for a document before they are merged into it. */
    public Consumer<JCas> refiner() {
        List<LearnedRule> inForce = rules.stream().filter(this::inForce).toList();
        LearningSettings settings = choices.settings();
        Map<String, int[]> rates = Learner.surfaceRates(history);
        return inForce.isEmpty() && rates.isEmpty() ? jcas -> { } : jcas -> LearnedRules.apply(jcas, inForce, rates, settings);
    }
}
