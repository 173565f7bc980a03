package parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A web page's main content as blocks: the article (or {@code main}, or the body) without navigation, banners,
 * cookie notices, scripts, share buttons and footers; headings, paragraphs and list items each a block.
 */
final class WebPage {

    /** Elements that are never content. */
    private static final String NEVER = "script, style, noscript, template, iframe, svg, canvas, form, button, select, input, nav, aside, dialog,"
            + " [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary],"
            + " [role=search], [role=dialog], [role=alertdialog]";
    /** Class or id words of page furniture. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(^|[-_\\s])(cookie|cookies|consent|gdpr|banner|newsletter|subscribe|subscription|share|sharing|social|breadcrumbs?|"
                    + "skip|skiplink|menu|navbar|nav|navigation|related|promo|advert|advertisement|ads|popup|modal|footer|masthead|"
                    + "sidebar|toolbar|pagination|comments?)($|[-_\\s])");
    /** Elements each of whose text is one block. */
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt", "dd",
            "figcaption", "caption", "td", "th", "address");

    private WebPage() {
    }

    static List<Block> mainContent(Document page) {
        page.select(NEVER).remove();
        for (Element e : page.select("header, footer")) {
            if (e.closest("article, main, [role=main]") == null) {
                e.remove(); // the site's masthead and footer, not an article's own header
            }
        }
        for (Element e : new ArrayList<>(page.getAllElements())) {
            if (e.parent() != null && isFurniture(e)) {
                e.remove();
            }
        }
        Element root = contentRoot(page);
        List<Block> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static boolean isFurniture(Element e) {
        String names = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
        return !names.isBlank() && FURNITURE.matcher(names).find() && !e.is("body, html, main, article");
    }

    private static Element contentRoot(Document page) {
        Element main = page.selectFirst("main, [role=main]");
        Element best = null;
        for (Element article : (main != null ? main : page.body()).select("article")) {
            if (best == null || article.text().length() > best.text().length()) {
                best = article;
            }
        }
        return best != null ? best : main != null ? main : page.body();
    }

    private static void collect(Element e, List<Block> out) {
        if (BLOCKS.contains(e.normalName()) && e.select(String.join(",", BLOCKS)).size() == 1) {
            add(e.text(), out);
            return;
        }
        StringBuilder loose = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                loose.append(t.text());
            } else if (child instanceof Element c && (c.normalName().equals("br"))) {
                add(loose.toString(), out);
                loose.setLength(0);
            } else if (child instanceof Element c && !c.isBlock() && c.select(String.join(",", BLOCKS)).isEmpty()) {
                loose.append(c.text()); // an inline element in running text: "<div>Russia <b>and</b> Turkey</div>"
            } else if (child instanceof Element c) {
                add(loose.toString(), out);
                loose.setLength(0);
                collect(c, out);
            }
        }
        add(loose.toString(), out);
    }

    private static void add(String text, List<Block> out) {
        String t = TextAssembly.oneLine(text);
        if (!t.isEmpty()) {
            out.add(new Block(t, 0));
        }
    }

    static DocumentMetadata metadata(Document page) {
        String title = first(page, "meta[property=og:title]", "meta[name=twitter:title]");
        if (title == null && !page.title().isBlank()) {
            title = page.title().strip();
        }
        String author = first(page, "meta[name=author]", "meta[property=article:author]", "meta[name=dc.creator]");
        String date = first(page, "meta[property=article:published_time]", "meta[name=date]", "meta[name=dc.date]",
                "meta[name=dcterms.date]", "meta[itemprop=datePublished]");
        if (date == null) {
            Element time = page.selectFirst("time[datetime]");
            date = time == null ? null : time.attr("datetime");
        }
        String publisher = first(page, "meta[property=og:site_name]", "meta[name=publisher]", "meta[name=dc.publisher]");
        return new DocumentMetadata(title, author, Dates.isoDay(date), publisher);
    }

    private static String first(Document page, String... selectors) {
        for (String s : selectors) {
            Element e = page.selectFirst(s);
            if (e != null && !e.attr("content").isBlank()) {
                return e.attr("content").strip();
            }
        }
        return null;
    }
}
