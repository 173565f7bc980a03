package parley.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import parley.model.ActorEntry;
import parley.model.Catalogue;
import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.TagValues;

/**
 * Tags {@link Stance}s within a sentence: a cue of the {@link CueLexicon}, its holder (the actor
 * before it, an actor named by "by" after a passive, or the antecedent of a pronoun in the same or
 * the previous sentence) and its target (the actor or agreement after it, or the one a relative
 * clause hangs on). Nothing is asserted under negation, in questions, in conditionals or under a
 * modal ("Turkey should ...", "Russia could ..."). The stance's span is the evidence sentence.
 *
 * <p>Must run after the {@link ActorTagger} and the {@link AgreementTagger}.
 */
public class StanceTagger extends JCasAnnotator_ImplBase {

    static final String ORIGIN = "parley.pipeline.StanceTagger";

    static final Set<String> NEGATIONS = Vocabulary.set("StanceTagger.NEGATIONS");
    static final Set<String> MODALS = Vocabulary.set("StanceTagger.MODALS");
    static final Set<String> CONDITIONALS = Vocabulary.set("StanceTagger.CONDITIONALS");
    static final Set<String> THING_PRONOUNS = Vocabulary.set("StanceTagger.THING_PRONOUNS");
    static final Set<String> PERSON_PRONOUNS = Vocabulary.set("StanceTagger.PERSON_PRONOUNS");
    /** Possessive and object pronouns: never a subject ("its", "them"). */
    static final Set<String> NOT_SUBJECT_PRONOUNS = Vocabulary.set("StanceTagger.NOT_SUBJECT_PRONOUNS");
    static final Set<String> LIGHT_VERBS = Vocabulary.set("StanceTagger.LIGHT_VERBS");
    static final Set<String> NOUN_MARKERS = Vocabulary.set("StanceTagger.NOUN_MARKERS");
    /** Words that end the search for a target: it would belong to another clause. */
    static final Set<String> CLAUSE_BREAKS = Vocabulary.set("StanceTagger.CLAUSE_BREAKS");
    /** Words after which a coordinated mention has ended, rather than begun a clause of its own. */
    static final Set<String> COORDINATION_ENDS = Vocabulary.set("StanceTagger.COORDINATION_ENDS");
    static final Set<String> CONCLUDE_VERBS = Vocabulary.set("StanceTagger.CONCLUDE_VERBS");
    static final Set<String> PASSIVE_AUXILIARIES = Vocabulary.set("StanceTagger.PASSIVE_AUXILIARIES");
    /** Participles after an agreement that name its parties: "the talks involving Iran", "the process launched with Iran". */
    static final Set<String> PARTY_PARTICIPLES = Vocabulary.set("StanceTagger.PARTY_PARTICIPLES");
    /** How far (in tokens) a target may stand after its cue. */
    static final int TARGET_WINDOW = 30;
    static final int HOLDER_WINDOW = 25;
    /** A direct object starts within this many tokens of its verb ("weaken the Kurdish-led SDF"). */
    static final int DIRECT_WINDOW = 4;

    /** Configuration parameter: a project's additions to the stance lexicon (a file; see {@link StanceCues}). */
    static final String LEXICON_ADDITIONS = "lexiconAdditions";

    private Catalogue catalogue;
    /** Names, demonyms and metonyms of the catalogue's actors, for "Turkish-backed". */
    private java.util.Map<String, String> namesForCompounds;
    /** Demonyms of the catalogue's actors, for "American support for the YPG". */
    private java.util.Map<String, String> demonyms;
    private CueLexicon cues;

    /** An actor or agreement mention with its token span. */
    record Mention(Tag tag, int first, int end, String id, boolean actor, boolean person) {
    }

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        catalogue = CatalogueParameter.load(context);
        namesForCompounds = BackedCompounds.namesOf(catalogue);
        demonyms = BackedCompounds.demonymsOf(catalogue);
        Object additions = context.getConfigParameterValue(LEXICON_ADDITIONS);
        try {
            cues = additions == null || additions.toString().isBlank() ? CueLexicon.SHIPPED
                    : StanceCues.lexicon(java.nio.file.Path.of(additions.toString()));
        } catch (parley.store.DocumentException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) {
        DocumentTokens t = DocumentTokens.of(jcas);
        List<Mention> mentions = mentions(jcas, t);
        int m0 = 0;
        for (int s = 0; s < t.sentences(); s++) {
            int first = t.sentenceFirst[s];
            int limit = t.sentenceFirst[s + 1];
            while (m0 < mentions.size() && mentions.get(m0).first < first) {
                m0++;
            }
            List<Mention> inSentence = new ArrayList<>();
            for (int m = m0; m < mentions.size() && mentions.get(m).first < limit; m++) {
                inSentence.add(mentions.get(m));
            }
            if (inSentence.isEmpty()) {
                continue;
            }
            Set<String> made = new HashSet<>();
            // a relative clause of conclusion is asserted even inside a conditional: "the deal it made with the EU"
            for (Mention agreement : inSentence) {
                if (!agreement.actor) {
                    concludedBy(jcas, t, s, agreement, inSentence, mentions, made);
                    undertakenUnder(jcas, t, s, agreement, inSentence, made);
                }
            }
            if (isQuestionOrConditional(t, s, first, limit)) {
                continue;
            }
            int sentence = s;
            NominalFrames.Found found = (holder, target, polarity, frame, word) -> addStance(jcas, t, sentence, holder, target, polarity, frame, word, made);
            java.util.function.IntFunction<Mention> subjectOf = v -> subjectBefore(t, v, inSentence, mentions, first);
            NominalFrames.tag(t, s, inSentence, catalogue, cues, found);
            ReportedFailures.tag(t, s, inSentence, catalogue, subjectOf, found);
            AppealsToStop.tag(t, s, inSentence, catalogue, cues, subjectOf, found);
            DeclaredRefusals.tag(t, s, inSentence, catalogue, subjectOf, found);
            ThreatenedResponses.tag(t, s, inSentence, catalogue, cues, subjectOf, found);
            BackedCompounds.tag(t, s, inSentence, catalogue, namesForCompounds, cues, found);
            Function<Mention, List<Mention>> withCoordinated = m -> {
                List<Mention> all = new ArrayList<>(coordinated(t, m, inSentence));
                all.add(m);
                return all;
            };
            ProcessMeetings.tag(t, s, inSentence, catalogue, subjectOf, withCoordinated, found);
            JointOpponents.tag(t, s, inSentence, catalogue, subjectOf, withCoordinated, found);
            for (int k = first; k < limit; k++) {
                CueLexicon.Cue forAgreement = cues.lookupForAgreement(t.lower[k]);
                int before = made.size();
                if (forAgreement != null && containing(inSentence, k) == null
                        && (forAgreement.requires().isEmpty() || followedBy(t, k, limit, forAgreement.requires()))) {
                    tagCue(jcas, t, s, k, forAgreement, null, inSentence, mentions, made);
                }
                CueLexicon.Cue cue = cues.lookup(t.lower[k]);
                if (cue != null) {
                    cue = reading(t, k, first, limit, cue, inSentence);
                }
                if (cue == null || made.size() > before) {
                    continue; // "struck a deal" is no strike
                }
                if (CueLexicon.RELATIONAL.contains(t.lower[k]) && k - 1 >= first && ActorTagger.FORMER.contains(t.lower[k - 1])) {
                    continue; // "turned on its former allies": a relation that was
                }
                if (precededBy(t, k, first, cue.notAfter()) && reductionBefore(t, first, k, cue) < 0) {
                    continue; // "severed its ties with al-Qaeda": the ties are what ended
                }
                if (k + 1 < limit && cue.notBefore().contains(t.lower[k + 1])) {
                    continue; // "back down", "back away from the deal": a phrasal verb of its own
                }
                if (!cue.onlyBefore().isEmpty() && !(k + 1 < limit && (cue.onlyBefore().contains(t.lower[k + 1]) || t.isCapitalized(k + 1)))
                        && !passiveAfterAuxiliary(t, k, first)) {
                    continue; // "armed groups": the adjective; "armed the rebels", "armed Hezbollah", "were armed by": the verb
                }
                if (!cue.onlyAfter().isEmpty() && !precededBy(t, k, first, cue.onlyAfter())) {
                    continue; // "the price to Moscow" asserts nothing; "raised the price to Moscow" does
                }
                if (!cue.requires().isEmpty() && !followedBy(t, k, limit, cue.requires())) {
                    continue; // "listed HTS" asserts nothing; "listed HTS as a terrorist group" does
                }
                if (k > first && Character.isUpperCase(t.word[k].charAt(0)) && !namedActAgainst(t, k, limit)) {
                    continue; // "Sanctions Consolidated List": part of a title or name ("Operation Peace Spring against the SDF" is an act)
                }
                Mention around = containing(inSentence, k);
                if (around != null && !(around.actor && CueLexicon.RELATIONAL.contains(t.lower[k]))) {
                    continue;
                }
                if (cue.polarity().equals(TagValues.OPPOSE) && k + 1 < limit && (SIDE_BY_SIDE.contains(t.lower[k + 1])
                        || JointOpponents.partnerAgainst(t, k + 1, limit, inSentence))) {
                    continue; // "fighting alongside X" is support; "fought with Turkey against the YPG" too (JointOpponents)
                }
                if (cue.noun() && k - 1 >= first && NONSPECIFIC_DETERMINERS.contains(t.lower[k - 1])) {
                    continue; // "cooler towards any rapprochement with Ankara", "denied any support": no act is asserted
                }
                if (!cue.noun() && k - 1 >= first && (NOUN_MARKERS.contains(t.lower[k - 1])
                        || QUANTIFIERS.contains(t.lower[k - 1]) && !isPastForm(t.lower[k]))) {
                    continue; // "Putin’s favor", "the attack": a verb form used as a noun says nothing here
                }
                Mention modifier = k - 1 >= first ? endingAt(inSentence, k) : null;
                if (!cue.noun() && modifier != null && modifier.first - 1 >= first && POSSESSIVE_PRONOUNS.contains(t.lower[modifier.first - 1])
                        && t.isCapitalized(k - 1)) {
                    continue; // "its NATO ally Turkey": a name between a possessive and the word makes it a noun
                }
                if (!cue.noun() && k - 2 >= first && AgreementTagger.INDEFINITES.contains(t.lower[k - 2]) && !isPastForm(t.lower[k])
                        && !t.lower[k].endsWith("s") && !t.lower[k].endsWith("ing")) {
                    continue; // "close to a direct clash": a bare verb form after "a" and a modifier is a noun
                }
                if (cue.noun() && attributeOfANoun(t, k, first, inSentence)) {
                    continue; // "holds 60,000 people with alleged links to the group": the people's links, no actor's
                }
                tagCue(jcas, t, s, k, cue, around, inSentence, mentions, made);
            }
            Evaluations.tag(t, s, inSentence, catalogue, subjectOf, found); // after the cues: a designation names itself first
            FollowedSuit.tag(jcas, t, s, inSentence, mentions, catalogue, subjectOf, found);
        }
    }

    /** Verbs that restate the act their object names ("reaffirmed France's support for ..."): the noun's possessor is no target. */
    static final Set<String> RESTATING_VERBS = Vocabulary.set("StanceTagger.RESTATING_VERBS");

    /** Verbs whose object is the one addressed ("told the Council that ..."), never the subject of what follows. */
    static final Set<String> ADDRESSEE_VERBS = Vocabulary.set("StanceTagger.ADDRESSEE_VERBS");

    /** A noun cue in a "with" phrase that describes a common noun before it ("people with links to ISIS"). */
    private static boolean attributeOfANoun(DocumentTokens t, int k, int first, List<Mention> inSentence) {
        int p = k - 1;
        while (p > first && p >= k - 3 && Character.isLowerCase(t.word[p].charAt(0)) && !t.lower[p].equals("with")
                && !NOUN_MARKERS.contains(t.lower[p]) && !PREPOSITIONS.contains(t.lower[p])) {
            p--; // "alleged", "close"
        }
        return p - 1 >= first && t.lower[p].equals("with") && containing(inSentence, p - 1) == null && isNounLike(t, p - 1)
                && Character.isLowerCase(t.word[p - 1].charAt(0)) && !ActorTagger.ORGAN_HEADS.contains(t.lower[p - 1]);
    }

    /** A state, as the catalogue has it (the categories of a patron). */
    private boolean isPatronCategory(Mention m) {
        ActorEntry entry = catalogue.actor(catalogue.affiliationOf(m.id));
        return entry != null && PATRON_CATEGORIES.contains(entry.category());
    }

    /** A state beside an armed group it calls its ally: the state is the patron. */
    private boolean isPatronOf(Mention state, Mention group) {
        var s = catalogue.actor(state.id);
        var g = catalogue.actor(group.id);
        return s != null && g != null && PATRON_CATEGORIES.contains(s.category()) && CLIENT_CATEGORIES.contains(g.category());
    }

    static final Set<String> PATRON_CATEGORIES = Vocabulary.set("StanceTagger.PATRON_CATEGORIES");
    static final Set<String> CLIENT_CATEGORIES = Vocabulary.set("StanceTagger.CLIENT_CATEGORIES");

    /** The token is a cue here: a cue word whose required words, if any, follow ("held" alone is none). */
    private boolean isCue(DocumentTokens t, int j, int limit) {
        CueLexicon.Cue cue = cues.lookup(t.lower[j]);
        return cue != null && (cue.requires().isEmpty() || followedBy(t, j, limit, cue.requires()));
    }

    /** One of {@code words} stands within a few tokens after the cue, in its sentence. */
    private static boolean followedBy(DocumentTokens t, int k, int limit, Set<String> words) {
        for (int j = k + 1; j < Math.min(limit, k + 12); j++) {
            if (words.contains(t.lower[j])) {
                return true;
            }
        }
        return false;
    }

    /** One of {@code words} stands within four tokens before the cue, in its sentence. */
    private static boolean precededBy(DocumentTokens t, int k, int first, Set<String> words) {
        for (int j = Math.max(first, k - 4); j < k; j++) {
            if (words.contains(t.lower[j])) {
                return true;
            }
        }
        return false;
    }

