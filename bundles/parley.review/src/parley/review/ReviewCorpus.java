package parley.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.uima.jcas.JCas;

import parley.annotation.WorkingDocument;
import parley.annotation.WorkingDocuments;
import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;
import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Sentence;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.TagValues;

/**
 * The annotations of a whole project, held for review: every tagged document's {@link WorkingDocument} (the same
 * copies the editors show), with a row per stance and per actor or agreement tag. Whatever changes a document (a
 * review decision, an editor, a tagging run) its rows follow, and the listeners are told which documents changed.
 */
public final class ReviewCorpus {

    private final WorkingDocuments working;
    private final Map<CorpusDocument, WorkingDocument> documents = new LinkedHashMap<>();
    private final Map<CorpusDocument, List<ReviewRow>> stances = new LinkedHashMap<>();
    private final Map<CorpusDocument, List<ReviewRow>> tags = new LinkedHashMap<>();
    /** Documents whose working CAS could not be read or made, with the message naming the file. */
    private final Map<CorpusDocument, String> problems = new LinkedHashMap<>();
    /** Documents not tagged yet: they have nothing to review. */
    private final Set<CorpusDocument> untagged = new HashSet<>();
    private final List<Consumer<Set<CorpusDocument>>> listeners = new ArrayList<>();
    private final WorkingDocument.Listener onChange = this::changed;
    /** All rows in document order, built on first use after a change (every review refresh asks for them). */
    private List<ReviewRow> allStances;
    private List<ReviewRow> allTags;
    /** Inside {@link #batch}: the documents changed so far, told once at its end. */
    private Set<CorpusDocument> batched;

    private ReviewCorpus(WorkingDocuments working) {
        this.working = working;
    }

    /** Every document of the project that has a working CAS; the others are counted as untagged. */
    public static ReviewCorpus load(WorkingDocuments working) {
        ReviewCorpus corpus = new ReviewCorpus(working);
        Project project = working.project();
        if (project == null) {
            working.held().forEach(corpus::index);
            return corpus;
        }
        for (CorpusDocument d : project.corpus().documents()) {
            corpus.add(d);
        }
        return corpus;
    }

    /** A review of a project's documents, each loaded on its own (tests, the command line). */
    public static ReviewCorpus load(Project project) {
        return load(new WorkingDocuments(project, WorkingDocuments.OwnerThread.CALLER));
    }

    /** A review over CASes already in memory (benchmarks, tests): decisions change them, nothing is saved. */
    public static ReviewCorpus of(Map<CorpusDocument, JCas> documents) {
        return load(WorkingDocuments.inMemory(documents));
    }

    /** Takes in a document tagged since the review was loaded (or shows its problem); nothing if already in. */
    public void add(CorpusDocument d) {
        Project project = working.project();
        if (project == null || documents.containsKey(d)) {
            return;
        }
        try {
            untagged.remove(d);
            problems.remove(d);
            if (!project.hasWorkingCas(d) && (working.ifHeld(d) == null || !working.ifHeld(d).isPretagged())) {
                if (project.problem(d) != null) {
                    problems.put(d, project.problem(d)); // tagging it failed: saying so helps, "not tagged yet" would not
                } else {
                    untagged.add(d);
                }
                return;
            }
            index(working.get(d));
            if (batched != null) {
                batched.add(d);
            } else {
                tell(Set.of(d));
            }
        } catch (DocumentException e) {
            problems.put(d, e.getMessage());
        }
    }

    private void index(WorkingDocument w) {
        if (documents.put(w.document(), w) == null) {
            w.addListener(onChange);
        }
        JCas jcas = w.jcas();
        String text = w.text();
        char[] folded = ReviewRow.fold(text);
        Sentences sentences = new Sentences(jcas, text.length());
        List<ReviewRow> s = new ArrayList<>();
        List<ReviewRow> t = new ArrayList<>();
        for (Tag tag : jcas.getAnnotationIndex(Tag.class)) {
            int[] sentence = sentences.around(tag.getBegin(), tag.getEnd());
            ReviewRow row = new ReviewRow(w, tag, text, folded, sentence[0], sentence[1]);
            if (tag instanceof Stance) {
                s.add(row);
            } else if (tag instanceof Actor || tag instanceof Agreement) {
                t.add(row);
            }
        }
        stances.put(w.document(), s);
        tags.put(w.document(), t);
        allStances = null;
        allTags = null;
    }

