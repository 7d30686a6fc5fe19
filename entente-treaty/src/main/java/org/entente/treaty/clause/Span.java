package org.entente.treaty.clause;

/**
 * A stretch of the extracted text, as character offsets.
 *
 * @param start offset of its first character
 * @param end   offset just past its last character
 */
public record Span(int start, int end) {

    /** Rejects a span that ends before it starts. */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /**
     * @param text the extracted text
     * @return the characters this span covers
     */
    public String of(String text) {
        return text.substring(start, end);
    }
}
