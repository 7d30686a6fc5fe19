package org.entente.treaty.clause;

import java.util.Objects;
import java.util.regex.Matcher;

/**
 * One sentence of a paragraph, where the coding rules look for obligations.
 *
 * @param article   the article it belongs to
 * @param paragraph the paragraph it belongs to
 * @param span      where it lies in the extracted text
 * @param text      its words, as they stand in the text
 * @param leadIn    for the first sentence of a sub-point, the lead-in it completes, its closing colon or dash dropped
 *                  ("The Parties shall" before "(a) consult each other ..."); "" otherwise
 */
public record Sentence(Article article, Paragraph paragraph, Span span, String text, String leadIn) {

    /** Checks the fields. */
    public Sentence {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(leadIn, "leadIn");
    }

    /** @return the words as written in full, which the rules read: the lead-in, then the sentence's own words */
    public String reading() {
        return leadIn.isEmpty() ? text : leadIn + " " + text;
    }

    /** @return where the sentence's own words start in {@link #reading()} */
    public int own() {
        return leadIn.isEmpty() ? 0 : leadIn.length() + 1;
    }

    /**
     * Finds the next cue that reaches into the sentence's own words: a sub-point's findings are its own,
     * not its lead-in's, which is coded where it stands.
     *
     * @param m a matcher over {@link #reading()}
     * @return whether such a cue was found (the matcher then stands on it)
     */
    public boolean findOwn(Matcher m) {
        while (m.find()) {
            if (m.end() > own()) {
                return true;
            }
        }
        return false;
    }
}
