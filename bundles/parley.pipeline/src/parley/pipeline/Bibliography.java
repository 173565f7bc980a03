package parley.pipeline;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bibliographic matter of a document, which the codebook leaves unannotated: URLs, and inside footnotes the
 * source lines ("Crisis Group interview, Russian diplomat, Ankara, July 2019") and cited titles with their
 * publication and date ("“… says Russia’s Putin”, Moscow Times, 27 April 2019"). A quotation in the running text
 * ("“Russia is complicit,” the diplomat said") is not bibliographic. The markers are data (lexicon
 * {@code Bibliography.*}).
 */
final class Bibliography {

    private static final List<String> FOOTNOTE_OPEN = Vocabulary.list("Bibliography.FOOTNOTE_OPEN");
    private static final List<String> FOOTNOTE_CLOSE = Vocabulary.list("Bibliography.FOOTNOTE_CLOSE");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?i)^\\s*(?:" + String.join("|",
            Vocabulary.list("Bibliography.SOURCE_LINE_STARTS").stream().map(Pattern::quote).toList()) + ")\\b");
    /** A sentence end, not the point of an initial ("U.S. official"). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b\\p{Lu})[.;]\\s");
    private static final String MONTH = "(?i:" + String.join("|", Vocabulary.list("AgreementTagger.MONTHS")) + ")";
    /** A source line without a marker: a few words that end with a comma and a date ("Russian officials, Moscow, 2019."). */
    private static final Pattern DATED_SOURCE = Pattern.compile("(?i)^\\s*(?:\\S+\\s+){0,11}?\\S*,\\s*(?:\\d{1,2}\\s+)?(?:" + MONTH
            + "\\s+)?(?:\\d{1,2},\\s*)?(?:19|20)\\d\\d(?:[-–](?:19|20)?\\d\\d)?[.;]?\\s*$");
    /** "For HTS’s position on Hurras al-Din, see ...": a pointer to other reading. */
    private static final Pattern POINTER = Pattern.compile("(?i)^\\s*for\\b[^.;]{0,200}?,\\s*(?:" + String.join("|",
            Vocabulary.list("Bibliography.POINTER_WORDS").stream().map(Pattern::quote).toList()) + ")\\s");
    /** The author before a cited title ("UN OCHA, “Syrian Arab Republic: ...”"). */
    private static final Pattern TITLE_AUTHOR = Pattern.compile("^\\s*[^.;“”]{1,60},\\s*$");
    /** A dateline ("Idlib/Istanbul/Brussels, 15 May 2020"): the places a report was written in. */
    private static final Pattern DATELINE = Pattern.compile("(?m)^[ \\t]*\\p{Lu}[\\p{L}’' -]*(?:/\\p{Lu}[\\p{L}’' -]*)*,\\s+\\d{1,2}\\s+"
            + MONTH + "\\s+(?:19|20)\\d\\d[ \\t]*$");
    /** A line of an endnote list, opened by its number in brackets ("[23] US Central Command, statement ..."). */
    private static final Pattern ENDNOTE = Pattern.compile("(?m)^[ \\t]*\\[\\d{1,3}\\][ \\t]+");
    private static final Pattern URL = Pattern.compile("https?://\\S+|www\\.\\S+");
    private static final Pattern CITED_TITLE = Pattern.compile("\u201c[^\u201d]{3,400}\u201d[^\u201c.]{0,160}?\\b(?:\\d{1,2} )?(?:"
            + String.join("|", Vocabulary.list("AgreementTagger.MONTHS")) + ")?,? ?(?:19|20)\\d\\d\\b", Pattern.CASE_INSENSITIVE);

    private final BitSet marked;

    private Bibliography(BitSet marked) {
        this.marked = marked;
    }

    static Bibliography of(String text) {
        BitSet marked = new BitSet(text.length());
        Matcher dateline = DATELINE.matcher(text);
        while (dateline.find()) {
            marked.set(dateline.start(), dateline.end());
        }
        Matcher url = URL.matcher(text);
        while (url.find()) {
            marked.set(url.start(), url.end());
        }
        Matcher endnote = ENDNOTE.matcher(text);
        while (endnote.find()) {
            markFootnote(text, endnote.end(), lineEnd(text, endnote.end()), marked);
        }
        for (String open : FOOTNOTE_OPEN) {
            for (int at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + open.length())) {
                int begin = at + open.length();
                int end = -1;
                for (String close : FOOTNOTE_CLOSE) {
                    int c = text.indexOf(close, begin);
                    if (c >= 0 && (end < 0 || c < end)) {
                        end = c;
                    }
                }
                // a footnote also ends with its paragraph (some pages drop the closing marker)
                int paragraph = text.indexOf("\n\n", begin);
                if (paragraph >= 0 && (end < 0 || paragraph < end)) {
                    end = paragraph;
                }
                if (end < 0) {
                    continue;
                }
                markFootnote(text, begin, end, marked);
            }
        }
        return new Bibliography(marked);
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static void markFootnote(String text, int begin, int end, BitSet marked) {
        Matcher title = CITED_TITLE.matcher(text).region(begin, end);
        while (title.find()) {
            marked.set(title.start(), title.end());
            int author = Math.max(begin, Math.max(text.lastIndexOf(". ", title.start()), text.lastIndexOf("; ", title.start())) + 1);
            if (TITLE_AUTHOR.matcher(text).region(author, title.start()).find()) {
                marked.set(author, title.start());
            }
        }
        // source lines: from a "Crisis Group interview…" start to the end of its sentence
        int segment = begin;
        Matcher sentenceEnd = SENTENCE_END.matcher(text);
        while (segment < end) {
            int stop = sentenceEnd.find(segment) && sentenceEnd.end() <= end ? sentenceEnd.start() + 1 : end;
            if (SOURCE_LINE.matcher(text).region(segment, stop).find() || DATED_SOURCE.matcher(text).region(segment, stop).find()
                    || POINTER.matcher(text).region(segment, stop).find()) {
                marked.set(segment, stop);
            }
            segment = stop + 1;
        }
    }

    /** True when any character of the span is bibliographic. */
    boolean covers(int begin, int end) {
        int next = marked.nextSetBit(begin);
        return next >= 0 && next < end;
    }
}
