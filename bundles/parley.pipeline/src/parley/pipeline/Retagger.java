package parley.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import parley.store.DocumentImport;
import parley.type.Actor;
import parley.type.Agreement;
import parley.type.DocumentInfo;
import parley.type.Sentence;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.TagValues;

/**
 * Re-runs the pipeline on a working CAS without touching an analyst's decision: ACCEPTED,
 * CORRECTED, MANUAL and REJECTED annotations stay as they are; old suggestions give way to the
 * new ones; and no new suggestion is added where an analyst already decided (a suggestion equal to
 * a rejected one, or overlapping a corrected one, is not suggested again; in a sentence where the analyst
 * corrected a stance, no other stance with its holder or its target is suggested, so that the stance as it
 * was before the correction does not come back beside it).
 */
public final class Retagger {

    public static final String SUGGESTED = TagValues.SUGGESTED;

    /** What a re-run changed. */
    public record Result(int removedSuggestions, int addedSuggestions, int keptDecisions) {
    }

    private final AnalysisEngine engine;
    private final JCas fresh;

    public Retagger(AnalysisEngine engine) throws ResourceInitializationException {
        this.engine = engine;
        this.fresh = engine.newJCas();
    }

    public Result retag(JCas working) throws AnalysisEngineProcessException {
        return merge(analyse(working), working);
    }

    /** The pipeline's suggestions for the text of a working CAS, which it leaves as it is (see {@link #analyse(String, String)}). */
    public JCas analyse(JCas working) throws AnalysisEngineProcessException {
        DocumentInfo info = DocumentImport.info(working);
        return analyse(info != null && info.getSourceName() != null ? info.getSourceName() : "document", working.getDocumentText());
    }

    /**
     * The pipeline's suggestions for a text, in this retagger's own CAS (valid until its next analysis): the slow
     * half of {@link #retag}, which a background job can run while the working CAS stays with its editor.
     */
    public JCas analyse(String sourceName, String text) throws AnalysisEngineProcessException {
        fresh.reset();
        DocumentImport.fromText(sourceName, text, fresh);
        engine.process(fresh);
        return fresh;
    }

    /**
     * Merges the suggestions of {@code fresh} (from {@link #analyse} of the same text) into the working CAS, keeping
     * every decision as {@link Retagger} says: the quick half of {@link #retag}.
     */
    public Result merge(JCas fresh, JCas working) {
        DocumentInfo info = DocumentImport.info(working);
        // the working CAS keeps sentences (stance evidence) but no tokens: they are cheap to recompute and
        // would make up most of the project's XMI
        if (working.getAnnotationIndex(Sentence.class).isEmpty()) {
            fresh.getAnnotationIndex(Sentence.class).forEach(s -> new Sentence(working, s.getBegin(), s.getEnd()).addToIndexes());
        }
        DocumentInfo freshInfo = DocumentImport.info(fresh);
        if (info != null && freshInfo != null) {
            if (info.getTitle() == null) {
                info.setTitle(freshInfo.getTitle());
            }
            if (info.getDate() == null) {
                info.setDate(freshInfo.getDate());
            }
            if (info.getPublisher() == null) {
                info.setPublisher(freshInfo.getPublisher());
            }
        }

        int removed = removeOldSuggestions(working);
        List<Tag> decided = new ArrayList<>();
        for (Tag t : working.getAnnotationIndex(Tag.class)) {
            if (!SUGGESTED.equals(t.getStatus())) {
                decided.add(t);
            }
        }
        Map<Tag, Tag> copies = new HashMap<>();
        Map<String, Tag> present = new HashMap<>();
        for (Tag t : working.getAnnotationIndex(Tag.class)) {
            if (!(t instanceof Stance)) {
                present.put(key(t), t);
            }
        }
        int added = 0;
        for (Tag t : fresh.getAnnotationIndex(Tag.class)) {
            if (t instanceof Stance) {
                continue;
            }
            Tag existing = present.get(key(t));
            if (existing != null) {
                copies.put(t, TagValues.REJECTED.equals(existing.getStatus()) ? null : existing);
            } else if (overlapsDecision(t, decided)) {
                copies.put(t, null);
            } else {
                Tag copy = copy(working, t);
                copies.put(t, copy);
                present.put(key(copy), copy);
                added++;
            }
        }
        Set<String> stanceKeys = new HashSet<>();
        Set<String> corrected = new HashSet<>();
        for (Stance s : working.getAnnotationIndex(Stance.class)) {
            stanceKeys.add(stancePairKey(s));
            if (TagValues.CORRECTED.equals(s.getStatus())) {
                // the analyst corrected a stance of this sentence: its holder and its target are settled there
                corrected.add(s.getBegin() + "|" + s.getEnd() + "|holder|" + StanceTagger.idOf(s.getHolder()));
                corrected.add(s.getBegin() + "|" + s.getEnd() + "|target|" + StanceTagger.idOf(s.getTarget()));
            }
        }
        for (Stance s : fresh.getAnnotationIndex(Stance.class)) {
            Tag holder = copies.get(s.getHolder());
            Tag target = copies.get(s.getTarget());
            if (!(holder instanceof Actor) || target == null) {
                continue;
            }
            if (!stanceKeys.add(s.getBegin() + "|" + s.getEnd() + "|" + StanceTagger.idOf(holder) + "|" + StanceTagger.idOf(target))
                    || corrected.contains(s.getBegin() + "|" + s.getEnd() + "|holder|" + StanceTagger.idOf(holder))
                    || corrected.contains(s.getBegin() + "|" + s.getEnd() + "|target|" + StanceTagger.idOf(target))) {
                continue;
            }
            Stance copy = new Stance(working, s.getBegin(), s.getEnd());
            copy.setHolder((Actor) holder);
            copy.setTarget(target);
            copy.setPolarity(s.getPolarity());
            copy.setStatus(s.getStatus());
            copy.setConfidence(s.getConfidence());
            copy.setOrigin(s.getOrigin());
            copy.addToIndexes();
            added++;
        }
        return new Result(removed, added, decided.size());
    }

