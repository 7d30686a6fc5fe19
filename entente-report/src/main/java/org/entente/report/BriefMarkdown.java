package org.entente.report;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes a brief as Markdown by walking its XHTML (one definition of the content, two forms):
 * headings, lists, tables and paragraphs carry over; charts become a line saying where they are.
 */
public final class BriefMarkdown {

    private BriefMarkdown() {
    }

    /**
     * @param xhtml the brief from {@link BriefHtml#render}
     * @return the same brief in Markdown
     */
    public static String render(String xhtml) {
        Document doc = Jsoup.parse(xhtml);
        StringBuilder out = new StringBuilder();
        for (Element e : doc.body().children()) {
            block(e, out);
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private static void block(Element e, StringBuilder out) {
        switch (e.tagName()) {
            case "h1" -> out.append("# ").append(inline(e)).append("\n\n");
            case "h2" -> out.append("## ").append(inline(e)).append("\n\n");
            case "h3" -> out.append("### ").append(inline(e)).append("\n\n");
            case "p" -> out.append(inline(e)).append("\n\n");
            case "ol", "ul" -> {
                int n = 1;
                for (Element li : e.children()) {
                    out.append(e.tagName().equals("ol") ? n++ + ". " : "- ").append(inline(li)).append('\n');
                }
                out.append('\n');
            }
            case "table" -> table(e, out);
            case "div" -> out.append("*(chart: see the HTML or PDF brief)*\n\n");
            default -> out.append(inline(e)).append("\n\n");
        }
    }

    private static void table(Element t, StringBuilder out) {
        List<Element> rows = t.select("tr");
        for (int r = 0; r < rows.size(); r++) {
            out.append('|');
            for (Element cell : rows.get(r).children()) {
                out.append(' ').append(inline(cell).replace("|", "\\|")).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append('|').append(" --- |".repeat(rows.get(0).children().size())).append('\n');
            }
        }
        out.append('\n');
    }

    private static String inline(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                b.append(t.text());
            } else if (n instanceof Element c) {
                switch (c.tagName()) {
                    case "b" -> b.append("**").append(inline(c)).append("**");
                    case "i" -> b.append('*').append(inline(c)).append('*');
                    case "sup" -> b.append(inline(c));
                    case "svg" -> b.append("");
                    default -> b.append(inline(c));
                }
            }
        }
        return b.toString().strip();
    }
}
