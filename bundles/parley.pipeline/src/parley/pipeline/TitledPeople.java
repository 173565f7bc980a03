package parley.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.jcas.JCas;

import parley.type.Actor;

/**
 * People the catalogue does not know, named by the title they hold for an actor it knows: "Russia’s Permanent
 * Representative, Vassily Nebenzia," and "the UN Special Envoy, Geir Pedersen," are tagged with the actor they act
 * for, as is a later mention of the surname alone ("Mekdad told reporters"); "Russian Foreign Minister Sergei Lavrov"
 * is one mention, the title's with the name (codebook: the minimal noun phrase that denotes the actor). The title
 * words are data (lexicon {@code TitledPeople.*}).
 */
final class TitledPeople {

    /** Words that make a phrase a title ("minister", "representative", "envoy"). */
    static final Set<String> HEADS = Vocabulary.set("TitledPeople.TITLE_HEADS");
    /** Words that may stand in a title before its head ("permanent", "deputy", "foreign"). */
    static final Set<String> MODIFIERS = Vocabulary.set("TitledPeople.TITLE_MODIFIERS");
    /** Lowercase words inside a name ("de", "al-"). */
    static final Set<String> NAME_PARTICLES = Vocabulary.set("TitledPeople.NAME_PARTICLES");
    static final double CONFIDENCE = 0.6;
    /** The origin of a mention that names a person by the title they hold: "he" and "she" can refer to it. */
    static final String ORIGIN = "parley.pipeline.TitledPeople";

    private TitledPeople() {
    }