    private void changed(WorkingDocument.Change change) {
        if (change.onlyDirtyState()) {
            return;
        }
        if (change.structural()) {
            index(change.document());
        }
        if (batched != null) {
            batched.add(change.document().document());
        } else {
            tell(Set.of(change.document().document()));
        }
    }

    /** Runs {@code work}; the documents it changes are told to the listeners once, at its end. */
    public void batch(Runnable work) {
        if (batched != null) {
            work.run();
            return;
        }
        batched = new LinkedHashSet<>();
        try {
            work.run();
        } finally {
            Set<CorpusDocument> changed = batched;
            batched = null;
            tell(changed);
        }
    }

    /** Told which documents changed, after every change that the rows show. */
    public void addListener(Consumer<Set<CorpusDocument>> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Set<CorpusDocument>> listener) {
        listeners.remove(listener);
    }

    private void tell(Set<CorpusDocument> changed) {
        List.copyOf(listeners).forEach(l -> l.accept(changed));
    }

    /** Stops following the working documents. */
    public void close() {
        documents.values().forEach(w -> w.removeListener(onChange));
        listeners.clear();
    }

    public Project project() {
        return working.project();
    }

    public boolean isReadOnly() {
        return project() != null && project().isReadOnly();
    }

    public List<ReviewRow> stances() {
        if (allStances == null) {
            allStances = flatten(stances);
        }
        return allStances;
    }

    /** Actor and agreement tags of every status. */
    public List<ReviewRow> tags() {
        if (allTags == null) {
            allTags = flatten(tags);
        }
        return allTags;
    }

    private static List<ReviewRow> flatten(Map<CorpusDocument, List<ReviewRow>> byDocument) {
        List<ReviewRow> all = new ArrayList<>();
        byDocument.values().forEach(all::addAll);
        return Collections.unmodifiableList(all);
    }

    public List<CorpusDocument> documents() {
        return List.copyOf(documents.keySet());
    }

    public JCas jcas(CorpusDocument d) {
        return documents.containsKey(d) ? documents.get(d).jcas() : null;
    }

    /** Documents whose working CAS could not be read, each message naming the file. */
    public List<String> problems() {
        return List.copyOf(problems.values());
    }

    /** Documents not tagged yet (no working CAS): they have nothing to review. */
    public int untagged() {
        return untagged.size();
    }

    /**
     * Tags a stance of this row could take as holder (actors) or target (actors and agreements),
     * not rejected ones: those in the evidence sentence first, then the rest of the document.
     */
    public List<Tag> candidates(ReviewRow row, boolean actorsOnly) {
        List<Tag> near = new ArrayList<>();
        List<Tag> far = new ArrayList<>();
        int sentenceEnd = row.evidenceBegin() + row.evidence().length();
        for (ReviewRow r : tags.getOrDefault(row.document(), List.of())) {
            Tag t = r.tag();
            if (TagValues.REJECTED.equals(t.getStatus()) || (actorsOnly && !(t instanceof Actor))) {
                continue;
            }
            (t.getBegin() >= row.evidenceBegin() && t.getEnd() <= sentenceEnd ? near : far).add(t);
        }
        near.addAll(far);
        return near;
    }

    /** Sentence bounds by binary search over the document's sentences. */
    private static final class Sentences {
        private final int[] begins;
        private final int[] ends;
        private final int textLength;

        Sentences(JCas jcas, int textLength) {
            this.textLength = textLength;
            List<int[]> all = new ArrayList<>();
            for (Sentence s : jcas.getAnnotationIndex(Sentence.class)) {
                all.add(new int[] {s.getBegin(), s.getEnd()});
            }
            begins = all.stream().mapToInt(a -> a[0]).toArray();
            ends = all.stream().mapToInt(a -> a[1]).toArray();
        }

        /** The sentence that covers [begin, end), or, with none, a window of the text around it. */
        int[] around(int begin, int end) {
            int i = Arrays.binarySearch(begins, begin);
            if (i < 0) {
                i = -i - 2;
            }
            // a stance may span sentences: widen to the last sentence that starts before its end
            if (i >= 0 && ends[i] >= end) {
                return new int[] {begins[i], ends[i]};
            }
            if (i >= 0) {
                int j = i;
                while (j + 1 < begins.length && begins[j + 1] < end) {
                    j++;
                }
                return new int[] {begins[i], Math.max(end, ends[j])};
            }
            return new int[] {Math.max(0, begin - 100), Math.min(textLength, end + 100)};
        }
    }
}
