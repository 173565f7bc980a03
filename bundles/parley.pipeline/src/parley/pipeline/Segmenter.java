package parley.pipeline;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.analysis_component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;

import parley.type.Sentence;
import parley.type.Token;

/**
 * Adds {@link Sentence} and {@link Token} annotations. A line break always ends a sentence (the
 * corpus is scraped web text whose headings and captions carry no final stop); within a line,
 * sentences follow the JDK's English sentence rules. Tokens are words (with inner hyphens and
 * apostrophes), numbers, and single punctuation marks; a possessive {@code 's} is its own token.
 */
public class Segmenter extends JCasAnnotator_ImplBase {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"
                    + "|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*"
                    + "|\\p{N}+(?:[.,:/]\\p{N}+)*"
                    + "|\\S");

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
            int b = from + start;
            int e = from + end;
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (b < e) {
                new Sentence(jcas, b, e).addToIndexes();
                tokenize(jcas, text, b, e);
            }
        }
    }

    private static void tokenize(JCas jcas, String text, int from, int to) {
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            int b = m.start();
            int e = m.end();
            int possessive = possessiveStart(text, b, e);
            if (possessive > b) {
                new Token(jcas, b, possessive).addToIndexes();
                b = possessive;
            }
            new Token(jcas, b, e).addToIndexes();
        }
    }

    /** Start of a trailing {@code 's}/{@code ’s} in the token, or -1. */
    static int possessiveStart(String text, int b, int e) {
        if (e - b > 2 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
                && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '’')) {
            return e - 2;
        }
        return -1;
    }
}
