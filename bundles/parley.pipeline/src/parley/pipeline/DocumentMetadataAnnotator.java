package parley.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.analysis_component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;

import parley.store.DocumentImport;
import parley.type.DocumentInfo;

/**
 * Fills {@link DocumentInfo#getTitle() title}, {@link DocumentInfo#getDate() date} and
 * {@link DocumentInfo#getPublisher() publisher} where the head of the text shows them. Scraped pages
 * open with navigation and photo captions, so only short, heading-like lines count: a caption's
 * photo date is not the publication date.
 */
public class DocumentMetadataAnnotator extends JCasAnnotator_ImplBase {

    /** How many lines of the head are searched. */
    static final int HEAD_LINES = 60;
    static final int MAX_TITLE_CHARS = 140;
    static final int MAX_DATE_LINE_CHARS = 80;

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern ISO_HEADER = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s*(.*)$");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? ((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2}),? ((?:19|20)\\d{2})\\b");
    private static final Pattern PUBLISHER_BAR_DATE = Pattern.compile("^\\s*([^|]{2,40}?)\\s*\\|\\s*\\d");

    @Override
    public void process(JCas jcas) {
        DocumentInfo info = DocumentImport.info(jcas);
        String text = jcas.getDocumentText();
        if (info == null || text == null) {
            return;
        }
        String title = null;
        String date = null;
        String publisher = null;
        String[] lines = text.split("\n", HEAD_LINES + 1);
        for (int i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
            String line = lines[i].strip();
            Matcher iso = ISO_HEADER.matcher(line);
            if (iso.matches()) {
                date = date != null ? date : iso.group(1);
                line = iso.group(2).strip();
            }
            if (date == null && line.length() <= MAX_DATE_LINE_CHARS) {
                date = findDate(line);
                if (date != null) {
                    Matcher p = PUBLISHER_BAR_DATE.matcher(line);
                    if (p.find()) {
                        publisher = p.group(1).strip();
                    }
                }
            }
            if (title == null && looksLikeTitle(line)) {
                title = line;
            }
        }
        // what an imported file declared about itself stays (ImportRecord); the text's head only fills the gaps
        if (info.getTitle() == null) {
            info.setTitle(title);
        }
        if (info.getDate() == null) {
            info.setDate(date);
        }
        if (info.getPublisher() == null) {
            info.setPublisher(publisher);
        }
    }

    static boolean looksLikeTitle(String line) {
        if (line.isEmpty() || line.length() > MAX_TITLE_CHARS || line.contains("©") || line.contains(" / ")
                || line.contains(" | ") || line.startsWith("•")) {
            return false;
        }
        String[] words = line.split("\\s+");
        if (words.length < 3 || words.length > 20) {
            return false;
        }
        int content = 0;
        int capitalised = 0;
        for (String w : words) {
            String letters = w.replaceAll("^[^\\p{L}]+", "");
            if (letters.length() >= 4) {
                content++;
                if (Character.isUpperCase(letters.charAt(0))) {
                    capitalised++;
                }
            }
        }
        boolean headlineCase = content > 0 && capitalised * 2 >= content + 1;
        boolean sentenceLike = Character.isUpperCase(line.charAt(0)) && !line.endsWith(":") && words.length <= 12;
        return headlineCase || (sentenceLike && line.endsWith("."));
    }

    static String findDate(String line) {
        Matcher m = DAY_MONTH_YEAR.matcher(line);
        if (m.find()) {
            return iso(m.group(3), m.group(2), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(line);
        if (m.find()) {
            return iso(m.group(3), m.group(1), m.group(2));
        }
        return null;
    }

    private static String iso(String year, String month, String day) {
        String mon = month.replace(".", "");
        mon = mon.length() > 3 ? mon.substring(0, 3) : mon;
        try {
            LocalDate d = LocalDate.parse(day + " " + mon + " " + year, DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
            return d.toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
