package org.entente.treaty.clause;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits paragraphs into sentences. A sentence ends at a full stop, question or exclamation mark
 * followed by a capital (after a space, or directly after a lower-case word, as in the source
 * quirk "area.Any such"), except after an abbreviation or an initial ("Art. 5", "U.S.S.R.",
 * "v. Ribbentrop"). Semicolons do not end a sentence: a clause such as NATO's Article 5 runs across
 * one, and its trigger and its pledge must stay together.
 *
 * <p>A sub-point that completes a lead-in ("The Parties shall:" then "(a) consult each other ...;")
 * is read as written in full: its first sentence carries the lead-in's words, so that the rules see
 * the subject and the modal ("The Parties shall consult each other ..."), while its span, paragraph
 * and citation stay the sub-point's own. A lead-in is a paragraph whose last sentence ends with a
 * colon, or is left open: it ends with a dash ("The Parties undertake —"), with a comma ("The
 * Parties shall, as they agree,") or with a word and no stop at all ("The Parties shall" on a line
 * of its own). An open sentence is a lead-in only when
 * the first point after it visibly continues it, opening in lower case (after its label, dash or
 * bullet), and is not the next point of its own list: points without stops ("(a) consult each
 * other", "(b) exchange ...") are siblings, not lead-in and sub-point. The sub-points that complete it are the paragraphs after it with a lettered or roman label,
 * and numbered, unlabelled or bulleted paragraphs that open in lower case or with a dash; they run
 * until a paragraph that is not a sub-point, or until a label of another kind (a letter after roman
 * numerals) that belongs to an outer list. A sub-point that ends with a colon is a lead-in for the
 * points under it, its own lead-in included. Only the first sentence of a sub-point completes the
 * lead-in; a second sentence has a subject of its own.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("art", "arts", "no", "nos", "para", "paras", "mr", "mrs",
            "dr", "st", "v", "vol", "pp", "cf", "e.g", "i.e", "etc", "co", "ltd", "inc", "sr", "jr", "hon", "rt");
    /** A colon at the end of a sentence, perhaps with a dash after it ("agree that:-"): a lead-in. */
    private static final Pattern LEAD_IN = Pattern.compile("\\s*:\\s*[-\u2013\u2014]?$");
    /**
     * A sentence left open: an em or en dash, a spaced hyphen, or a last word with no stop or with a
     * comma after it (the comma is kept in the lead-in's words: "The Parties shall, as they agree," then
     * "(a) consult ..." reads "The Parties shall, as they agree, consult ...").
     */
    private static final Pattern OPEN_END = Pattern.compile("(?:\\s*[\u2013\u2014]|\\s+-{1,2}|(?<=\\p{L})|(?<=\\p{L},))$");
    /** A point whose words continue the sentence before it: lower case, perhaps after a dash or bullet. */
    private static final Pattern CONTINUES = Pattern.compile("^(?:[-\u2013\u2014\u2022\u00B7]\\s*)?\\p{Ll}");
    /** A lower-case label that reads as a roman numeral. */
    private static final Pattern ROMAN = Pattern.compile("[ivx]{1,5}");
    /** A point that opens with a dash or bullet, or in lower case: it continues the sentence before it. */
    private static final Pattern BULLET = Pattern.compile("^(?:[-\u2013\u2014\u2022\u00B7]|\\p{Ll})");

    private Sentences() {
    }

    /**
     * @param text    the extracted text
     * @param article the article
     * @return the sentences of all its paragraphs, in order
     */
    public static List<Sentence> of(String text, Article article) {
        List<Sentence> out = new ArrayList<>();
        Deque<LeadIn> open = new ArrayDeque<>();
        for (Paragraph p : article.paragraphs()) {
            List<Span> spans = split(text, p.span());
            if (spans.isEmpty()) {
                continue;
            }
            String first = words(text, spans.get(0));
            String leadIn = leadIn(open, p.label(), first);
            Sentence last = null;
            for (Span s : spans) {
                last = new Sentence(article, p, s, words(text, s), last == null ? leadIn : "");
                out.add(last);
            }
            if (LEAD_IN.matcher(last.text()).find()) {
                open.push(new LeadIn(LEAD_IN.matcher(last.reading()).replaceFirst(""), null));
            } else if (OPEN_END.matcher(last.text()).find()) {
                Point self = new Point(style(p.label(), first), last(p.label()));
                open.push(new LeadIn(OPEN_END.matcher(last.reading()).replaceFirst(""), self));
            }
        }
        return out;
    }

    /** How a list labels its points; a point under a lead-in of another kind belongs to an outer list. */
    private enum Style { LETTER, ROMAN, NUMBER, BULLET }

    /** How the paragraph that ends in an open lead-in is itself labelled: its style (null when it is not a point) and label. */
    private record Point(Style style, String label) {
    }

    /**
     * A lead-in waiting for its sub-points: its words, how its points are labelled once the first is
     * seen and, for a sentence left open rather than ended with a colon, the point it stands in.
     */
    private static final class LeadIn {
        private final String words;
        private final Point open;
        private Style style;
        private String label = "";

        /** @param open for a sentence left open, the paragraph's own label; null for a colon */
        LeadIn(String words, Point open) {
            this.words = words.strip();
            this.open = open;
        }

        boolean takes(Style s, String l, boolean continues) {
            if (style == null && open != null && (!continues || sameList(open.style(), open.label(), s, l))) {
                return false;   // an open sentence needs its first point to carry it on, not to stand beside it
            }
            return style == null || sameList(style, label, s, l);
        }

        /** @return whether a point labelled {@code l} in style {@code s} follows one labelled {@code previous} in {@code style} */
        private static boolean sameList(Style style, String previous, Style s, String l) {
            return style == s || style == Style.LETTER && s == Style.ROMAN && nextLetter(previous, l);
        }

        void child(Style s, String l) {
            style = style == null ? s : style;   // a list keeps the style of its first point
            label = l;
        }

        /** "i" after "h", "v" after "u", "x" after "w": letters, not roman numerals. */
        private static boolean nextLetter(String previous, String l) {
            return previous.length() == 1 && l.length() == 1 && l.charAt(0) == previous.charAt(0) + 1;
        }
    }

    /** @return the lead-in a paragraph completes, or "" when it completes none; closes the lists it ends */
    private static String leadIn(Deque<LeadIn> open, String label, String first) {
        Style style = style(label, first);
        if (style == null) {
            open.clear();
            return "";
        }
        String l = last(label);
        boolean continues = CONTINUES.matcher(first).find();
        while (!open.isEmpty() && !open.peek().takes(style, l, continues)) {
            open.pop();
        }
        if (open.isEmpty()) {
            return "";
        }
        open.peek().child(style, l);
        return open.peek().words;
    }

    /** @return how a paragraph is labelled as a sub-point, or null when it is not one */
    private static Style style(String label, String words) {
        String l = last(label);
        if (l.matches("[a-z]{1,4}")) {
            return ROMAN.matcher(l).matches() ? Style.ROMAN : Style.LETTER;
        }
        if (!BULLET.matcher(words).find()) {
            return null;
        }
        return l.isEmpty() ? Style.BULLET : l.matches("\\d+") ? Style.NUMBER : null;
    }

    /** @return the innermost part of a paragraph label: "a" for "2(a)", "2" for "2", "" for none */
    private static String last(String label) {
        if (!label.endsWith(")")) {
            return label;
        }
        return label.substring(label.lastIndexOf('(') + 1, label.length() - 1);
    }

    private static String words(String text, Span s) {
        return s.of(text).replaceAll("\\s+", " ");
    }

    /**
     * @param text the extracted text
     * @param span the stretch to split
     * @return the sentences' spans, trimmed
     */
    static List<Span> split(String text, Span span) {
        List<Span> out = new ArrayList<>();
        int from = span.start();
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i, span.end())) {
                add(out, text, from, i + 1);
                from = i + 1;
            }
        }
        add(out, text, from, span.end());
        return out;
    }

    private static boolean endsSentence(String text, int i, int end) {
        int j = i + 1;
        while (j < end && "\"')\u201D\u2019".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j >= end) {
            return false;
        }
        boolean space = Character.isWhitespace(text.charAt(j));
        while (j < end && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j >= end || !(Character.isUpperCase(text.charAt(j)) || "\"(\u201C".indexOf(text.charAt(j)) >= 0)) {
            return false;
        }
        String word = wordBefore(text, i);
        if (!space) {
            return i > 0 && Character.isLowerCase(text.charAt(i - 1)) && word.length() > 2;
        }
        return !(ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT))
                || word.length() == 1 && Character.isUpperCase(word.charAt(0)));
    }

    private static String wordBefore(String text, int i) {
        int k = i;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String w = text.substring(k, i);
        int dot = w.lastIndexOf('.');
        return dot >= 0 && w.length() > 3 ? w.substring(dot + 1) : w;
    }

    private static void add(List<Span> out, String text, int from, int to) {
        String s = text.substring(from, to);
        if (s.isBlank()) {
            return;
        }
        int lead = s.length() - s.stripLeading().length();
        out.add(new Span(from + lead, from + s.stripTrailing().length()));
    }
}
