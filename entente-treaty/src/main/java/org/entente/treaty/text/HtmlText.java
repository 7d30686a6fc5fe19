package org.entente.treaty.text;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML page, with block elements (paragraphs, headings, list items, table rows)
 * on lines of their own, so that "Article 5" in an {@code <h3>} becomes a heading line. Scripts,
 * styles and footnote references ({@code <sup>} holding a number) are dropped.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "tr", "blockquote", "section", "article", "header", "footer", "dt", "dd", "table", "pre", "title");

    private HtmlText() {
    }

    static String extract(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, nav").remove();
        doc.select("sup").stream().filter(s -> s.text().strip().matches("\\[?\\d{1,3}]?|\\*+")).forEach(Element::remove);
        StringBuilder out = new StringBuilder();
        Element root = doc.body() != null ? doc.body() : doc;
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.append('\n');
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                }
            }
        });
        return out.toString().replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n");
    }
}
