package parley.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import parley.model.AgreementEntry;
import parley.model.Catalogue;
import parley.store.DocumentImport;
import parley.type.Actor;
import parley.type.Agreement;
import parley.type.DocumentInfo;
import parley.types.TagValues;

/**
 * Tags {@link Agreement} mentions: catalogue names and descriptions by longest match, and
 * definite anaphora ("the deal", "this current agreement", "the new truce") resolved, in order,
 * to the agreement whose parties the sentence names, the most recent compatible agreement
 * mentioned before, or the latest compatible agreement signed by the document's date. Indefinite,
 * plural, negated or hypothetical mentions ("a more durable ceasefire", "any deal", "ceasefire
 * agreements") are left alone, as are places named after an agreement ("in the de-escalation zone").
 *
 * <p>Must run after the {@link ActorTagger}: party resolution reads the sentence's actors.
 */
public class AgreementTagger extends JCasAnnotator_ImplBase {

    static final String ORIGIN = "parley.pipeline.AgreementTagger";

    /** Anaphoric heads and the agreement kinds each can refer to. */
    static final Map<String, Set<String>> HEADS = Vocabulary.map("AgreementTagger.HEADS");
    private static final java.util.regex.Pattern DAY_OR_YEAR = java.util.regex.Pattern.compile("\\d{1,2}|\\d{4}");

    /** Kinds a head names first of all. */
    static final Map<String, Set<String>> PREFERRED = Vocabulary.map("AgreementTagger.PREFERRED");
    static final Set<String> DETERMINERS = Vocabulary.set("AgreementTagger.DETERMINERS");
    /** Words allowed between the determiner and the head of an anaphor. */
    static final Set<String> ANAPHOR_MODIFIERS = Vocabulary.set("AgreementTagger.ANAPHOR_MODIFIERS");
    /** Heads of aliases that name a place when preceded by a locative ("in the de-escalation zone"). */
    static final Set<String> PLACE_HEADS = Vocabulary.set("AgreementTagger.PLACE_HEADS");
    /** "a", "an": an indefinite agreement is a specific one only as the object of its conclusion (below). */
    static final Set<String> INDEFINITES = Vocabulary.set("AgreementTagger.INDEFINITES");
    /** Verbs whose object is an agreement being concluded: "they reached a deal", "produced a renewed ceasefire". */
    static final Set<String> CONCLUSION_VERBS = Vocabulary.set("AgreementTagger.CONCLUSION_VERBS");
    static final Set<String> CONCLUSION_PARTICLES = Vocabulary.set("AgreementTagger.CONCLUSION_PARTICLES");
    /** Place names that may stand in such a place alias ("in the Idlib de-escalation zone"). */
    static final Set<String> PLACE_NAME_MODIFIERS = Vocabulary.set("AgreementTagger.PLACE_NAME_MODIFIERS");
    /** Anaphora are resolved by document date only to agreements at most this old. */
    static final int MAX_DAYS_BEFORE_DOCUMENT = 120;

    record Name(AgreementEntry agreement, double confidence) {
    }

    private final PhraseLexicon<Name> names = new PhraseLexicon<>(true);
    private Catalogue catalogue;
    /** Each agreement's capitalised name words ("sochi"), besides heads and months. */
    private final Map<AgreementEntry, Set<String>> nameWords = new HashMap<>();
    /** Each agreement's scope, the words after "on" in its names ("on Idlib", "on north-east Syria"), less an actor's name. */
    private final Map<AgreementEntry, List<List<String>>> scopes = new HashMap<>();
    /** The preposition before an agreement's scope in its names. */
    private static final String SCOPE_PREPOSITION = "on";

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        catalogue = CatalogueParameter.load(context);
        for (AgreementEntry a : catalogue.agreements()) {
            for (String alias : a.aliases()) {
                addWithOptionalArticle(alias, new Name(a, 0.9));
                String dotted = INITIALISM.matcher(alias).replaceAll(m -> String.join(".", m.group(1).split("")) + ".");
                if (!dotted.equals(alias)) {
                    addWithOptionalArticle(dotted, new Name(a, 0.9)); // "the UN-led process" is also "the U.N.-led process"
                }
            }
            for (String description : a.descriptions()) {
                addWithOptionalArticle(description, new Name(a, 0.7));
            }
        }
        names.freeze();
        for (AgreementEntry a : catalogue.agreements()) {
            Set<String> words = new HashSet<>();
            for (String alias : a.aliases()) {
                List<String> aliasWords = Tokenizer.words(alias);
                for (int i = 0; i + 1 < aliasWords.size(); i++) {
                    String w = aliasWords.get(i).toLowerCase(java.util.Locale.ROOT);
                    // a name word names the agreement right before its head ("Sochi memorandum"), not a place in a longer
                    // phrase ("the Idlib de-escalation area")
                    if (Character.isUpperCase(aliasWords.get(i).charAt(0)) && !HEADS.containsKey(w) && month(w) < 0
                            && HEADS.containsKey(aliasWords.get(i + 1).toLowerCase(java.util.Locale.ROOT))) {
                        words.add(w);
                    }
                }
            }
            nameWords.put(a, words);
        }
        Set<String> actorNames = new HashSet<>();
        for (parley.model.ActorEntry actor : catalogue.actors()) {
            actorNames.addAll(actor.aliases());
            actorNames.addAll(actor.metonyms());
        }
        for (AgreementEntry a : catalogue.agreements()) {
            List<List<String>> phrases = new ArrayList<>();
            for (String phrase : concat(List.of(a.name()), a.aliases(), a.descriptions())) {
                List<String> words = Tokenizer.words(phrase);
                int on = words.indexOf(SCOPE_PREPOSITION);
                List<String> scope = on < 0 ? List.of() : new ArrayList<>(words.subList(on + 1, words.size()));
                if (!scope.isEmpty() && actorNames.contains(scope.get(scope.size() - 1))) {
                    scope.remove(scope.size() - 1); // "north-east Syria": Syria is an actor's name, no part of the scope
                }
                List<String> lower = scope.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
                if (!lower.isEmpty() && !phrases.contains(lower)) {
                    phrases.add(lower);
                }
            }
            scopes.put(a, phrases);
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return all;
    }

