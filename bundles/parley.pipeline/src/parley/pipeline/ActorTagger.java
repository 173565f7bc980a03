package parley.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_component.JCasAnnotator_ImplBase;
import org.apache.uima.cas.text.AnnotationIndex;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import parley.model.ActorEntry;
import parley.model.Catalogue;
import parley.type.Actor;
import parley.types.TagValues;

/**
 * Tags {@link Actor} mentions from the catalogue by longest match over tokens: names and aliases;
 * metonyms (countries, capitals, buildings) only where they act, not where they are places
 * ("Moscow argues" but "in Moscow", "Syria’s Idlib"); and demonym noun phrases that denote a
 * state organ ("Turkish security forces", "the Russian-Syrian military alliance", which yields
 * one mention per state). The possessive 's is never part of a span.
 *
 * <p>Parameter {@value CatalogueParameter#NAME}: catalogue file (default: the shipped catalogue).
 */
public class ActorTagger extends JCasAnnotator_ImplBase {

    static final String ORIGIN = "parley.pipeline.ActorTagger";

    enum Kind { ALIAS, METONYM }

    record Form(ActorEntry actor, Kind kind, double confidence) {
    }

    /** Heads of demonym phrases that denote a state organ. */
    static final Set<String> ORGAN_HEADS = Vocabulary.set("ActorTagger.ORGAN_HEADS");
    /** Words that may stand between the demonym and the head. */
    static final Set<String> ORGAN_MODIFIERS = Vocabulary.set("ActorTagger.ORGAN_MODIFIERS");
    /** Two-word heads of a state organ, whose first word is also a modifier ("Russian air power"). */
    static final Set<String> ORGAN_COMPOUND_HEADS = Vocabulary.set("ActorTagger.ORGAN_COMPOUND_HEADS");
    /** Nouns after "government"/"regime" that make it a modifier ("the government offensive"). */
    static final Set<String> MODIFIED_NOUNS = Vocabulary.set("ActorTagger.MODIFIED_NOUNS");

    static final Set<String> FORMER = Vocabulary.set("ActorTagger.FORMER");
    /** Heads that name a government but modify a following noun ("the government offensive"). */
    static final Set<String> GOVERNMENT_HEADS = Vocabulary.set("ActorTagger.GOVERNMENT_HEADS");