    private void tagCue(JCas jcas, DocumentTokens t, int s, int k, CueLexicon.Cue cue, Mention around,
            List<Mention> inSentence, List<Mention> all, Set<String> made) {
        int first = t.sentenceFirst[s];
        int limit = t.sentenceFirst[s + 1];
        Mention holder = null;
        Mention target = null;
        List<Mention> coAgents = List.of();
        String frame = cue.frame() != null ? cue.frame() : cue.agreementsOnly() ? "party" : cue.noun() ? "noun" : "verb";
        int scopeFrom = -1;
        boolean pluralOwner = false;

        if (around != null) {
            frame = "relational";
            // "Assad and his Russian allies": the relational noun is the holder's own head
            holder = around;
            target = nearestBefore(inSentence, around.first, 6, holder);
            Mention owner = pronounPossessor(t, around.first, first, all);
            if (owner != null && owner != target) {
                // "apprehensive about its Syrian ally", "our Turkish partners": the sentence speaks of the
                // possessor's relation, and the possessor holds it
                holder = owner;
                target = around;
            } else if (target == null) {
                target = nearestAfter(inSentence, around.end, 6, holder);
            }
            if (target != null && target.actor && isPatronOf(target, holder)) {
                // "Turkey and its rebel allies": a state's armed clients are backed by it, not the other way round
                Mention patron = target;
                target = holder;
                holder = patron;
            }
        } else if (isPastForm(t.lower[k]) && k - 1 >= first && endingAt(inSentence, k) == null && isNounLike(t, k - 1)
                && !REFLEXIVES.contains(t.lower[k - 1]) // ("Damascus declared itself committed to the Adana agreement")
                && !PERFECT_AUXILIARIES.contains(t.lower[k - 1]) && !ADVERBS.contains(t.lower[k - 1]) && !NEGATIONS.contains(t.lower[k - 1])
                && byAfter(t, k, limit) < 0
                && !THING_PRONOUNS.contains(t.lower[k - 1]) && !PERSON_PRONOUNS.contains(t.lower[k - 1])
                && GroupAnaphora.size(t, k - 1) == 0 && !objectFollows(t, k, limit, inSentence)
                && !(k - 2 > first && t.lower[k - 2].equals("’s") && endingAt(inSentence, k - 2) != null && endingAt(inSentence, k - 2).actor)) {
            // ("the regime’s forces killed dozens of rebels": an actor’s forces are a subject, not a noun the participle describes)
            return; // "entities affiliated with al-Qaeda": the participle says what the noun before it is, and it is no actor
        } else if (cue.noun() && cue.agreementsOnly() && k - 2 >= first && isPastForm(t.lower[k - 1]) && endingAt(inSentence, k - 1) == null
                && isNounLike(t, k - 2) && !PERFECT_AUXILIARIES.contains(t.lower[k - 2]) && byAfter(t, k - 1, limit) < 0) {
            return; // "a demilitarised zone created under the Sochi deal": who acts under it is the participle's agent, unnamed
        } else if (!cue.noun() && isPastForm(t.lower[k]) && passiveAfterAuxiliary(t, k, first) && byAfter(t, k, limit) < 0
                && !(k + 1 < limit && (cue.prepositions().contains(t.lower[k + 1]) || STATIVE_PREPOSITIONS.contains(t.lower[k + 1])))) {
            return; // "nine Hezbollah members were killed when ...": the subject of a passive undergoes the act ("is allied with" holds)
        } else if (isPastForm(t.lower[k]) && !(cue.prepositions().contains("by") && k + 1 < limit && t.lower[k + 1].equals("by"))) {
            // ("stood by Assad": "by" is the cue's own preposition, no passive agent)
            int by = byAfter(t, k, limit);
            Mention agent = by < 0 ? null : startingAt(inSentence, pastCount(t, by + 1, limit));
            if (by >= 0 && (agent == null || !agent.actor)) {
                return; // "backed by Russian airpower": the agent is no actor, and the subject is not the holder
            }
            if (agent != null && agent.actor) {
                // "Idlib is squeezed ... and bombed by the alliance": the agent holds; the subject before the
                // auxiliary, if it is an actor, is the target
                int auxiliary = -1;
                // ("zones set up under a 2017 deal brokered by Russia": right after a mention, a reduced relative, whatever came before)
                for (int j = k - 1; j >= Math.max(first, k - 12) && auxiliary < 0 && endingAt(inSentence, k) == null; j--) {
                    if (PASSIVE_AUXILIARIES.contains(t.lower[j]) || j == k - 1 && STATE_VERBS.contains(t.lower[j])) {
                        auxiliary = j; // ("HTS remains listed by the UN Security Council")
                    }
                }
                Mention patient = auxiliary < 0 ? null : nearestBefore(inSentence, auxiliary, 3, agent);
                Mention relativeHead = auxiliary < 0 ? null : headOfRelativeClauseBefore(t, auxiliary, first, inSentence);
                if (relativeHead != null && relativeHead != agent && (patient == null || patient.first < relativeHead.end
                        || inPrepositionalPhrase(t, patient, first, inSentence))) {
                    patient = relativeHead; // "HTS, which is on the list as an alias of the Nusra Front and was designated ... by Turkey"
                }
                if (patient != null && patient != relativeHead && (inPrepositionalPhrase(t, patient, first, inSentence) || isByAgent(t, patient, first))) {
                    // "HTS remains listed by the Council under the regime against al-Qaeda and the Islamic State, was designated
                    // ... by the United States and is treated by Moscow as ...": a prepositional object is no patient; the
                    // clause's subject is
                    patient = clauseSubject(t, first, auxiliary, inSentence);
                }
                if (patient == null && auxiliary - 1 > first && t.lower[auxiliary - 1].equals(",")) {
                    // "The truce, which took effect at midnight, was announced by Putin and Erdogan": past the relative clause
                    patient = subjectBeforeRelativeClause(t, auxiliary - 1, first, inSentence);
                }
                if (patient == null && auxiliary < 0 && k > first) {
                    // a reduced passive relative: "the Sochi agreement, violated by the regime, ...", "the Syrian army,
                    // reorganised, re-equipped and backed by Russian airpower, ..."
                    int j = k;
                    while (j > first && j > k - 8 && endingAt(inSentence, j) == null
                            && (t.lower[j - 1].equals(",") || t.lower[j - 1].equals("and") || t.lower[j - 1].endsWith("ed"))) {
                        j--;
                    }
                    patient = endingAt(inSentence, j);
                    if (patient == null && j - 2 >= first && t.lower[j].equals(",") && t.lower[j - 2].equals("’s") && isNounLike(t, j - 1)) {
                        // "the regime’s offensive, supported by Russian air power, ...": the act is its possessor's
                        patient = endingAt(inSentence, j - 2);
                    }
                    // past a comma the participle may hang on the noun a prepositional object depends on ("the ceasefire
                    // between the regime and the rebels, brokered by Russia"), and after "of" on the noun it describes ("a
                    // coalition of factions armed by Ankara"); right after another preposition's object it hangs on that
                    // object ("the town fell to rebels backed by Turkey")
                    boolean onObject = patient != null && patient.end == k && patient.first - 1 > first && !t.lower[patient.first - 1].equals("of");
                    patient = patient == null || !patient.actor || onObject ? patient : headOfPrepositionalObject(t, patient, first, inSentence);
                    if (patient == null) {
                        patient = appositiveHeadBefore(t, k, first, inSentence); // "Hezbollah, the Lebanese group backed by Iran"
                    }
                }
                if (patient == null && auxiliary < 0 && k == first) {
                    // a fronted participle clause: "Backed by Russia, the regime advanced" - its subject is the main clause's
                    for (int j = agent.end; j < Math.min(limit, agent.end + 8) && patient == null; j++) {
                        if (t.lower[j].equals(",")) {
                            patient = startingAt(inSentence, j + 1) != null ? startingAt(inSentence, j + 1)
                                    : j + 2 < limit ? startingAt(inSentence, j + 2) : null;
                        }
                    }
                }
                if (patient == null && auxiliary > first) {
                    patient = possessorOfAnAct(t, first, auxiliary, inSentence); // "Moscow’s veto ... was condemned by the United States"
                }
                if (patient == null && auxiliary > first) {
                    // "The Sochi memorandum that they concluded in September 2018 was breached by regime forces": the subject
                    // a restrictive relative clause runs from up to the auxiliary
                    patient = headOfRestrictiveRelative(t, first, auxiliary, inSentence);
                }
                if (patient == null) {
                    return;
                }
                holder = agent;
                target = patient;
                coAgents = coordinatedAfter(t, agent, inSentence, limit); // "signed by Russia and Turkey"
                frame = cue.frame() == null ? "passive" : frame;
            }
        }
        String modifierState = holder == null && cue.noun() ? demonymBefore(t, first, k, inSentence) : null;
        if (modifierState != null) {
            // "furious at American support for the YPG": a demonym is no mention (codebook), and the act is its state's,
            // not the clause subject's; that state's mention elsewhere in the sentence holds it, if there is one
            holder = BackedCompounds.namedElsewhere(inSentence, modifierState);
            if (holder == null) {
                return;
            }
            target = targetAfter(t, k, limit, cue, inSentence, holder);
        }
        if (holder == null) {
            int lightVerb = -1;
            // a possessed nominalisation names its own holder ("offered its backing to the regime’s offensive": the
            // offensive is the regime's, not what was offered)
            if (cue.noun() && !(k - 1 >= first && t.lower[k - 1].equals("’s"))) {
                for (int j = k - 1; j >= Math.max(first, k - 8) && !t.lower[j].equals(","); j--) {
                    if (LIGHT_VERBS.contains(t.lower[j])) {
                        lightVerb = j; // "gave Assad support"; not across a comma ("gave support, vetoing efforts")
                        break;
                    }
                }
            }
            Mention[] helped = cue.noun() && cue.polarity().equals(TagValues.SUPPORT) ? withHelpOf(t, k, first, limit, inSentence) : null;
            if (helped != null) {
                // "the regime, with the support of Russia, retook Aleppo", "With Russia’s support, the regime ...": the
                // helper holds, whoever does the main clause's act is helped
                if (helped[1] == null || helped[0] == helped[1] || sameSide(helped[0], helped[1])) {
                    return;
                }
                addStance(jcas, t, s, helped[0], helped[1], cue.polarity(), "with", cue.word(), made);
                for (Mention more : coordinatedAfter(t, helped[0], inSentence, limit, true)) {
                    addStance(jcas, t, s, more, helped[1], cue.polarity(), "with", cue.word(), made); // "with the help of Russia and Iran"
                }
                return;
            }
            Subject possessor = cue.noun() && lightVerb < 0 ? possessor(t, k, first, inSentence, all) : null;
            Mention appositive = appositiveOfRelativeClause(t, k, first, limit, inSentence);
            int adjunct = gerundAdjunctBefore(t, first, k);
            Mention adjunctSubject = adjunct < 0 ? null
                    : adjunct == first ? subjectAfterOpeningAdjunct(t, k, limit, inSentence)
                    : mainSubject(t, lastClauseStart(t, first, adjunct, inSentence), adjunct, inSentence);
            int receiving = cue.noun() ? receivingVerbBefore(t, k, first, RECEIVING_VERBS) : -1;
            int seeking = cue.noun() ? receivingVerbBefore(t, k, first, SEEKING_VERBS) : -1;
            if (seeking >= 0 && receiving >= 0) {
                // the nearer verb governs the noun: "after losing ground and facing criticism from Washington"
                seeking = seeking > receiving ? seeking : -1;
                receiving = seeking >= 0 ? -1 : receiving;
            }
            // "sought the ouster of Assad": the "of" of a noun whose possessor undergoes the act names the target
            boolean ofNamesSource = (receiving >= 0 || seeking >= 0) && !cue.possessorIsTarget();
            Mention source = cue.noun() && possessor == null ? source(t, k, limit, inSentence, ofNamesSource) : null;
            Mention described = cue.noun() && CueLexicon.RELATIONAL.contains(t.lower[k]) ? describedByAppositive(t, k, first, inSentence) : null;
            Mention[] giver = cue.noun() && possessor == null && lightVerb < 0 && source == null
                    ? giverClause(t, k, limit, inSentence, all) : null;
            if (giver != null) {
                // "the assistance it provides rebels", "the weapons Russia supplies to Damascus": the relative clause's
                // subject gives, its recipient is the target
                holder = giver[0];
                target = giver[1];
            } else if (source != null) {
                // "support for the rebels from Turkey", "the support they received from Ankara"
                if (seeking >= 0 || k - 1 >= first && t.lower[k - 1].equals("for")) {
                    return; // "Ankara sought military support from NATO", "asked Washington for support": none is given yet
                }
                holder = personOfTitle(t, source, limit, inSentence, null); // "criticism from al-Qaeda leader Ayman al-Zawahiri"
                coAgents = coordinatedAfter(t, holder, inSentence, limit); // "criticism from Europe and the United States"
                if (k + 1 < limit && THING_PRONOUNS.contains(t.lower[k + 1]) && !NOT_SUBJECT_PRONOUNS.contains(t.lower[k + 1])) {
                    target = antecedent(all, t.begin[k + 1], false, holder, t); // the recipient: "the support they received"
                }
                if (target == null) {
                    target = targetAfter(t, k, limit, cue, inSentence, holder);
                }
                if (target != null && coAgents.contains(target)) {
                    target = null; // "drew condemnation from France and Germany": both hold, neither is the target
                }
                if (target == null && receiving >= 0) {
                    // "the YPG received support from Washington": who receives is the target; "After ... receiving sharp
                    // criticism from Europe for its attacks, ..., Russia wanted": the main clause's subject
                    target = t.lower[receiving].endsWith("ing") && opensWithGerundAdjunct(t, first, receiving)
                            ? actorAfterComma(t, k, limit, inSentence) : subjectBefore(t, receiving, inSentence, all, first);
                }
                if (target == null && source.end + 1 < limit && cue.prepositions().contains(t.lower[source.end])) {
                    // "attacks by the regime on Idlib’s rebels": the complement follows the agent
                    target = startingAt(inSentence, source.end + 1);
                }
            } else if (possessor != null && cue.possessorIsTarget() && !(k + 1 < limit && cue.prepositions().contains(t.lower[k + 1]))) {
                // "Erdogan called for Assad’s removal": the possessor undergoes the act, the clause's subject wants it
                target = possessor.holder;
                holder = subjectBefore(t, possessor.position, inSentence, all, first);
                scopeFrom = Math.max(first, possessor.position - 3);
                if (holder == null || holder == target || evaluatingVerbBetween(t, holder.end, possessor.position)
                        || earlierInClause(t, holder.end, possessor.position, RESISTING_VERBS, false)) {
                    return; // "opposed Assad’s removal", "welcomed Assad’s resignation": a verb before it judges the act, none is sought
                }
            } else if (possessor != null) {
                // "its alliance with the regime", "Turkey’s offensive against the SDF": the possessor holds; a negation
                // or modal counts from the verb that governs the possessive ("did not strengthen its alliance")
                holder = possessor.holder;
                scopeFrom = Math.max(first, possessor.position - 3);
                pluralOwner = possessor.position >= first && PLURAL_PRONOUNS.contains(t.lower[possessor.position]);
                target = targetAfter(t, k, limit, cue, inSentence, holder);
                int gotBy = possessor.position < first ? -1 : receivingVerbBefore(t, possessor.position, first, RECEIVING_VERBS);
                if (target == null && gotBy >= 0) {
                    target = subjectBefore(t, gotBy, inSentence, all, first); // "the SDF enjoys Washington’s support"
                } else if (target == null && possessor.position >= first && receivingVerbBefore(t, possessor.position, first, SEEKING_VERBS) >= 0) {
                    return; // "Turkey sought Russia’s support": the possessor has given nothing yet
                }
                if (target != null && target.actor && CueLexicon.RELATIONAL.contains(t.lower[k]) && t.lower[target.first - 1].equals("in")) {
                    // "Damascus and its backers in Moscow": the actor after "in" is the backer, the possessor is backed
                    Mention backer = target;
                    target = holder;
                    holder = backer;
                }
            } else if (lightVerb >= 0) {
                target = nearestAfter(inSentence, lightVerb + 1, k - lightVerb, null);
                // "backed the regime by providing air support to ...": the gerund's subject is the main clause's
                holder = adjunctSubject != null && adjunct < lightVerb ? adjunctSubject : subjectBefore(t, lightVerb, inSentence, all, first);
            } else if (t.lower[k].endsWith("ing") && k - 1 >= first && t.lower[k - 1].equals(",")) {
                // "At the Security Council, Russia has cast vetoes, shielding the regime": the main clause's subject
                holder = mainSubject(t, first, k, inSentence);
                holder = holder != null ? holder : firstActor(inSentence, k);
                if (holder != null && afterPrepositionInPhrase(t, holder, first)) {
                    return; // "Israeli strikes on Iranian and Hizbollah targets ..., killing ...": the strikes kill, no actor named
                }
            } else if (t.lower[k].endsWith("ing") && endingAt(inSentence, k) != null && endingAt(inSentence, k).actor) {
                // a reduced relative clause: "rebels fighting the regime" - the noun right before the participle does it,
                // even where it is itself a prepositional object ("the last redoubt of rebels fighting ...")
                frame = "participle";
                holder = endingAt(inSentence, k);
                target = targetAfter(t, k, limit, cue, inSentence, holder);
            } else if (appositive != null) {
                // "the main rebel alliance it backs in Idlib, the National Liberation Front": the clause's pronoun
                // holds; the actor in apposition to the noun the clause hangs on is the target
                int pronoun = relativeClausePronoun(t, k, first);
                holder = antecedent(all, t.begin[pronoun], PERSON_PRONOUNS.contains(t.lower[pronoun]), null, t);
                target = appositive;
                if (holder == null || target == holder || sameSide(holder, target)) {
                    return;
                }
            } else if (described != null) {
                // "sit across the table from Ankara, the principal patron of the rebels": the noun describes the actor it
                // stands beside
                holder = described;
                target = targetAfter(t, k, limit, cue, inSentence, holder);
            } else if (adjunctSubject != null) {
                // "Washington criticised Ankara’s offensive, while continuing to arm the SDF": the adjunct's subject is
                // the main clause's
                holder = adjunctSubject;
                target = targetAfter(t, k, limit, cue, inSentence, holder);
            } else {
                int launcher = cue.noun() ? launchingVerbBefore(t, k, first) : -1;
                // "The Syrian National Army, a coalition that Ankara trains, launched an offensive against": the verb's subject
                Subject subject = subject(t, launcher >= 0 ? launcher : k, inSentence, all, first);
                holder = subject == null ? null : subject.holder;
                if (holder != null && cue.noun() && evaluatingVerbBetween(t, holder.end, k)) {
                    return; // "The Kremlin slammed the US strikes on Syrian forces": the strikes it judges are not its own
                }
                Mention head = subject == null ? null : objectRelativeHead(t, subject.position, first, k, inSentence, cue);
                if (holder != null && head != null && head != holder && !sameSide(head, holder)) {
                    target = head; // "the rebels it backs attacked the SDF": the clause's object is the noun it hangs on
                } else if (holder != null) {
                    target = targetAfter(t, k, limit, cue, inSentence, holder);
                    if (target == null && !cue.needsPreposition() && subject.position >= first) {
                        target = relativeClauseHead(t, inSentence, subject.position, holder);
                    }
                }
            }
            if (holder != null && target == null) {
                target = targetAfter(t, k, limit, cue, inSentence, holder);
                target = target != null && coAgents.contains(target) ? null : target;
            }
        }
        if (!cue.noun() && t.lower[k].endsWith("ing") && k - 2 >= first && t.lower[k - 1].equals("of") && UNREALISED_NOUNS.contains(t.lower[k - 2])) {
            return; // "the only means of curbing Iran’s influence", "the risk of attacking": a way or a prospect, nobody's act
        }
        if (hinderedBefore(t, first, k) || accusedOf(t, first, k) || ratherThan(t, first, k)
                || unasserted(t, first, k, UNASSERTING_VERBS) || wantedOfAnother(t, first, k)
                || (!cue.noun() && unasserted(t, first, k, MANDATIVE_VERBS))) {
            return; // "prevent the United States from throwing its weight behind the rebels": the act is kept from happening
        }
        String polarity = cue.polarity();
        if (polarity.equals(TagValues.OPPOSE) && target != null && !cue.prepositions().contains("for") && forBeneficiary(t, k, target)) {
            // "Hezbollah fought for the regime", "pushed for the ceasefire": on its behalf ("the price for Russia" is the cue's own)
            polarity = TagValues.SUPPORT;
            frame = "beneficiary";
        }
        if (liftingBefore(t, first, k, cue) >= 0) {
            // "Trump lifted the sanctions on the Turkish ministries": easing a coercive measure is cooperation (CAMEO 081)
            polarity = TagValues.SUPPORT;
            frame = "eased";
        }
        int reduction = reductionBefore(t, first, k, cue);
        if (reduction >= 0) {
            // "Germany suspended arms sales to Ankara", "froze its cooperation with Turkey": reducing or stopping aid is
            // conflict (CAMEO 16, reduce relations); a negation counts up to the reducing verb ("did not suspend")
            polarity = TagValues.OPPOSE;
            frame = "reduced";
        }
        int refusal = reduction >= 0 ? reduction : notDoneBefore(t, first, k);
        if (refusal >= 0 && reduction < 0) {
            if (polarity.equals(TagValues.OPPOSE) || !REFUSALS.contains(t.lower[refusal])) {
                return; // "Obama’s reluctance to order strikes", "refused to attack": nothing is done
            }
            polarity = TagValues.OPPOSE; // "the regime refused to implement the deal": it opposes the deal (codebook)
        }
        int omitted = polarity.equals(TagValues.SUPPORT) && target != null && !target.actor && !cue.noun() && refusal < 0
                && COMPLIANCE_VERBS.contains(t.lower[k]) ? negationRightBefore(t, first, k, inSentence) : -1;
        if (omitted >= 0) {
            // "HTS never complied with the agreement", "the regime has not implemented the deal": keeping it not done is
            // a breach (codebook: refuses to implement); a modal before the negation still undoes it ("would not comply")
            polarity = TagValues.OPPOSE;
            frame = "breach";
            refusal = omitted;
        }
        if (k - 2 >= first && t.lower[k - 1].equals("to") && INTENTION_NOUNS.contains(t.lower[k - 2])) {
            // "HTS’s attempt to distance itself from al-Qaeda": the plan's owner acts; "the decision to punish": nobody named
            Subject owner = possessor(t, k - 2, first, inSentence, all);
            if (owner == null) {
                return;
            }
            holder = owner.holder;
            scopeFrom = Math.max(first, owner.position - 3);
        }
        List<Mention> holders = new ArrayList<>();
        if (holder != null) {
            holders.add(holder);
            // "Russia and Turkey ... . After renewing contacts, they announced a ceasefire": a plural pronoun
            // stands for the whole coordination
            boolean plural = (holder.first < first && pluralPronounBefore(t, first, k)) || groupAnaphorBetween(t, holder.end, k);
            holders.addAll(coordinated(t, holder, plural ? all : inSentence));
            Mention pronounConjunct = pronounConjunctBefore(t, holders.get(holders.size() - 1), first, all);
            if (pronounConjunct != null && !holders.contains(pronounConjunct)) {
                holders.add(pronounConjunct); // "After six hours of talks, he and Putin signed the protocol"
            }
            holders.addAll(coAgents);
            holders.addAll(companions(t, holder, inSentence, k));
            if (plural) {
                holders.addAll(GroupAnaphora.restOfCoordination(t, holder, all));
            }
        }
        if (target == null && holders.size() > 1 && isReciprocal(t, k, limit)) {
            // "Russia and Turkey accused each other": each holds the stance towards the other
            if (!blocked(t, Math.max(first, Math.min(holder.end, k)), k)) {
                for (Mention a : holders) {
                    for (Mention b : holders) {
                        if (a != b && !sameSide(a, b)) {
                            addStance(jcas, t, s, a, b, polarity, "reciprocal", cue.word(), made);
                        }
                    }
                }
            }
            return;
        }
        // a finite verb: "interested in collaborating" asserts no relation; "are cooperating" does
        boolean finite = !t.lower[k].endsWith("ing") || k - 1 >= first && PASSIVE_AUXILIARIES.contains(t.lower[k - 1]);
        boolean mutual = MUTUAL_VERBS.contains(t.lower[k]) && finite || pluralOwner && NominalFrames.namesARelation(t.lower[k]);
        if (target == null && holders.size() == 2 && mutual && !sameSide(holders.get(0), holders.get(1))) {
            // "Turkey and Russia have coordinated closely on Idlib", "Russia and Turkey clashed over Idlib", "Iran and
            // Russia deepened their alliance": a mutual relation of two with no one else named is one stance, held by
            // the first named (codebook)
            Mention firstNamed = holders.get(0).first < holders.get(1).first ? holders.get(0) : holders.get(1);
            target = firstNamed == holders.get(0) ? holders.get(1) : holders.get(0);
            holder = firstNamed;
            holders = new ArrayList<>(List.of(firstNamed));
            frame = "reciprocal";
        }
        if (holder == null || !holder.actor) {
            return;
        }
        if (target == null) {
            target = pronounObject(t, k, limit, cue, inSentence, all, holder);
        }
        if (DESIGNATION.equals(frame) && target != null && target.end < limit && modifiesANoun(t, target.end)) {
            return; // "regards US arms deliveries as support for terrorists": the name only modifies what is regarded
        }
        if (DESIGNATION.equals(frame) && (target == null || !target.actor)) {
            // "HTS, which Russia and Turkey list as a terrorist organisation, ...": only an actor is designated
            target = headOfRelativeClause(t, holder, first, inSentence);
        }
        if (target == null || (cue.agreementsOnly() && target.actor)
                || cue.agreementsOnly() && k + 1 < limit && NEGATIONS.contains(t.lower[k + 1])) {
            return; // ("made no comment on the deal", "reached no agreement")
        }
        // after a refusal, the refusal is what is asserted: only a negation or modal before it undoes it ("did not refuse")
        int scopeEnd = refusal >= 0 ? refusal : k;
        if (scopeFrom < 0 && t.lower[k].endsWith("ing") && k - 1 > first && t.lower[k - 1].equals(",")) {
            scopeFrom = k - 1; // "said it would no longer stop migrants, accusing Brussels of ...": the main clause's modal is its own
        }
        int ownFuture = ownStatedFuture(t, first, scopeEnd, holder, inSentence, all);
        int clauseFirst = Math.max(first, ownFuture + 1); // a stated intention's own clause begins after its "would"
        if (blocked(t, scopeFrom >= 0 ? scopeFrom : Math.max(first, Math.min(holder.end, scopeEnd)), scopeEnd, ownFuture) || modalAfter(t, k, limit)
                || infinitiveUnderModal(t, clauseFirst, k) || modalInClause(t, clauseFirst, k)) {
            Mention asker = polarity.equals(TagValues.SUPPORT) && !target.actor ? askerOf(t, first, k, inSentence, all) : null;
            if (asker != null && !blocked(t, first, k)) {
                // "France urged Russia to respect the Sochi agreement": the act is only asked, but whoever asks for an
                // agreement to be kept stands by it
                addStance(jcas, t, s, asker, target, polarity, "appeal", cue.word(), made);
            }
            return;
        }
        List<Mention> targets = new ArrayList<>();
        targets.add(target);
        targets.addAll(coordinatedAfter(t, target, inSentence, limit));
        for (Mention h : holders) {
            for (Mention tg : targets) {
                String hAff = catalogue.affiliationOf(h.id);
                String tAff = tg.actor ? catalogue.affiliationOf(tg.id) : tg.id;
                if (hAff.equals(tAff) || h == tg) {
                    continue;
                }
                if (cue.reversed() && tg.actor) {
                    addStance(jcas, t, s, tg, h, polarity, frame, cue.word(), made); // "relies on Russia": Russia supports
                } else if (!cue.reversed()) {
                    addStance(jcas, t, s, h, tg, polarity, frame, cue.word(), made);
                }
            }
        }
        if (cue.agreementsOnly() && !target.actor && polarity.equals(TagValues.SUPPORT)) {
            // "Russia reached a deal with Turkey": the other party concluded it too (not "broke the deal with Turkey")
            int j = target.end;
            if (j + 1 < limit && t.lower[j].equals("with")) {
                Mention other = startingAt(inSentence, j + 1);
                if (other != null && other.actor) {
                    addStance(jcas, t, s, other, target, polarity, frame, cue.word(), made);
                    for (Mention more : coordinatedAfter(t, other, inSentence, limit)) {
                        addStance(jcas, t, s, more, target, polarity, frame, cue.word(), made);
                    }
                }
            }
        }
    }

