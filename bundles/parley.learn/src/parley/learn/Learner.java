package parley.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Finds in the analysts' decisions what the pre-tagger should learn: names it does not know (aliases), suggestions
 * analysts keep rejecting (suppressions, in the narrowest context that holds), and each stance cue's own rate.
 */
public final class Learner {

    private Learner() {
    }

    /**
     * @param known whether the catalogue already knows a normalised surface form (an alias then teaches nothing)
     */
    public static List<LearnedRule> learn(List<ReviewedTag> history, Predicate<String> known, LearningSettings settings) {
        List<LearnedRule> rules = new ArrayList<>();
        aliases(history, known, settings, rules);
        suppressions(history, settings, rules);
        cues(history, rules);
        return rules;
    }

    private static void aliases(List<ReviewedTag> history, Predicate<String> known, LearningSettings settings, List<LearnedRule> rules) {
        Map<String, List<ReviewedTag>> bySurface = history.stream()
                .filter(t -> t.type().equals(ReviewedTag.ACTOR) && (t.status().equals("MANUAL") || t.status().equals("CORRECTED")))
                .collect(Collectors.groupingBy(ReviewedTag::surface, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<ReviewedTag>> e : bySurface.entrySet()) {
            if (e.getKey().isBlank() || known.test(e.getKey())) {
                continue;
            }
            List<ReviewedTag> tags = e.getValue();
            Map<String, Long> ids = tags.stream().collect(Collectors.groupingBy(ReviewedTag::id, Collectors.counting()));
            Map.Entry<String, Long> top = ids.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            long documents = tags.stream().filter(t -> t.id().equals(top.getKey())).map(ReviewedTag::document).distinct().count();
            if (documents >= settings.aliasMinDocuments() && top.getValue() >= settings.aliasMinShare() * tags.size()) {
                // the alias is the form analysts met most often, as written: the catalogue's names are case-sensitive
                String written = tags.stream().filter(t -> t.id().equals(top.getKey()))
                        .collect(Collectors.groupingBy(ReviewedTag::text, Collectors.counting())).entrySet().stream()
                        .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                rules.add(new LearnedRule(LearnedRule.Kind.ALIAS, ReviewedTag.ACTOR, written, LearnedRule.ANYWHERE, top.getKey(), tags, 0, 0, 0));
            }
        }
    }

    /** A pattern rejected everywhere is suppressed as such; otherwise only in the contexts (word before) where it is. */
    private static void suppressions(List<ReviewedTag> history, LearningSettings settings, List<LearnedRule> rules) {
        Map<String, List<ReviewedTag>> byPattern = history.stream().filter(ReviewedTag::wasSuggested)
                .collect(Collectors.groupingBy(t -> t.type() + "\u0000" + t.surface(), LinkedHashMap::new, Collectors.toList()));
        for (List<ReviewedTag> tags : byPattern.values()) {
            ReviewedTag first = tags.get(0);
            if (qualifies(tags, settings)) {
                rules.add(suppression(first.type(), first.surface(), LearnedRule.ANYWHERE, tags));
                continue;
            }
            Map<String, List<ReviewedTag>> byContext = tags.stream()
                    .collect(Collectors.groupingBy(ReviewedTag::before, LinkedHashMap::new, Collectors.toList()));
            for (Map.Entry<String, List<ReviewedTag>> c : byContext.entrySet()) {
                if (qualifies(c.getValue(), settings)) {
                    rules.add(suppression(first.type(), first.surface(), c.getKey(), c.getValue()));
                }
            }
        }
    }

    private static boolean qualifies(List<ReviewedTag> tags, LearningSettings settings) {
        long rejected = tags.stream().filter(ReviewedTag::rejected).count();
        long kept = tags.stream().filter(ReviewedTag::kept).count();
        return rejected >= settings.suppressMinRejections() && kept <= settings.suppressMaxAcceptance() * (kept + rejected);
    }

    private static LearnedRule suppression(String type, String surface, String before, List<ReviewedTag> tags) {
        int rejected = (int) tags.stream().filter(ReviewedTag::rejected).count();
        int kept = (int) tags.stream().filter(ReviewedTag::kept).count();
        return new LearnedRule(LearnedRule.Kind.SUPPRESS, type, surface, before, null, tags, kept, rejected, 0);
    }

    private static void cues(List<ReviewedTag> history, List<LearnedRule> rules) {
        Map<String, List<ReviewedTag>> byCue = history.stream().filter(t -> t.type().equals(ReviewedTag.STANCE) && t.wasSuggested())
                .collect(Collectors.groupingBy(ReviewedTag::surface, LinkedHashMap::new, Collectors.toList()));
        byCue.entrySet().stream().sorted(Comparator.comparing(Map.Entry::getKey)).forEach(e -> {
            List<ReviewedTag> tags = e.getValue();
            int kept = (int) tags.stream().filter(ReviewedTag::kept).count();
            int rejected = (int) tags.stream().filter(ReviewedTag::rejected).count();
            int flipped = (int) tags.stream().filter(ReviewedTag::flipped).count();
            rules.add(new LearnedRule(LearnedRule.Kind.CUE, ReviewedTag.STANCE, e.getKey(), LearnedRule.ANYWHERE, null, tags, kept, rejected, flipped));
        });
    }

    /**
     * How often analysts kept and rejected the suggestions of each actor or agreement text ("ACTOR|russia"): what a
     * new suggestion of that text is worth in this project.
     */
    public static java.util.Map<String, int[]> surfaceRates(List<ReviewedTag> history) {
        java.util.Map<String, int[]> rates = new java.util.HashMap<>();
        for (ReviewedTag t : history) {
            if (!t.type().equals(ReviewedTag.STANCE) && t.wasSuggested()) {
                int[] r = rates.computeIfAbsent(t.type() + "|" + t.surface(), x -> new int[2]);
                r[t.rejected() ? 1 : 0]++;
            }
        }
        return rates;
    }

    /** A confidence blended with the project's own record: (prior × weight + kept) / (weight + kept + rejected). */
    public static double blend(double shipped, int kept, int rejected, LearningSettings settings) {
        return (shipped * settings.priorWeight() + kept) / (settings.priorWeight() + kept + rejected);
    }

    /** A suggestion's confidence blended with the project's own rate for its cue: (prior × weight + kept) / (weight + reviewed). */
    public static double blend(double shipped, LearnedRule cue, LearningSettings settings) {
        if (cue == null) {
            return shipped;
        }
        return blend(shipped, cue.kept(), cue.rejected(), settings);
    }
}
