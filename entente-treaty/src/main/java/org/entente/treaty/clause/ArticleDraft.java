package org.entente.treaty.clause;

import java.util.ArrayList;
import java.util.List;

/**
 * An article while the {@link Parser} reads it: paragraphs grow line by line until a blank line,
 * a label or the next heading ends them.
 */
final class ArticleDraft {

    private final String text;
    private final String label;
    private final int number;
    private final String part;
    private final int start;
    private int end;
    private String heading = "";
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private String top = "";
    private String pending = "";
    private int paraStart = -1;
    private int paraEnd = -1;
    private String paraLabel = "";

    ArticleDraft(String text, String label, int number, String part, int start, int headingEnd) {
        this.text = text;
        this.label = label;
        this.number = number;
        this.part = part;
        this.start = start;
        this.end = headingEnd;
    }

    boolean empty() {
        return paragraphs.isEmpty() && paraStart < 0 && heading.isEmpty();
    }

    void heading(String h) {
        heading = h;
    }

    /** The words after "Article 5." on the heading line: a short title, or the article's first words. */
    void runIn(int from, int to) {
        String s = text.substring(from, to).strip();
        if (s.length() <= 80 && !s.endsWith(".") && !s.endsWith(";")) {
            heading = s;
        } else {
            text(from, to);
        }
    }

    void pending(String l) {
        paragraphBreak();
        top = l.matches("\\d+") ? l : top;
        pending = l;
    }

    void paragraph(String l, int from, int to) {
        paragraphBreak();
        if (l.matches("\\d+")) {
            top = l;
            pending = l;
        } else {
            pending = top.isEmpty() ? "(" + l + ")" : top + "(" + l + ")";
        }
        text(from, to);
    }

    void text(int from, int to) {
        if (paraStart < 0) {
            paraStart = from;
            paraLabel = pending;
            pending = "";
        }
        paraEnd = to;
    }

    void paragraphBreak() {
        if (paraStart >= 0) {
            paragraphs.add(new Paragraph(paraLabel, new Span(paraStart, paraEnd)));
            end = Math.max(end, paraEnd);
            paraStart = -1;
        }
    }

    Article build() {
        paragraphBreak();
        return new Article(label, number, heading, part, new Span(start, end), paragraphs);
    }
}
