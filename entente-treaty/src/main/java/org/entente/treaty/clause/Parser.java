package org.entente.treaty.clause;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.treaty.TreatyTextException;

/**
 * Builds the clause tree from the scanned lines. First it decides how this text numbers its
 * articles: by headings ("Article 5", "ARTICLE V"), by bare numbers on their own lines, or, when
 * headings are missing, by numbered clauses ("1. The two Governments agree ..."). Then it walks
 * the lines once: a heading opens an article, a part heading opens an annex or protocol, blank
 * lines and labels separate paragraphs, the closing formula ends the articles of a part.
 */
public final class Parser {

    /** How the text numbers its articles. */
    private enum Mode { HEADINGS, BARE, CLAUSES }

    private final String name;
    private final String text;
    private final List<Line> lines;
    private final Mode mode;
    private final List<Part> parts = new ArrayList<>();
    private Part.Kind partKind = Part.Kind.TREATY;
    private String partTitle = "";
    private List<Article> articles = new ArrayList<>();
    private ArticleDraft article;
    private boolean closing;
    private int closingStart = -1;
    private int closingEnd = -1;
    private int firstDivision = -1;

    private Parser(String name, String text) {
        this.name = name;
        this.text = text;
        this.lines = Scanner.scan(text);
        this.mode = mode();
    }

    /**
     * @param name the file name, for messages
     * @param text the normalised text
     * @return its clause tree
     * @throws TreatyTextException when no article can be found
     */
    public static Structure parse(String name, String text) {
        return new Parser(name, text).structure();
    }

    private Mode mode() {
        if (lines.stream().anyMatch(l -> l.kind() == Line.Kind.ARTICLE)) {
            return Mode.HEADINGS;
        }
        if (lines.stream().filter(l -> l.kind() == Line.Kind.BARE_NUMBER && l.value() > 0).count() >= 2) {
            return Mode.BARE;
        }
        if (lines.stream().filter(this::numberedClause).count() >= 2) {
            return Mode.CLAUSES;
        }
        throw new TreatyTextException(name, "no articles found: no line reads like \"Article 1\", \"ARTICLE I\", "
                + "\"Art. 1\" or a numbered clause \"1. ...\"", "is this a treaty's text? articles should start on a line of their own");
    }

    private boolean numberedClause(Line l) {
        return l.kind() == Line.Kind.NUMBERED && l.label().matches("\\d+");
    }

    private Structure structure() {
        for (Line line : lines) {
            accept(line);
        }
        closeArticle();
        closePart();
        Optional<String> title = title();
        return new Structure(title, preamble(title.isPresent()), parts,
                closingStart < 0 ? Optional.empty() : Optional.of(new Span(closingStart, Math.max(closingStart, closingEnd))));
    }

    private void accept(Line line) {
        switch (line.kind()) {
            case ARTICLE -> startArticle(line, line.label(), line.value());
            case BARE_NUMBER -> bare(line);
            case NUMBERED -> numbered(line);
            case PART -> startPart(line);
            case CLOSING -> close(line);
            case SECTION -> section(line);
            case TEXT -> text(line);
            default -> paragraphBreak();
        }
    }

    private void bare(Line line) {
        if (mode == Mode.BARE && !closing) {
            startArticle(line, line.label(), line.value());
        } else if (article != null) {
            article.pending(line.label());
        }
    }

    private void numbered(Line line) {
        if (mode == Mode.CLAUSES && numberedClause(line) && !closing) {
            startArticle(line, line.label(), line.value());
        } else if (article != null) {
            article.paragraph(line.label(), line.bodyStart(), line.end());
        } else {
            text(line);
        }
    }

    private void startArticle(Line line, String label, int value) {
        closeArticle();
        closing = false;
        mark(line.start());
        article = new ArticleDraft(text, label, value, partTitle, line.start(), line.end());
        if (line.bodyStart() < line.end()) {
            article.runIn(line.bodyStart(), line.end());
        }
    }

    private void startPart(Line line) {
        closeArticle();
        closePart();
        mark(line.start());
        closing = false;
        partKind = Part.kindOf(line.label());
        partTitle = line.label();
    }

    private void close(Line line) {
        if (firstDivision < 0) {
            return;
        }
        closeArticle();
        closing = true;
        closingStart = closingStart < 0 ? line.start() : closingStart;
        closingEnd = line.end();
    }

    private void section(Line line) {
        if (article != null && article.empty()) {
            article.heading(line.label());
        } else if (!closing) {
            closeArticle();
        }
    }

    private void text(Line line) {
        if (closing) {
            closingEnd = line.end();
        } else if (article != null) {
            article.text(line.bodyStart(), line.end());
        } else if (partKind != Part.Kind.TREATY) {
            mark(line.start());
            article = new ArticleDraft(text, "", 0, partTitle, line.start(), line.start());
            article.text(line.bodyStart(), line.end());
        }
    }

    private void paragraphBreak() {
        if (article != null) {
            article.paragraphBreak();
        }
    }

    private void mark(int offset) {
        firstDivision = firstDivision < 0 ? offset : firstDivision;
    }

    private void closeArticle() {
        if (article != null) {
            articles.add(article.build());
            article = null;
        }
    }

    private void closePart() {
        if (!articles.isEmpty() || partKind != Part.Kind.TREATY) {
            parts.add(new Part(partKind, partTitle, articles));
        }
        articles = new ArrayList<>();
    }

    private Optional<String> title() {
        for (Line l : lines) {
            if (l.kind() == Line.Kind.BLANK) {
                continue;
            }
            String s = text.substring(l.start(), l.end()).strip();
            boolean plain = l.kind() == Line.Kind.TEXT || l.kind() == Line.Kind.SECTION;
            return plain && s.length() <= 300 && !s.matches(".*[.:;,]$") && l.start() < Math.max(firstDivision, 0) + 1
                    ? Optional.of(s) : Optional.empty();
        }
        return Optional.empty();
    }

    private Optional<Span> preamble(boolean titled) {
        int end = firstDivision < 0 ? text.length() : firstDivision;
        int start = 0;
        if (titled) {
            start = text.indexOf('\n');
            start = start < 0 || start > end ? end : start;
        }
        String between = text.substring(start, end);
        if (between.isBlank()) {
            return Optional.empty();
        }
        int lead = between.length() - between.stripLeading().length();
        return Optional.of(new Span(start + lead, start + between.stripTrailing().length()));
    }
}
