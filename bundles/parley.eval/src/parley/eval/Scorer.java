package parley.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The scoring of shared/annotation-format.md: spans overlap and IDs agree; each gold mention
 * matches at most one prediction, greedily left to right; optional gold counts neither way;
 * micro-averaged over the corpus.
 */
public final class Scorer {

    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    /** A false positive or false negative, with the text around it. */
    public record Miss(String kind, String type, String document, int begin, int end, String what, String context) {
    }

    /**
     * Strict stance scores, and the predicted stances counted per frame (see {@link StanceMention#frame()}):
     * there {@code fn} is always 0, since a missed gold stance has no frame.
     */
    public record Report(Counts actors, Counts agreements, Counts stances, Counts stancesLenient, List<Miss> misses,
            Map<String, Counts> stancesByFrame, List<StanceMention> stancesMatched) {
    }

    private static final int CONTEXT = 60;

    private Scorer() {
    }

    /**
     * @param affiliation maps a person ID to the actor it acts for (others to themselves), for the lenient stance score
     */
    public static Report score(List<AnnotatedDocument> gold, Map<String, AnnotatedDocument> predicted, UnaryOperator<String> affiliation) {
        Counts actors = new Counts(0, 0, 0);
        Counts agreements = new Counts(0, 0, 0);
        Counts stances = new Counts(0, 0, 0);
        Counts lenient = new Counts(0, 0, 0);
        List<Miss> misses = new ArrayList<>();
        Map<String, Counts> byFrame = new TreeMap<>();
        List<StanceMention> matched = new ArrayList<>();
        for (AnnotatedDocument g : gold) {
            AnnotatedDocument p = predicted.getOrDefault(g.name(), new AnnotatedDocument(g.name(), g.text(), List.of(), List.of(), List.of()));
            String text = p.text() != null ? p.text() : g.text();
            actors = actors.plus(mentions("Actor", g.actors(), p.actors(), text, misses));
            agreements = agreements.plus(mentions("Agreement", g.agreements(), p.agreements(), text, misses));
            stances = stances.plus(stances(g.stances(), p.stances(), UnaryOperator.identity(), text, misses, byFrame, matched));
            lenient = lenient.plus(stances(g.stances(), p.stances(), affiliation, text, null, new TreeMap<>(), new ArrayList<>()));
        }
        return new Report(actors, agreements, stances, lenient, misses, byFrame, matched);
    }

    static Counts mentions(String type, List<Mention> gold, List<Mention> predicted, String text, List<Miss> misses) {
        List<Mention> g = sorted(gold, Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end));
        List<Mention> p = sorted(predicted, Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end));
        boolean[] used = new boolean[g.size()];
        int tp = 0;
        int fp = 0;
        for (Mention m : p) {
            int match = -1;
            for (int i = 0; i < g.size() && match < 0; i++) {
                if (!used[i] && Objects.equals(g.get(i).id(), m.id()) && g.get(i).overlaps(m.begin(), m.end())) {
                    match = i;
                }
            }
            if (match >= 0) {
                used[match] = true;
                if (!g.get(match).optional()) {
                    tp++;
                }
            } else if (!overlapsOptional(g, m)) {
                fp++;
                misses.add(miss("FP", type, m.document(), m.begin(), m.end(), m.id(), text));
            }
        }
        int fn = 0;
        for (int i = 0; i < g.size(); i++) {
            if (!used[i] && !g.get(i).optional()) {
                fn++;
                misses.add(miss("FN", type, g.get(i).document(), g.get(i).begin(), g.get(i).end(), g.get(i).id(), text));
            }
        }
        return new Counts(tp, fp, fn);
    }

    /** A second prediction on an optional gold span with its ID is still "finding it": not an error. */
    private static boolean overlapsOptional(List<Mention> gold, Mention m) {
        return gold.stream().anyMatch(g -> g.optional() && Objects.equals(g.id(), m.id()) && g.overlaps(m.begin(), m.end()));
    }

    static Counts stances(List<StanceMention> gold, List<StanceMention> predicted, UnaryOperator<String> norm, String text, List<Miss> misses,
            Map<String, Counts> byFrame, List<StanceMention> matched) {
        List<StanceMention> g = sorted(gold, Comparator.comparingInt(StanceMention::begin));
        List<StanceMention> p = sorted(predicted, Comparator.comparingInt(StanceMention::begin));
        boolean[] used = new boolean[g.size()];
        int tp = 0;
        int fp = 0;
        for (StanceMention s : p) {
            int match = -1;
            for (int i = 0; i < g.size() && match < 0; i++) {
                StanceMention x = g.get(i);
                if (!used[i] && x.overlaps(s) && Objects.equals(x.polarity(), s.polarity())
                        && Objects.equals(norm(norm, x.holder()), norm(norm, s.holder()))
                        && Objects.equals(norm(norm, x.target()), norm(norm, s.target()))) {
                    match = i;
                }
            }
            if (match >= 0) {
                used[match] = true;
                tp++;
                byFrame.merge(s.frame(), new Counts(1, 0, 0), Counts::plus);
                matched.add(s);
            } else {
                fp++;
                byFrame.merge(s.frame(), new Counts(0, 1, 0), Counts::plus);
                if (misses != null) {
                    misses.add(miss("FP", "Stance", s.document(), s.begin(), s.end(), describe(s), text));
                }
            }
        }
        int fn = 0;
        for (int i = 0; i < g.size(); i++) {
            if (!used[i]) {
                fn++;
                if (misses != null) {
                    StanceMention x = g.get(i);
                    misses.add(miss("FN", "Stance", x.document(), x.begin(), x.end(), describe(x), text));
                }
            }
        }
        return new Counts(tp, fp, fn);
    }

    private static String norm(UnaryOperator<String> norm, String id) {
        return id == null ? null : norm.apply(id);
    }

    private static String describe(StanceMention s) {
        return s.holder() + " " + s.polarity() + " " + s.target();
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return copy;
    }

    private static Miss miss(String kind, String type, String doc, int begin, int end, String what, String text) {
        String context = "";
        if (text != null && begin >= 0 && end <= text.length() && begin <= end) {
            if ("Stance".equals(type)) {
                context = text.substring(begin, end);
            } else {
                int b = Math.max(0, begin - CONTEXT);
                int e = Math.min(text.length(), end + CONTEXT);
                context = text.substring(b, begin) + "[[" + text.substring(begin, end) + "]]" + text.substring(end, e);
            }
            context = context.replaceAll("\\s+", " ");
        }
        return new Miss(kind, type, doc, begin, end, what, context);
    }
}