    /** A two- or three-letter initialism, as news agencies also spell it with points ("UN", "U.N."). */
    private static final java.util.regex.Pattern INITIALISM = java.util.regex.Pattern.compile("\\b(\\p{Lu}{2,3})\\b(?=[- ])");

    private void addWithOptionalArticle(String phrase, Name name) {
        names.add(phrase, name);
        List<String> words = Tokenizer.words(phrase);
        if (words.size() > 1 && words.get(0).equals("the")) {
            names.add(words.subList(1, words.size()), name);
        }
    }

    @Override
    public void process(JCas jcas) {
        DocumentTokens t = DocumentTokens.of(jcas);
        DocumentInfo info = DocumentImport.info(jcas);
        String documentDate = info == null ? null : info.getDate();
        boolean inDatedStory = false;
        List<Actor> actors = new ArrayList<>(jcas.getAnnotationIndex(Actor.class).select().asList());
        List<AgreementEntry> mentioned = new ArrayList<>();
        String latestYear = null;
        // an agreement the catalogue does not know was concluded in this paragraph, and no agreement has been named since
        boolean unknownConcluded = false;
        for (int s = 0; s < t.sentences(); s++) {
            int limit = t.sentenceFirst[s + 1];
            String datelineDate = datelineDate(t, s);
            if (datelineDate != null) {
                // "SOCHI, Russia, Sept 17, 2018 — ...": a new story of a compilation; its anaphora mean what was agreed by its date
                documentDate = datelineDate;
                mentioned.clear();
                inDatedStory = true;
                latestYear = null;
            }
            latestYear = latestYear(t, s, latestYear);
            int lineBreak = s > 0 ? t.text.indexOf('\n', t.sentenceEnd[s - 1]) : -1;
            if (lineBreak >= 0 && lineBreak < t.sentenceBegin[s]) {
                unknownConcluded = false; // a new paragraph
            }
            AgreementEntry namedInSentence = null;
            AgreementEntry sentenceSubject = null;
            for (int i = t.sentenceFirst[s]; i < limit;) {
                PhraseLexicon.Match<Name> m = names.longestAt(t, i, limit);
                if (m != null) {
                    if (!isPlace(t, m)) {
                        Resolution dated = dateAfterName(t, m, limit);
                        AgreementEntry named = dated != null ? dated.agreement : recentNamesake(jcas, t, m, m.value().agreement(), mentioned);
                        latestYear = laterYear(latestYear, named); // "the Moscow protocol" names 2020 as a year would
                        unknownConcluded = false;
                        int dateEnd = ofDateEnd(t, m.end(), limit);
                        add(jcas, t, m.start(), dateEnd > 0 && named != m.value().agreement() ? dateEnd : m.end(), named, m.value().confidence());
                        if (inDatedStory && !mentioned.isEmpty() && yearBefore(t, Math.max(t.sentenceFirst[s], m.start() - 1), m.end(), documentDate)) {
                            // "violated the 2017 de-escalation agreement" in a story datelined 2018: looked back on, not
                            // what the story's next "the deal" means
                            mentioned.add(named);
                        } else {
                            mentioned.add(0, named);
                        }
                        if (m.start() == t.sentenceFirst[s]) {
                            namedInSentence = m.value().agreement(); // the sentence's subject
                            sentenceSubject = named;
                        }
                    }
                    i = m.end();
                    continue;
                }
                int anaphorEnd = anaphorAt(t, i, limit);
                for (int k = i + 1; k < anaphorEnd; k++) {
                    if (names.longestAt(t, k, limit) != null) {
                        anaphorEnd = -1; // "said that resolution 2254 remained": a name, not "that resolution"
                    }
                }
                if (anaphorEnd > 0) {
                    String head = t.lower[anaphorEnd - 1];
                    boolean newest = hasNewestModifier(t, i, anaphorEnd);
                    Resolution r = byExplicitDate(t, i, anaphorEnd, HEADS.get(head)); // "the May 2017 memorandum", "a 2016 deal"
                    String day = r == null ? dayAndMonthAfter(t, anaphorEnd, limit) : null;
                    if (day != null) {
                        r = onlySigned(date -> date.endsWith(day), PREFERRED.getOrDefault(head, HEADS.get(head)), 0.7);
                        r = r != null ? r : onlySigned(date -> date.endsWith(day), HEADS.get(head), 0.7);
                        anaphorEnd = r != null ? anaphorEnd + 3 : anaphorEnd; // the date is part of the name
                    }
                    r = r != null ? r : definedBy(t, anaphorEnd, limit);
                    r = r != null ? r : byScopeAfter(t, anaphorEnd, limit, HEADS.get(head));
                    if (r == null) {
                        int clause = concludingRelativeClause(t, anaphorEnd, limit);
                        r = byExplicitDate(t, clause > 0 ? clause : anaphorEnd, limit, HEADS.get(head));
                        int ofDate = clause > 0 || r == null ? -1 : ofDateEnd(t, anaphorEnd, limit);
                        anaphorEnd = ofDate > 0 ? ofDate : anaphorEnd; // "the memorandum of 22 October 2019": the date names it
                        if (r == null && clause > 0) {
                            r = byMonthOfDocumentYear(t, clause, limit, HEADS.get(head), documentDate);
                            if (r != null) {
                                // "Earlier truces have unravelled. A ceasefire that Moscow and Ankara announced in January
                                // collapsed": an earlier one the report looks back on, not what its next "the truce" means
                                add(jcas, t, i, anaphorEnd, r.agreement, r.confidence);
                                if (!mentioned.contains(r.agreement)) {
                                    mentioned.add(r.agreement);
                                }
                                i = anaphorEnd;
                                continue;
                            }
                        }
                    }
                    if (r == null && !newest && namedInSentence != null) {
                        // "The May 2017 Astana agreement stipulated ... compliance with the ceasefire": the agreement the
                        // sentence opens with, whatever its kind
                        r = new Resolution(namedInSentence, 0.6);
                    }
                    boolean dated = false;
                    if (r == null && INDEFINITES.contains(t.lower[i])) {
                        // "In September 2018, they negotiated a new deal": the concluding sentence dates it
                        for (int k = t.sentenceFirst[s]; k < limit && r == null; k++) {
                            if (isYear(t.lower[k])) {
                                dated = true;
                                r = byExplicitDate(t, Math.max(t.sentenceFirst[s], k - 1), limit, HEADS.get(head));
                            }
                        }
                    }
                    if (r == null && dated) {
                        // "brokered a ceasefire in southern Syria in July 2017": concluded when no agreement of the catalogue was,
                        // and what the next "the agreement" means
                        unknownConcluded = true;
                        i = anaphorEnd;
                        continue;
                    }
                    boolean indefinite = INDEFINITES.contains(t.lower[i]);
                    if (r == null && unknownConcluded && !indefinite) {
                        i = anaphorEnd; // "... announced a ceasefire covering Deraa. The agreement had been negotiated in Amman"
                        continue;
                    }
                    // a truce is first of all a ceasefire: try the kinds a head prefers before the ones it allows
                    for (Set<String> kinds : List.of(PREFERRED.getOrDefault(head, HEADS.get(head)), HEADS.get(head))) {
                        if (r == null && newest) {
                            // "the latest deal": the newest as of the document, whoever else the sentence names
                            r = resolve(t, s, t.begin[i], List.of(), kinds, List.of(), documentDate, Set.of(), latestYear, true);
                        }
                        if (r == null) {
                            // an agreement concluded is a new one, not the one last named ("Washington, Moscow and Amman signed
                            // a memorandum"): only its parties or its date say which
                            r = resolve(t, s, t.begin[i], actors, kinds, mentioned, documentDate, HEADS.get(head), latestYear, !indefinite);
                        }
                    }
                    if (r == null && indefinite) {
                        unknownConcluded = true;
                    }
                    if (r != null) {
                        add(jcas, t, i, anaphorEnd, r.agreement, r.confidence);
                        mentioned.remove(r.agreement);
                        mentioned.add(0, r.agreement);
                        if (i == t.sentenceFirst[s]) {
                            sentenceSubject = r.agreement;
                        }
                    }
                    i = anaphorEnd;
                    continue;
                }
                i++;
            }
            if (sentenceSubject != null) {
                // "The protocol, which supplements the Sochi memorandum, provided for ...": the agreement a sentence is
                // about, not the one its clause compares it with, is what the next "the agreement" means
                mentioned.remove(sentenceSubject);
                mentioned.add(0, sentenceSubject);
            }
        }
    }