    private final PhraseLexicon<Form> forms = new PhraseLexicon<>();
    private final Map<String, ActorEntry> demonyms = new HashMap<>();
    /** Every actor by ID, for a person's affiliation. */
    private final Map<String, ActorEntry> affiliations = new HashMap<>();

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        Catalogue catalogue = CatalogueParameter.load(context);
        for (ActorEntry a : catalogue.actors()) {
            double aliasConfidence = a.isPerson() ? 0.9 : 0.95;
            for (String alias : a.aliases()) {
                addWithOptionalArticle(alias, new Form(a, Kind.ALIAS, Character.isLowerCase(alias.charAt(0)) && !alias.startsWith("the ") ? 0.75 : aliasConfidence));
            }
            for (ActorEntry.FormerName f : a.formerNames()) {
                addWithOptionalArticle(f.name(), new Form(a, Kind.ALIAS, 0.9));
            }
            for (String metonym : a.metonyms()) {
                addWithOptionalArticle(metonym, new Form(a, Kind.METONYM, 0.85));
            }
            for (String demonym : a.demonyms()) {
                demonyms.put(Tokenizer.fold(demonym), a);
            }
            affiliations.put(a.id(), a);
        }
        forms.freeze();
    }

    /** "the Sochi Memorandum" also matches "Sochi Memorandum"; "the regime" does not match "regime". */
    private void addWithOptionalArticle(String phrase, Form form) {
        forms.add(phrase, form);
        List<String> words = Tokenizer.words(phrase);
        if (words.size() > 1 && words.get(0).equals("the") && Character.isUpperCase(words.get(1).charAt(0))) {
            forms.add(words.subList(1, words.size()), form);
        }
    }

    @Override
    public void process(JCas jcas) {
        DocumentTokens t = DocumentTokens.of(jcas);
        // the named armed groups of the sentences before, most mentioned first: what "the group" refers to
        List<List<ActorEntry>> groupsBySentence = new ArrayList<>();
        Map<String, ActorEntry> byHead = new HashMap<>(); // the bodies named so far, by the last word of their names
        var actors = jcas.getAnnotationIndex(Actor.class);
        for (int s = 0; s < t.sentences(); s++) {
            int limit = t.sentenceFirst[s + 1];
            ActorEntry topic = topicGroup(groupsBySentence);
            List<ActorEntry> groups = new ArrayList<>();
            ActorEntry nonSubjectGroup = null; // the latest named group of this sentence, where a preposition governs it
            for (int i = t.sentenceFirst[s]; i < limit;) {
                int anaphor = t.phraseEnd(GROUP_ANAPHORS, i, limit);
                // "HTS launched an attack against the group": never the sentence's subject (that is "itself"); but "kept
                // a working relationship with HTS, relying on the group to police the area": a prepositional object is
                ActorEntry named = nonSubjectGroup != null ? nonSubjectGroup : topic;
                if (anaphor > 0 && named != null) {
                    add(jcas, t, i, anaphor, named, 0.6);
                    i = anaphor;
                    continue;
                }
                ActorEntry body = headAnaphor(t, i, limit, byHead);
                if (body != null) {
                    add(jcas, t, i, i + 2, body, 0.6); // "the Council" after "the UN Security Council"
                    i += 2;
                    continue;
                }
                int tagged = actors.size();
                int next = tagAt(jcas, t, i, limit);
                if (actors.size() > tagged) {
                    for (Actor a : actors.select().coveredBy(t.begin[i], t.end[next - 1])) {
                        ActorEntry e = affiliations.get(a.getActorId());
                        if (e != null && BODY_CATEGORIES.contains(e.category())) {
                            for (String head : heads(e)) {
                                byHead.put(head, e);
                            }
                        }
                    }
                    List<ActorEntry> here = namedGroups(actors, t, i, next); // look only where tagAt added a mention
                    groups.addAll(here);
                    if (!here.isEmpty()) {
                        nonSubjectGroup = i - 1 >= t.sentenceFirst[s] && StanceTagger.PREPOSITIONS.contains(t.lower[i - 1])
                                ? here.get(here.size() - 1) : null;
                    }
                }
                i = next;
            }
            groupsBySentence.add(groups);
        }
        TitledPeople.tag(jcas, t, id -> affiliations.containsKey(id) ? affiliations.get(id).category() : null);
    }

    /**
     * "the Council", after "the UN Security Council" was named: a body named earlier in the document, by the last word
     * of its name (capitalised, and not the start of another name: "the Council of the EU"); or null.
     */
    private static ActorEntry headAnaphor(DocumentTokens t, int i, int limit, Map<String, ActorEntry> byHead) {
        if (i + 1 >= limit || !t.lower[i].equals("the") || !t.isCapitalized(i + 1) || i + 2 < limit && t.lower[i + 2].equals("of")) {
            return null;
        }
        return byHead.get(t.word[i + 1]);
    }

    /** The capitalised last words of a body's name and aliases ("Council" of "UN Security Council"). */
    private static List<String> heads(ActorEntry e) {
        List<String> heads = new ArrayList<>();
        for (String name : e.aliases()) {
            List<String> words = Tokenizer.words(name);
            String last = words.get(words.size() - 1);
            if (words.size() > 1 && Character.isUpperCase(last.charAt(0)) && last.chars().anyMatch(Character::isLowerCase)) {
                heads.add(last);
            }
        }
        return heads;
    }

    /** Categories of the bodies a short definite name can refer back to ("the Council"); armed groups have "the group". */
    static final Set<String> BODY_CATEGORIES = Vocabulary.set("ActorTagger.BODY_CATEGORIES");

    /** The named armed group mentioned most in the last {@value #ANAPHOR_REACH} sentences (the latest on a tie), or null. */
    private static ActorEntry topicGroup(List<List<ActorEntry>> groupsBySentence) {
        Map<ActorEntry, Integer> count = new HashMap<>();
        ActorEntry best = null;
        for (int s = Math.max(0, groupsBySentence.size() - ANAPHOR_REACH); s < groupsBySentence.size(); s++) {
            for (ActorEntry g : groupsBySentence.get(s)) {
                int c = count.merge(g, 1, Integer::sum);
                if (best == null || c >= count.get(best)) {
                    best = g;
                }
            }
        }
        return best;
    }

    /** "the group", "the jihadist group": a definite description of an armed group (codebook: tagged with its ID). */
    static final List<List<String>> GROUP_ANAPHORS = Vocabulary.list("ActorTagger.GROUP_ANAPHORS").stream().map(Tokenizer::words).toList();
    /** How many sentences back "the group" looks for the group it names. */
    static final int ANAPHOR_REACH = 3;

    /** The named armed groups (not a generic one, not a person) among the mentions added for tokens [from, to). */
    private List<ActorEntry> namedGroups(AnnotationIndex<Actor> actors, DocumentTokens t, int from, int to) {
        List<ActorEntry> found = new ArrayList<>();
        for (Actor a : actors.select().coveredBy(t.begin[from], t.end[to - 1])) {
            ActorEntry e = affiliations.get(a.getActorId());
            if (e != null && ARMED_GROUP_CATEGORIES.contains(e.category()) && !GENERIC_GROUPS.contains(e.id())) {
                found.add(e);
            }
        }
        return found;
    }

    /** Catalogue IDs that name many groups at once ("the rebels"): never what "the group" refers to. */
    static final java.util.Set<String> GENERIC_GROUPS = Vocabulary.set("ActorTagger.GENERIC_GROUPS");
    static final java.util.Set<String> ARMED_GROUP_CATEGORIES = Vocabulary.set("ActorTagger.ARMED_GROUP_CATEGORIES");

    /** Tags what starts at token i, if anything, and returns the next token to look at. */
    private int tagAt(JCas jcas, DocumentTokens t, int i, int limit) {
        PhraseLexicon.Match<Form> lexical = forms.longestAt(t, i, limit);
        DemonymPhrase phrase = demonymPhrase(t, i, limit);
        if (phrase != null && (lexical == null || phrase.end - phrase.start > lexical.length()
                || (phrase.end - phrase.start == lexical.length() && lexical.value().kind() == Kind.METONYM))) {
            if (phrase.actors.size() == 1 && (endsInModifiedHead(t, phrase.end, limit) || modifiesANoun(t, phrase.end, limit))) {
                return phrase.end;
            }
            for (ActorEntry a : phrase.actors) {
                add(jcas, t, phrase.start, phrase.end, a, 0.85);
            }
            return phrase.end;
        }
        if (lexical == null) {
            return i + 1;
        }
        Form form = lexical.value();
        if (form.kind() == Kind.METONYM && PlaceContext.isPlace(t, lexical.start(), lexical.end())) {
            int speaker = speakerInCapital(t, lexical.start(), lexical.end(), limit);
            if (speaker > 0) {
                // "In Tehran, Foreign Ministry spokesman Nasser Kanaani condemned ...", "In Ankara, the Foreign Ministry said
                // ...": a dateline's capital names the state whose organ or official speaks there
                add(jcas, t, lexical.end() + 1, speaker, form.actor(), 0.7);
                return speaker;
            }
            return lexical.end();
        }
        if (form.kind() == Kind.METONYM && lexical.end() < limit && AgreementTagger.HEADS.containsKey(t.lower[lexical.end()])) {
            return lexical.end(); // "the Moscow Protocol", "the Ankara agreement": a place names the agreement
        }
        if (endsInModifiedHead(t, lexical.end(), limit)) {
            return lexical.end();
        }
        if (lexical.length() == 1 && MOSTLY_PLACES.contains(t.word[lexical.start()]) && !possessesAStatePractice(t, lexical.end(), limit)
                && !listedWithAState(jcas, t, lexical.start()) && !actsAsAState(t, lexical.start(), lexical.end(), limit)) {
            return lexical.end(); // "Syria" is the theatre; it acts as a state only in "Syria’s detention practices"
        }
        if (!form.actor().isPerson() && modifiesAnEvent(t, lexical.end(), limit)) {
            return lexical.end(); // "additional U.S. strikes", "U.S.-Russian cooperation": a modifier, not the actor
        }
        int organ = personsOrgan(t, lexical.end(), limit, form.actor());
        if (organ > 0) {
            // "President Bashar al-Assad’s regime", "Putin’s government": the state the person leads (codebook §1)
            add(jcas, t, lexical.start(), organ, affiliations.get(form.actor().affiliation()), form.confidence());
            return organ;
        }
        add(jcas, t, lexical.start(), lexical.end(), form.actor(), form.confidence());
        return lexical.end();
    }

    /**
     * The end of "’s regime" / "’s forces" / "’s government" after a person with an affiliation, or -1: a
     * leader's possessive with a state organ names the state, not the person.
     */
    private int personsOrgan(DocumentTokens t, int end, int limit, ActorEntry person) {
        if (!person.isPerson() || person.affiliation() == null || !affiliations.containsKey(person.affiliation()) || end + 1 >= limit
                || !(t.lower[end].equals("\u2019s") || t.lower[end].equals("'s"))) {
            return -1;
        }
        int j = end + 1;
        while (j < limit && ORGAN_MODIFIERS.contains(t.lower[j]) && !ORGAN_HEADS.contains(t.lower[j])) {
            j++;
        }
        return j < limit && ORGAN_HEADS.contains(t.lower[j]) && !endsInModifiedHead(t, j + 1, limit) ? j + 1 : -1;
    }

    /** "the government offensive": government is a modifier there, not an actor. */
    private static boolean endsInModifiedHead(DocumentTokens t, int end, int limit) {
        String head = t.lowerAt(end - 1);
        return GOVERNMENT_HEADS.contains(head) && end < limit && MODIFIED_NOUNS.contains(t.lower[end]);
    }

    /**
     * After a sentence's opening "In <capital>,": the end of a state organ ("the Foreign Ministry") or of a titled
     * official's name ("Foreign Ministry spokesman Nasser Kanaani") that follows, or -1.
     */
    private static int speakerInCapital(DocumentTokens t, int start, int end, int limit) {
        int first = t.sentenceFirst[t.sentence[start]];
        if (start - 1 != first || !t.lower[start - 1].equals("in") || end + 2 >= limit || !t.lower[end].equals(",")) {
            return -1;
        }
        int j = end + 1;
        boolean article = t.lower[j].equals("the");
        if (article) {
            j++;
        }
        int head = -1;
        for (int k = j; k < limit && k - j < 4 && (ORGAN_MODIFIERS.contains(t.lower[k]) || ORGAN_HEADS.contains(t.lower[k])
                || TitledPeople.HEADS.contains(t.lower[k]) || TitledPeople.MODIFIERS.contains(t.lower[k])); k++) {
            if (ORGAN_HEADS.contains(t.lower[k]) || TitledPeople.HEADS.contains(t.lower[k])) {
                head = k;
            }
        }
        if (head < 0) {
            return -1;
        }
        if (TitledPeople.HEADS.contains(t.lower[head]) && !article) {
            int name = head + 1;
            while (name < limit && name - head <= 4 && t.isCapitalized(name)) {
                name++;
            }
            return name - head >= 3 ? name : -1; // the official's name of two words or more
        }
        return article && ORGAN_HEADS.contains(t.lower[head]) ? head + 1 : -1;
    }

    /** "talks between Russia, Iran, Syria and Türkiye": a name listed right after a state is a state too. */
    private boolean listedWithAState(JCas jcas, DocumentTokens t, int i) {
        if (i - 2 < 0 || !(t.lower[i - 1].equals(",") || t.lower[i - 1].equals("and")) || t.sentence[i - 2] != t.sentence[i]) {
            return false;
        }
        for (Actor a : jcas.getAnnotationIndex(Actor.class).select().coveredBy(t.sentenceBegin[t.sentence[i]], t.end[i - 2])) {
            ActorEntry e = affiliations.get(a.getActorId());
            if (a.getEnd() == t.end[i - 2] && e != null && STATE_CATEGORIES.contains(e.category())) {
                return true;
            }
        }
        return false;
    }

    static final Set<String> STATE_CATEGORIES = Vocabulary.set("ActorTagger.STATE_CATEGORIES");

    /** What a state does and a place does not ("Syria declared its stockpile", "Syria had joined the convention"). */
    static final Set<String> STATE_ACTS = Vocabulary.set("ActorTagger.STATE_ACTS");
    /** A stance verb that needs no other word to be one ("violated", not "seen", which is one only as "seen as a threat"). */
    private static boolean isActingCue(String word) {
        CueLexicon.Cue cue = CueLexicon.SHIPPED.lookupVerb(word);
        return cue != null && cue.requires().isEmpty() && cue.onlyBefore().isEmpty();
    }

    /** What is done to a state and not to a place ("Syria was readmitted to the Arab League"). */
    static final Set<String> STATE_PASSIVES = Vocabulary.set("ActorTagger.STATE_PASSIVES");
    /** Auxiliaries and adverbs that may stand between a state's name and its act ("had never acknowledged"). */
    static final Set<String> STATE_ACT_AUXILIARIES = Vocabulary.set("ActorTagger.STATE_ACT_AUXILIARIES");

    /**
     * A name that is mostly a place acts as a state: its act follows it ("Syria declared", "Syria had joined", "Syria
     * was readmitted"), or a stance verb takes it as object ("Raisi praised Syria", "standing with Syria"); not after a
     * locative preposition ("withdraw from Syria" is a place's).
     */
    private static boolean actsAsAState(DocumentTokens t, int start, int end, int limit) {
        boolean afterPreposition = start - 1 >= 0 && (StanceTagger.PREPOSITIONS.contains(t.lower[start - 1])
                || PlaceContext.LOCATIVE.contains(t.lower[start - 1]));
        int j = afterPreposition ? limit : end; // ("the ceasefire in Syria agreed by Russia": a place's)
        while (j < limit && j < end + 3 && STATE_ACT_AUXILIARIES.contains(t.lower[j])) {
            j++;
        }
        if (j < limit && (STATE_ACTS.contains(t.lower[j]) || j > end && STATE_PASSIVES.contains(t.lower[j])
                || isActingCue(t.lower[j]) && !(j > end && StanceTagger.PASSIVE_AUXILIARIES.contains(t.lower[j - 1])))) {
            return true; // ("Syria had violated the convention"; not "Syria was attacked", which a place may undergo)
        }
        int before = start - 1;
        if (before < 0 || t.sentence[before] != t.sentence[start] || end < limit && (t.lower[end].equals("’s") || t.lower[end].equals("'s"))) {
            return false; // ("to put Syria’s collapsed ceasefire back on track": the object is what it has)
        }
        if (StanceTagger.PREPOSITIONS.contains(t.lower[before]) && !PlaceContext.LOCATIVE.contains(t.lower[before]) && !t.lower[before].equals("from")
                && before - 1 >= 0 && t.sentence[before - 1] == t.sentence[start]) {
            CueLexicon.Cue cue = CueLexicon.SHIPPED.lookupVerb(t.lower[before - 1]);
            return cue != null && cue.prepositions().contains(t.lower[before]) && cue.requires().isEmpty(); // "standing with Syria"
        }
        CueLexicon.Cue cue = CueLexicon.SHIPPED.lookupVerb(t.lower[before]);
        return cue != null && !cue.needsPreposition() && !cue.agreementsOnly() && cue.requires().isEmpty(); // "praised Syria"
    }

    /** Names that denote a place unless they possess a state's practice ("Syria’s criminal military strategy"). */
    static final Set<String> MOSTLY_PLACES = Vocabulary.set("ActorTagger.MOSTLY_PLACES");
    /** What a state has and a place does not: its strategy, practices, programmes, army, bases. */
    static final Set<String> STATE_PRACTICES = Vocabulary.set("ActorTagger.STATE_PRACTICES");

    private static boolean possessesAStatePractice(DocumentTokens t, int end, int limit) {
        if (end >= limit || !(t.lower[end].equals("’s") || t.lower[end].equals("'s"))) {
            return false;
        }
        for (int k = end + 1; k < Math.min(limit, end + 6); k++) {
            if (STATE_PRACTICES.contains(t.lower[k]) || ORGAN_HEADS.contains(t.lower[k]) || TitledPeople.HEADS.contains(t.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of events and abstractions before which a state's name is an attribute ("U.S. strikes", "U.S. interests"). */
    static final Set<String> EVENT_NOUNS = Vocabulary.set("ActorTagger.EVENT_NOUNS");

    private static boolean modifiesAnEvent(DocumentTokens t, int end, int limit) {
        if (end >= limit) {
            return false;
        }
        boolean compound = (t.word[end].equals("-") || t.word[end].equals("–")) && end + 1 < limit && Character.isUpperCase(t.word[end + 1].charAt(0));
        return compound || EVENT_NOUNS.contains(t.lower[end]);
    }

    /** Words after a phrase that show it is a subject or object, not a modifier of the next noun. */
    static final Set<String> FUNCTION_WORDS = Vocabulary.set("ActorTagger.FUNCTION_WORDS");

    /** "Russian military assets", "Turkish army convoys": a head that is also a modifier, followed by a noun. */
    private static boolean modifiesANoun(DocumentTokens t, int end, int limit) {
        if (end >= limit || !ORGAN_MODIFIERS.contains(t.lower[end - 1])) {
            return false;
        }
        String next = t.word[end];
        return Character.isLetter(next.charAt(0)) && Character.isLowerCase(next.charAt(0)) && !FUNCTION_WORDS.contains(t.lower[end])
                && !next.endsWith("ed") && !next.endsWith("ly");
    }

    record DemonymPhrase(int start, int end, List<ActorEntry> actors) {
    }

    /**
     * [the] Demonym[-Demonym] (modifier)* head, e.g. "the Russian air force", "Russian-Syrian forces";
     * in "Russian and Syrian forces" the first demonym alone denotes its state.
     */
    DemonymPhrase demonymPhrase(DocumentTokens t, int i, int limit) {
        int start = i;
        int j = i;
        if (t.lower[j].equals("the") && j + 1 < limit) {
            j++;
        }
        List<ActorEntry> states = demonymsAt(t, j);
        if (states.isEmpty() || (j > 0 && FORMER.contains(t.lower[j - 1]))) {
            return null; // "a former Russian diplomat" speaks for himself, not for the state
        }
        if (start == j && j + 2 < limit && (t.lower[j + 1].equals("and") || t.lower[j + 1].equals(","))) {
            DemonymPhrase next = demonymPhrase(t, j + 2, limit);
            // "Russian and Syrian forces", "Turkish and regime forces": the first demonym alone is its state
            if ((next != null || GOVERNMENT_HEADS.contains(t.lower[j + 2])) && states.size() == 1) {
                return new DemonymPhrase(j, j + 1, states);
            }
        }
        int lastHead = -1;
        for (int k = j + 1; k < limit && (ORGAN_MODIFIERS.contains(t.lower[k]) || ORGAN_HEADS.contains(t.lower[k])); k++) {
            if (lastHead >= 0 && t.lower[k].equals("and")) {
                break; // "Turkish forces and regime forces": a second phrase begins
            }
            if (ORGAN_HEADS.contains(t.lower[k]) || k + 1 < limit && ORGAN_COMPOUND_HEADS.contains(t.lower[k] + " " + t.lower[k + 1])) {
                lastHead = ORGAN_HEADS.contains(t.lower[k]) ? k : k + 1; // "Russian air power"
            }
        }
        return lastHead < 0 ? null : new DemonymPhrase(start, lastHead + 1, states);
    }

    private List<ActorEntry> demonymsAt(DocumentTokens t, int j) {
        ActorEntry single = demonyms.get(t.word[j]);
        if (single != null) {
            return List.of(single);
        }
        if (t.word[j].indexOf('-') < 0) {
            return List.of();
        }
        String[] parts = t.word[j].split("-");
        if (parts.length < 2) {
            return List.of();
        }
        List<ActorEntry> states = new ArrayList<>();
        for (String part : parts) {
            ActorEntry a = demonyms.get(part);
            if (a == null) {
                return List.of();
            }
            states.add(a);
        }
        return states;
    }

    private static void add(JCas jcas, DocumentTokens t, int startToken, int endToken, ActorEntry actor, double confidence) {
        if (t.bibliography().covers(t.begin[startToken], t.end[endToken - 1])) {
            return; // a cited title, a source line, a URL: bibliographic matter is not annotated (codebook)
        }
        suggest(jcas, t.begin[startToken], t.end[endToken - 1], actor.id(), actor.category(), confidence, ORIGIN);
    }

    /** A SUGGESTED actor mention, added to the indexes: the one way the taggers of this package make them. */
    static Actor suggest(JCas jcas, int begin, int end, String actorId, String category, double confidence, String origin) {
        Actor a = new Actor(jcas, begin, end);
        a.setActorId(actorId);
        a.setCategory(category);
        a.setStatus(TagValues.SUGGESTED);
        a.setConfidence(confidence);
        a.setOrigin(origin);
        a.addToIndexes();
        return a;
    }
}
