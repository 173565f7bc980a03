package parley.pipeline;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.uima.jcas.JCas;

import parley.type.Sentence;
import parley.type.Token;

/** The tokens and sentences of a CAS as flat arrays, for the rule-based taggers. */
final class DocumentTokens {

    final String text;
    final int[] begin;
    final int[] end;
    /** Token text with the apostrophe folded. */
    final String[] word;
    final String[] lower;
    final int[] sentence;
    final int[] sentenceBegin;
    final int[] sentenceEnd;
    /** First token of each sentence; sentenceFirst[s + 1] is one past its last. */
    final int[] sentenceFirst;
    private Bibliography bibliography;

    /** The document's bibliographic matter, which no tag covers (computed once, on first use). */
    Bibliography bibliography() {
        if (bibliography == null) {
            bibliography = Bibliography.of(text);
        }
        return bibliography;
    }

    private DocumentTokens(String text, int[] begin, int[] end, int[] sentence, int[] sentenceBegin, int[] sentenceEnd, int[] sentenceFirst) {
        this.text = text;
        this.begin = begin;
        this.end = end;
        this.sentence = sentence;
        this.sentenceBegin = sentenceBegin;
        this.sentenceEnd = sentenceEnd;
        this.sentenceFirst = sentenceFirst;
        this.word = new String[begin.length];
        this.lower = new String[begin.length];
        for (int i = 0; i < begin.length; i++) {
            word[i] = Tokenizer.fold(text.substring(begin[i], end[i]));
            lower[i] = word[i].toLowerCase(Locale.ROOT);
        }
    }

    static DocumentTokens of(JCas jcas) {
        String text = jcas.getDocumentText() == null ? "" : jcas.getDocumentText();
        int nt = jcas.getAnnotationIndex(Token.class).size();
        int ns = jcas.getAnnotationIndex(Sentence.class).size();
        int[] b = new int[nt];
        int[] e = new int[nt];
        int i = 0;
        for (Token t : jcas.getAnnotationIndex(Token.class)) {
            b[i] = t.getBegin();
            e[i++] = t.getEnd();
        }
        int[] sb = new int[ns];
        int[] se = new int[ns];
        int[] first = new int[ns + 1];
        int[] sentenceOf = new int[nt];
        int s = 0;
        int tok = 0;
        for (Sentence sentence : jcas.getAnnotationIndex(Sentence.class)) {
            sb[s] = sentence.getBegin();
            se[s] = sentence.getEnd();
            while (tok < nt && b[tok] < sb[s]) {
                sentenceOf[tok++] = Math.max(0, s - 1);
            }
            first[s] = tok;
            while (tok < nt && e[tok] <= se[s]) {
                sentenceOf[tok++] = s;
            }
            s++;
        }
        while (tok < nt) {
            sentenceOf[tok++] = Math.max(0, ns - 1);
        }
        first[ns] = nt;
        return new DocumentTokens(text, b, e, sentenceOf, sb, se, first);
    }

    int size() {
        return begin.length;
    }

    int sentences() {
        return sentenceBegin.length;
    }

    /** Index of the first token that begins at or after {@code offset}. */
    int tokenAtOrAfter(int offset) {
        int i = Arrays.binarySearch(begin, offset);
        return i >= 0 ? i : -i - 1;
    }

    boolean isCapitalized(int i) {
        return i >= 0 && i < word.length && !word[i].isEmpty() && Character.isUpperCase(word[i].charAt(0));
    }

    String lowerAt(int i) {
        return i >= 0 && i < lower.length ? lower[i] : "";
    }

    /** Where the first of {@code phrases} (each its lower-case words) that stands at token {@code i} ends, before {@code limit}; -1 if none does. */
    int phraseEnd(List<List<String>> phrases, int i, int limit) {
        for (List<String> words : phrases) {
            int n = words.size();
            boolean match = i + n <= limit;
            for (int k = 0; match && k < n; k++) {
                match = lower[i + k].equals(words.get(k));
            }
            if (match) {
                return i + n;
            }
        }
        return -1;
    }
}
