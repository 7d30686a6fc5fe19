package org.entente.treaty.clause;

import java.util.Objects;
import java.util.Optional;

/**
 * The exact words behind a finding, with where they stand.
 *
 * @param article   the article as a reader cites it ("Art. 5", "Secret Additional Protocol, Art. I")
 * @param paragraph the paragraph label ("3", "2(a)"), or "" when unnumbered
 * @param span      character offsets into the extracted text
 * @param text      the sentence, white space collapsed
 * @param leadIn    for a sub-point, the lead-in it completes and was read with ("The Parties shall"); the
 *                  span and the citation are the sub-point's own
 */
public record Quote(String article, String paragraph, Span span, String text, Optional<String> leadIn) {

    /** Checks the fields. */
    public Quote {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(leadIn, "leadIn");
    }

    /**
     * @param s a sentence
     * @return the sentence as a quote, with the lead-in it completes
     */
    public static Quote of(Sentence s) {
        return new Quote(s.article().reference(), s.paragraph().label(), s.span(), s.text(),
                s.leadIn().isEmpty() ? Optional.empty() : Optional.of(s.leadIn()));
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
