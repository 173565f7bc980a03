package parley.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;
import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Sentence;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.ParleyTypeSystem;
import parley.types.TagValues;

/**
 * The annotations of a whole project, held for review: every tagged document's working CAS, with
 * a row per stance and per actor or agreement tag. Decisions change these CASes, and
 * {@link #save(CorpusDocument)} writes one back to the project.
 */
public final class ReviewCorpus {

    private final Project project;
    private final Map<CorpusDocument, JCas> cases = new LinkedHashMap<>();
    private final Map<CorpusDocument, List<ReviewRow>> stances = new LinkedHashMap<>();
    private final Map<CorpusDocument, List<ReviewRow>> tags = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    /** All rows in document order, built on first use after a change (every review refresh asks for them). */
    private List<ReviewRow> allStances;
    private List<ReviewRow> allTags;
    private int untagged;

    private ReviewCorpus(Project project) {
        this.project = project;
    }

    /** Loads every document of the project that has a working CAS; the others are counted as untagged. */
    public static ReviewCorpus load(Project project) {
        ReviewCorpus corpus = new ReviewCorpus(project);
        for (CorpusDocument d : project.corpus().documents()) {
            try {
                if (!project.hasWorkingCas(d)) {
                    if (project.problem(d) != null) {
                        corpus.problems.add(project.problem(d)); // tagging it failed: saying so helps, "not tagged yet" would not
                    } else {
                        corpus.untagged++;
                    }
                    continue;
                }
                corpus.read(d);
            } catch (DocumentException e) {
                corpus.problems.add(e.getMessage());
            }
        }
        return corpus;
    }

    /** A review over CASes already in memory (benchmarks, tests): decisions change them, nothing is saved. */
    public static ReviewCorpus of(Map<CorpusDocument, JCas> documents) {
        ReviewCorpus corpus = new ReviewCorpus(null);
        documents.forEach(corpus::index);
        return corpus;
    }

    private void read(CorpusDocument d) throws DocumentException {
        JCas jcas;
        try {
            jcas = ParleyTypeSystem.newJCas();
        } catch (ResourceInitializationException e) {
            throw new DocumentException(d.path(), "cannot create a CAS (" + e.getMessage() + ")", e);
        }
        project.load(d, jcas);
        index(d, jcas);
    }

    private void index(CorpusDocument d, JCas jcas) {
        cases.put(d, jcas);
        String text = jcas.getDocumentText() == null ? "" : jcas.getDocumentText();
        Sentences sentences = new Sentences(jcas, text.length());
        List<ReviewRow> s = new ArrayList<>();
        List<ReviewRow> t = new ArrayList<>();
        for (Tag tag : jcas.getAnnotationIndex(Tag.class)) {
            int[] sentence = sentences.around(tag.getBegin(), tag.getEnd());
            ReviewRow row = new ReviewRow(d, tag, text, sentence[0], sentence[1]);
            if (tag instanceof Stance) {
                s.add(row);
            } else if (tag instanceof Actor || tag instanceof Agreement) {
                t.add(row);
            }
        }
        stances.put(d, s);
        tags.put(d, t);
        allStances = null;
        allTags = null;
    }

    /** Reads a document's working CAS again (after an editor saved it or Tag Corpus changed it). */
    public void reload(CorpusDocument d) throws DocumentException {
        if (project == null) {
            return;
        }
        if (cases.remove(d) == null && untagged > 0) {
            untagged--; // tagged since the review was loaded
        }
        stances.remove(d);
        tags.remove(d);
        allStances = null;
        allTags = null;
        read(d);
    }

    /** Writes a document's working CAS to the project, atomically. */
    public void save(CorpusDocument d) throws DocumentException {
        if (project != null && cases.containsKey(d)) {
            project.save(d, cases.get(d));
        }
    }

    public Project project() {
        return project;
    }

    public boolean isReadOnly() {
        return project != null && project.isReadOnly();
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
        return List.copyOf(cases.keySet());
    }

    public JCas jcas(CorpusDocument d) {
        return cases.get(d);
    }

    /** Documents whose working CAS could not be read, each message naming the file. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Documents not tagged yet (no working CAS): they have nothing to review. */
    public int untagged() {
        return untagged;
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