    /** @param categoryOf the category of a catalogue actor's ID ("RUS": STATE), or null for an ID it does not know */
    static void tag(JCas jcas, DocumentTokens t, java.util.function.Function<String, String> categoryOf) {
        titlesOfNamedPeople(jcas, t);
        List<Actor> actors = new ArrayList<>(jcas.getAnnotationIndex(Actor.class).select().asList());
        boolean[] tagged = new boolean[t.size()]; // the tokens an actor mention covers, kept up to date as mentions are added
        for (Actor a : actors) {
            mark(tagged, t, a);
        }
        Map<String, Actor> bySurname = new HashMap<>();
        for (Actor a : actors) {
            int j = t.tokenAtOrAfter(a.getEnd());
            if (j >= t.size() || t.sentence[j] != t.sentence[t.tokenAtOrAfter(a.getBegin())]) {
                continue;
            }
            int limit = t.sentenceFirst[t.sentence[j] + 1];
            boolean titleInMention = HEADS.contains(t.lower[j - 1]);
            // "NATO Secretary-General Jens Stoltenberg", "EU foreign policy chief Josep Borrell": the title follows the mention
            int titleEnd = titleInMention || "PERSON".equals(a.getCategory()) ? j : titleAfter(t, j, limit);
            if ((titleInMention || titleEnd > j) && t.isCapitalized(titleEnd)) {
                // "Russian Foreign Minister Sergei Lavrov": the name goes into the title's mention
                int end = nameEnd(tagged, t, titleEnd, limit);
                if (end > 0) {
                    a.removeFromIndexes();
                    a.setEnd(t.end[end - 1]);
                    a.setOrigin(ORIGIN);
                    a.addToIndexes();
                    mark(tagged, t, a);
                    bySurname.put(t.word[end - 1], a);
                }
                continue;
            }
            boolean possessive = j < limit && (t.lower[j].equals("’s") || t.lower[j].equals("'s"));
            if (possessive) {
                j++;
            }
            int title = j;
            boolean head = false;
            while (j < limit && j - title < 5 && (HEADS.contains(t.lower[j]) || MODIFIERS.contains(t.lower[j]))) {
                head |= HEADS.contains(t.lower[j]);
                j++;
            }
            if (!head || j >= limit) {
                continue;
            }
            if (t.lower[j].equals(",")) {
                // "Russia’s Permanent Representative, Vassily Nebenzia, ...": the appositive names the title's holder
                int end = nameEnd(tagged, t, j + 1, limit);
                if (end > 0 && (end == limit || t.lower[end].equals(","))) {
                    bySurname.put(t.word[end - 1], add(jcas, tagged, t, j + 1, end, a));
                }
            } else if (possessive && HEADS.contains(t.lower[j - 1])) {
                int end = nameEnd(tagged, t, j, limit); // "Iran’s Foreign Ministry spokesman Nasser Kanaani said"
                if (end > 0) {
                    bySurname.put(t.word[end - 1], add(jcas, tagged, t, j, end, a));
                }
            }
        }
        withoutTheirHolder(t, actors);
        officials(jcas, t, tagged, categoryOf);
        if (bySurname.isEmpty()) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            Actor named = bySurname.get(t.word[i]);
            boolean inADate = i + 1 < t.size() && Character.isDigit(t.word[i + 1].charAt(0)) || i > 0 && Character.isDigit(t.word[i - 1].charAt(0));
            if (named != null && t.begin[i] >= named.getEnd() && !tagged[i] && (i + 1 >= t.size() || !t.isCapitalized(i + 1))
                    && !inADate) { // ("in May 2017": a month, not Theresa May)
                add(jcas, tagged, t, i, i + 1, named); // "Mekdad told reporters"
            }
        }
    }

    /**
     * "Turkish Defence Minister Hulusi Akar", "US envoy James Jeffrey", "French President Emmanuel Macron": a state's
     * title right before a person the catalogue knows is that person's, one mention, not the state's as well.
     */
    private static void titlesOfNamedPeople(JCas jcas, DocumentTokens t) {
        List<Actor> actors = new ArrayList<>(jcas.getAnnotationIndex(Actor.class).select().asList());
        for (int i = 0; i + 1 < actors.size(); i++) {
            Actor title = actors.get(i);
            int last = t.tokenAtOrAfter(title.getEnd()) - 1;
            if ("PERSON".equals(title.getCategory()) || last < 0 || !HEADS.contains(t.lower[last])) {
                continue;
            }
            for (int k = i + 1; k < actors.size() && actors.get(k).getBegin() <= t.begin[Math.min(t.size() - 1, last + 1)]; k++) {
                Actor person = actors.get(k);
                if ("PERSON".equals(person.getCategory()) && last + 1 < t.size() && person.getBegin() == t.begin[last + 1]) {
                    title.removeFromIndexes();
                    person.removeFromIndexes();
                    person.setBegin(title.getBegin());
                    person.addToIndexes();
                    break;
                }
            }
        }
    }

    /**
     * "The Turkish president said": a title that only a person holds ("president", "chancellor") names that person, whom
     * the catalogue may know; without the name, the state is no safe reading, and no mention is made.
     */
    private static void withoutTheirHolder(DocumentTokens t, List<Actor> actors) {
        for (Actor a : actors) {
            int last = t.tokenAtOrAfter(a.getEnd()) - 1;
            if (!ORIGIN.equals(a.getOrigin()) && !"PERSON".equals(a.getCategory()) && last >= 0 && PERSONAL_TITLES.contains(t.lower[last])
                    && a.getEnd() == t.end[last]) {
                a.removeFromIndexes();
            }
        }
    }

    /** Titles only a person holds ("president", "chancellor", "king"). */
    static final Set<String> PERSONAL_TITLES = Vocabulary.set("TitledPeople.PERSONAL_TITLES");

    /** The end of title words right after a mention that end in a title's head ("Secretary-General", "foreign policy chief"), or {@code j}. */
    private static int titleAfter(DocumentTokens t, int j, int limit) {
        int k = j;
        int end = j;
        while (k < limit && k - j < 4 && (HEADS.contains(t.lower[k]) || MODIFIERS.contains(t.lower[k]))) {
            if (HEADS.contains(t.lower[k])) {
                end = k + 1;
            }
            k++;
        }
        return end;
    }

    /** The end of a name of two to four capitalised words (particles aside) starting at {@code j}, none tagged yet; or -1. */
    private static int nameEnd(boolean[] tagged, DocumentTokens t, int j, int limit) {
        int k = j;
        while (k < limit && k - j < 4 && (t.isCapitalized(k) || k > j && NAME_PARTICLES.contains(t.lower[k])) && !tagged[k]
                && Character.isLetter(t.word[k].charAt(0))) {
            k++;
        }
        return k - j >= 2 && t.isCapitalized(k - 1) && !t.bibliography().covers(t.begin[j], t.end[k - 1]) ? k : -1;
    }

    private static void mark(boolean[] tagged, DocumentTokens t, Actor a) {
        for (int k = t.tokenAtOrAfter(a.getBegin()); k < t.size() && t.end[k] <= a.getEnd(); k++) {
            tagged[k] = true;
        }
    }

    /** Officials the catalogue does not list, by the actor they act for ("Sergei Lavrov": RUS), lower-cased words each. */
    private static final Map<String, List<List<String>>> OFFICIALS = officialNames();

    private static Map<String, List<List<String>>> officialNames() {
        Map<String, List<List<String>>> names = new HashMap<>();
        Vocabulary.map("TitledPeople.OFFICIALS").forEach((id, list) -> names.put(id, list.stream()
                .map(n -> Tokenizer.words(n).stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList()).toList()));
        return names;
    }

    /**
     * "Lavrov welcomed the deal", "Foreign Minister Sergei Lavrov said": a named official the catalogue does not list acts
     * for the actor the lexicon says he acts for (codebook: a named person acting for one of them), where no mention
     * covers the name yet (a title's mention has taken it in already: "Russian Foreign Minister Sergei Lavrov").
     */
    private static void officials(JCas jcas, DocumentTokens t, boolean[] tagged, java.util.function.Function<String, String> categoryOf) {
        for (int i = 0; i < t.size(); i++) {
            if (tagged[i] || !t.isCapitalized(i) && !NAME_PARTICLES.contains(t.lower[i])) {
                continue;
            }
            for (Map.Entry<String, List<List<String>>> e : OFFICIALS.entrySet()) {
                int end = t.phraseEnd(e.getValue(), i, t.size());
                String category = end > i ? categoryOf.apply(e.getKey()) : null;
                if (category != null && !covered(tagged, i, end) && (end >= t.size() || !t.isCapitalized(end) || t.sentence[end] != t.sentence[i])
                        && !t.bibliography().covers(t.begin[i], t.end[end - 1]) && !attributionInATitle(t, i, end)) {
                    // (a cited title: "“Rouhani: Turkey’s concern is legitimate”", "“Syria has full right …” – Lavrov”)
                    Actor title = titleRightBefore(jcas, t, i, e.getKey());
                    if (title != null) {
                        // "Hezbollah leader Sayyed Hassan Nasrallah", "Syrian Foreign Minister Walid al-Muallem": one mention
                        title.removeFromIndexes();
                        title.setEnd(t.end[end - 1]);
                        title.setOrigin(ORIGIN);
                        title.addToIndexes();
                        mark(tagged, t, title);
                    } else {
                        mark(tagged, t, ActorTagger.suggest(jcas, t.begin[i], t.end[end - 1], e.getKey(), category, CONFIDENCE, ORIGIN));
                    }
                    i = end - 1;
                    break;
                }
            }
        }
    }

    /** The mention of {@code id} that ends in a title's head right before token {@code i}, past one honorific ("Sayyed"); or null. */
    private static Actor titleRightBefore(JCas jcas, DocumentTokens t, int i, String id) {
        for (int before = i - 1; before >= 0 && before >= i - 2 && t.sentence[before] == t.sentence[i]; before--) {
            if (HEADS.contains(t.lower[before])) {
                for (Actor a : jcas.getAnnotationIndex(Actor.class)) {
                    if (a.getEnd() == t.end[before] && a.getActorId().equals(id)) {
                        return a;
                    }
                }
                return null;
            }
            if (!t.isCapitalized(before)) {
                return null;
            }
        }
        return null;
    }

    /** A name that attributes a quoted headline: "“Netanyahu: Israel will keep acting …”", "“… ’ – Lavrov”". */
    private static boolean attributionInATitle(DocumentTokens t, int i, int end) {
        boolean opens = i > 0 && (t.word[i - 1].equals("“") || t.word[i - 1].equals("\"")) && end < t.size() && t.word[end].equals(":");
        boolean closes = i > 0 && (t.word[i - 1].equals("–") || t.word[i - 1].equals("—")) && end < t.size()
                && (t.word[end].equals("”") || t.word[end].equals("\""));
        return opens || closes;
    }

    private static boolean covered(boolean[] tagged, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tagged[k]) {
                return true;
            }
        }
        return false;
    }

    private static Actor add(JCas jcas, boolean[] tagged, DocumentTokens t, int from, int to, Actor actingFor) {
        Actor a = ActorTagger.suggest(jcas, t.begin[from], t.end[to - 1], actingFor.getActorId(), actingFor.getCategory(), CONFIDENCE, ORIGIN);
        mark(tagged, t, a);
        return a;
    }
}