    /** Removes suggestions, except those a kept stance still points to. */
    private static int removeOldSuggestions(JCas working) {
        Set<Tag> referenced = new HashSet<>();
        List<Tag> suggestions = new ArrayList<>();
        for (Tag t : working.getAnnotationIndex(Tag.class)) {
            if (SUGGESTED.equals(t.getStatus())) {
                suggestions.add(t);
            } else if (t instanceof Stance s) {
                referenced.add(s.getHolder());
                referenced.add(s.getTarget());
            }
        }
        int removed = 0;
        for (Tag t : suggestions) {
            if (!referenced.contains(t)) {
                t.removeFromIndexes();
                removed++;
            }
        }
        return removed;
    }

    private static boolean overlapsDecision(Tag t, List<Tag> decided) {
        for (Tag d : decided) {
            if (d.getClass() == t.getClass() && d.getBegin() < t.getEnd() && t.getBegin() < d.getEnd()) {
                return true;
            }
        }
        return false;
    }

    private static Tag copy(JCas working, Tag t) {
        Tag copy;
        if (t instanceof Actor a) {
            Actor c = new Actor(working, a.getBegin(), a.getEnd());
            c.setActorId(a.getActorId());
            c.setCategory(a.getCategory());
            copy = c;
        } else {
            Agreement c = new Agreement(working, t.getBegin(), t.getEnd());
            c.setAgreementId(((Agreement) t).getAgreementId());
            copy = c;
        }
        copy.setStatus(t.getStatus());
        copy.setConfidence(t.getConfidence());
        copy.setOrigin(t.getOrigin());
        copy.addToIndexes();
        return copy;
    }

    /** Type, span and ID: what makes two Actor or Agreement annotations the same suggestion. */
    private static String key(Tag t) {
        return t.getType().getShortName() + "|" + t.getBegin() + "|" + t.getEnd() + "|" + StanceTagger.idOf(t);
    }

    /** An analyst's stance on the same holder and target in the sentence settles it, whatever the polarity. */
    private static String stancePairKey(Stance s) {
        return s.getBegin() + "|" + s.getEnd() + "|" + StanceTagger.idOf(s.getHolder()) + "|" + StanceTagger.idOf(s.getTarget());
    }
}
