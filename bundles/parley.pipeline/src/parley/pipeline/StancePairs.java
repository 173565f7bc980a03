package parley.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.jcas.JCas;

import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Sentence;
import parley.type.Stance;
import parley.type.Tag;

/**
 * The candidate stances of a document for the learned model ({@link PairModel}): per sentence, each pair of an actor
 * (the holder) and another actor or an agreement (the target) with different IDs, taken at the two closest mentions,
 * described by the words around and between them. The same description serves training and tagging.
 */
public final class StancePairs {

    /** One candidate: the sentence, the two mentions, their features, and whether a stance already joins the two IDs there. */
    public record Candidate(Sentence sentence, Actor holder, Tag target, String holderId, String targetId,
            List<String> features, boolean stated) {
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*");

    /** Words are cut to their first six letters: a crude stem that folds most inflections. */
    static final int STEM = 6;

    private StancePairs() {
    }

    public static List<Candidate> of(JCas jcas) {
        String text = jcas.getDocumentText();
        List<Tag> mentions = StanceTagger.liveMentions(jcas);
        mentions.sort((x, y) -> x.getBegin() != y.getBegin() ? Integer.compare(x.getBegin(), y.getBegin()) : Integer.compare(y.getEnd(), x.getEnd()));
        List<Stance> stances = new ArrayList<>();
        jcas.getAnnotationIndex(Stance.class).forEach(stances::add);
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : jcas.getAnnotationIndex(Sentence.class)) {
            List<Tag> in = new ArrayList<>();
            for (Tag m : mentions) {
                if (m.getBegin() >= s.getBegin() && m.getEnd() <= s.getEnd()) {
                    in.add(m);
                }
            }
            Map<String, String> stated = new HashMap<>();
            for (Stance st : stances) {
                if (st.getBegin() < s.getEnd() && st.getEnd() > s.getBegin() && st.getHolder() != null && st.getTarget() != null) {
                    stated.put(StanceTagger.idOf(st.getHolder()) + ">" + StanceTagger.idOf(st.getTarget()), st.getPolarity());
                }
            }
            out.addAll(inSentence(text, s, in, stated));
        }
        return out;
    }

    private static List<Candidate> inSentence(String text, Sentence s, List<Tag> in, Map<String, String> stated) {
        Words words = new Words(text, s.getBegin(), s.getEnd());
        Map<String, Tag[]> closest = new LinkedHashMap<>();
        Actor firstActor = null;
        for (Tag h : in) {
            if (!(h instanceof Actor holder)) {
                continue;
            }
            if (firstActor == null) {
                firstActor = holder;
            }
            String holderId = StanceTagger.idOf(h);
            for (Tag t : in) {
                if (t == h || StanceTagger.idOf(t).equals(holderId) || (t.getBegin() < h.getEnd() && h.getBegin() < t.getEnd())) {
                    continue;
                }
                String key = holderId + ">" + StanceTagger.idOf(t);
                Tag[] best = closest.get(key);
                if (best == null || Math.abs(h.getBegin() - t.getBegin()) < Math.abs(best[0].getBegin() - best[1].getBegin())) {
                    closest.put(key, new Tag[] {h, t});
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<String, Tag[]> e : closest.entrySet()) {
            Actor h = (Actor) e.getValue()[0];
            Tag t = e.getValue()[1];
            String polarity = stated.get(e.getKey());
            List<String> features = features(words, s, in, h, t, h == firstActor);
            // what the rules made of the pair: the model learns what they miss, not what they find
            features.add("stated:" + (polarity == null ? "none" : polarity));
            out.add(new Candidate(s, h, t, StanceTagger.idOf(h), StanceTagger.idOf(t), features, polarity != null));
        }
        return out;
    }

    static List<String> features(Words words, Sentence s, List<Tag> in, Actor h, Tag t, boolean firstActor) {
        Tag a = h.getBegin() < t.getBegin() ? h : t;
        Tag b = a == h ? t : h;
        List<String> f = new ArrayList<>();
        List<String> between = words.between(a.getEnd(), Math.max(a.getEnd(), b.getBegin()));
        for (String w : between) {
            f.add("B:" + w);
        }
        List<String> left = words.between(s.getBegin(), a.getBegin());
        for (String w : left.subList(Math.max(0, left.size() - 3), left.size())) {
            f.add("L:" + w);
        }
        List<String> right = words.between(b.getEnd(), s.getEnd());
        for (String w : right.subList(0, Math.min(3, right.size()))) {
            f.add("R:" + w);
        }
        List<String> afterHolder = words.between(h.getEnd(), s.getEnd());
        for (int i = 0; i < Math.min(2, afterHolder.size()); i++) {
            f.add("H+" + i + ":" + afterHolder.get(i));
        }
        List<String> beforeHolder = words.between(s.getBegin(), h.getBegin());
        for (int i = 0; i < Math.min(2, beforeHolder.size()); i++) {
            f.add("H-" + i + ":" + beforeHolder.get(beforeHolder.size() - 1 - i));
        }
        List<String> beforeTarget = words.between(s.getBegin(), t.getBegin());
        for (int i = 0; i < Math.min(2, beforeTarget.size()); i++) {
            f.add("T-" + i + ":" + beforeTarget.get(beforeTarget.size() - 1 - i));
        }
        f.add(a == h ? "order:holder-first" : "order:target-first");
        f.add("gap:" + Math.min(between.size() / 4, 6));
        int inBetween = 0;
        for (Tag m : in) {
            if (m.getBegin() >= a.getEnd() && m.getEnd() <= b.getBegin()) {
                inBetween++;
            }
        }
        f.add("mentions:" + Math.min(inBetween, 3));
        f.add(t instanceof Agreement ? "target:agreement" : "target:actor");
        if (firstActor) {
            f.add("holder:first");
        }
        String holderId = StanceTagger.idOf(h);
        String targetId = StanceTagger.idOf(t);
        f.add("pair:" + holderId + ">" + targetId);
        f.add("holderId:" + holderId);
        f.add("targetId:" + targetId);
        return f;
    }

    /**
     * The words of a sentence, found once: the words between two offsets are those inside them, and a word the
     * offsets cut is read from its part inside ("Russia’s" after the mention "Russia" gives "s").
     */
    static final class Words {

        private final String text;
        private final int[] begins;
        private final int[] ends;
        private final String[] stems;

        Words(String text, int begin, int end) {
            this.text = text;
            List<int[]> found = new ArrayList<>();
            Matcher m = WORD.matcher(text).region(begin, end);
            while (m.find()) {
                found.add(new int[] {m.start(), m.end()});
            }
            begins = new int[found.size()];
            ends = new int[found.size()];
            stems = new String[found.size()];
            for (int i = 0; i < found.size(); i++) {
                begins[i] = found.get(i)[0];
                ends[i] = found.get(i)[1];
                stems[i] = stem(text.substring(begins[i], ends[i]));
            }
        }

        List<String> between(int begin, int end) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < begins.length && begins[i] < end; i++) {
                if (ends[i] <= begin) {
                    continue;
                }
                if (begins[i] >= begin && ends[i] <= end) {
                    out.add(stems[i]);
                } else {
                    Matcher m = WORD.matcher(text).region(Math.max(begin, begins[i]), Math.min(end, ends[i]));
                    while (m.find()) {
                        out.add(stem(m.group()));
                    }
                }
            }
            return out;
        }

        private static String stem(String word) {
            String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
            return w.length() > STEM ? w.substring(0, STEM) : w;
        }
    }
}
