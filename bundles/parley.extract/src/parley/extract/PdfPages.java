package parley.extract;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects what Tika's PDF parser writes as XHTML (a {@code div class="page"} per page, a {@code p} per printed
 * paragraph, lines within it) as pages of paragraphs of lines.
 */
final class PdfPages extends DefaultHandler {

    /** Each page's paragraphs, each a list of its printed lines. */
    final List<List<List<String>>> pages = new ArrayList<>();
    private List<List<String>> page;
    private StringBuilder paragraph;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if (localName.equals("div") && "page".equals(atts.getValue("class"))) {
            page = new ArrayList<>();
            pages.add(page);
        } else if (localName.equals("p") && page != null) {
            paragraph = new StringBuilder();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (localName.equals("p") && page != null && paragraph != null) {
            List<String> lines = new ArrayList<>();
            for (String line : paragraph.toString().split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            if (!lines.isEmpty()) {
                page.add(lines);
            }
            paragraph = null;
        } else if (localName.equals("div") && page != null) {
            page = null;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (paragraph != null) {
            paragraph.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }
}