    /** Whether a year inside a name is earlier than the document's ("the 2017 de-escalation agreement" in 2018). */
    private static boolean yearBefore(DocumentTokens t, int from, int to, String documentDate) {
        if (documentDate == null || documentDate.length() < 4) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (isYear(t.lower[k]) && t.lower[k].compareTo(documentDate.substring(0, 4)) < 0) {
                return true;
            }
        }
        return false;
    }

    /** How far into a sentence a dateline's date may end ("WASHINGTON/LONDON/PARIS, April 14, 2018 —"). */
    private static final int DATELINE_REACH = 12;

    /**
     * The date of a dateline that opens sentence {@code s}: a place in capitals, a date, then a dash or a parenthesis
     * ("ASTANA, May 4, 2017 —", "SOCHI, Russia, Sept 17, 2018 —"); as yyyy-mm-dd, or null.
     */
    private static String datelineDate(DocumentTokens t, int s) {
        int first = t.sentenceFirst[s];
        int limit = t.sentenceFirst[s + 1];
        String w = t.word[first];
        if (w.length() < 3 || !w.chars().allMatch(Character::isUpperCase)) {
            return null;
        }
        for (int k = first + 1; k < Math.min(limit, first + DATELINE_REACH); k++) {
            if (t.word[k].equals("—") || t.word[k].equals("–") || t.word[k].equals("-") || t.word[k].equals("(")) {
                return DocumentMetadataAnnotator.findDate(t.text.subSequence(t.begin[first], t.begin[k]).toString());
            }
        }
        return null;
    }

    /**
     * "the Sochi understanding" in a report about the north-east, after "the memorandum of 22 October 2019": a name
     * without a date whose one name word two agreements of one kind share (Sochi 2018 and 2019) means the one of them
     * the document has named most so far (the last named of those on a tie); else the name's own.
     */
    private AgreementEntry recentNamesake(JCas jcas, DocumentTokens t, PhraseLexicon.Match<Name> m, AgreementEntry named,
            List<AgreementEntry> mentioned) {
        String word = null;
        for (int k = m.start(); k < m.end(); k++) {
            if (HEADS.containsKey(t.lower[k]) || k == m.start() && DETERMINERS.contains(t.lower[k])) {
                continue;
            }
            if (word != null || !t.isCapitalized(k)) {
                return named; // "the 2019 Sochi memorandum", "the Idlib de-escalation area": more than a name word and heads
            }
            word = t.lower[k];
        }
        List<AgreementEntry> namesakes = new ArrayList<>();
        for (AgreementEntry a : catalogue.agreements()) {
            if (a != named && a.kind().equals(named.kind()) && nameWords.getOrDefault(a, Set.of()).contains(word)) {
                namesakes.add(a);
            }
        }
        if (namesakes.isEmpty()) {
            return named;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Agreement a : jcas.getAnnotationIndex(Agreement.class)) {
            counts.merge(a.getAgreementId(), 1, Integer::sum);
        }
        AgreementEntry best = named;
        for (AgreementEntry a : namesakes) {
            int c = counts.getOrDefault(a.id(), 0);
            int b = counts.getOrDefault(best.id(), 0);
            if (c > b || c == b && c > 0 && mentioned.indexOf(a) >= 0 && (mentioned.indexOf(best) < 0 || mentioned.indexOf(a) < mentioned.indexOf(best))) {
                best = a;
            }
        }
        if (counts.getOrDefault(best.id(), 0) == 0) {
            // named first: the namesake whose scope the text has named most so far ("Idlib", "north-east Syria"), else
            // the one of the year it has named most ("the Turkish incursion of October 2019 ... The Sochi memorandum"),
            // the name's own on a tie
            List<AgreementEntry> candidates = new ArrayList<>(namesakes);
            candidates.add(0, named);
            AgreementEntry byScope = mostNamed(candidates, a -> scopeCount(t, a, m.start()));
            Map<String, Integer> years = yearsBefore(t, m.start());
            AgreementEntry byYear = mostNamed(candidates, a -> years.getOrDefault(yearOf(a), 0));
            best = byScope != null ? byScope : byYear != null ? byYear : named;
        }
        return best;
    }

    /**
     * The one agreement of a compatible kind whose scope follows the anaphor: "a ten-point memorandum of understanding on
     * north-east Syria", "the deal on Idlib"; or null.
     */
    private Resolution byScopeAfter(DocumentTokens t, int j, int limit, Set<String> kinds) {
        if (j + 1 < limit && t.lower[j].equals("of") && HEADS.containsKey(t.lower[j + 1])) {
            j += 2; // "memorandum of understanding"
        }
        if (j + 1 >= limit || !t.lower[j].equals(SCOPE_PREPOSITION)) {
            return null;
        }
        AgreementEntry only = null;
        for (AgreementEntry a : catalogue.agreements()) {
            if (kinds.contains(a.kind()) && t.phraseEnd(scopes.getOrDefault(a, List.of()), j + 1, limit) > 0) {
                if (only != null) {
                    return null;
                }
                only = a;
            }
        }
        return only == null ? null : new Resolution(only, 0.7);
    }

    /** The one candidate whose count is highest and above zero, or null on a tie. */
    private static AgreementEntry mostNamed(List<AgreementEntry> candidates, java.util.function.ToIntFunction<AgreementEntry> count) {
        AgreementEntry most = null;
        int highest = 0;
        boolean tie = false;
        for (AgreementEntry a : candidates) {
            int c = count.applyAsInt(a);
            if (c > highest) {
                most = a;
                highest = c;
                tie = false;
            } else if (c == highest && c > 0) {
                tie = true;
            }
        }
        return tie ? null : most;
    }

    /** How often the text names the agreement's scope before token {@code end}. */
    private int scopeCount(DocumentTokens t, AgreementEntry a, int end) {
        int n = 0;
        for (int k = 0; k < end; k++) {
            if (t.phraseEnd(scopes.getOrDefault(a, List.of()), k, end) > 0) {
                n++;
            }
        }
        return n;
    }

    /** How often the text names each year before token {@code end}, outside bibliographic matter. */
    private static Map<String, Integer> yearsBefore(DocumentTokens t, int end) {
        Map<String, Integer> years = new HashMap<>();
        for (int k = 0; k < end; k++) {
            String year = namedYear(t, k);
            if (year != null) {
                years.merge(year, 1, Integer::sum);
            }
        }
        return years;
    }

    private static String yearOf(AgreementEntry a) {
        return a.dateSigned() == null || a.dateSigned().length() < 4 ? "" : a.dateSigned().substring(0, 4);
    }

    private static boolean isPlace(DocumentTokens t, PhraseLexicon.Match<Name> m) {
        if (!PLACE_HEADS.contains(t.lower[m.end() - 1])) {
            return false;
        }
        int p = m.start() - 1;
        while (p >= 0 && (t.lower[p].equals("the") || PLACE_NAME_MODIFIERS.contains(t.lower[p]))) {
            p--;
        }
        return p >= 0 && (PlaceContext.LOCATIVE.contains(t.lower[p]) || PLACE_GOVERNORS.contains(t.lower[p]));
    }

    /** Words before "the … zone(s)" that make it the territory, not the arrangement ("demarcated the zone", "four zones"). */
    static final Set<String> PLACE_GOVERNORS = Vocabulary.set("AgreementTagger.PLACE_GOVERNORS");

    static final List<String> MONTHS = Vocabulary.list("AgreementTagger.MONTHS");
    /** How far after an anaphor a date that pins it down may stand ("the agreement the two sides reached in September 2018"). */
    static final int DATE_WINDOW = 12;

    /**
     * The agreement a date right after a name pins down: "a second Sochi memorandum on 22 October 2019" is the one of
     * that date, of the name's kind; "the Sochi memorandum of 17 September 2018" confirms its own; null without a date.
     */
    private Resolution dateAfterName(DocumentTokens t, PhraseLexicon.Match<Name> m, int limit) {
        if (m.end() >= limit || !(t.lower[m.end()].equals("on") || t.lower[m.end()].equals("of"))) {
            return null;
        }
        return byExplicitDate(t, m.end() + 1, Math.min(limit, m.end() + 5), Set.of(m.value().agreement().kind()));
    }

    /** After "of", a date that ends in a year ("of 22 October 2019", "of October 22, 2019", "of 2016"): its end; or -1. */
    private static int ofDateEnd(DocumentTokens t, int j, int limit) {
        if (j >= limit || !t.lower[j].equals("of")) {
            return -1;
        }
        for (int k = j + 1; k < Math.min(limit, j + 6); k++) {
            if (isYear(t.lower[k])) {
                return k + 1;
            }
            if (!DAY.matcher(t.lower[k]).matches() && month(t.lower[k]) < 0 && !t.lower[k].equals(",")) {
                return -1;
            }
        }
        return -1;
    }

    /** The one compatible agreement signed in the month or year named just after the anaphor, if any. */
    private Resolution byExplicitDate(DocumentTokens t, int from, int limit, Set<String> kinds) {
        for (int k = from; k < Math.min(limit, from + DATE_WINDOW); k++) {
            if (isYear(t.lower[k])) {
                int month = monthBefore(t, k, from);
                return onlySignedIn(t.lower[k] + (month >= 0 ? String.format("-%02d", month + 1) : ""), kinds, 0.7);
            }
        }
        return null;
    }

    /** The month (0-11) of the date whose year is at {@code k}: "May 2017", "17 September 2018", "October 22, 2019"; or -1. */
    private static int monthBefore(DocumentTokens t, int k, int from) {
        int month = k - 1 >= from ? month(t.lower[k - 1]) : -1;
        if (month < 0 && k - 3 >= from && t.lower[k - 1].equals(",") && DAY.matcher(t.lower[k - 2]).matches()) {
            month = month(t.lower[k - 3]);
        }
        return month;
    }

    /** Words that qualify a month before a hyphen ("mid-January", "early-March"). */
    static final Set<String> MONTH_QUALIFIERS = Vocabulary.set("AgreementTagger.MONTH_QUALIFIERS");

    /** The month (0-11) a word names, also qualified ("mid-january"); or -1. */
    private static int month(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && MONTH_QUALIFIERS.contains(word.substring(0, hyphen)) ? MONTHS.indexOf(word.substring(hyphen + 1)) : MONTHS.indexOf(word);
    }

    /**
     * "the ceasefire of 5 March", "the truce on March 5": a day and month without a year right after an anaphor, as the
     * end of a date of signing ("-03-05") that names the one compatible agreement signed on that day of any year; or null.
     * The date ends three tokens after {@code j}.
     */
    private static String dayAndMonthAfter(DocumentTokens t, int j, int limit) {
        if (j + 2 >= limit || !(t.lower[j].equals("of") || t.lower[j].equals("on"))) {
            return null;
        }
        boolean dayFirst = DAY.matcher(t.lower[j + 1]).matches() && month(t.lower[j + 2]) >= 0;
        boolean monthFirst = month(t.lower[j + 1]) >= 0 && DAY.matcher(t.lower[j + 2]).matches();
        if (!dayFirst && !monthFirst || j + 3 < limit && (isYear(t.lower[j + 3]) || t.lower[j + 3].equals(","))) {
            return null;
        }
        int day = Integer.parseInt(t.lower[dayFirst ? j + 1 : j + 2]);
        int month = month(t.lower[dayFirst ? j + 2 : j + 1]);
        return String.format("-%02d-%02d", month + 1, day);
    }

    /**
     * "a ceasefire that Moscow and Ankara announced in January": a month without a year is the last such month up to
     * the document's date; the one compatible agreement signed then, if any.
     */
    private Resolution byMonthOfDocumentYear(DocumentTokens t, int from, int limit, Set<String> kinds, String documentDate) {
        if (documentDate == null || documentDate.length() < 7) {
            return null;
        }
        for (int k = from; k < Math.min(limit, from + DATE_WINDOW); k++) {
            int month = month(t.lower[k]);
            if (month < 0 || k + 1 < limit && (isYear(t.lower[k + 1]) || DAY.matcher(t.lower[k + 1]).matches())) {
                continue;
            }
            int year = Integer.parseInt(documentDate.substring(0, 4));
            if (month + 1 > Integer.parseInt(documentDate.substring(5, 7))) {
                year--;
            }
            return onlySignedIn(String.format("%d-%02d", year, month + 1), kinds, 0.6);
        }
        return null;
    }

    /** The one agreement of a compatible kind signed in the year or month {@code prefix} ("2019", "2019-10"), or null. */
    private Resolution onlySignedIn(String prefix, Set<String> kinds, double confidence) {
        return onlySigned(date -> date.startsWith(prefix), kinds, confidence);
    }

    /** The one agreement of a compatible kind whose date of signing passes {@code date}, or null. */
    private Resolution onlySigned(java.util.function.Predicate<String> date, Set<String> kinds, double confidence) {
        AgreementEntry only = null;
        for (AgreementEntry a : catalogue.agreements()) {
            if (kinds.contains(a.kind()) && a.dateSigned() != null && date.test(a.dateSigned())) {
                if (only != null) {
                    return null;
                }
                only = a;
            }
        }
        return only == null ? null : new Resolution(only, confidence);
    }

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{1,2}");
    /** The last parts of a hyphenated count before an agreement's head ("ten-point", "five-year"). */
    static final Set<String> HYPHENATED_COUNTS = Vocabulary.set("AgreementTagger.HYPHENATED_COUNTS");
    /** Words that open another clause inside a relative clause ("that would last until a solution is reached"). */
    static final Set<String> CLAUSE_OPENERS = Vocabulary.set("AgreementTagger.CLAUSE_OPENERS");
    /** How far a relative clause may run from its pronoun to its verb of conclusion ("that Presidents Putin and Erdoğan signed"). */
    private static final int CLAUSE_REACH = 10;

    /**
     * After an agreement noun, the end of the verb of a relative clause that concludes it ("a memorandum that Presidents
     * Erdoğan and Putin signed in Sochi on October 22, 2019"), where its date follows; or -1.
     */
    static int concludingRelativeClause(DocumentTokens t, int from, int limit) {
        for (int k = from; k < Math.min(limit, from + 3); k++) {
            if (t.lower[k].equals("that") || t.lower[k].equals("which")) {
                for (int v = k + 1; v < Math.min(limit, k + CLAUSE_REACH); v++) {
                    if (CONCLUSION_VERBS.contains(t.lower[v])) {
                        return v + 1;
                    }
                    if (t.lower[v].equals(",") || t.lower[v].equals(";") || CLAUSE_OPENERS.contains(t.lower[v])) {
                        return -1;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** "the new agreement", "this current deal": the newest agreement as of the document, not the last one named. */
    static final Set<String> NEWEST = Vocabulary.set("AgreementTagger.NEWEST");

    private static boolean hasNewestModifier(DocumentTokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (NEWEST.contains(t.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "reached a deal", "agreed on a new cessation of hostilities", "agreed to a truce", "announced a ceasefire": the indefinite names
     * the agreement that was concluded there (codebook §2), unlike "any ceasefire" or "a more durable ceasefire".
     */
    private static boolean afterConclusion(DocumentTokens t, int i) {
        int v = i - 1;
        if (v >= 0 && CONCLUSION_PARTICLES.contains(t.lower[v])) {
            v--; // "agreed on a truce", "agreed to a ceasefire"
            for (int skipped = 0; v >= 0 && skipped < 3 && !CONCLUSION_VERBS.contains(t.lower[v])
                    && (TIME_WORDS.contains(t.lower[v]) || MONTHS.contains(t.lower[v])); skipped++) {
                v--; // "agreed on Thursday to a ceasefire": past a time adjunct
            }
        }
        return v >= 0 && CONCLUSION_VERBS.contains(t.lower[v]);
    }

    /** Heads that name one agreement without an article after a verb of conclusion, as headlines write them. */
    static final Set<String> BARE_HEADS = Vocabulary.set("AgreementTagger.BARE_HEADS");
    /** Present forms of the verbs of conclusion, as headlines write them ("Russia and Turkey agree ceasefire"). */
    static final Set<String> HEADLINE_VERBS = Vocabulary.set("AgreementTagger.HEADLINE_VERBS");
    /** Words of a short time adjunct between a verb of conclusion and its particle ("on Thursday", "last week"). */
    static final Set<String> TIME_WORDS = Vocabulary.set("AgreementTagger.TIME_WORDS");

    /** End (exclusive) of a definite singular anaphor starting at i, or -1. */
    static int anaphorAt(DocumentTokens t, int i, int limit) {
        // a name's possessive determines the phrase as "the" does: "Idlib’s fragile ceasefire"
        boolean possessive = i + 1 < limit && Character.isUpperCase(t.word[i].charAt(0))
                && (t.lower[i + 1].equals("\u2019s") || t.lower[i + 1].equals("'s"));
        if (!possessive && BARE_HEADS.contains(t.lower[i]) && i - 1 >= 0
                && (CONCLUSION_VERBS.contains(t.lower[i - 1]) || HEADLINE_VERBS.contains(t.lower[i - 1]) && !(i - 2 >= 0 && t.lower[i - 2].equals("to")))
                && !(i + 1 < limit && HEADS.containsKey(t.lower[i + 1]))) {
            return i + 1; // a headline's bare noun: "Russia and Turkey agree ceasefire in Idlib"
        }
        boolean indefinite = !possessive && INDEFINITES.contains(t.lower[i]);
        if (!possessive && !DETERMINERS.contains(t.lower[i]) && !indefinite) {
            return -1;
        }
        int head = -1;
        for (int k = i + (possessive ? 2 : 1); k < limit && k <= i + (possessive ? 5 : 4); k++) {
            if (HEADS.containsKey(t.lower[k])) {
                head = k;
                // "the ceasefire agreement": the later head wins
                if (k + 1 < limit && HEADS.containsKey(t.lower[k + 1])) {
                    continue;
                }
                break;
            }
            // "the May 2017 memorandum": a month before its year
            boolean datedMonth = MONTHS.contains(t.lower[k]) && k + 1 < limit && isYear(t.lower[k + 1]);
            // ("a ten-point memorandum", "a 13-article agreement": a count of its parts or its term)
            boolean hyphenated = t.word[k].indexOf('-') > 0 && HYPHENATED_COUNTS.contains(t.lower[k].substring(t.lower[k].lastIndexOf('-') + 1));
            if (!ANAPHOR_MODIFIERS.contains(t.lower[k]) && !DAY_OR_YEAR.matcher(t.lower[k]).matches() && !datedMonth && !hyphenated) {
                return -1;
            }
        }
        if (head < 0) {
            return -1;
        }
        // an indefinite names one agreement only where it is concluded: "reached a deal", "a 2016 deal", "a memorandum that ... signed"
        if (indefinite && !afterConclusion(t, i) && !yearAfter(t, i, limit) && concludingRelativeClause(t, head + 1, limit) < 0
                && !(head + 1 < limit && CONCLUSION_VERBS.contains(t.lower[head + 1]))) { // ("a memorandum signed in Sochi in October 2019")
            return -1;
        }
        // "the ceasefire line", "the deal's terms" are fine; "the ceasefire agreements" was excluded by HEADS (singular only)
        return head + 1;
    }

    /** "a 2016 deal", "a 1998 security pact": a year right after the article makes an indefinite specific. */
    private static boolean yearAfter(DocumentTokens t, int i, int limit) {
        return i + 1 < limit && isYear(t.lower[i + 1]);
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");

    private static boolean isYear(String word) {
        return YEAR.matcher(word).matches();
    }

    record Resolution(AgreementEntry agreement, double confidence) {
    }

    /** Participles that say which agreement sets out the thing named before them ("the ceasefire outlined in"). */
    static final Set<String> DEFINED_BY = Vocabulary.set("AgreementTagger.DEFINED_BY");
    /** Prepositions after such a participle, or alone ("the ceasefire under the Sochi memorandum"). */
    static final Set<String> DEFINED_BY_PREPOSITIONS = Vocabulary.set("AgreementTagger.DEFINED_BY_PREPOSITIONS");

    /** "the ceasefire outlined in the Sochi Memorandum", "the truce under the Moscow protocol": that named agreement. */
    private Resolution definedBy(DocumentTokens t, int j, int limit) {
        if (j < limit && DEFINED_BY.contains(t.lower[j])) {
            j++;
            if (j < limit && (t.lower[j].equals("out") || t.lower[j].equals("down") || t.lower[j].equals("up"))) {
                j++; // "set out in", "laid down in"
            }
        } else if (!(j < limit && t.lower[j].equals("under"))) {
            return null;
        }
        if (j >= limit || !DEFINED_BY_PREPOSITIONS.contains(t.lower[j])) {
            return null;
        }
        PhraseLexicon.Match<Name> named = names.longestAt(t, j + 1, limit);
        return named == null || isPlace(t, named) ? null : new Resolution(named.value().agreement(), named.value().confidence());
    }

    /**
     * @param allowedKinds the kinds the anaphor allows at all: where the parties the sentence names fit only agreements
     *     the report has not mentioned, the last one it has mentioned of these kinds is still what "the deal" means
     *     ("the European Union welcomed the deal" after the Sochi memorandum is not the EU-Turkey deal)
     */
    /**
     * The latest year the text has named up to the end of sentence {@code s} ("In December 2016, ..."), given the latest
     * before it; null while it has named none.
     */
    private static String latestYear(DocumentTokens t, int s, String before) {
        String latest = before;
        for (int k = t.sentenceFirst[s]; k < t.sentenceFirst[s + 1]; k++) {
            String year = namedYear(t, k);
            if (year != null && (latest == null || year.compareTo(latest) > 0)) {
                latest = year;
            }
        }
        return latest;
    }

    /** The year the token at {@code k} names in the text, not in bibliographic matter ("In December 2016"); or null. */
    private static String namedYear(DocumentTokens t, int k) {
        return isYear(t.lower[k]) && !t.bibliography().covers(t.begin[k], t.end[k]) ? t.lower[k] : null;
    }

    /** The later of {@code year} and the year the agreement was signed. */
    private static String laterYear(String year, AgreementEntry a) {
        String signed = a.dateSigned() == null || a.dateSigned().length() < 4 ? null : a.dateSigned().substring(0, 4);
        return signed == null || year != null && year.compareTo(signed) >= 0 ? year : signed;
    }

    /**
     * Whether the agreement may be what an anaphor of a text that has named no year after {@code latestYear} means:
     * "the deal" in a story of 2016 is none concluded in 2020.
     */
    private static boolean concludedBy(AgreementEntry a, String latestYear) {
        return latestYear == null || a.dateSigned() == null || a.dateSigned().length() < 4
                || a.dateSigned().substring(0, 4).compareTo(latestYear) <= 0;
    }

    /**
     * The agreement an anaphor means: the one whose parties the sentence names (the last named of those first); where
     * {@code recencyAlone} (not for an agreement just concluded, which is a new one), else the last named of its kind; else
     * the newest signed shortly before the document's date (for one just concluded, in a month the sentence names, if any).
     */
    private Resolution resolve(DocumentTokens t, int sentence, int anaphorOffset, List<Actor> actors, Set<String> kinds,
            List<AgreementEntry> mentioned, String documentDate, Set<String> allowedKinds, String latestYear, boolean recencyAlone) {
        // distance from the anaphor to the nearest mention of each actor in the sentence
        Map<String, Integer> distance = new HashMap<>();
        int sb = t.sentenceBegin[sentence];
        int se = t.sentenceEnd[sentence];
        for (int i = firstAtOrAfter(actors, sb); i < actors.size() && actors.get(i).getBegin() < se; i++) {
            Actor a = actors.get(i);
            if (a.getEnd() <= se) {
                distance.merge(catalogue.affiliationOf(a.getActorId()), Math.abs(a.getBegin() - anaphorOffset), Math::min);
            }
        }
        List<AgreementEntry> byParties = new ArrayList<>();
        for (AgreementEntry a : catalogue.agreements()) {
            if (kinds.contains(a.kind()) && a.parties().size() >= 2 && distance.keySet().containsAll(a.parties()) && concludedBy(a, latestYear)) {
                byParties.add(a);
            }
        }
        if (!byParties.isEmpty()) {
            for (AgreementEntry recent : mentioned) {
                if (byParties.contains(recent)) {
                    return new Resolution(recent, 0.7);
                }
            }
            AgreementEntry best = null;
            double bestDistance = Double.MAX_VALUE;
            for (AgreementEntry a : byParties) {
                // the mean, not the sum: "Russia, Turkey and Iran signed a memorandum" names the three parties' one, not a
                // two parties' one that is nearer in sum only for having fewer
                double d = a.parties().stream().mapToInt(distance::get).average().orElse(Double.MAX_VALUE);
                if (d < bestDistance || (d == bestDistance && fitsDateBetter(a, best, documentDate))) {
                    best = a;
                    bestDistance = d;
                }
            }
            if (recencyAlone && !signedShortlyBefore(best, documentDate)) {
                for (AgreementEntry recent : mentioned) {
                    if (allowedKinds.contains(recent.kind())) {
                        return new Resolution(recent, 0.6);
                    }
                }
            }
            return new Resolution(best, 0.6);
        }
        for (AgreementEntry recent : recencyAlone ? mentioned : List.<AgreementEntry>of()) {
            if (kinds.contains(recent.kind())) {
                return new Resolution(recent, 0.7);
            }
        }
        if (documentDate != null) {
            AgreementEntry byDate = null;
            for (AgreementEntry a : catalogue.agreements()) {
                if (kinds.contains(a.kind()) && signedShortlyBefore(a, documentDate) && concludedBy(a, latestYear) && (byDate == null || later(a, byDate))
                        && (recencyAlone || inMonthsOf(t, sentence, a))) {
                    byDate = a;
                }
            }
            if (byDate != null) {
                return new Resolution(byDate, 0.5);
            }
        }
        return null;
    }

    /**
     * Whether the months the sentence names, if any, include the one the agreement was signed in: "The truce was consolidated
     * in November, when ... signed a memorandum" is no memorandum of September.
     */
    private static boolean inMonthsOf(DocumentTokens t, int sentence, AgreementEntry a) {
        boolean named = false;
        for (int k = t.sentenceFirst[sentence]; k < t.sentenceFirst[sentence + 1]; k++) {
            int month = month(t.lower[k]);
            if (month >= 0 && t.isCapitalized(k)) {
                if (a.dateSigned() != null && a.dateSigned().length() >= 7 && Integer.parseInt(a.dateSigned().substring(5, 7)) == month + 1) {
                    return true;
                }
                named = true;
            }
        }
        return !named;
    }

    /** Signed on or before the document's date, at most {@value #MAX_DAYS_BEFORE_DOCUMENT} days before it. */
    private static boolean signedShortlyBefore(AgreementEntry a, String documentDate) {
        return documentDate != null && documentDate.length() == 10 && a.dateSigned() != null && a.dateSigned().length() == 10
                && a.dateSigned().compareTo(documentDate) <= 0 && daysBetween(a.dateSigned(), documentDate) <= MAX_DAYS_BEFORE_DOCUMENT;
    }

    /** Signed on or before the document's date, and later than the other. */
    private static boolean fitsDateBetter(AgreementEntry a, AgreementEntry other, String documentDate) {
        boolean fits = documentDate == null || (a.dateSigned() != null && a.dateSigned().compareTo(documentDate) <= 0);
        return fits && later(a, other);
    }

    /** Index of the first actor (sorted by begin) that begins at or after {@code offset}. */
    private static int firstAtOrAfter(List<Actor> actors, int offset) {
        int lo = 0;
        int hi = actors.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (actors.get(mid).getBegin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean later(AgreementEntry a, AgreementEntry b) {
        return a.dateSigned() != null && (b.dateSigned() == null || a.dateSigned().compareTo(b.dateSigned()) > 0);
    }

    private static long daysBetween(String from, String to) {
        try {
            return java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(from), java.time.LocalDate.parse(to));
        } catch (java.time.format.DateTimeParseException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void add(JCas jcas, DocumentTokens t, int startToken, int endToken, AgreementEntry agreement, double confidence) {
        if (t.bibliography().covers(t.begin[startToken], t.end[endToken - 1])) {
            return; // a cited title, a source line, a URL: bibliographic matter is not annotated (codebook)
        }
        Agreement a = new Agreement(jcas, t.begin[startToken], t.end[endToken - 1]);
        a.setAgreementId(agreement.id());
        a.setStatus(TagValues.SUGGESTED);
        a.setConfidence(confidence);
        a.setOrigin(ORIGIN);
        a.addToIndexes();
    }
}
