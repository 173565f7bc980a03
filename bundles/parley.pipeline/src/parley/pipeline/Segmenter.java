package parley.pipeline;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.analysis_component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;

import parley.type.Sentence;
import parley.type.Token;

/**
 * Adds {@link Sentence} and {@link Token} annotations. A line break always ends a sentence (the
 * corpus is scraped web text whose headings and captions carry no final stop); within a line,
 * sentences follow the JDK's English sentence rules, and a note reference after a stop ends one too. Tokens are words (with inner hyphens and
 * apostrophes), numbers, and single punctuation marks; a possessive {@code 's} is its own token.
 */
public class Segmenter extends JCasAnnotator_ImplBase {

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        if (text == null) {
            return;
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            segmentLine(jcas, text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
    }

    private static void segmentLine(JCas jcas, String text, int from, int to, BreakIterator sentences) {
        String line = text.substring(from, to);
        sentences.setText(line);
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            while (end != BreakIterator.DONE && end < line.length() && (line.charAt(end) == '-' || Character.isLowerCase(line.charAt(end))
                    || initialismBefore(line, end))) {
                end = sentences.next(); // "the U.S.-Russian framework": a break inside a word is none; "U.N. Secretary-General
            }                           // Antonio Guterres": nor after an initialism that a name goes on from
            if (end == BreakIterator.DONE) {
                end = line.length();
            }
            int b = from + start;
            int e = from + end;
            while (b < e && isBlank(text.charAt(b))) {
                b++;
            }
            while (e > b && isBlank(text.charAt(e - 1))) {
                e--;
            }
            addSentences(jcas, text, b, e);
        }
    }

    /** An initialism ends right before {@code end} ("U.N. ", "U.S. ") and the next word opens no sentence ("The", "It"). */
    private static boolean initialismBefore(String line, int end) {
        // (only the last few characters: a match from the line's start at every break would cost its length each time)
        Matcher initialism = INITIALISM_END.matcher(line).region(Math.max(0, end - INITIALISM_REACH), end).useTransparentBounds(true);
        if (!initialism.find()) {
            return false;
        }
        Matcher word = NEXT_WORD.matcher(line).region(end, line.length());
        return word.lookingAt() && !SENTENCE_OPENERS.contains(word.group(1).toLowerCase(Locale.ROOT));
    }

    /** Characters an initialism and the blanks after it take at most ("U.S.A. "). */
    private static final int INITIALISM_REACH = 12;
    private static final Pattern INITIALISM_END = Pattern.compile("\\b(?:\\p{Lu}\\.){2,3}\\s+$");
    private static final Pattern NEXT_WORD = Pattern.compile("(\\p{L}+)");
    /** Words that open a sentence after an initialism that ends one ("... in the U.S. The talks ..."). */
    private static final Set<String> SENTENCE_OPENERS = Vocabulary.set("Segmenter.SENTENCE_OPENERS");

    /** A sentence's stop, a note reference after it and a capital: "without charge.[11] HTS and ...". */
    private static final Pattern STOP_BEFORE_REFERENCE = Pattern.compile("[.!?][\u201d\"’]?\\[\\d{1,3}\\](?=\\s+\\p{Lu})");

    /** The sentences of {@code [b, e)}, which the JDK's rules end only at a stop: also after a stop's note reference. */
    private static void addSentences(JCas jcas, String text, int b, int e) {
        Matcher reference = STOP_BEFORE_REFERENCE.matcher(text).region(b, e);
        while (reference.find()) {
            addSentence(jcas, text, b, reference.end());
            b = reference.end();
            while (b < e && isBlank(text.charAt(b))) {
                b++;
            }
        }
        addSentence(jcas, text, b, e);
    }

    private static void addSentence(JCas jcas, String text, int b, int e) {
        if (b < e) {
            new Sentence(jcas, b, e).addToIndexes();
            tokenize(jcas, text, b, e);
        }
    }

    /** White space including the no-break spaces that scraped pages are full of. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static void tokenize(JCas jcas, String text, int from, int to) {
        int[] spans = Tokenizer.spans(text, from, to);
        for (int i = 0; i < spans.length; i += 2) {
            new Token(jcas, spans[i], spans[i + 1]).addToIndexes();
        }
    }
}
