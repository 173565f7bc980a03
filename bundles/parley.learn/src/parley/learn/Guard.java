package parley.learn;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a learned rule on the project's reviewed documents that it was not learned from: applied there, would it
 * lower F1 (the analysts' final tags being the truth)? A rule with no such document to check on is not applied
 * automatically.
 */
public final class Guard {

    /** F1 of the suggestions of the rule's type on {@code documents} held-out documents, without and with the rule. */
    public record Check(int documents, double before, double after) {

        public boolean checked() {
            return documents > 0;
        }

        /** Checked, and F1 not lower with the rule. */
        public boolean passes() {
            return checked() && after >= before - 1e-9;
        }

        public String describe() {
            return checked() ? String.format(Locale.ROOT, "F1 %.3f → %.3f on %d reviewed document%s it was not learned from", before, after,
                    documents, documents == 1 ? "" : "s") : "no reviewed document to check it on";
        }
    }

    private Guard() {
    }

    public static Check check(LearnedRule rule, List<ReviewedTag> history, Map<String, String> texts) {
        Set<String> learnedFrom = rule.evidence().stream().map(ReviewedTag::document).collect(Collectors.toSet());
        List<ReviewedTag> heldOut = history.stream().filter(t -> !learnedFrom.contains(t.document()) && t.type().equals(rule.type())).toList();
        Set<String> documents = history.stream().map(ReviewedTag::document).filter(d -> !learnedFrom.contains(d)).collect(Collectors.toSet());
        int tp = (int) heldOut.stream().filter(ReviewedTag::kept).count();
        int fp = (int) heldOut.stream().filter(ReviewedTag::rejected).count();
        int fn = (int) heldOut.stream().filter(t -> !t.wasSuggested()).count();
        double before = f1(tp, fp, fn);
        return switch (rule.kind()) {
            case CUE -> new Check(documents.size(), before, before); // a cue's rate changes confidence, not what is suggested
            case SUPPRESS -> {
                int lost = (int) heldOut.stream().filter(t -> t.kept() && rule.suppresses(t.type(), t.surface(), t.before())).count();
                int spared = (int) heldOut.stream().filter(t -> t.rejected() && rule.suppresses(t.type(), t.surface(), t.before())).count();
                yield new Check(documents.size(), before, f1(tp - lost, fp - spared, fn + lost));
            }
            case ALIAS -> {
                int found = 0;
                int wrong = 0;
                Pattern name = Surfaces.occurrences(rule.surface());
                for (String document : documents) {
                    String text = texts.get(document);
                    if (text == null) {
                        continue;
                    }
                    Matcher m = name.matcher(text);
                    while (m.find()) {
                        int b = m.start();
                        int e = m.end();
                        ReviewedTag there = heldOut.stream().filter(t -> !t.rejected() && t.begin() < e && b < t.end()).findFirst().orElse(null);
                        if (there == null) {
                            wrong++; // the name where the analysts tagged nothing
                        } else if (!there.wasSuggested() && there.id().equals(rule.value())) {
                            found++; // a mention the analysts had to add by hand
                        } else if (!there.id().equals(rule.value())) {
                            wrong++;
                        }
                    }
                }
                yield new Check(documents.size(), before, f1(tp + found, fp + wrong, fn - found));
            }
        };
    }

    static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
