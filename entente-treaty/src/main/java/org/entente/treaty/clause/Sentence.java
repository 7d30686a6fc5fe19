package org.entente.treaty.clause;

import java.util.Objects;

/**
 * One sentence of a paragraph, where the coding rules look for obligations.
 *
 * @param article   the article it belongs to
 * @param paragraph the paragraph it belongs to
 * @param span      where it lies in the extracted text
 * @param text      its words, as they stand in the text
 */
public record Sentence(Article article, Paragraph paragraph, Span span, String text) {

    /** Checks the fields. */
    public Sentence {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