    /** One of {@code verbs} right before a cue noun and its modifiers ("received military support from"), or -1. */
    private static int receivingVerbBefore(DocumentTokens t, int k, int first, Set<String> verbs) {
        for (int j = k - 1; j >= Math.max(first, k - 4); j--) {
            if (verbs.contains(t.lower[j])) {
                return j;
            }
            if (!Character.isLowerCase(t.word[j].charAt(0)) || PREPOSITIONS.contains(t.lower[j])) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * For a support noun in "with the support of X", "with support from X", "with X’s support", "thanks to X’s help": the helper and the
     * helped (the actor right before the phrase, or the main clause's subject right after it), or null.
     */
    private Mention[] withHelpOf(DocumentTokens t, int k, int first, int limit, List<Mention> inSentence) {
        Mention helper = null;
        int open = -1;
        if (k + 2 < limit && (t.lower[k + 1].equals("of") || t.lower[k + 1].equals("from"))) {
            helper = startingAt(inSentence, k + 2); // "with the support of Russia", "with crucial support from Russia"
        }
        for (int j = k - 1; j >= Math.max(first, k - 6); j--) {
            String w = t.lower[j];
            if (w.equals("with") || w.equals("to") && j - 1 >= first && t.lower[j - 1].equals("thanks")) {
                open = w.equals("to") ? j - 1 : j;
                break;
            }
            if (w.equals("’s") && helper == null) {
                helper = endingAt(inSentence, j);
            } else if (!w.equals("’s") && containing(inSentence, j) == null && !Character.isLowerCase(t.word[j].charAt(0))) {
                return null;
            } else if (helper == null && containing(inSentence, j) != null && containing(inSentence, j).actor) {
                helper = containing(inSentence, j); // "with Iranian support", "with Russian air support"
            }
        }
        if (open < 0 || helper == null || !helper.actor) {
            return null;
        }
        Mention helped = null;
        if (open - 2 >= first && RELATIVE_PRONOUNS.contains(t.lower[open - 1]) && t.lower[open - 2].equals(",")) {
            helped = endingAt(inSentence, open - 2); // "Assad, who with the help of Russia has regained ..."
        } else if (open - 1 >= first && t.lower[open - 1].equals(",")) {
            helped = endingAt(inSentence, open - 1); // "the regime, with the support of Russia,"
            if (helped == null && open - 2 > first && isNounLike(t, open - 2)) {
                helped = endingAt(inSentence, open - 2); // "Hezbollah fighters, with Iranian support,"
            }
        } else if (open == first || open - 1 >= first && CLAUSE_OPENERS.contains(t.lower[open - 1])) {
            int end = helper.end;
            while (end < limit && !t.lower[end].equals(",")) {
                end++;
            }
            helped = end + 1 < limit ? startingAt(inSentence, end + 1) : null; // "With Russia’s support, the regime"
        }
        return new Mention[] {helper, helped != null && helped.actor ? helped : null}; // (a helper of no one named helps no one)
    }

    /**
     * The actor an object relative clause hangs on, where the cue is that clause's verb right after its pronoun
     * subject ("the rebels it backs"), or null.
     */
    private Mention objectRelativeHead(DocumentTokens t, int pronoun, int first, int k, List<Mention> inSentence, CueLexicon.Cue cue) {
        if (pronoun < first || pronoun >= k || cue.needsPreposition() || cue.noun()) {
            return null;
        }
        Mention actorSubject = startingAt(inSentence, pronoun);
        int after = pronoun + 1;
        int opens = actorSubject == null ? pronoun : clauseSubjectStart(t, actorSubject, first, inSentence);
        if (actorSubject != null && actorSubject.actor && opens - 1 > first && OBJECT_RELATIVES.contains(t.lower[opens - 1])) {
            // "the rebels that Turkey supports attacked ...": the relative clause's object is the noun before "that"; "the
            // memorandum that Presidents Erdoğan and Putin signed": an agreement too
            after = actorSubject.end;
            pronoun = opens - 1;
        } else if (!(THING_PRONOUNS.contains(t.lower[pronoun]) || PERSON_PRONOUNS.contains(t.lower[pronoun]))) {
            return null;
        }
        for (int j = after; j < k; j++) {
            if (!PERFECT_AUXILIARIES.contains(t.lower[j]) && !ADVERBS.contains(t.lower[j]) && !MODALS.contains(t.lower[j])
                    && !REFLEXIVES.contains(t.lower[j])) {
                return null; // only "it has long backed", "Turkey itself designated": nothing else between the pronoun and the verb
            }
        }
        Mention head = endingAt(inSentence, pronoun);
        if (head == null && pronoun - 2 > first && t.lower[pronoun - 2].equals("of") && AgreementTagger.HEADS.containsKey(t.lower[pronoun - 1])) {
            head = endingAt(inSentence, pronoun - 2); // "the memorandum of understanding that Presidents Putin and Erdoğan signed"
        }
        return head != null && (head.actor || OBJECT_RELATIVES.contains(t.lower[pronoun])) ? head : null;
    }

    /** Where the subject {@code m} of a clause starts: its first conjunct, and a plural title before it ("Presidents Erdoğan and Putin"). */
    private int clauseSubjectStart(DocumentTokens t, Mention m, int first, List<Mention> inSentence) {
        int start = firstConjunct(t, m, inSentence).first;
        return start - 1 > first && t.isCapitalized(start - 1) && containing(inSentence, start - 1) == null ? start - 1 : start;
    }

    /**
     * An -ing word read as the sentence uses it: a gerund after a comma or before its object is the verb ("…, killing
     * HTS fighters"); one after a possessive is the noun ("Iran’s backing of Hezbollah").
     */
    private CueLexicon.Cue reading(DocumentTokens t, int k, int first, int limit, CueLexicon.Cue cue, List<Mention> inSentence) {
        String w = t.lower[k];
        if (cue.agreementsOnly()) {
            return cue;
        }
        if (cue.noun() && k - 1 >= first && k + 1 < limit && !cue.prepositions().contains(t.lower[k + 1]) && Character.isLetter(t.word[k + 1].charAt(0))
                && !precededBy(t, k, first, LIGHT_VERBS) && cues.lookupNoun(t.lower[k + 1]) == null // "US arms deliveries": a compound
                && (endingAt(inSentence, pastAdverbs(t, k, first)) != null && endingAt(inSentence, pastAdverbs(t, k, first)).actor
                        || VERB_CONTEXT.contains(t.lower[k - 1])
                        || afterUnknownConjunct(t, k, first, inSentence))) {
            // ("gave Hezbollah support, ...": after a light verb it is the noun)
            // "Russia and Iran support the regime", "they support", "to support Assad": a verb after its subject
            CueLexicon.Cue verb = cues.lookupVerb(w);
            if (verb != null) {
                return verb;
            }
        }
        if (!w.endsWith("ing")) {
            return cue;
        }
        if (cue.noun() && k + 1 < limit && (k - 1 >= first && t.lower[k - 1].equals(",") || startingAt(inSentence, k + 1) != null)
                && !(k - 1 >= first && (t.lower[k - 1].equals("’s") || TARGET_DETERMINERS.contains(t.lower[k - 1])))) {
            CueLexicon.Cue verb = cues.lookupVerb(w);
            return verb != null ? verb : cue;
        }
        if (!cue.noun() && (k - 1 >= first && t.lower[k - 1].equals("’s")
                || receivingVerbBefore(t, k, first, RECEIVING_VERBS) >= 0 || receivingVerbBefore(t, k, first, SEEKING_VERBS) >= 0)) {
            // "Iran’s backing", "won backing from Moscow": the noun
            CueLexicon.Cue noun = cues.lookupNoun(w);
            return noun != null ? noun : cue;
        }
        return cue;
    }

    /** The first token of the adverbs right before {@code k} ("Russian jets periodically strike"), or {@code k}. */
    private static int pastAdverbs(DocumentTokens t, int k, int first) {
        int j = k;
        while (j - 1 > first && (ADVERBS.contains(t.lower[j - 1]) || t.lower[j - 1].endsWith("ly") && Character.isLowerCase(t.word[j - 1].charAt(0)))) {
            j--;
        }
        return j;
    }

    /** "Turkey and Qatar support the opposition": a name the catalogue does not know, coordinated with an actor, is a subject. */
    private static boolean afterUnknownConjunct(DocumentTokens t, int k, int first, List<Mention> inSentence) {
        int j = k - 1;
        while (j > first && t.isCapitalized(j) && containing(inSentence, j) == null) {
            j--;
        }
        if (j == k - 1 || j <= first || !(t.lower[j].equals("and") || t.lower[j].equals(","))) {
            return false;
        }
        Mention before = endingAt(inSentence, j);
        return before != null && before.actor;
    }

    private static boolean isReciprocal(DocumentTokens t, int k, int limit) {
        return k + 2 < limit && (RECIPROCALS.contains(t.lower[k + 1] + " " + t.lower[k + 2])
                || k > 0 && t.lower[k - 1].equals("each") && t.lower[k + 1].equals("the") && t.lower[k + 2].equals("other")); // "each accuses the other"
    }

    /** "the deal it made with the European Union": both parties concluded it, so both support it. */
    private void concludedBy(JCas jcas, DocumentTokens t, int s, Mention agreement, List<Mention> inSentence, List<Mention> all, Set<String> made) {
        int limit = t.sentenceFirst[s + 1];
        int j = agreement.end;
        if (j + 1 < limit && t.lower[j].equals("of") && AgreementTagger.HEADS.containsKey(t.lower[j + 1])) {
            j += 2; // "the memorandum of understanding that Presidents Putin and Erdoğan signed"
        }
        if (j < limit && t.lower[j].equals(",")) {
            j++; // "the Astana process, launched with Iran"
        }
        if (j < limit && RELATIVE_PRONOUNS.contains(t.lower[j])) {
            j++;
        }
        if (j >= limit) {
            return;
        }
        Mention subject = startingAt(inSentence, j);
        if (subject == null && j + 2 < limit && (CONCLUDE_VERBS.contains(t.lower[j]) || PARTY_PARTICIPLES.contains(t.lower[j]))
                && (t.lower[j + 1].equals("with") || PARTY_PARTICIPLES.contains(t.lower[j]))) {
            // "the Astana process launched with Iran", "the trilateral talks involving Iran": the named party took part
            int at = t.lower[j + 1].equals("with") ? j + 2 : j + 1;
            Mention party = startingAt(inSentence, at);
            if (party != null && party.actor) {
                addStance(jcas, t, s, party, agreement, TagValues.SUPPORT, "party", t.lower[j], made);
                for (Mention more : coordinatedAfter(t, party, inSentence, limit)) {
                    addStance(jcas, t, s, more, agreement, TagValues.SUPPORT, "party", t.lower[j], made);
                }
            }
            return;
        }
        int group = j;
        while (group < Math.min(limit, j + 3) && GroupAnaphora.size(t, group) == 0) {
            group++;
        }
        boolean plural = false;
        List<Mention> coordinated = new ArrayList<>();
        if (subject != null && subject.actor) {
            j = subject.end;
            // "the Sochi agreement, which Turkey and Russia concluded": every actor of the coordination is a party
            while (j + 1 < limit && (t.lower[j].equals("and") || t.lower[j].equals(",")) && startingAt(inSentence, j + 1) != null
                    && startingAt(inSentence, j + 1).actor) {
                Mention next = startingAt(inSentence, j + 1);
                coordinated.add(next);
                j = next.end;
            }
        } else if (THING_PRONOUNS.contains(t.lower[j]) && !NOT_SUBJECT_PRONOUNS.contains(t.lower[j])) {
            subject = antecedent(all, t.begin[j], false, null, t);
            plural = PLURAL_PRONOUNS.contains(t.lower[j]);
            j++;
        } else if (group < limit && GroupAnaphora.size(t, group) > 0) {
            // "the agreement the two sides reached"
            subject = GroupAnaphora.antecedent(t, group, GroupAnaphora.size(t, group), all);
            plural = true;
            j = group + 1;
        } else {
            return;
        }
        if (subject == null || j >= limit || !CONCLUDE_VERBS.contains(t.lower[j])) {
            return;
        }
        List<Mention> parties = new ArrayList<>();
        parties.add(subject);
        parties.addAll(coordinated);
        if (plural) {
            parties.addAll(GroupAnaphora.restOfCoordination(t, subject, all));
        }
        if (j + 2 < limit && t.lower[j + 1].equals("with")) {
            Mention other = startingAt(inSentence, j + 2);
            if (other != null && other.actor) {
                parties.add(other);
            }
        }
        for (Mention party : parties) {
            addStance(jcas, t, s, party, agreement, TagValues.SUPPORT, "party", t.lower[j], made);
        }
    }

    /**
     * "Under the memorandum, Turkey undertook to ..., while Russia undertook to ...", "a 2016 deal under which the EU
     * pledged 6 billion euros": who takes on an obligation under an agreement is a party to it.
     */
    private void undertakenUnder(JCas jcas, DocumentTokens t, int s, Mention agreement, List<Mention> inSentence, Set<String> made) {
        int first = t.sentenceFirst[s];
        int limit = t.sentenceFirst[s + 1];
        boolean opens = agreement.first - 1 >= first && t.lower[agreement.first - 1].equals("under");
        int j = agreement.end;
        if (j < limit && t.lower[j].equals(",")) {
            j++;
        }
        if (!opens && !(j + 1 < limit && t.lower[j].equals("under") && RELATIVE_PRONOUNS.contains(t.lower[j + 1]))) {
            return;
        }
        for (int k = j; k < limit && !t.lower[k].equals(";") && !(t.lower[k].equals("but") && t.lower[k - 1].equals(",")); k++) {
            boolean obliged = OBLIGATION_MODALS.contains(t.lower[k])
                    || k + 1 < limit && t.lower[k + 1].equals("to") && PASSIVE_AUXILIARIES.contains(t.lower[k]); // "will act", "were to oversee"
            // "Under the memorandum, Turkey manned twelve posts, while Russia and Iran set up their own": what an actor did
            // under an agreement implements it; right after the actor, so that no negation or auxiliary stands between
            Mention actorBefore = endingAt(inSentence, k);
            boolean done = isPastForm(t.lower[k]) && !t.isCapitalized(k) && actorBefore != null && actorBefore.actor
                    && !PASSIVE_AUXILIARIES.contains(t.lower[k]) && !PERFECT_AUXILIARIES.contains(t.lower[k]) && !NOT_DONE_AUXILIARIES.contains(t.lower[k])
                    && !ACCUSING_WORDS.contains(t.lower[k]) && !QuoteSpeakers.SPEECH_VERBS.contains(t.lower[k]) // ("Moscow accused Ankara of ...")
                    && !(k + 1 < limit && NEGATIONS.contains(t.lower[k + 1]));
            if (UNDERTAKING_VERBS.contains(t.lower[k]) || obliged || done) {
                Mention party = nearestActorEndingBefore(inSentence, k, 3, t);
                if (party == null || party.first < j) {
                    continue;
                }
                List<Mention> parties = new ArrayList<>(List.of(party));
                if (party.first - 1 > j && t.lower[party.first - 1].equals("and")) {
                    parties.addAll(coordinated(t, party, inSentence));
                }
                for (Mention m : inSentence) {
                    // ("Russia and Turkey will act as guarantors"; one span may carry two states); what an agreement obliges
                    // an armed group to do does not make it a party ("the YPG was to withdraw")
                    boolean sameSpanAsAParty = parties.stream().anyMatch(p -> p.first == m.first && p.end == m.end);
                    if (m.actor && sameSpanAsAParty && (!obliged || isPatronCategory(m))) {
                        addStance(jcas, t, s, m, agreement, TagValues.SUPPORT, "party", t.lower[k], made);
                    }
                }
            }
        }
    }

    /** Past forms that carry no act of their own ("did not", "used to"). */
    static final Set<String> NOT_DONE_AUXILIARIES = Vocabulary.set("StanceTagger.NOT_DONE_AUXILIARIES");

    /** Modals of what an agreement obliges its parties to do ("Under the agreement, Turkish and Russian forces will conduct patrols"). */
    static final Set<String> OBLIGATION_MODALS = Vocabulary.set("StanceTagger.OBLIGATION_MODALS");

    /** Verbs of taking on an obligation ("undertook", "pledged", "committed"). */
    static final Set<String> UNDERTAKING_VERBS = Vocabulary.set("StanceTagger.UNDERTAKING_VERBS");

    private void addStance(JCas jcas, DocumentTokens t, int s, Mention holder, Mention target, String polarity, String frame,
            String word, Set<String> made) {
        String key = holder.id + "|" + polarity + "|" + target.id;
        if (!holder.actor || holder.id.equals(target.id)) {
            return;
        }
        if (made.add(key)) {
            boolean throughPronoun = holder.first < t.sentenceFirst[s];
            Stance stance = new Stance(jcas, t.sentenceBegin[s], t.sentenceEnd[s]);
            stance.setHolder((Actor) holder.tag);
            stance.setTarget(target.tag);
            stance.setPolarity(polarity);
            stance.setStatus(TagValues.SUGGESTED);
            stance.setConfidence(StanceConfidence.of(frame, polarity, throughPronoun));
            stance.setOrigin(ORIGIN + "/" + frame + (throughPronoun ? StanceConfidence.PRONOUN : "") + "/" + word);
            stance.addToIndexes();
        }
    }

    /**
     * The possessor of a nominalisation: the actor before "’s", or the antecedent of its/their/his/her, with up to
     * three adjectives between ("its strategically important relationship with Ankara"); null if there is none.
     */
    private Subject possessor(DocumentTokens t, int k, int first, List<Mention> inSentence, List<Mention> all) {
        int p = k - 1;
        // adjectives, coordinated too: "the regime’s graphic and blatant breach"
        while (p >= first && p >= k - 4 && Character.isLowerCase(t.word[p].charAt(0)) && !NOUN_MARKERS.contains(t.lower[p])
                && (!CLAUSE_OPENERS.contains(t.lower[p]) || (t.lower[p].equals("and") && p < k - 1)) && !PREPOSITIONS.contains(t.lower[p])) {
            p--;
        }
        if (p < first) {
            return null;
        }
        boolean pluralPossessive = (t.lower[p].equals("’") || t.lower[p].equals("'")) && p - 1 >= first && t.lower[p - 1].endsWith("s");
        if (t.lower[p].equals("’s") || pluralPossessive) {
            // "the regime’s offensive", "the rebels’ attack"
            Mention m = endingAt(inSentence, p);
            return m != null && m.actor ? new Subject(m, m.first) : null;
        }
        Mention m = cataphoricPossessor(t, p, first, inSentence);
        if (m == null) {
            m = pronounPossessor(t, p + 1, first, all);
        }
        return m == null ? null : new Subject(m, p);
    }

    /**
     * "Through its support for the rebels, Turkey raised the cost": a possessive pronoun in an adjunct that opens the
     * sentence, before any actor of it, stands for the subject the adjunct's comma leads to; null otherwise.
     */
    private static Mention cataphoricPossessor(DocumentTokens t, int pronoun, int first, List<Mention> inSentence) {
        if (pronoun < first || !POSSESSIVE_PRONOUNS.contains(t.lower[pronoun])
                || !(PREPOSITIONS.contains(t.lower[first]) || GERUND_SUBORDINATORS.contains(t.lower[first]))) {
            return null;
        }
        if (!inSentence.isEmpty() && inSentence.get(0).first < pronoun) {
            return null; // an actor before the pronoun: it looks back as usual
        }
        return subjectAfterOpeningAdjunct(t, pronoun, t.sentenceFirst[t.sentence[pronoun] + 1], inSentence);
    }

    /**
     * In "the rebel alliance it supports, the National Liberation Front": the subject pronoun of an object relative
     * clause (after a common noun, auxiliaries allowed between it and the cue), or -1.
     */
    private static int relativeClausePronoun(DocumentTokens t, int k, int first) {
        int p = k - 1;
        while (p > first && p >= k - 3 && (PERFECT_AUXILIARIES.contains(t.lower[p]) || PASSIVE_AUXILIARIES.contains(t.lower[p])
                || ADVERBS.contains(t.lower[p]))) {
            p--;
        }
        if (p <= first) {
            return -1;
        }
        boolean subjectPronoun = (THING_PRONOUNS.contains(t.lower[p]) || PERSON_PRONOUNS.contains(t.lower[p]))
                && !NOT_SUBJECT_PRONOUNS.contains(t.lower[p]) && !QuoteSpeakers.FIRST_PERSON.contains(t.lower[p]);
        return subjectPronoun && p - 1 >= first && isNounLike(t, p - 1) && !PREPOSITIONS.contains(t.lower[p - 1]) ? p : -1;
    }

    /** The actor in apposition after the object relative clause whose cue is at {@code k}: ", the National Liberation Front". */
    private static Mention appositiveOfRelativeClause(DocumentTokens t, int k, int first, int limit, List<Mention> inSentence) {
        if (relativeClausePronoun(t, k, first) < 0) {
            return null;
        }
        int j = k + 1;
        if (j + 1 < limit && PREPOSITIONS.contains(t.lower[j]) && t.isCapitalized(j + 1) && startingAt(inSentence, j + 1) == null) {
            j += 2; // "it backs in Idlib,"
        }
        if (j + 1 >= limit || !t.lower[j].equals(",")) {
            return null;
        }
        Mention m = startingAt(inSentence, j + 1);
        if (m == null || !m.actor || m.end >= limit) {
            return null;
        }
        String after = t.lower[m.end];
        return after.equals(",") || after.equals(".") || after.equals(";") || after.equals("and") ? m : null;
    }

    /** The antecedent of a possessive pronoun right before the token {@code at} ("its", "our"), or null. */
    private Mention pronounPossessor(DocumentTokens t, int at, int first, List<Mention> all) {
        int p = at - 1;
        if (p < first || !POSSESSIVE_PRONOUNS.contains(t.lower[p])) {
            return null;
        }
        return antecedent(all, t.begin[p], PERSON_PRONOUNS.contains(t.lower[p]), null, t);
    }

    /**
     * An object pronoun right after the cue (or after its preposition) stands for the thing or group it refers to:
     * "designating it a terrorist organisation", "used force against them".
     */
    private Mention pronounObject(DocumentTokens t, int k, int limit, CueLexicon.Cue cue, List<Mention> inSentence, List<Mention> all,
            Mention holder) {
        int j = k + 1;
        if (cue.needsPreposition() && j < limit && cue.prepositions().contains(t.lower[j])) {
            j++;
        }
        if (j >= limit || !OBJECT_PRONOUNS.contains(t.lower[j]) || (cue.needsPreposition() && j == k + 1)) {
            return null;
        }
        if (SINGULAR_PRONOUNS.contains(t.lower[j]) && !ACCUSING_WORDS.contains(t.lower[k])) {
            // "Russia welcomed the Sochi agreement, then violated it": an agreement earlier in the sentence is what "it" is
            // (one accuses an actor: "the SDF says it complies with the memorandum; Turkey accuses it of cheating")
            Mention agreement = null;
            for (Mention m : inSentence) {
                if (!m.actor && m.end <= j) {
                    agreement = m;
                }
            }
            if (agreement != null) {
                return agreement;
            }
        }
        if (SINGULAR_PRONOUNS.contains(t.lower[j]) && agreementNounSinceLastActor(t, j, inSentence)) {
            return null; // "not a party to the south-west arrangement, and ... their distrust of it": an agreement the catalogue does not know
        }
        Mention m = antecedent(all, t.begin[j], false, holder, t);
        return m != null && m != holder && !sameSide(m, holder) ? m : null;
    }

    /** An agreement's head noun that is no mention stands between the last actor of the sentence and the pronoun at {@code j}. */
    private static boolean agreementNounSinceLastActor(DocumentTokens t, int j, List<Mention> inSentence) {
        int first = t.sentenceFirst[t.sentence[j]];
        for (int x = j - 1; x >= first; x--) {
            Mention m = containing(inSentence, x);
            if (m != null) {
                return false;
            }
            if (AgreementTagger.HEADS.containsKey(t.lower[x])) {
                return true;
            }
        }
        return false;
    }

    /** The actor a cue noun comes from ("support from Turkey"; "enjoys the support of Turkey" after a receiving verb), or null. */
    private static Mention source(DocumentTokens t, int k, int limit, List<Mention> inSentence, boolean received) {
        for (int j = k + 1; j < Math.min(limit, k + 8); j++) {
            if (CLAUSE_BREAKS.contains(t.lower[j]) || t.lower[j].equals(",")) {
                return null;
            }
            if (t.lower[j].equals("by") && j - 1 > k && (HOLDING_PARTICIPLES.contains(t.lower[j - 1]) || j - 1 > k + 1 && isPastForm(t.lower[j - 1]))) {
                // "a campaign against sites held by the rebels": the agent is the participle's; a participle right after
                // the cue is the act's own, and its agent does it ("the offensive launched by the regime")
                return null;
            }
            if (SOURCE_PREPOSITIONS.contains(t.lower[j]) || received && j == k + 1 && t.lower[j].equals("of")) {
                Mention m = startingAt(inSentence, j + 1);
                return m != null && m.actor ? m : null;
            }
        }
        return null;
    }

    /** Negation or a modal between the holder and the cue, or just before the cue. */
    private static boolean blocked(DocumentTokens t, int from, int cue) {
        return blocked(t, from, cue, -1);
    }

    /** As {@link #blocked(DocumentTokens, int, int)}, but the modal at {@code stated} is a stated intention, no block. */
    private static boolean blocked(DocumentTokens t, int from, int cue, int stated) {
        int start = Math.min(from, Math.max(0, cue - 3));
        if (start > 0 && t.lower[start - 1].equals("nor")) {
            return true;
        }
        for (int j = cue - 1; j >= start; j--) {
            String w = t.lower[j];
            if (SCOPE_BREAKS.contains(w)) {
                return false; // "it might be willing to adjust, while remaining opposed to Damascus": the modal is another clause's
            }
            if (NEGATIONS.contains(w) || w.endsWith("n’t") || MODALS.contains(w) && j != stated || CONDITIONALS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "This would give the U.S. and Turkey time to work with rebel allies": an infinitive a modal governs is no act. */
    private static boolean infinitiveUnderModal(DocumentTokens t, int first, int k) {
        return k - 1 >= first && t.lower[k - 1].equals("to") && earlierInClause(t, first, k, INFINITIVE_GOVERNORS, false);
    }

    /**
     * "Saudi Arabia said it would continue to support ...", "Borrell said the EU would maintain its measures against the
     * regime": what a speaker states that it, or the actor it speaks for, will do is its position (not what it says
     * another would do). The position of that "would", or -1.
     */
    private int ownStatedFuture(DocumentTokens t, int first, int cue, Mention holder, List<Mention> inSentence, List<Mention> all) {
        for (int w = cue - 1; w > first + 1 && w >= cue - 5; w--) {
            if (!FUTURE_MODALS.contains(t.lower[w])) {
                continue;
            }
            int v = w - 1;
            Mention subject = endingAt(inSentence, w);
            if (subject != null) {
                v = subject.first - 1;
            } else if (THING_PRONOUNS.contains(t.lower[v]) || PERSON_PRONOUNS.contains(t.lower[v])) {
                v--;
            } else if (POSSESSIVE_PRONOUNS.contains(t.lower[v - 1])) {
                v -= 2; // "told Reuters its fighters would respect the truce"
            } else {
                return -1;
            }
            if (v > first && t.lower[v].equals("that")) {
                v--;
            }
            if (v - 1 > first && !STATEMENT_VERBS.contains(t.lower[v]) && STATEMENT_VERBS.contains(t.lower[v - 1])) {
                v--; // "told reporters", "told Reuters"
            }
            if (v <= first || !STATEMENT_VERBS.contains(t.lower[v])) {
                return -1;
            }
            for (int c = cue + 1; c < t.sentenceFirst[t.sentence[cue] + 1]; c++) {
                if (CONDITIONALS.contains(t.lower[c])) {
                    return -1; // "said it would back the regime if the talks failed": only a condition's consequence
                }
            }
            Mention speaker = subjectBefore(t, v, inSentence, all, first);
            return speaker != null && catalogue.affiliationOf(speaker.id).equals(catalogue.affiliationOf(holder.id)) ? w : -1;
        }
        return -1;
    }

    /** The modals of a future act ("would", "will"). */
    static final Set<String> FUTURE_MODALS = Vocabulary.set("StanceTagger.FUTURE_MODALS");
    /** Verbs by which a speaker states its own position ("said", "told", "announced"). */
    static final Set<String> STATEMENT_VERBS = Vocabulary.set("StanceTagger.STATEMENT_VERBS");

    /** The subject of a verb that asks the infinitive cue of someone ("urged Russia to respect"), or null. */
    private Mention askerOf(DocumentTokens t, int first, int k, List<Mention> inSentence, List<Mention> all) {
        int asks = verbBeforeInfinitive(t, first, k, k - 2, EXPECTATIONS);
        asks = asks >= 0 ? asks : verbBeforeInfinitive(t, first, k, k - 2, APPEAL_VERBS); // "called on Ankara to honour the deal"
        Mention asker = asks < 0 ? null : subjectBefore(t, asks, inSentence, all, first);
        return asker != null && asker.actor ? asker : null;
    }

    /** A modal earlier in the cue's clause: "Jolani may have pushed for ... and enabling it to merge". */
    private static boolean modalInClause(DocumentTokens t, int first, int k) {
        // "it expects Turkey to contain, police and eventually eliminate the group": what is asked of another is not done
        return earlierInClause(t, first, k, CLAUSE_GOVERNORS, true) || appealedFor(t, first, k);
    }

    /** "Human Rights Watch calls on the EU to impose sanctions": an act appealed for is not done. */
    private static boolean appealedFor(DocumentTokens t, int first, int k) {
        boolean infinitive = false;
        for (int j = k - 1; j > first && j >= k - 14; j--) {
            String w = t.lower[j];
            if (infinitive && RELATIVE_PRONOUNS.contains(w) && t.lower[j - 1].equals(",")) {
                continue; // "called on the United States, which leads the coalition, to restrain Ankara": past the clause
            }
            if (w.equals(";") || w.equals(":") || SCOPE_BREAKS.contains(w) || RELATIVE_PRONOUNS.contains(w)) {
                return false;
            }
            infinitive |= w.equals("to");
            if (infinitive && w.equals("on") && APPEAL_VERBS.contains(t.lower[j - 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * One of {@code words} before the cue in its clause. A connective, a relative pronoun or ";" ends the clause
     * ("..., whose reputation Moscow has been trying to rehabilitate"); with {@code punctuation}, so do ":" and a
     * comma that opens a clause.
     */
    private static boolean earlierInClause(DocumentTokens t, int first, int k, Set<String> words, boolean punctuation) {
        for (int j = k - 1; j >= first; j--) {
            String w = t.lower[j];
            if (w.equals(";") || SCOPE_BREAKS.contains(w) || RELATIVE_PRONOUNS.contains(w)
                    || (punctuation && (w.equals(":") || (w.equals(",") && opensAClause(t, j + 1, k))))) {
                return false;
            }
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that ask an act of someone: "expects Turkey to", "urged Russia to". */
    static final Set<String> EXPECTATIONS = Vocabulary.set("StanceTagger.EXPECTATIONS");

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    /** After a comma, a name, a pronoun or a connective starts a clause; a common noun goes on a list ("time, space and ..."). */
    private static boolean opensAClause(DocumentTokens t, int j, int k) {
        return j < k && (t.isCapitalized(j) || THING_PRONOUNS.contains(t.lower[j]) || PERSON_PRONOUNS.contains(t.lower[j])
                || CLAUSE_OPENERS.contains(t.lower[j]));
    }

    /** Words that make an infinitive after them no act: "too strong to eradicate", "how to contain". */
    static final Set<String> INFINITIVE_BLOCKERS = Vocabulary.set("StanceTagger.INFINITIVE_BLOCKERS");
    /** Nouns whose infinitive is their owner's plan, not the clause subject's act: "the decision to punish the regime". */
    static final Set<String> INTENTION_NOUNS = Vocabulary.set("StanceTagger.INTENTION_NOUNS");

    /** People who act for another, named as that other's ("Zawahiri’s deputy", "Putin’s spokesman"). */
    static final Set<String> SUBORDINATES = Vocabulary.set("StanceTagger.SUBORDINATES");
    /** Phrases that name actors acting with the one before them ("Iran, along with Hezbollah, ..."). */
    static final List<List<String>> COMPANIONS = Vocabulary.list("StanceTagger.COMPANIONS").stream().map(Tokenizer::words).toList();
    /** Participles that say who holds places ("sites held by the rebels", "areas controlled by HTS"). */
    static final Set<String> HOLDING_PARTICIPLES = Vocabulary.set("StanceTagger.HOLDING_PARTICIPLES");
    static final Set<String> RELATIVE_PRONOUNS = Vocabulary.set("StanceTagger.RELATIVE_PRONOUNS");

    /** "co-guarantors alongside Moscow would be necessary": the author's recommendation, not a stance. */
    private static boolean modalAfter(DocumentTokens t, int k, int limit) {
        for (int j = k + 1; j < Math.min(limit, k + 9); j++) {
            if (CLAUSE_BREAKS.contains(t.lower[j]) || CONDITIONALS.contains(t.lower[j])) {
                return false; // "warned the regime that it would pay": the modal is the warning's content
            }
            if (RECOMMENDATION_MODALS.contains(t.lower[j])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuestionOrConditional(DocumentTokens t, int s, int first, int limit) {
        String last = t.lower[limit - 1];
        if (last.equals("?") || (limit - 2 >= first && t.lower[limit - 2].equals("?"))) {
            return true;
        }
        int j = first;
        while (j < limit && !Character.isLetter(t.lower[j].charAt(0))) {
            j++;
        }
        if (j < limit && (j + 1 < limit) && t.lower[j].equals("but")) {
            j++;
        }
        return j < limit && CONDITIONALS.contains(t.lower[j]);
    }

    private static boolean isPastForm(String w) {
        return w.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(w);
    }

    /** The holder and where its subject stands (the pronoun's position where there is one). */
    private record Subject(Mention holder, int position) {
    }

    private Mention subjectBefore(DocumentTokens t, int k, List<Mention> inSentence, List<Mention> all, int first) {
        Subject subject = subject(t, k, inSentence, all, first);
        return subject == null ? null : subject.holder;
    }

    /** The actor doing what the token at {@code k} says: the nearest actor before it, or a pronoun's antecedent. */
    private Subject subject(DocumentTokens t, int k, List<Mention> inSentence, List<Mention> all, int first) {
        int verbGroup = verbGroupStart(t, k, first);
        // "... and has vowed to destroy it": an infinitive's subject is that of the verb that governs it
        int governing = k - 2 >= first && t.lower[k - 1].equals("to") && isVerbBefore(t, k - 2) ? verbGroupStart(t, k - 2, first) : verbGroup;
        Mention interrupted = subjectAcrossInterruption(t, verbGroup, first, inSentence);
        if (interrupted == null && governing != verbGroup) {
            // "The delegation, which had walked out in protest at Iran’s role, refused to endorse": the governing verb's
            interrupted = subjectAcrossInterruption(t, governing, first, inSentence);
        }
        if (interrupted == NO_ACTOR) {
            return null; // "Iran’s proxies, which Russia tolerates, fought ...": the subject is no actor, Russia is in the clause
        }
        if (interrupted != null) {
            return new Subject(interrupted, interrupted.first);
        }
        int before = governing;
        while (before - 1 > first && before > k - 5 && (t.lower[before - 1].equals("to") || isPastForm(t.lower[before - 1])
                || t.lower[before].equals("to") && Character.isLowerCase(t.word[before - 1].charAt(0)) // "was meant to", "is supposed to"

                || PASSIVE_AUXILIARIES.contains(t.lower[before - 1]) || PERFECT_AUXILIARIES.contains(t.lower[before - 1]) || MODALS.contains(t.lower[before - 1]))) {
            before--;
        }
        Mention agreementSubject = endingAt(inSentence, before);
        if (agreementSubject != null && !agreementSubject.actor) {
            return null; // "the Sochi agreement was meant to shore up the arrangement": the agreement is the subject
        }
        Subject shared = sharedSubject(t, governing, first, inSentence, all);
        if (shared != null) {
            return shared.holder == NO_ACTOR ? null : shared;
        }
        Mention nearest = null;
        for (Mention m : inSentence) {
            if (m.actor && m.end <= k && k - m.end <= HOLDER_WINDOW && !isAppositivePossessor(t, m, first)
                    && !inPrepositionalPhrase(t, m, first, inSentence) && !isCompoundModifier(t, m) && !possessesAPerson(t, m)
                    && !(m.first > first && t.lower[m.first - 1].equals("what")) // "launched what Russian officials described as
                    && !(m.first > first && t.lower[m.first - 1].equals("than")) // "cooler than Moscow towards": no subject
                    && !(m.first > first && ADDRESSEE_VERBS.contains(t.lower[m.first - 1]))) { // "told the Council that ...": addressed
                nearest = m;
            }
            if (m.end <= k && hasClauseBreak(t, m.end, k)) {
                nearest = null; // a holder does not reach across ";"
            }
        }
        for (int j = nearest == null ? k : nearest.end; j + 1 < k; j++) {
            if (SUBORDINATORS.contains(t.lower[j]) && NOUN_MARKERS.contains(t.lower[j + 1])) {
                nearest = null; // "Moscow was alarmed ... nine months after a Russian-backed campaign had succeeded in expelling
                break;          // the group": the clause has a subject of its own, which is no actor
            }
        }
        Mention agent = nearest == null ? null : agentOfPassiveBefore(t, nearest.end, k, inSentence);
        if (agent != null) {
            return new Subject(agent, agent.first); // "HTS remains listed by the Council under the sanctions regime against ...": the Council's sanctions
        }
        int from = nearest == null ? Math.max(first, k - HOLDER_WINDOW) : nearest.end;
        for (int j = k - 1; j >= from; j--) {
            String w = t.lower[j];
            if (PERSON_RELATIVES.contains(w) && j - 1 >= first && endingAt(inSentence, j) == null && isNounLike(t, j - 1)
                    && !t.isCapitalized(j - 1)) {
                return null; // "others who remain suspicious of Turkey": the clause's subject is a noun that is no actor
            }
            int members = GroupAnaphora.size(t, j);
            if (members > 0 && startingAt(inSentence, j) == null && containing(inSentence, j) == null
                    && !GroupAnaphora.afterPreposition(t, j, first)) {
                // "These three countries reached an understanding": the last coordination of three actors (never the
                // head of a relative clause: "the requirement that the two sides combat terrorism")
                Mention group = GroupAnaphora.antecedent(t, j, members, all);
                if (group != null) {
                    return new Subject(group, -1);
                }
            }
            if (SUBJECT_RELATIVES.contains(w) && j - 1 > first && t.lower[j - 1].equals(",") && endingAt(inSentence, j - 1) != null
                    && endingAt(inSentence, j - 1).actor) {
                // "the United States, which leads the coalition against the Islamic State": the clause's subject is its head
                return new Subject(endingAt(inSentence, j - 1), j - 1);
            }
            if (REFLEXIVES.contains(w) && endingAt(inSentence, j) != null) {
                continue; // "Turkey itself designated": the emphatic pronoun is the name before it
            }
            boolean thing = THING_PRONOUNS.contains(w);
            if ((thing || PERSON_PRONOUNS.contains(w)) && !(j + 1 < t.size() && t.lower[j + 1].equals("’s"))) {
                if (POSSESSIVE_PRONOUNS.contains(w) && j + 2 == verbGroup && ActorTagger.ORGAN_HEADS.contains(t.lower[j + 1])) {
                    // "his Government had cooperated", "its forces shelled": the pronoun's state acts through its organ
                    Mention antecedent = antecedent(all, t.begin[j], PERSON_PRONOUNS.contains(w), null, t);
                    return antecedent == null ? null : new Subject(antecedent, j);
                }
                if (NOT_SUBJECT_PRONOUNS.contains(w)) {
                    continue; // possessives and objects are not subjects
                }
                // "rebel groups it supports": the mention right before the pronoun is its object, not its antecedent
                Mention adjacent = null;
                for (Mention m : inSentence) {
                    if (m.end == j) {
                        adjacent = m;
                    }
                }
                if (adjacent == null && j - 1 >= first && isNounLike(t, j - 1)) {
                    return null; // "a Syrian offensive it backs": the pronoun's object is that noun, not an actor
                }
                Mention antecedent = antecedent(all, t.begin[j], !thing, adjacent, t);
                return antecedent != null ? new Subject(antecedent, j) : nearest == null ? null : new Subject(nearest, nearest.first);
            }
        }
        return nearest == null ? null : new Subject(nearest, nearest.first);
    }

    /** "Iran, along with Hezbollah, has propped up Assad": the actors named with the holder, before the cue, act with it. */
    private static List<Mention> companions(DocumentTokens t, Mention holder, List<Mention> inSentence, int k) {
        int j = holder.end < k && t.lower[holder.end].equals(",") ? holder.end + 1 : holder.end;
        if (j < k && j > holder.end && SUBJECT_RELATIVES.contains(t.lower[j])) {
            // "Iran, which along with Russia and Turkey is a guarantor of the Astana process": only in the clause
            for (int c = j + 1; c < k; c++) {
                if (t.lower[c].equals(",") && !(c + 1 < k && (t.lower[c + 1].equals("and") || startingAt(inSentence, c + 1) != null))) {
                    return List.of();
                }
            }
            j++;
        }
        int after = t.phraseEnd(COMPANIONS, j, k);
        Mention companion = after < 0 ? null : startingAt(inSentence, after);
        if (companion == null || !companion.actor || companion.end >= k) {
            return List.of();
        }
        List<Mention> all = new ArrayList<>(List.of(companion));
        all.addAll(coordinatedAfter(t, companion, inSentence, k, true));
        return all;
    }

    /** "Zawahiri’s deputy": the possessor of a person (deputy, aide, envoy ...) is not what the sentence says that person did. */
    private static boolean possessesAPerson(DocumentTokens t, Mention m) {
        return m.end + 1 < t.size() && t.lower[m.end].equals("’s")
                && (SUBORDINATES.contains(t.lower[m.end + 1]) || m.end + 2 < t.size() && SUBORDINATES.contains(t.lower[m.end + 2]));
    }

    /** The first token of the auxiliaries and adverbs before a finite verb: "has repeatedly backed" starts at "has". */
    private static int verbGroupStart(DocumentTokens t, int k, int first) {
        int j = k;
        while (j - 1 >= first && (PERFECT_AUXILIARIES.contains(t.lower[j - 1]) || PASSIVE_AUXILIARIES.contains(t.lower[j - 1])
                || ADVERBS.contains(t.lower[j - 1]) || t.lower[j - 1].endsWith("ly"))) {
            j--;
        }
        return j;
    }

    /**
     * "Russia, which has backed Assad since 2015, vetoed ...", "Turkey, the rebels’ main backer, warned ...": a finite
     * verb right after a closed relative clause or appositive has the actor before that interruption as its subject.
     */
    private static Mention subjectAcrossInterruption(DocumentTokens t, int verbGroup, int first, List<Mention> inSentence) {
        if (verbGroup - 1 <= first || !t.lower[verbGroup - 1].equals(",") || t.lower[verbGroup].endsWith("ing")) {
            return null;
        }
        for (int open = verbGroup - 2; open > first && open >= verbGroup - INTERRUPTION_WINDOW; open--) {
            String w = t.lower[open];
            if (w.equals(";") || w.equals(":")) {
                return null;
            }
            if (w.equals(",")) {
                String opener = t.lower[open + 1];
                Mention head = endingAt(inSentence, open);
                if (head == null && t.lower[open - 1].equals(")")) {
                    head = endingAt(inSentence, open - 1); // "the Syrian National Army (SNA), a coalition ..., launched"
                }
                boolean interruption = RELATIVE_PRONOUNS.contains(opener) && !opener.equals("that") || APPOSITIVE_OPENERS.contains(opener);
                if (!interruption && Character.isLowerCase(t.word[open + 1].charAt(0)) && listGoesOn(t, open + 1, verbGroup - 1, inSentence)) {
                    continue; // "that Ankara trains, arms and pays,": a list inside the interruption
                }
                if (!interruption && startingAt(inSentence, open + 1) != null && head != null && head.actor && inARelativeClause(t, open, first)) {
                    continue; // "HTS, which Washington, Ankara and the UN Security Council list as ..., has crushed": names listed inside it
                }
                if (interruption && (head == null || !head.actor) && isNounLike(t, open - 1)) {
                    return NO_ACTOR;
                }
                return interruption && head != null && head.actor ? head : null;
            }
        }
        return null;
    }

    /** How far back a relative clause's ", which" may open before a passive in it. */
    private static final int RELATIVE_CLAUSE_REACH = 25;
    /** The relative pronouns that open a clause about a person or a thing after a comma ("HTS, which ..."). */
    private static final Set<String> COMMA_RELATIVES = Set.of("which", "who");

    /** The actor before ", which" or ", who" that opens the clause {@code k} stands in, with no other clause break; or null. */
    private static Mention headOfRelativeClauseBefore(DocumentTokens t, int k, int first, List<Mention> inSentence) {
        int pronoun = relativePronounBefore(t, k, first + 1, RELATIVE_CLAUSE_REACH, COMMA_RELATIVES);
        Mention head = pronoun < 0 ? null : endingAt(inSentence, pronoun - 1);
        return head != null && head.actor ? head : null;
    }

    /** Whether a relative pronoun after a comma opens a clause that reaches {@code at} ("HTS, which Washington, Ankara"). */
    private static boolean inARelativeClause(DocumentTokens t, int at, int first) {
        return relativePronounBefore(t, at, first, INTERRUPTION_WINDOW, OBJECT_AND_SUBJECT_RELATIVES) >= 0;
    }

    /** {@link #RELATIVE_PRONOUNS} but "that", which opens no interruption. */
    private static final Set<String> OBJECT_AND_SUBJECT_RELATIVES = RELATIVE_PRONOUNS.stream().filter(w -> !w.equals("that"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The position of one of {@code pronouns} right after a comma, at most {@code reach} tokens before {@code at} and
     * after {@code floor}, with no ";" or ":" between; or -1.
     */
    private static int relativePronounBefore(DocumentTokens t, int at, int floor, int reach, Set<String> pronouns) {
        for (int j = at - 1; j > floor && j >= at - reach; j--) {
            if (t.lower[j].equals(";") || t.lower[j].equals(":")) {
                return -1;
            }
            if (pronouns.contains(t.lower[j]) && t.lower[j - 1].equals(",")) {
                return j;
            }
        }
        return -1;
    }

    /** The words from {@code from} to {@code to} end a list ("arms and pays"): an "and", and no actor named. */
    private static boolean listGoesOn(DocumentTokens t, int from, int to, List<Mention> inSentence) {
        boolean and = false;
        for (int j = from; j < to; j++) {
            and |= t.lower[j].equals("and");
            if (containing(inSentence, j) != null || t.lower[j].equals(",") && j > from) {
                return false;
            }
        }
        return and && to - from <= 4;
    }

    /**
     * "Turkey supports the rebels but opposes the YPG": a verb coordinated with an earlier predicate shares its
     * subject; the actor just before "and"/"but" is that predicate's object, not this verb's subject.
     */
    private Subject sharedSubject(DocumentTokens t, int verbGroup, int first, List<Mention> inSentence, List<Mention> all) {
        int coordinator = verbGroup - 1;
        if (coordinator > first && !PREDICATE_COORDINATORS.contains(t.lower[coordinator])) {
            coordinator = coordinatorBeforeAdjunct(t, verbGroup, first, inSentence);
        }
        if (coordinator <= first || !PREDICATE_COORDINATORS.contains(t.lower[coordinator])) {
            return null;
        }
        Mention object = endingAt(inSentence, coordinator);
        if (object == null) {
            object = objectBeforeAdjunct(t, coordinator, first, inSentence);
        }
        if (object == null || object.first - 1 <= first) {
            return null;
        }
        String before = t.lower[object.first - 1];
        if (NominalFrames.COORDINATORS.contains(before) || PREDICATE_COORDINATORS.contains(before) || before.equals("’s")) {
            return null; // "Russia, Iran and ...": a list, no object of a verb
        }
        Subject earlier = subject(t, object.first - 1, inSentence, all, first);
        for (int guard = 0; guard < 3 && earlier != null && earlier.holder.first - 1 > first && earlier.holder.first < object.first
                && isVerbBefore(t, earlier.holder.first - 1); guard++) {
            // "Ankara regards the YPG as an extension of the PKK and has vowed ...": the YPG is the first verb's object;
            // that verb's subject is the one both predicates share
            Subject above = subject(t, earlier.holder.first - 1, inSentence, all, first);
            if (above == null) {
                return new Subject(NO_ACTOR, -1); // "Haley accused the regime of ... and accused Russia": the shared subject is no actor
            }
            if (above.holder == earlier.holder) {
                break;
            }
            earlier = above;
        }
        return earlier == null || earlier.holder == object ? null : earlier;
    }

    /**
     * "strike HTS and in October 2020 killed dozens of rebels": the coordinator before a short time or place adjunct
     * (a preposition, then no actor and no comma) right before the verb; else -1.
     */
    private static int coordinatorBeforeAdjunct(DocumentTokens t, int verbGroup, int first, List<Mention> inSentence) {
        for (int j = verbGroup - 2; j > first && j >= verbGroup - 5; j--) {
            if (t.lower[j].equals(",") || containing(inSentence, j) != null) {
                return -1;
            }
            if (PREPOSITIONS.contains(t.lower[j]) && !t.lower[j].equals("to")) {
                return PREDICATE_COORDINATORS.contains(t.lower[j - 1]) ? j - 1 : -1;
            }
        }
        return -1;
    }

    /**
     * "fought the PKK for decades and now targets the YPG": the object of the first predicate, with a short phrase after
     * it that opens with a preposition or an adverb, before the coordinator; else null.
     */
    private static Mention objectBeforeAdjunct(DocumentTokens t, int coordinator, int first, List<Mention> inSentence) {
        for (int j = coordinator - 1; j > first && j >= coordinator - 4; j--) {
            Mention m = endingAt(inSentence, j);
            if (m != null) {
                return PREPOSITIONS.contains(t.lower[j]) || ADVERBS.contains(t.lower[j]) ? m : null;
            }
            if (!Character.isLetterOrDigit(t.word[j].charAt(0)) || containing(inSentence, j) != null) {
                return null;
            }
        }
        return null;
    }

    /** A finite verb right before a mention, which makes the mention its object: "regards the YPG", "attacked HTS". */
    private static boolean isVerbBefore(DocumentTokens t, int j) {
        String w = t.lower[j];
        return Character.isLowerCase(t.word[j].charAt(0)) && w.length() > 3 && (w.endsWith("s") || w.endsWith("ed"))
                && !PREPOSITIONS.contains(w) && !NOUN_MARKERS.contains(w) && !PASSIVE_AUXILIARIES.contains(w)
                && !PERFECT_AUXILIARIES.contains(w) && !CLAUSE_OPENERS.contains(w);
    }

    /** Relative pronouns of persons: after a common noun, that noun is their clause's subject. */
    static final Set<String> PERSON_RELATIVES = Vocabulary.set("StanceTagger.PERSON_RELATIVES");

    /** A subject across an interruption that is a noun, not an actor. */
    private static final Mention NO_ACTOR = new Mention(null, -1, -1, "", false, false);

    /** How far back a closed relative clause or appositive may open. */
    static final int INTERRUPTION_WINDOW = 20;
    /** Words that open an appositive between a subject and its verb ("Turkey, the rebels’ main backer, ..."). */
    static final Set<String> APPOSITIVE_OPENERS = Vocabulary.set("StanceTagger.APPOSITIVE_OPENERS");
    /** Words that coordinate two predicates of one subject. */
    static final Set<String> PREDICATE_COORDINATORS = Vocabulary.set("StanceTagger.PREDICATE_COORDINATORS");

    /** Verbs of receiving: the support received goes to their subject ("the YPG received support from Washington"). */
    static final Set<String> RECEIVING_VERBS = Vocabulary.set("StanceTagger.RECEIVING_VERBS");
    /** Conjunctions that open another clause, past which no object of the cue is sought ("days after rebels had ..."). */
    static final Set<String> SUBORDINATORS = Vocabulary.set("StanceTagger.SUBORDINATORS");
    /** Verbs of keeping an agreement: not keeping it is a breach ("never complied with the deal"). */
    static final Set<String> COMPLIANCE_VERBS = Vocabulary.set("StanceTagger.COMPLIANCE_VERBS");
    /** Determiners that make a noun cue no act ("any rapprochement"). */
    static final Set<String> NONSPECIFIC_DETERMINERS = Vocabulary.set("StanceTagger.NONSPECIFIC_DETERMINERS");
    /** Words after which a verb form that is no past form is a noun ("in some respects", "no support"). */
    static final Set<String> QUANTIFIERS = Vocabulary.set("StanceTagger.QUANTIFIERS");
    /** Relative pronouns that can be their clause's subject ("Russia, which backs Assad"). */
    static final Set<String> SUBJECT_RELATIVES = Vocabulary.set("StanceTagger.SUBJECT_RELATIVES");
    /** Prepositions after which a participle after "be" states its subject's stance ("is allied with", "is opposed to"). */
    static final Set<String> STATIVE_PREPOSITIONS = Vocabulary.set("StanceTagger.STATIVE_PREPOSITIONS");
    /** Verbs of seeking: support sought is not given ("Ankara sought NATO's support"). */
    static final Set<String> SEEKING_VERBS = Vocabulary.set("StanceTagger.SEEKING_VERBS");
    /** Words of an accusation: the act charged is not asserted ("accused Ankara of violating the deal"). */
    static final Set<String> ACCUSING_WORDS = Vocabulary.set("StanceTagger.ACCUSING_WORDS");
    /** Verbs of an appeal to another ("called on Ankara to honour the deal"). */
    static final Set<String> APPEAL_VERBS = Vocabulary.set("StanceTagger.APPEAL_VERBS");
    /** Verbs of a threat, whose infinitive's object is opposed ("threatened to drive the YPG out"). */
    static final Set<String> THREAT_VERBS = Vocabulary.set("StanceTagger.THREAT_VERBS");
    /** Lowercase title words between a state and its person ("al-Qaeda leader Ayman al-Zawahiri"). */
    static final Set<String> TITLE_WORDS = Vocabulary.set("StanceTagger.TITLE_WORDS");
    private static final String DESIGNATION = "designation";

    /** Words after which a word that is a noun cue and a verb cue is the verb ("they support", "to support"). */
    static final Set<String> VERB_CONTEXT = Vocabulary.set("StanceTagger.VERB_CONTEXT");

    /** Words after which a pronoun starts a new clause rather than an object relative clause. */
    static final Set<String> CLAUSE_OPENERS = Vocabulary.set("StanceTagger.CLAUSE_OPENERS");

    private static boolean isNounLike(DocumentTokens t, int j) {
        String w = t.word[j];
        return Character.isLetter(w.charAt(0)) && Character.isLowerCase(w.charAt(0)) && !CLAUSE_OPENERS.contains(t.lower[j])
                && !MODALS.contains(t.lower[j]) && !PASSIVE_AUXILIARIES.contains(t.lower[j]) && !w.endsWith("ly");
    }

    static final Set<String> PREPOSITIONS = Vocabulary.set("StanceTagger.PREPOSITIONS");
    static final Set<String> REFLEXIVES = Vocabulary.set("StanceTagger.REFLEXIVES");
    /** Words that open a clause of its own: a negation or modal before them does not reach a cue after them. */
    static final Set<String> SCOPE_BREAKS = Vocabulary.set("StanceTagger.SCOPE_BREAKS");
    /** Pronouns that can be a cue's object ("attacked them"). */
    static final Set<String> OBJECT_PRONOUNS = Vocabulary.set("StanceTagger.OBJECT_PRONOUNS");
    /** Prepositions that name who gives what a noun cue names ("support from Ankara"). */
    static final Set<String> SOURCE_PREPOSITIONS = Vocabulary.set("StanceTagger.SOURCE_PREPOSITIONS");
    /** Words that may stand between a preposition and its target ("to both the rebels and ..."). */
    static final Set<String> TARGET_DETERMINERS = Vocabulary.set("StanceTagger.TARGET_DETERMINERS");
    /** "fighting alongside X": a conflict cue before these words is support. */
    static final Set<String> SIDE_BY_SIDE = Vocabulary.set("StanceTagger.SIDE_BY_SIDE");
    /** Verbs that keep someone from an act ("prevented Turkey from attacking", "refrained from confronting"). */
    static final Set<String> HINDERING_VERBS = Vocabulary.set("StanceTagger.HINDERING_VERBS");

    /**
     * "Russia accused HTS of violating the ceasefire", "blamed Ankara for breaching the deal": what one actor charges
     * another with is the accuser's stance towards the accused, not an act the text asserts.
     */
    private static boolean accusedOf(DocumentTokens t, int first, int k) {
        int j = k - 1;
        if (j - 1 > first && t.lower[j].equals("to") && REFUSALS.contains(t.lower[j - 1])) {
            j -= 2; // "accusing Turkey of failing to honour the agreement"
        }
        while (j > first && (ADVERBS.contains(t.lower[j]) || t.lower[j].equals("having"))) {
            j--;
        }
        if (j <= first || !(t.lower[j].equals("of") || t.lower[j].equals("for"))) {
            return false;
        }
        for (int v = j - 1; v >= Math.max(first, j - 10); v--) {
            if (ACCUSING_WORDS.contains(t.lower[v])) {
                return true;
            }
            if (CLAUSE_BREAKS.contains(t.lower[v]) || t.lower[v].equals(";")) {
                return false;
            }
        }
        return false;
    }

    /** A participle right after a form of "be" (an adverb may stand between): "were killed", "was repeatedly shelled". */
    private static boolean passiveAfterAuxiliary(DocumentTokens t, int k, int first) {
        int j = k - 1;
        while (j > first && ADVERBS.contains(t.lower[j])) {
            j--;
        }
        return j >= first && PASSIVE_AUXILIARIES.contains(t.lower[j]);
    }

    /** "never complied", "has not fully implemented", "didn’t honour": the negation of the verb right before it, or -1. */
    private static int negationRightBefore(DocumentTokens t, int first, int k, List<Mention> inSentence) {
        for (int j = k - 1; j >= first; j--) {
            String w = t.lower[j];
            if (w.equals("not") || w.equals("never") || w.endsWith("n’t")) {
                return j;
            }
            if (!(ADVERBS.contains(w) || w.endsWith("ly") || PERFECT_AUXILIARIES.contains(w))) {
                return neitherNor(t, first, j + 1, inSentence);
            }
        }
        return -1;
    }

    /** "Neither Moscow nor Ankara" ending at {@code end}: the position of "neither", or -1. */
    private static int neitherNor(DocumentTokens t, int first, int end, List<Mention> inSentence) {
        Mention second = endingAt(inSentence, end);
        if (second == null || second.first - 1 <= first || !t.lower[second.first - 1].equals("nor")) {
            return -1;
        }
        Mention before = endingAt(inSentence, second.first - 1);
        return before != null && before.first - 1 >= first && t.lower[before.first - 1].equals("neither") ? before.first - 1 : -1;
    }

    /** "chose to co-opt rather than confront it", "instead of attacking HTS": the act is the one not chosen. */
    private static boolean ratherThan(DocumentTokens t, int first, int k) {
        return k - 2 >= first && (t.lower[k - 2].equals("rather") && t.lower[k - 1].equals("than")
                || t.lower[k - 2].equals("instead") && t.lower[k - 1].equals("of"));
    }

    /** The cue is a gerund after "from" that a hindering verb governs. */
    private static boolean hinderedBefore(DocumentTokens t, int first, int k) {
        if (k - 1 <= first || !t.lower[k].endsWith("ing") || !t.lower[k - 1].equals("from")) {
            return false;
        }
        for (int j = k - 2; j >= Math.max(first, k - 10); j--) {
            if (HINDERING_VERBS.contains(t.lower[j])) {
                return true;
            }
            if (CLAUSE_BREAKS.contains(t.lower[j])) {
                return false;
            }
        }
        return false;
    }

    /**
     * The noun a reduced relative clause hangs on where the mention before it is a prepositional object, with its
     * coordination: "the ceasefire between the regime and the rebels, brokered by Russia" hangs on the ceasefire.
     * The mention itself where it is no prepositional object; null where the noun is no mention.
     */
    private static Mention headOfPrepositionalObject(DocumentTokens t, Mention m, int first, List<Mention> inSentence) {
        Mention conjunct = m;
        while (conjunct.first - 1 > first && (t.lower[conjunct.first - 1].equals("and") || t.lower[conjunct.first - 1].equals(","))
                && endingAt(inSentence, conjunct.first - 1) != null) {
            conjunct = endingAt(inSentence, conjunct.first - 1);
        }
        int before = conjunct.first - 1;
        if (before <= first || !PREPOSITIONS.contains(t.lower[before])) {
            return m; // ("Under the Sochi memorandum, signed by Putin and Erdogan, ...": a sentence's opening phrase has no head)
        }
        return endingAt(inSentence, before);
    }

    /** Verbs that judge an act named after them: "condemned the attacks on its troops" (the act is another's). */
    static final Set<String> EVALUATING_VERBS = Vocabulary.set("StanceTagger.EVALUATING_VERBS");
    /** Verbs that resist what their object names ("opposed Assad’s removal"): a removal they govern is not sought. */
    static final Set<String> RESISTING_VERBS = Vocabulary.set("StanceTagger.RESISTING_VERBS");

    private static boolean evaluatingVerbBetween(DocumentTokens t, int from, int to) {
        for (int j = Math.max(0, from); j < to; j++) {
            if (EVALUATING_VERBS.contains(t.lower[j])) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of wanting: with an object before the infinitive, the act is another's and not done ("wants Turkey to abandon"). */
    static final Set<String> WANTING_VERBS = Vocabulary.set("StanceTagger.WANTING_VERBS");

    /** The cue is an infinitive a wanting verb asks of someone named between them ("Russia wants Turkey to abandon the rebels"). */
    private static boolean wantedOfAnother(DocumentTokens t, int first, int k) {
        // from k - 3: someone stands between the verb and "to" ("wants to prevent" is the subject's own intention, its stance)
        return verbBeforeInfinitive(t, first, k, k - 3, WANTING_VERBS) >= 0;
    }

    /**
     * Where one of {@code verbs} governs the infinitive cue at {@code k} ("urged Russia to respect"), looking back from
     * {@code from} within its clause and at most eight tokens; -1 when the cue is no infinitive or no such verb governs it.
     */
    private static int verbBeforeInfinitive(DocumentTokens t, int first, int k, int from, Set<String> verbs) {
        if (k - 2 < first || !t.lower[k - 1].equals("to")) {
            return -1;
        }
        for (int j = from; j >= Math.max(first, k - 8); j--) {
            if (verbs.contains(t.lower[j])) {
                return j;
            }
            if (CLAUSE_BREAKS.contains(t.lower[j]) || t.lower[j].equals(",")) {
                return -1;
            }
        }
        return -1;
    }

    /** Relative pronouns that can open an object relative clause ("the rebels that Turkey supports"). */
    static final Set<String> OBJECT_RELATIVES = Vocabulary.set("StanceTagger.OBJECT_RELATIVES");

    /** Verbs whose that-clause the text does not assert: "Turkey denies that it supports HTS", "fears that Russia will ...". */
    static final Set<String> UNASSERTING_VERBS = Vocabulary.set("StanceTagger.UNASSERTING_VERBS");

    /**
     * Verbs whose that-clause asks for an act rather than reports it: "requested that the army invest ... to prevent",
     * "demanded that Russia stop its attacks" (the act asked is not done; the attacks, named, are).
     */
    static final Set<String> MANDATIVE_VERBS = Vocabulary.set("StanceTagger.MANDATIVE_VERBS");

    /** The cue is in a that-clause of an unasserting verb, or the gerund right after one ("denied supporting HTS"). */
    private static boolean unasserted(DocumentTokens t, int first, int k, Set<String> verbs) {
        for (int j = k - 1; j >= Math.max(first, k - 14); j--) {
            String w = t.lower[j];
            if (w.equals(";") || w.equals(":")) {
                return false;
            }
            if (w.equals("that")) {
                for (int v = j - 1; v >= Math.max(first, j - 4); v--) {
                    if (verbs.contains(t.lower[v])) {
                        return true;
                    }
                }
                return false;
            }
        }
        return k - 1 >= first && t.lower[k].endsWith("ing") && verbs.contains(t.lower[k - 1]);
    }

    /** Prepositions that make what follows a conflict word the one it is done for ("fought for Assad"). */
    static final Set<String> BENEFICIARY_PREPOSITIONS = Vocabulary.set("StanceTagger.BENEFICIARY_PREPOSITIONS");

    /** The target follows the active cue after "for", with nothing but determiners between. */
    private static boolean forBeneficiary(DocumentTokens t, int k, Mention target) {
        int j = k + 1;
        while (j < target.first && ADVERBS.contains(t.lower[j])) {
            j++;
        }
        if (j >= target.first || !BENEFICIARY_PREPOSITIONS.contains(t.lower[j])) {
            return false;
        }
        for (int x = j + 1; x < target.first; x++) {
            if (!TARGET_DETERMINERS.contains(t.lower[x]) && !NOUN_MARKERS.contains(t.lower[x])) {
                return false;
            }
        }
        int before = k - 1;
        while (before >= 0 && ADVERBS.contains(t.lower[before])) {
            before--;
        }
        return before < 0 || !PASSIVE_AUXILIARIES.contains(t.lower[before]); // "was criticised for ..." is no act
    }
    /** "accused each other": two-word reciprocals. */
    static final Set<String> RECIPROCALS = Vocabulary.set("StanceTagger.RECIPROCALS");
    /** Verbs of a relation between their coordinated subjects when no one else is named ("Russia and Turkey cooperate"). */
    static final Set<String> MUTUAL_VERBS = Vocabulary.set("StanceTagger.MUTUAL_VERBS");
    /** Modals after a cue that make it the author's recommendation ("co-guarantors ... would be necessary"). */
    static final Set<String> RECOMMENDATION_MODALS = Vocabulary.set("StanceTagger.RECOMMENDATION_MODALS");
    // after every set they join: static fields are initialised in the order they stand
    private static final Set<String> CLAUSE_GOVERNORS = union(MODALS, EXPECTATIONS);
    private static final Set<String> INFINITIVE_GOVERNORS = union(MODALS, RECOMMENDATION_MODALS, INFINITIVE_BLOCKERS);
    /** Past participles that do not end in -ed. */
    static final Set<String> IRREGULAR_PARTICIPLES = Vocabulary.set("StanceTagger.IRREGULAR_PARTICIPLES");
    static final Set<String> PERFECT_AUXILIARIES = Vocabulary.set("StanceTagger.PERFECT_AUXILIARIES");
    /** Adverbs without -ly that stand between a subject and its verb ("accused each other again", "soon attacked"). */
    static final Set<String> ADVERBS = Vocabulary.set("StanceTagger.ADVERBS");

    /** Past a count before a noun ("some 900 US troops", "thousands of Iranian fighters"): where the noun phrase goes on. */
    private static int pastCount(DocumentTokens t, int j, int limit) {
        int k = j;
        while (k < limit && k - j < 4 && (COUNT_WORDS.contains(t.lower[k]) || Character.isDigit(t.word[k].charAt(0)))) {
            k++;
        }
        return k;
    }

    /**
     * The agent of a passive between {@code from} and a noun cue at {@code k} in a prepositional phrase right after it
     * ("listed by the UN Security Council under the sanctions regime"), or null.
     */
    private static Mention agentOfPassiveBefore(DocumentTokens t, int from, int k, List<Mention> inSentence) {
        for (int j = from + 1; j + 1 < k; j++) {
            if (!t.lower[j].equals("by") || !isPastForm(t.lower[j - 1])) {
                continue;
            }
            Mention agent = startingAt(inSentence, pastCount(t, j + 1, k));
            if (agent == null || !agent.actor || agent.end >= k || !PREPOSITIONS.contains(t.lower[agent.end]) || t.lower[agent.end].equals("by")) {
                return null;
            }
            for (int x = agent.end + 1; x < k; x++) {
                if (!NOUN_MARKERS.contains(t.lower[x]) && !TARGET_DETERMINERS.contains(t.lower[x])) {
                    return null;
                }
            }
            return agent;
        }
        return null;
    }

    private static boolean isByAgent(DocumentTokens t, Mention m, int first) {
        return m.first - 1 >= first && t.lower[m.first - 1].equals("by");
    }

    /** The first actor of the clause that ends at {@code end} (after its last ";" or ":") that is no prepositional object, or null. */
    private static Mention clauseSubject(DocumentTokens t, int first, int end, List<Mention> inSentence) {
        int start = first;
        for (int j = end - 1; j > first; j--) {
            if (t.lower[j].equals(";") || t.lower[j].equals(":")) {
                start = j + 1;
                break;
            }
        }
        for (Mention m : inSentence) {
            if (m.actor && m.first >= start && m.end <= end && !inPrepositionalPhrase(t, m, first, inSentence) && !isByAgent(t, m, first)) {
                return m;
            }
        }
        return null;
    }

    /** Verbs of a state that a past participle after them is passive in ("remains listed", "stayed committed"). */
    static final Set<String> STATE_VERBS = Vocabulary.set("StanceTagger.STATE_VERBS");

    /** What an actor has that an attack is made on ("Hezbollah positions", "HTS targets"): the name before it is the target. */
    static final Set<String> ASSET_NOUNS = Vocabulary.set("StanceTagger.ASSET_NOUNS");

    /** Words of a count before a noun ("some", "about", "thousands", "of"). */
    static final Set<String> COUNT_WORDS = Vocabulary.set("StanceTagger.COUNT_WORDS");

    /** Where "by" introduces a participle's agent within a few words after it, or -1. */
    private static int byAfter(DocumentTokens t, int k, int limit) {
        // after an auxiliary the participle is passive even with an object complement: "was designated a terrorist group by Turkey"
        boolean afterAuxiliary = k - 1 >= 0 && PASSIVE_AUXILIARIES.contains(t.lower[k - 1])
                || k - 2 >= 0 && PASSIVE_AUXILIARIES.contains(t.lower[k - 2]) && ADVERBS.contains(t.lower[k - 1]);
        for (int j = k + 1; j < Math.min(limit, k + 10); j++) {
            if (t.lower[j].equals("by") && !isGerund(t, j + 1, limit)) {
                return j; // (also past a place and a date: "signed in Sochi on 22 October 2019 by Putin")
            }
            if (t.lower[j].equals(",") || CLAUSE_BREAKS.contains(t.lower[j])) {
                return -1;
            }
            if (j == k + 1 && !afterAuxiliary && (NOUN_MARKERS.contains(t.lower[j]) && !t.lower[j].equals("’s") || bareNounObject(t, j))) {
                return -1; // "accepted the ceasefire brokered by Ankara": an object follows, the verb is active
            }
            if (j > k + 1 && (t.lower[j].length() > 4 && (isPastForm(t.lower[j]) || t.lower[j].endsWith("ing")) || HOLDING_PARTICIPLES.contains(t.lower[j]))) {
                return -1; // "denounced the bombing of hospitals by Russian aircraft": the agent is that word's
            }
        }
        return -1;
    }

    /**
     * A relative clause after a noun cue in which someone gives it to someone: "the assistance [that] it provides (to)
     * the rebels", "the aid Iran gives Hezbollah". The giver (a pronoun resolved) and the recipient, or null.
     */
    private Mention[] giverClause(DocumentTokens t, int k, int limit, List<Mention> inSentence, List<Mention> all) {
        int j = k + 1;
        if (j < limit && (t.lower[j].equals("that") || t.lower[j].equals("which"))) {
            j++;
        }
        if (j >= limit) {
            return null;
        }
        Mention giver = startingAt(inSentence, j);
        int after;
        if (giver != null && giver.actor) {
            after = giver.end;
        } else if (THING_PRONOUNS.contains(t.lower[j]) && !NOT_SUBJECT_PRONOUNS.contains(t.lower[j])) {
            giver = antecedent(all, t.begin[j], false, null, t);
            after = j + 1;
        } else {
            return null;
        }
        while (after < limit && after < j + 5 && (PERFECT_AUXILIARIES.contains(t.lower[after]) || ADVERBS.contains(t.lower[after])
                || t.lower[after].endsWith("ly"))) {
            after++; // "it has long provided", "Iran reportedly gives"
        }
        if (giver == null || after >= limit || !LIGHT_VERBS.contains(t.lower[after])) {
            return null;
        }
        int r = after + 1;
        if (r < limit && t.lower[r].equals("to")) {
            r++;
        }
        Mention recipient = r < limit ? startingAt(inSentence, r) : null;
        if (recipient == null && r + 1 < limit && NOUN_MARKERS.contains(t.lower[r])) {
            recipient = startingAt(inSentence, r + 1); // "it provides the rebels" where the tag leaves out "the"
        }
        return recipient == null || recipient == giver || !recipient.actor ? null : new Mention[] {giver, recipient};
    }

    /** "by providing": a lower-case -ing word says how, it names no agent ("by Beijing" does). */
    private static boolean isGerund(DocumentTokens t, int j, int limit) {
        return j < limit && t.lower[j].endsWith("ing") && Character.isLowerCase(t.word[j].charAt(0));
    }

    /**
     * "penalties on the Syrian regime poses a threat": an actor governed by a preposition is not the
     * subject, unless it is a possessor ("in the Syrian government’s campaigns") or the organ of a
     * state ("the forces of the Syrian regime launched").
     */
    private static boolean isPrepositionalObject(DocumentTokens t, Mention m, int first) {
        int p = m.first - 1;
        if (p < first || !PREPOSITIONS.contains(t.lower[p]) || (m.end < t.size() && t.word[m.end].equals("’s"))) {
            return false;
        }
        return !(t.lower[p].equals("of") && p - 1 >= first && ActorTagger.ORGAN_HEADS.contains(t.lower[p - 1]));
    }

    /**
     * Whether a preposition other than "by" opens the phrase a mention ends, with only modifiers and coordinators
     * between ("on Iranian and Hizbollah targets"); a comma ends the search.
     */
    private static boolean afterPrepositionInPhrase(DocumentTokens t, Mention m, int first) {
        for (int j = m.first - 1; j >= Math.max(first, m.first - 4); j--) {
            String w = t.lower[j];
            if (PREPOSITIONS.contains(w)) {
                return !w.equals("by") && !(w.equals("of") && j - 1 >= first && ActorTagger.ORGAN_HEADS.contains(t.lower[j - 1]));
            }
            if (!Character.isLetter(t.word[j].charAt(0)) || NOUN_MARKERS.contains(w) && !w.equals("the")) {
                return false;
            }
        }
        return false;
    }

    /** A prepositional object, or coordinated after one ("together with the regime and Iran": Iran too). */
    private static boolean inPrepositionalPhrase(DocumentTokens t, Mention m, int first, List<Mention> inSentence) {
        Mention head = m;
        for (int guard = 0; guard < 4 && head.first - 1 > first && (t.lower[head.first - 1].equals("and") || t.lower[head.first - 1].equals("or")
                || guard > 0 && t.lower[head.first - 1].equals(",")); guard++) { // ("According to Ankara, Russia violated": no list)
            Mention before = endingAt(inSentence, head.first - 1);
            if (before == null) {
                break;
            }
            head = personOf(t, before, inSentence);
        }
        // ("cooperation between Turkish-backed groups and HTS enabled ...": the parties of a relation act through it)
        return head == m ? isPrepositionalObject(t, m, first) : isPrepositionalObject(t, head, first) && !NominalFrames.BETWEEN.contains(t.lower[head.first - 1]);
    }

    /** The person a state names after "of" ("President Putin of Russia": Putin), or the mention itself. */
    private static Mention personOf(DocumentTokens t, Mention m, List<Mention> inSentence) {
        Mention person = m.first - 1 > 0 && t.lower[m.first - 1].equals("of") ? endingAt(inSentence, m.first - 1) : null;
        return person != null && person.person ? person : m;
    }

    private static boolean hasClauseBreak(DocumentTokens t, int from, int to) {
        for (int j = from; j < to; j++) {
            if (t.lower[j].equals(";")) {
                return true;
            }
        }
        return false;
    }

    /** "Putin and Erdoğan, Turkey’s president, agreed": Turkey there only names the president's country. */
    private static boolean isAppositivePossessor(DocumentTokens t, Mention m, int first) {
        return m.first - 1 >= first && t.lower[m.first - 1].equals(",") && m.end < t.size() && t.word[m.end].equals("’s");
    }

    /**
     * The sentence opens with a capitalised name that is no tagged actor, followed by its verb ("Qatar expressed",
     * "Jordan has closed"), and no actor is named between it and the pronoun.
     */
    private static boolean unknownNameSubject(DocumentTokens t, int first, int pronounToken, List<Mention> all) {
        if (first + 1 >= pronounToken || !t.isCapitalized(first) || THING_PRONOUNS.contains(t.lower[first])
                || PERSON_PRONOUNS.contains(t.lower[first]) || NOUN_MARKERS.contains(t.lower[first])) {
            return false;
        }
        int verb = first + 1;
        if (PERFECT_AUXILIARIES.contains(t.lower[verb]) && verb + 1 < pronounToken) {
            verb++;
        }
        if (!isVerbBefore(t, verb)) {
            return false;
        }
        for (int i = lastStartingBefore(all, t.begin[pronounToken]); i >= 0 && all.get(i).end > first; i--) {
            if (all.get(i).actor) {
                return false;
            }
        }
        return true;
    }

    /**
     * The nearest earlier actor of the right kind; one that stands as a subject (neither after a
     * preposition nor a possessor) is preferred over a nearer one that does not.
     */
    private Mention antecedent(List<Mention> all, int offset, boolean person, Mention skip, DocumentTokens t) {
        int pronounToken = Math.min(t.size() - 1, t.tokenAtOrAfter(offset));
        if (QuoteSpeakers.FIRST_PERSON.contains(t.lower[pronounToken])) {
            // "we" is a pronoun only in lower case (or sentence-initial "We"), never "US"
            return t.word[pronounToken].equals("US") ? null
                    : QuoteSpeakers.speakerAround(t, pronounToken, all, j -> antecedent(all, t.begin[j], PERSON_PRONOUNS.contains(t.lower[j]), null, t));
        }
        int pronounSentence = t.sentence[pronounToken];
        if (unknownNameSubject(t, t.sentenceFirst[pronounSentence], pronounToken, all)) {
            return null; // "Qatar expressed its solidarity with ...": "its" is the name's, which the catalogue does not know
        }
        // a pronoun that opens its sentence ("It also faulted Turkey") continues the previous sentence's subject:
        // the first subject-like actor there, not the last one named
        boolean opensSentence = startsItsSentence(t, pronounToken);
        Mention any = null;
        Mention firstOfPrevious = null;
        Mention singularForPlural = null;
        boolean plural = PLURAL_PRONOUNS.contains(t.lower[pronounToken]) && !opensSentence;
        // walk back from the pronoun through its sentence and the one before (a footnote's source line between them
        // does not count): never the whole document
        int previous = pronounSentence - 1;
        while (previous > 0 && t.bibliography().covers(t.sentenceBegin[previous], t.sentenceEnd[previous])) {
            previous--;
        }
        for (int i = lastStartingBefore(all, offset); i >= 0; i--) {
            Mention m = all.get(i);
            if (t.sentence[m.first] < previous) {
                break;
            }
            if (!m.actor || (m.person != person && !PLURAL_PRONOUNS.contains(t.lower[pronounToken])) || m == skip || m.tag.getEnd() > offset
                    || (SINGULAR_PRONOUNS.contains(t.lower[pronounToken]) && isPluralNoun(t, m.end - 1))) {
                continue; // "it" is not "rebel groups"
            }
            if (any == null) {
                any = m;
            }
            boolean possessor = m.end < t.size() && t.word[m.end].equals("’s");
            if (!possessor && !isPrepositionalObject(t, m, t.sentenceFirst[t.sentence[m.first]])) {
                if (singularForPlural != null && t.sentence[m.first] != pronounSentence) {
                    return singularForPlural;
                }
                if (plural && t.sentence[m.first] == pronounSentence && !isPluralNoun(t, m.end - 1) && !isCoordinated(t, m)) {
                    // "the Turkey-backed factions were unable to contain HTS despite the support they received":
                    // "they" looks past a single name for a plural noun of its sentence
                    if (singularForPlural == null) {
                        singularForPlural = m;
                    }
                    continue;
                }
                if (!opensSentence || t.sentence[m.first] == pronounSentence) {
                    return m;
                }
                firstOfPrevious = m; // keeps being replaced while walking back: ends as the earliest
            }
        }
        return singularForPlural != null ? singularForPlural : firstOfPrevious != null ? firstOfPrevious : any;
    }

    /** A mention joined to another actor by "and" or "," ("Russia and Turkey"). */
    private static boolean isCoordinated(DocumentTokens t, Mention m) {
        boolean before = m.first > 0 && (t.lower[m.first - 1].equals("and") || t.lower[m.first - 1].equals(","));
        boolean after = m.end < t.size() && t.lower[m.end].equals("and");
        return before || after;
    }

    /** A lower-case plural noun ("groups", "forces"), not a name ("HTS") nor "-ss" ("Congress"). */
    private static boolean isPluralNoun(DocumentTokens t, int j) {
        String w = t.word[j];
        return Character.isLowerCase(w.charAt(0)) && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us");
    }

    static final Set<String> SINGULAR_PRONOUNS = Vocabulary.set("StanceTagger.SINGULAR_PRONOUNS");
    /** Nouns of an ending between a cue and its target: the cue is about the ending ("announced the collapse of"). */
    static final Set<String> UNDOING_NOUNS = Vocabulary.set("StanceTagger.UNDOING_NOUNS");
    /** Nouns of an intention not carried out: the act after "to" is not done ("reluctance to", "refusal to"). */
    static final Set<String> UNFULFILLED_INTENTIONS = Vocabulary.set("StanceTagger.UNFULFILLED_INTENTIONS");
    /** Refusing and failing: a supporting act after them is opposition ("refused to implement the deal"). */
    static final Set<String> REFUSALS = Vocabulary.set("StanceTagger.REFUSALS");
    /** Subordinators of a gerund adjunct whose subject is the main clause's ("while continuing to", "by providing"). */
    static final Set<String> GERUND_SUBORDINATORS = Vocabulary.set("StanceTagger.GERUND_SUBORDINATORS");

    /** The token opens its sentence, after at most a connective ("But it ...", "It ..."). */
    private static boolean startsItsSentence(DocumentTokens t, int token) {
        int first = t.sentenceFirst[t.sentence[token]];
        return token == first || (token == first + 1 && CLAUSE_OPENERS.contains(t.lower[first]));
    }

    /** Index of the last mention that starts before {@code offset} (mentions are sorted by start). */
    static int lastStartingBefore(List<Mention> all, int offset) {
        int lo = 0;
        int hi = all.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).tag.getBegin() < offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private Mention targetAfter(DocumentTokens t, int k, int limit, CueLexicon.Cue cue, List<Mention> inSentence, Mention holder) {
        if (cue.needsPreposition()) {
            int j = k + 1;
            if (j < limit && REFLEXIVES.contains(t.lower[j])) {
                j++; // "distance itself from al-Qaeda"
            }
            while (j < limit && (ADVERBS.contains(t.lower[j]) || t.lower[j].endsWith("ly") && t.lower[j].length() > 4 && !t.isCapitalized(j)
                    || cue.requires().contains(t.lower[j]) && !cue.prepositionAfterObject())) {
                j++; // "stands firmly behind Assad", "lashed out at Turkey", "cracked down on"
            }
            j = pastAside(t, j, limit, cue.prepositions()); // "sided, at least rhetorically, with Ankara"
            while (t.isCapitalized(k) && j < limit && t.isCapitalized(j) && containing(inSentence, j) == null) {
                j++; // "in Operation Euphrates Shield against": past the operation's name
            }
            j = pastDateAdjunct(t, j, limit); // "launched an offensive on October 9, 2019, against areas held by the SDF"
            while (cue.prepositionAfterObject() && j < Math.min(limit, k + 1 + DIRECT_WINDOW + 2) && !cue.prepositions().contains(t.lower[j])
                    && !CLAUSE_BREAKS.contains(t.lower[j]) && !t.lower[j].equals(",") && containing(inSentence, j) == null
                    && (!isCue(t, j, limit) || t.isCapitalized(j))) {
                j++; // "captured the town from IS": past the object, which is no actor (nor a cue of its own: "launched an
                     // offensive against" is the offensive's)
            }
            if (j < limit && cue.prepositions().contains(t.lower[j])) {
                Mention placesHolder = holderOfPlaces(t, j + 1, limit, inSentence, holder);
                if (placesHolder != null) {
                    return placesHolder;
                }
                Mention m = nearestAfter(inSentence, j + 1, 3, holder);
                if (cue.reversed() && m != null && m.end + 1 < limit && t.lower[m.end].equals("’s")
                        && (INTENTION_NOUNS.contains(t.lower[m.end + 1]) || MODALS.contains(t.lower[m.end + 1]))) {
                    return null; // "depends on Russia’s willingness to provide air support": a disposition, not the act
                }
                for (int x = j + 1; m != null && x < m.first; x++) {
                    if (!NOUN_MARKERS.contains(t.lower[x]) && !TARGET_DETERMINERS.contains(t.lower[x]) && !t.isCapitalized(x)) {
                        return null; // "allies to address the HTS problem": a verb, not the target, follows
                    }
                }
                return personOfTitle(t, namedAfterRelation(t, m, limit, inSentence), limit, inSentence, holder);
            }
            return null;
        }
        if (k + 1 < limit && REFLEXIVES.contains(t.lower[k + 1])) {
            return null; // "HTS defended itself after the United States ...": the holder is its own object
        }
        Mention author = authorOfObject(t, k, limit, inSentence);
        if (author != null && !sameSide(author, holder)) {
            return author; // "vetoed a draft tabled by the United States": whose draft is vetoed
        }
        Mention placesHolder = cue.noun() ? null : holderOfPlaces(t, k + 1, limit, inSentence, holder);
        if (placesHolder != null) {
            return placesHolder;
        }
        int end = Math.min(limit, k + 1 + (cue.direct() ? DIRECT_WINDOW : TARGET_WINDOW));
        for (int j = k + 1; j < end; j++) {
            if (j == k + 2 && t.lower[k + 1].equals("and") && isCue(t, j, limit) && !isPastForm(t.lower[k]) == !isPastForm(t.lower[j])) {
                continue; // "funded and armed the rebels": two verbs share the object
            }
            if (j == k + 1 && t.lower[j].equals("to") && THREAT_VERBS.contains(t.lower[k]) && j + 2 < end) {
                j++; // "threatened to drive Syrian forces back": what the threat would do is done to its object
                continue;
            }
            if ((j > k + 1 || t.lower[j].endsWith("s")) && isCue(t, j, limit) && containing(inSentence, j) == null && !CLAUSE_BREAKS.contains(t.lower[j])
                    && !modifiesNextNoun(t, j, limit)) { // ("condemned attacks on civilians by ..."; "struck a training camp of
                                                         // the NLF": the camp is the object)
                // "denounced the bombing of hospitals by Russian aircraft": who is denounced is the act's agent
                int by = byAfter(t, j, limit); // ("welcomed the strikes by Washington": whose act is welcomed)
                Mention agent = by < 0 ? null : startingAt(inSentence, by + 1);
                return agent != null && agent.actor && !sameSide(agent, holder) ? agent : null;
            }
            if (CLAUSE_BREAKS.contains(t.lower[j]) || t.lower[j].equals(",") && j + 1 < limit && PREDICATE_COORDINATORS.contains(t.lower[j + 1])
                    || SUBORDINATORS.contains(t.lower[j])) {
                return null; // ("condemned Russia’s veto, and the United States accused Moscow", "recaptured the town days after
                             // rebels had driven them out": another clause)
            }
            if (j > k + 1 && PREDICATE_COORDINATORS.contains(t.lower[j]) && j + 1 < limit && isPastForm(t.lower[j + 1]) && !t.isCapitalized(j + 1)
                    && containing(inSentence, j + 1) == null) {
                return null; // "condemned Washington’s sanctions and reiterated Iran’s support": the next predicate's
            }
            if (t.lower[j].equals("to") && j + 1 < limit && Character.isLowerCase(t.word[j + 1].charAt(0))
                    && !NOUN_MARKERS.contains(t.lower[j + 1])) {
                return null; // "vetoing efforts to refer Syria": Syria is the object of another verb
            }
            if (cue.noun() && (PASSIVE_AUXILIARIES.contains(t.lower[j]) || PERFECT_AUXILIARIES.contains(t.lower[j]))) {
                return null; // "Moscow’s veto ... was condemned by the United States": the noun is the next predicate's subject
            }
            if (!cue.noun() && t.lower[j].equals(",") && j > k + 2 && NOUN_MARKERS.contains(t.lower[k + 1]) && noMentionBetween(inSentence, k + 1, j)) {
                return null; // "vetoed a one-year renewal, a manoeuvre the EU deplored": the object was no actor
            }
            if (cue.direct() && PREPOSITIONS.contains(t.lower[j]) && startingAt(inSentence, j) == null) {
                return null; // "protected civilians from the regime", "pushed for a ceasefire": no direct object
            }
            if (UNDOING_NOUNS.contains(t.lower[j])) {
                return null; // "announced the collapse of the truce": what is announced is its end
            }
            if (AgreementTagger.HEADS.containsKey(t.lower[j]) && containing(inSentence, j) == null) {
                return null; // "suspended the deconfliction agreement with the United States", "accepted a truce with HTS":
                             // an agreement the catalogue does not know is the object, its party is not the target
            }
            if (j > k + 1 && t.lower[j].equals("and") && j + 1 < limit && startingAt(inSentence, j + 1) != null && noMentionBetween(inSentence, k + 1, j)) {
                Mention next = startingAt(inSentence, j + 1);
                if (next.end < limit && (t.lower[next.end].equals(",") || isPastForm(t.lower[next.end]))) {
                    return null; // "Washington brokered a pause and Moscow, in a second memorandum, agreed to ...": a new clause's subject
                }
            }
            if (cue.polarity().equals(TagValues.OPPOSE) && (t.lower[j].equals("their") || t.lower[j].equals("its")) && holder != null
                    && (j + 1 < limit && ASSET_NOUNS.contains(t.lower[j + 1]) || j + 2 < limit && ASSET_NOUNS.contains(t.lower[j + 2]))) {
                // "nine Hezbollah members were killed when Turkey struck their positions": the pronoun's actor, named before
                Mention owner = null;
                for (Mention before : inSentence) {
                    if (before.actor && before.end <= j && before != holder && !sameSide(before, holder)) {
                        owner = before;
                    }
                }
                return owner;
            }
            Mention m = startingAt(inSentence, j);
            if (m != null && m.end + 1 < limit && (t.lower[m.end].equals("’s") || t.lower[m.end].equals("'s"))
                    && (NominalFrames.RELATION_NOUNS.contains(t.lower[m.end + 1])
                            || RESTATING_VERBS.contains(t.lower[k]) && cues.lookupNoun(t.lower[m.end + 1]) != null)) {
                return null; // "backed HTS’s rivals", "reaffirmed France's support for ...": the noun is the object, the name only says whose
            }
            if (m != null && (opensCompound(t, m) || j - 1 >= 0 && t.lower[j - 1].equals("than"))) {
                continue; // "back a settlement through the U.N.-led process": a name inside a compound modifier is no object;
                          // "more durable than Russia’s": the compared is not the object
            }
            if (m != null && !sameSide(m, holder)) {
                boolean sideOf = j - 2 > k && t.lower[j - 1].equals("of") && t.lower[j - 2].equals("side");
                boolean ownSide = m.end + 1 < limit && t.lower[m.end].equals("’s") && t.lower[m.end + 1].equals("side");
                return sideOf || ownSide ? null : personOfTitle(t, m, limit, inSentence, holder); // "fought on the regime’s side",
                                                                                                 // "on the side of the rebels": beside them
            }
        }
        return null;
    }

    /** Heads of a named act ("Operation Peace Spring"), a cue though capitalised. */
    static final Set<String> NAMED_ACT_HEADS = Vocabulary.set("StanceTagger.NAMED_ACT_HEADS");

    /** "Operation Euphrates Shield against the Islamic State": a named act's head followed by its name and "against". */
    private static boolean namedActAgainst(DocumentTokens t, int k, int limit) {
        if (!NAMED_ACT_HEADS.contains(t.lower[k])) {
            return false;
        }
        int j = k + 1;
        while (j < limit && t.isCapitalized(j)) {
            j++;
        }
        return j > k + 1 && j < limit && t.lower[j].equals("against");
    }

    /** How long an aside between commas may be ("at least rhetorically", "for now"). */
    private static final int ASIDE_WINDOW = 4;

    /**
     * Past a short aside between commas that starts at {@code j}, when one of {@code next} follows it ("sided, at least
     * rhetorically, with Ankara"); else {@code j}.
     */
    private static int pastAside(DocumentTokens t, int j, int limit, Set<String> next) {
        if (j >= limit || !t.lower[j].equals(",")) {
            return j;
        }
        for (int x = j + 1; x < Math.min(limit - 1, j + 2 + ASIDE_WINDOW); x++) {
            if (t.lower[x].equals(",")) {
                return x > j + 1 && next.contains(t.lower[x + 1]) ? x + 1 : j;
            }
            if (!Character.isLowerCase(t.word[x].charAt(0)) || CLAUSE_BREAKS.contains(t.lower[x])) {
                return j;
            }
        }
        return j;
    }

    /**
     * Past a date adjunct that starts at {@code j} ("on October 9, 2019,", "in May 2017"), when another preposition
     * follows it; else {@code j}.
     */
    private static int pastDateAdjunct(DocumentTokens t, int j, int limit) {
        if (j + 1 >= limit || !(t.lower[j].equals("on") || t.lower[j].equals("in"))) {
            return j;
        }
        int k = j + 1;
        boolean date = false;
        while (k < limit && k <= j + 5 && (AgreementTagger.MONTHS.contains(t.lower[k]) || Character.isDigit(t.word[k].charAt(0))
                || t.lower[k].equals(",") && date)) {
            date |= !t.lower[k].equals(",");
            k++;
        }
        return date && k < limit && PREPOSITIONS.contains(t.lower[k]) ? k : j;
    }

    /** How far the "by" of an object's author may stand after the verb ("vetoed a draft put forward by"). */
    private static final int AUTHOR_WINDOW = 7;

    /**
     * The actor after "by" of a participle that describes the verb's object, which is no actor: "vetoed a draft tabled
     * by the United States", "rejected a proposal put forward by Russia"; else null.
     */
    private static Mention authorOfObject(DocumentTokens t, int k, int limit, List<Mention> inSentence) {
        if (k + 1 >= limit || !AgreementTagger.INDEFINITES.contains(t.lower[k + 1]) && !t.lower[k + 1].equals("the")) {
            return null;
        }
        for (int j = k + 3; j + 1 < limit && j <= k + AUTHOR_WINDOW; j++) {
            if (t.lower[j].equals(",") && isPastForm(t.lower[j + 1])) {
                continue; // "vetoed a draft resolution, tabled by the United States,"
            }
            if (containing(inSentence, j) != null || t.lower[j].equals(",") || CLAUSE_BREAKS.contains(t.lower[j])
                    || AgreementTagger.HEADS.containsKey(t.lower[j - 1])) {
                return null; // ("thwart an evacuation deal facilitated by Ankara": a deal's brokers are no target)
            }
            if (t.lower[j].equals("by") && (isPastForm(t.lower[j - 1]) || t.lower[j - 1].equals("forward"))) {
                Mention agent = startingAt(inSentence, j + 1);
                return agent != null && agent.actor ? agent : null;
            }
        }
        return null;
    }

    private static boolean noMentionBetween(List<Mention> inSentence, int from, int to) {
        for (Mention m : inSentence) {
            if (m.first < to && m.end > from) {
                return false;
            }
        }
        return true;
    }

    /** A bare plural noun right after a verb is its object ("condemned attacks on civilians by the regime"). */
    private static boolean bareNounObject(DocumentTokens t, int j) {
        String w = t.lower[j];
        return isNounLike(t, j) && w.endsWith("s") && !w.endsWith("ss") && !PREPOSITIONS.contains(w) && !ADVERBS.contains(w)
                && !PREDICATE_COORDINATORS.contains(w) && !CLAUSE_BREAKS.contains(w) && !PERFECT_AUXILIARIES.contains(w);
    }

    /** An -ing word right before a lowercase noun modifies it ("a training camp"), it heads no phrase of its own. */
    private static boolean modifiesNextNoun(DocumentTokens t, int j, int limit) {
        return t.lower[j].endsWith("ing") && j + 1 < limit && Character.isLowerCase(t.word[j + 1].charAt(0)) && isNounLike(t, j + 1)
                && !PREPOSITIONS.contains(t.lower[j + 1]) && !NOUN_MARKERS.contains(t.lower[j + 1]);
    }

    /** The word after a name is a noun the name modifies ("US arms deliveries"), not a verb, an adverb or "as". */
    private static boolean modifiesANoun(DocumentTokens t, int after) {
        String w = t.lower[after];
        return Character.isLowerCase(t.word[after].charAt(0)) && !w.equals("as") && !ADVERBS.contains(w) && !w.endsWith("ly")
                && !NOUN_MARKERS.contains(w) // ("called Erdoğan a thief", "branded Hezbollah a terrorist organisation")
                && !PASSIVE_AUXILIARIES.contains(w) && !PERFECT_AUXILIARIES.contains(w) && !MODALS.contains(w) && !isPastForm(w)
                && !PREPOSITIONS.contains(w) && !PREDICATE_COORDINATORS.contains(w);
    }

    /** The mention is the first part of a hyphenated modifier ("U.N.-led", "Turkish-backed"). */
    private static boolean opensCompound(DocumentTokens t, Mention m) {
        int after = m.tag.getEnd();
        return isCompoundModifier(t, m) && after + 1 < t.text.length() && Character.isLowerCase(t.text.charAt(after + 1));
    }

    /** The actor right before an appositive that {@code k} heads ("Ankara, the principal patron of ..."), or null. */
    private static Mention describedByAppositive(DocumentTokens t, int k, int first, List<Mention> inSentence) {
        int j = k - 1;
        while (j > first && j >= k - 4 && Character.isLowerCase(t.word[j].charAt(0)) && !APPOSITIVE_OPENERS.contains(t.lower[j])) {
            j--; // "principal", "main", "closest"
        }
        if (j - 1 <= first || !APPOSITIVE_OPENERS.contains(t.lower[j]) || !t.lower[j - 1].equals(",")) {
            return null;
        }
        Mention m = endingAt(inSentence, j - 1);
        return m != null && m.actor ? m : null;
    }

    /** "stood by its NATO ally Turkey": the actor a relation noun names after a modifying name, else {@code m}. */
    private static Mention namedAfterRelation(DocumentTokens t, Mention m, int limit, List<Mention> inSentence) {
        if (m == null || m.end + 1 >= limit || !NominalFrames.RELATION_NOUNS.contains(t.lower[m.end])) {
            return m;
        }
        Mention named = startingAt(inSentence, m.end + 1);
        // "stood by its NATO ally and ...": the ally is not named, and NATO only says which
        return named != null && named.actor ? named : m.first - 1 >= 0 && POSSESSIVE_PRONOUNS.contains(t.lower[m.first - 1]) ? null : m;
    }

    /**
     * "agreed with US National Security Advisor Robert O’Brien": a state that only opens the title of one of its people
     * stands for that person, who is the target; else the mention itself.
     */
    private Mention personOfTitle(DocumentTokens t, Mention m, int limit, List<Mention> inSentence, Mention holder) {
        if (m == null || m.person || !m.actor) {
            return m;
        }
        for (int x = m.end; x < Math.min(limit, m.end + 6) && (t.isCapitalized(x) || x < m.end + 2 && TITLE_WORDS.contains(t.lower[x])); x++) {
            Mention person = startingAt(inSentence, x);
            if (person != null) {
                return person.person && x > m.end && catalogue.affiliationOf(person.id).equals(m.id) && person != holder ? person : m;
            }
        }
        return m;
    }

    /**
     * "a campaign against sites held by opposition factions", "attacks on positions controlled by HTS", "struck weapons
     * depots run by Iranian forces", "strikes on commanders of the SDF": the places' or people's holder is whom the act
     * is against; null where no such phrase starts at {@code from}.
     */
    private Mention holderOfPlaces(DocumentTokens t, int from, int limit, List<Mention> inSentence, Mention holder) {
        for (int x = from; x < Math.min(limit - 2, from + 5); x++) {
            if (HOLDING_PARTICIPLES.contains(t.lower[x]) && t.lower[x + 1].equals("by")) {
                Mention m = startingAt(inSentence, x + 2);
                return m != null && m.actor && x > from && !sameSide(m, holder) ? m : null;
            }
            if (ASSET_NOUNS.contains(t.lower[x]) && t.lower[x + 1].equals("of")) {
                Mention m = startingAt(inSentence, x + 2); // "drone strikes on commanders of the SDF"
                return m != null && m.actor && !sameSide(m, holder) ? m : null;
            }
            if (!Character.isLowerCase(t.word[x].charAt(0)) || containing(inSentence, x) != null || CLAUSE_BREAKS.contains(t.lower[x])
                    || PREPOSITIONS.contains(t.lower[x])) {
                return null;
            }
        }
        return null;
    }

    /**
     * "rebel groups it supports", "the Syrian government, whose reputation Moscow ... rehabilitate": the
     * mention a relative clause hangs on is its cue's target.
     */
    private Mention relativeClauseHead(DocumentTokens t, List<Mention> inSentence, int subjectPosition, Mention holder) {
        Mention head = nearestBefore(inSentence, subjectPosition, 4, holder);
        if (head == null) {
            return null;
        }
        if (head.end == subjectPosition) {
            return head;
        }
        for (int j = head.end; j < subjectPosition; j++) {
            if (RELATIVE_PRONOUNS.contains(t.lower[j])) {
                return head;
            }
        }
        return null;
    }

    private boolean sameSide(Mention a, Mention b) {
        return a.actor && b.actor && catalogue.affiliationOf(a.id).equals(catalogue.affiliationOf(b.id));
    }

    private static Mention firstActor(List<Mention> inSentence, int before) {
        for (Mention m : inSentence) {
            if (m.actor && m.end <= before) {
                return m;
            }
        }
        return null;
    }

    /**
     * Mentions of the same kind coordinated after a target ("attacked HTS and the Free Syrian Army"): each is a
     * target too. One followed by a word that would start a new clause ("HTS and the regime retaliated") is not.
     */
    static List<Mention> coordinatedAfter(DocumentTokens t, Mention target, List<Mention> inSentence, int limit) {
        return coordinatedAfter(t, target, inSentence, limit, false);
    }

    /** As above; {@code phraseEnds}: the coordination closes a phrase, whatever follows it ("with the help of Russia and Iran recaptured"). */
    private static List<Mention> coordinatedAfter(DocumentTokens t, Mention target, List<Mention> inSentence, int limit, boolean phraseEnds) {
        List<Mention> out = new ArrayList<>();
        Mention current = target;
        for (int guard = 0; guard < 3; guard++) {
            int j = current.end;
            if (j < limit && t.lower[j].equals(",")) {
                j++;
            }
            if (j < limit && (t.lower[j].equals("and") || t.lower[j].equals("or"))) {
                j++;
                if (j + 1 < limit && target.first - 1 >= 0 && t.lower[j].equals(t.lower[target.first - 1]) && PREPOSITIONS.contains(t.lower[j])) {
                    j++; // "working with the UN and with Türkiye": the preposition repeated
                }
            } else if (j == current.end) {
                break;
            }
            Mention next = startingAt(inSentence, j);
            if (guard == 0 && next != null && t.lower[current.end].equals(",") && t.lower[current.end + 1].equals("and")
                    && next.end < limit && t.lower[next.end].equals(",")) {
                break; // "solidarity with Ankara, and the Trump administration, while ...": a new clause's subject and its interruption
            }
            if (next == null && j + 1 < limit && t.lower[j].equals("the")) {
                next = startingAt(inSentence, j + 1); // "HTS and the NLF": a name whose article is not part of it
            }
            if (next == null || next.actor != target.actor || (!phraseEnds && next.end < limit && !COORDINATION_ENDS.contains(t.lower[next.end])
                    && !(next.actor && ASSET_NOUNS.contains(t.lower[next.end])) // ("struck Iranian forces and Hezbollah positions")
                    && !(PREPOSITIONS.contains(t.lower[next.end]) && !t.lower[next.end].equals("to")) // ("... and the NLF in Jabal al-Zawiya")
                    && !(t.lower[next.end].endsWith("ly") && next.end + 1 < limit && !isPastForm(t.lower[next.end + 1])))) { // ("... and Iran fully responsible")
                break;
            }
            out.add(next);
            current = next;
        }
        return out;
    }

    /**
     * The actor mention ending nearest before token {@code k}, at most {@code window} tokens before it with only
     * auxiliaries and adverbs between ("Turkey had repeatedly failed"), or null.
     */
    static Mention nearestActorEndingBefore(List<Mention> inSentence, int k, int window, DocumentTokens t) {
        Mention found = null;
        for (Mention m : inSentence) {
            if (m.actor && m.end <= k && k - m.end <= window) {
                found = m;
            }
        }
        for (int j = found == null ? k : found.end; j < k; j++) {
            String w = t.lower[j];
            if (!PERFECT_AUXILIARIES.contains(w) && !PASSIVE_AUXILIARIES.contains(w) && !ADVERBS.contains(w) && !w.endsWith("ly")) {
                return null;
            }
        }
        return found;
    }

    /** Nouns of a way or a prospect whose "of" and gerund name no act done ("the means of curbing", "the risk of attacking"). */
    static final Set<String> UNREALISED_NOUNS = Vocabulary.set("StanceTagger.UNREALISED_NOUNS");

    /** Verbs that reduce or stop the aid or relation their object names ("suspended arms sales to", "froze its cooperation with"). */
    static final Set<String> REDUCING_VERBS = Vocabulary.set("StanceTagger.REDUCING_VERBS");

    /**
     * The reducing verb whose object is the support noun at {@code k}, with only determiners, possessives and
     * modifiers between ("halted all military aid to"); -1 if there is none or the cue is no noun of support.
     */
    private static int reductionBefore(DocumentTokens t, int first, int k, CueLexicon.Cue cue) {
        if (!cue.noun() && cue.polarity().equals(TagValues.SUPPORT) && t.lower[k].endsWith("ing") && k - 1 >= first
                && REDUCING_VERBS.contains(t.lower[k - 1])) {
            return k - 1; // "to stop enforcing the migration deal", "ceased supporting the rebels"
        }
        if (!cue.noun() || !cue.polarity().equals(TagValues.SUPPORT) || cue.agreementsOnly() || !cue.needsPreposition()) {
            return -1;
        }
        return verbOfNoun(t, first, k, REDUCING_VERBS);
    }

    /** How far before a noun the verb whose object it is may stand ("halted all military aid to"). */
    private static final int OBJECT_VERB_WINDOW = 4;

    /**
     * One of {@code verbs} whose object is the noun at {@code k}, with only lower-case determiners, possessives and
     * modifiers between ("halted all military aid", "lifted the sanctions"); its position, or -1.
     */
    private static int verbOfNoun(DocumentTokens t, int first, int k, Set<String> verbs) {
        for (int j = k - 1; j >= Math.max(first, k - OBJECT_VERB_WINDOW); j--) {
            if (verbs.contains(t.lower[j])) {
                return j;
            }
            if (!Character.isLowerCase(t.word[j].charAt(0)) || PREPOSITIONS.contains(t.lower[j]) || t.lower[j].equals("to")) {
                return -1;
            }
        }
        return -1;
    }

    /** Verbs that lift or ease the coercive measure their object names ("lifted the sanctions on", "eased the embargo against"). */
    static final Set<String> LIFTING_VERBS = Vocabulary.set("StanceTagger.LIFTING_VERBS");

    /**
     * The lifting verb whose object is the opposing noun at {@code k}, with only determiners and modifiers between ("lifted
     * the sanctions on"); -1 if there is none or the cue is no noun of opposition.
     */
    private static int liftingBefore(DocumentTokens t, int first, int k, CueLexicon.Cue cue) {
        if (!cue.noun() || !cue.polarity().equals(TagValues.OPPOSE) || cue.agreementsOnly()) {
            return -1;
        }
        return verbOfNoun(t, first, k, LIFTING_VERBS);
    }

    /**
     * An act that is not done: a refusal, a failure or a reluctance followed by "to" shortly before the cue ("refused to
     * implement", "its reluctance to order strikes"); the position of that word, or -1.
     */
    private static int notDoneBefore(DocumentTokens t, int first, int k) {
        for (int j = Math.max(first, k - 5); j + 1 < k; j++) {
            if ((REFUSALS.contains(t.lower[j]) || UNFULFILLED_INTENTIONS.contains(t.lower[j])) && t.lower[j + 1].equals("to")) {
                // the cue is the infinitive or its object: "refused to implement", "reluctance to order strikes"
                for (int x = j + 2; x < k; x++) {
                    if (!Character.isLowerCase(t.word[x].charAt(0)) || PREPOSITIONS.contains(t.lower[x])) {
                        return -1;
                    }
                }
                return j;
            }
        }
        return -1;
    }

    /**
     * "while continuing to arm", "after launching", "by providing": a subordinator with a gerund before the cue (the
     * gerund itself or the verb it governs); the subordinator's position, or -1.
     */
    private static int gerundAdjunctBefore(DocumentTokens t, int first, int k) {
        for (int j = k - 1; j >= first && j >= k - 4; j--) {
            if (GERUND_SUBORDINATORS.contains(t.lower[j]) && j + 1 <= k && t.lower[j + 1].endsWith("ing")) {
                return j;
            }
            if (!Character.isLowerCase(t.word[j].charAt(0)) && !t.word[j].equals(",")) {
                return -1;
            }
        }
        return -1;
    }

    /** The actor a relative clause hangs on, where {@code holder} (or its coordination) opens it: "HTS, which Russia ...". */
    private Mention headOfRelativeClause(DocumentTokens t, Mention holder, int first, List<Mention> inSentence) {
        int j = firstConjunct(t, holder, inSentence).first - 1;
        if (j - 1 <= first || !OBJECT_RELATIVES.contains(t.lower[j])) {
            return null;
        }
        Mention head = endingAt(inSentence, t.lower[j - 1].equals(",") ? j - 1 : j);
        return head != null && head.actor && head != holder ? head : null;
    }

    /** The first of the mentions coordinated with {@code m} before it ("Russia and Turkey": Russia), else {@code m}. */
    private Mention firstConjunct(DocumentTokens t, Mention m, List<Mention> inSentence) {
        List<Mention> before = coordinated(t, m, inSentence);
        return before.isEmpty() ? m : before.get(before.size() - 1);
    }

    /** The mention before ", which ..." where the relative clause ends at the comma {@code close}, or null. */
    private static Mention subjectBeforeRelativeClause(DocumentTokens t, int close, int first, List<Mention> inSentence) {
        for (int j = close - 1; j > first + 1 && j > close - 16; j--) {
            if (t.lower[j].equals(",")) {
                return RELATIVE_PRONOUNS.contains(t.lower[j + 1]) ? endingAt(inSentence, j) : null;
            }
        }
        return null;
    }

    /**
     * The mention that opens the sentence (after a connective) when a restrictive relative clause ("that", "which")
     * follows it and runs, without a comma, to {@code end}; or null.
     */
    private static Mention headOfRestrictiveRelative(DocumentTokens t, int first, int end, List<Mention> inSentence) {
        Mention head = startingAt(inSentence, first);
        if (head == null && first + 1 < end && CLAUSE_OPENERS.contains(t.lower[first])) {
            head = startingAt(inSentence, first + 1);
        }
        if (head == null || head.end >= end || !(t.lower[head.end].equals("that") || t.lower[head.end].equals("which"))) {
            return null;
        }
        for (int j = head.end + 1; j < end; j++) {
            if (t.lower[j].equals(",") || CLAUSE_BREAKS.contains(t.lower[j])) {
                return null;
            }
        }
        return head;
    }

    /** How many lower-case modifiers may stand between a demonym and the noun it modifies ("American military support"). */
    private static final int DEMONYM_MODIFIERS = 2;

    /** The actor ID of a demonym that modifies the noun at {@code k} and is no mention ("Russian air support"), or null. */
    private String demonymBefore(DocumentTokens t, int first, int k, List<Mention> inSentence) {
        for (int j = k - 1; j >= first && j >= k - 1 - DEMONYM_MODIFIERS; j--) {
            if (t.isCapitalized(j)) {
                return containing(inSentence, j) == null ? demonyms.get(t.lower[j]) : null;
            }
            if (!isNounLike(t, j) || NOUN_MARKERS.contains(t.lower[j]) || PREPOSITIONS.contains(t.lower[j])) {
                return null;
            }
        }
        return null;
    }

    /** Whether the sentence opens with a gerund ("Receiving ...", "After obstructing ...") that reaches to {@code k}. */
    private static boolean opensWithGerundAdjunct(DocumentTokens t, int first, int k) {
        int j = first;
        while (j < k && !Character.isLetter(t.word[j].charAt(0))) {
            j++; // a list bullet
        }
        return j <= k && (t.lower[j].endsWith("ing") || GERUND_SUBORDINATORS.contains(t.lower[j]) && t.lower[j + 1].endsWith("ing"))
                && !hasClauseBreak(t, j, k);
    }

    /** The first actor after {@code k} that a comma opens: the main clause's subject after an opening adjunct. */
    private static Mention actorAfterComma(DocumentTokens t, int k, int limit, List<Mention> inSentence) {
        for (int j = k + 1; j + 1 < limit; j++) {
            Mention m = t.lower[j].equals(",") ? startingAt(inSentence, j + 1) : null;
            if (m != null && m.actor) {
                return m;
            }
        }
        return null;
    }

    /**
     * "While professing support for the ceasefire, the regime continued to shell ...": an adjunct that opens the
     * sentence has the subject of the clause after its comma; null where no actor opens that clause.
     */
    private static Mention subjectAfterOpeningAdjunct(DocumentTokens t, int k, int limit, List<Mention> inSentence) {
        for (int j = k + 1; j + 1 < limit; j++) {
            if (t.lower[j].equals(",")) {
                Mention m = startingAt(inSentence, j + 1);
                return m != null && m.actor ? m : null;
            }
        }
        return null;
    }

    /** The first actor of the sentence before {@code before} that stands as a subject: neither a possessor nor after a preposition. */
    private static Mention mainSubject(DocumentTokens t, int first, int before, List<Mention> inSentence) {
        for (Mention m : inSentence) {
            if (m.first >= before) {
                return null;
            }
            if (m.first < first) {
                continue;
            }
            if (m.actor && !(m.end < t.size() && t.word[m.end].equals("’s")) && !isPrepositionalObject(t, m, first)
                    && !isAppositivePossessor(t, m, first)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Where the last clause before {@code before} begins: after ", and" or ", but" with an actor right after it
     * ("NATO expressed solidarity ..., and the Trump administration, while condemning ..."), else {@code first}.
     */
    private static int lastClauseStart(DocumentTokens t, int first, int before, List<Mention> inSentence) {
        for (int c = before - 1; c > first + 1; c--) {
            boolean afterBreak = t.lower[c - 1].equals(",") || t.word[c - 1].equals("–") || t.word[c - 1].equals("—") || t.lower[c - 1].equals(";");
            if (afterBreak && PREDICATE_COORDINATORS.contains(t.lower[c])) {
                Mention next = c + 1 < before ? startingAt(inSentence, c + 1) : null;
                if (next == null && c + 2 < before && t.isCapitalized(c + 1)) {
                    next = startingAt(inSentence, c + 2); // "and President Bashar al-Assad"
                }
                if (next != null && next.actor) {
                    return next.first;
                }
            }
        }
        return first;
    }

    /**
     * A verb that launches or restores the act or relation a noun names, right before it past its article and modifiers
     * ("launched an offensive", "restored diplomatic relations"); or -1.
     */
    private int launchingVerbBefore(DocumentTokens t, int k, int first) {
        for (int j = k - 1; j >= Math.max(first, k - 4); j--) {
            CueLexicon.Cue verb = cues.lookupVerb(t.lower[j]);
            if (verb != null && (verb.prepositionAfterObject() || !verb.requires().isEmpty()) && !isGerund(t, j, k)) {
                return j; // "launched an offensive against", "restored diplomatic relations with"
            }
            if (!Character.isLowerCase(t.word[j].charAt(0)) || PREPOSITIONS.contains(t.lower[j])) {
                return -1;
            }
        }
        return -1;
    }

    /** The possessor of an act named as the clause's subject ("Moscow’s veto", "Turkey’s military operation"), or null. */
    private Mention possessorOfAnAct(DocumentTokens t, int first, int end, List<Mention> inSentence) {
        Mention owner = clauseSubject(t, first, end, inSentence);
        if (owner == null || owner.end + 1 >= end || !(t.lower[owner.end].equals("’s") || t.lower[owner.end].equals("'s"))) {
            return null;
        }
        for (int j = owner.end + 1; j < Math.min(end, owner.end + 4); j++) {
            if (cues.lookupNoun(t.lower[j]) != null) {
                return owner;
            }
        }
        return null;
    }

    /** The actor before a comma and a short noun phrase in apposition that ends at {@code k}: "Hezbollah, the Lebanese group"; or null. */
    private static Mention appositiveHeadBefore(DocumentTokens t, int k, int first, List<Mention> inSentence) {
        int c = k - 1;
        while (c > first && c >= k - 5 && !t.lower[c].equals(",") && containing(inSentence, c) == null && Character.isLetter(t.word[c].charAt(0))) {
            c--;
        }
        if (c <= first || !t.lower[c].equals(",") || c + 1 >= k || !NOUN_MARKERS.contains(t.lower[c + 1])) {
            return null;
        }
        Mention head = endingAt(inSentence, c);
        return head != null && head.actor ? head : null;
    }

    /** An actor right after a past form makes it an active verb with its object ("US strikes killed Soleimani"). */
    private static boolean objectFollows(DocumentTokens t, int k, int limit, List<Mention> inSentence) {
        int j = k + 1;
        if (j < limit && NOUN_MARKERS.contains(t.lower[j]) && startingAt(inSentence, j) == null) {
            j++; // ("struck the SDF": the mention may begin with its article)
        }
        Mention object = j < limit ? startingAt(inSentence, j) : null;
        return object != null && object.actor;
    }

    /** "Iran-backed militias attacked": the actor is part of a compound modifier, the militias act. */
    private static boolean isCompoundModifier(DocumentTokens t, Mention m) {
        int end = m.tag.getEnd();
        return end < t.text.length() && t.text.charAt(end) == '-';
    }

    /** "Russia and Turkey talked, and the two sides agreed": a counted group between the coordination and the cue. */
    private static boolean groupAnaphorBetween(DocumentTokens t, int from, int k) {
        for (int j = from; j < k; j++) {
            if (GroupAnaphora.size(t, j) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean pluralPronounBefore(DocumentTokens t, int first, int k) {
        for (int j = k - 1; j >= first; j--) {
            if (PLURAL_PRONOUNS.contains(t.lower[j]) || GroupAnaphora.size(t, j) > 0) {
                return true;
            }
            if (THING_PRONOUNS.contains(t.lower[j])) {
                return false;
            }
        }
        return false;
    }

    static final Set<String> PLURAL_PRONOUNS = Vocabulary.set("StanceTagger.PLURAL_PRONOUNS");
    static final Set<String> POSSESSIVE_PRONOUNS = Vocabulary.set("StanceTagger.POSSESSIVE_PRONOUNS");

    private List<Mention> coordinated(DocumentTokens t, Mention holder, List<Mention> inSentence) {
        List<Mention> out = new ArrayList<>();
        Mention current = holder;
        for (int guard = 0; guard < 3; guard++) {
            int conj = current.first - 1;
            if (conj > 0 && t.lower[conj].equals("(") && endingAt(inSentence, conj) != null) {
                current = endingAt(inSentence, conj); // "Turkey and the Syrian National Army (SNA)": the abbreviation is the name
                conj = current.first - 1;
            }
            if (conj > 0 && POSSESSIVE_PRONOUNS.contains(t.lower[conj]) && t.lower[conj - 1].equals("and")) {
                conj--; // "Turkey and its rebel allies began"
            }
            for (int c = conj; c > 1 && c >= current.first - 2 && current.person && t.isCapitalized(c) && containing(inSentence, c) == null; c--) {
                if (t.lower[c - 1].equals("and")) {
                    conj = c - 1; // "Turkish President Recep Tayyip Erdoğan and Russian President Vladimir Putin": a title's demonym
                    break;
                }
            }
            if (conj > 0 && TitledPeople.HEADS.contains(t.lower[conj])) {
                for (int p = conj; p > 1 && p >= conj - 2; p--) {
                    if (POSSESSIVE_PRONOUNS.contains(t.lower[p]) && t.lower[p - 1].equals("and")) {
                        conj = p - 1; // "Erdogan and his Russian counterpart Vladimir Putin announced"
                        break;
                    }
                }
                if (conj > 0 && t.lower[conj - 1].equals("and")) {
                    conj--; // "President Vladimir Putin of Russia and President Recep Tayyip Erdoğan of Turkey"
                }
            }
            if (conj < 0 || !(t.lower[conj].equals("and") || t.lower[conj].equals(",") || t.lower[conj].equals("nor"))) {
                break; // ("Neither Moscow nor Ankara implemented the deal": both breached it)
            }
            Mention before = null;
            for (Mention m : inSentence) {
                if (m.actor && m.end == conj) {
                    before = m;
                }
            }
            if (guard == 0 && t.lower[conj].equals(",") && before != null && !before.person) {
                break; // a list ends in "and" ("Russia, Iran and the regime"); "While fighting ISIS, the SDF" is no list
            }       // ("James Jeffrey, the U.S. special representative, ...": the person the appositive describes)
            if (before != null) {
                before = personOf(t, before, inSentence);
            }
            if (before == null || before.first - 1 >= 0 && PREPOSITIONS.contains(t.lower[before.first - 1])) {
                break; // "According to Ankara, Russia violated": a prepositional object is no co-subject
            }
            out.add(before);
            current = before;
        }
        return out;
    }

    /** The actor a subject pronoun coordinated before {@code m} stands for ("he and Putin"), or null. */
    private Mention pronounConjunctBefore(DocumentTokens t, Mention m, int first, List<Mention> all) {
        int pronoun = m.first - 2;
        if (pronoun < first || !t.lower[m.first - 1].equals("and") || NOT_SUBJECT_PRONOUNS.contains(t.lower[pronoun])
                || !(PERSON_PRONOUNS.contains(t.lower[pronoun]) || SINGULAR_PRONOUNS.contains(t.lower[pronoun]))
                || pronoun > first && !CLAUSE_OPENERS.contains(t.lower[pronoun - 1]) && !t.lower[pronoun - 1].equals(",")) {
            return null;
        }
        Mention antecedent = antecedent(all, t.begin[pronoun], PERSON_PRONOUNS.contains(t.lower[pronoun]), m, t);
        return antecedent != null && antecedent.id.equals(m.id) ? null : antecedent;
    }

    static Mention containing(List<Mention> mentions, int token) {
        for (Mention m : mentions) {
            if (m.first <= token && token < m.end) {
                return m;
            }
        }
        return null;
    }

    static Mention endingAt(List<Mention> mentions, int token) {
        for (Mention m : mentions) {
            if (m.end == token) {
                return m;
            }
        }
        return null;
    }

    static Mention startingAt(List<Mention> mentions, int token) {
        for (Mention m : mentions) {
            if (m.first == token) {
                return m;
            }
        }
        return null;
    }

    private Mention nearestBefore(List<Mention> mentions, int token, int window, Mention not) {
        Mention found = null;
        for (Mention m : mentions) {
            if (m.end <= token && token - m.end <= window && m != not && (not == null || !sameSide(m, not))) {
                found = m;
            }
        }
        return found;
    }

    private Mention nearestAfter(List<Mention> mentions, int token, int window, Mention not) {
        for (Mention m : mentions) {
            if (m.first >= token && m.first - token <= window && m != not && (not == null || !sameSide(m, not))) {
                return m;
            }
        }
        return null;
    }

    private List<Mention> mentions(JCas jcas, DocumentTokens t) {
        List<Mention> out = new ArrayList<>();
        for (Tag m : liveMentions(jcas)) {
            boolean person = m instanceof Actor a && (TagValues.PERSON.equals(a.getCategory()) || TitledPeople.ORIGIN.equals(a.getOrigin()));
            out.add(new Mention(m, t.tokenAtOrAfter(m.getBegin()), t.tokenAtOrAfter(m.getEnd()), idOf(m), m instanceof Actor, person));
        }
        out.sort((x, y) -> x.first != y.first ? Integer.compare(x.first, y.first) : Integer.compare(y.end, x.end));
        return out;
    }

    /** The actors, then the agreements, that no analyst rejected: what stances are made between. */
    static List<Tag> liveMentions(JCas jcas) {
        List<Tag> out = new ArrayList<>();
        for (Actor a : jcas.getAnnotationIndex(Actor.class)) {
            if (!TagValues.REJECTED.equals(a.getStatus())) {
                out.add(a);
            }
        }
        for (Agreement a : jcas.getAnnotationIndex(Agreement.class)) {
            if (!TagValues.REJECTED.equals(a.getStatus())) {
                out.add(a);
            }
        }
        return out;
    }

    /** The catalogue ID of an actor or agreement; "?" for anything else. */
    static String idOf(Tag t) {
        return t instanceof Actor a ? a.getActorId() : t instanceof Agreement g ? g.getAgreementId() : "?";
    }
}
