package org.entente.treaty.clause;

import java.util.Objects;

/**
 * The exact words behind a finding, with where they stand.
 *
 * @param article   the article as a reader cites it ("Art. 5", "Secret Additional Protocol, Art. I")
 * @param paragraph the paragraph label ("3", "2(a)"), or "" when unnumbered
 * @param span      character offsets into the extracted text
 * @param text      the sentence, white space collapsed
 */
public record Quote(String article, String paragraph, Span span, String text) {

    /** Checks the fields. */
    public Quote {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }

    /**
     * @param s a sentence
     * @return the sentence as a quote
     */
    public static Quote of(Sentence s) {
        return new Quote(s.article().reference(), s.paragraph().label(), s.span(), s.text());
    }

    /** @return the citation with its paragraph: "Art. 3(3)", "Art. 5" */
    public String cite() {
        if (paragraph.isEmpty()) {
            return article;
        }
        if (paragraph.startsWith("(")) {
            return article + paragraph;
        }
        int sub = paragraph.indexOf('(');
        return sub < 0 ? article + "(" + paragraph + ")" : article + "(" + paragraph.substring(0, sub) + ")" + paragraph.substring(sub);
    }
}
