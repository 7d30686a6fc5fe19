package org.entente.treaty.clause;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits paragraphs into sentences. A sentence ends at a full stop, question or exclamation mark
 * followed by a capital (after a space, or directly after a lower-case word, as in the source
 * quirk "area.Any such"), except after an abbreviation or an initial ("Art. 5", "U.S.S.R.",
 * "v. Ribbentrop"). Semicolons do not end a sentence: a clause such as NATO's Article 5 runs across
 * one, and its trigger and its pledge must stay together.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("art", "arts", "no", "nos", "para", "paras", "mr", "mrs",
            "dr", "st", "v", "vol", "pp", "cf", "e.g", "i.e", "etc", "co", "ltd", "inc", "sr", "jr", "hon", "rt");

    private Sentences() {
    }

    /**
     * @param text    the extracted text
     * @param article the article
     * @return the sentences of all its paragraphs, in order
     */
    public static List<Sentence> of(String text, Article article) {
        List<Sentence> out = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            for (Span s : split(text, p.span())) {
                out.add(new Sentence(article, p, s, s.of(text).replaceAll("\\s+", " ")));
            }
        }
        return out;
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
