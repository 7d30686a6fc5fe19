package org.entente.treaty.clause;

/**
 * A paragraph or sub-point of an article.
 *
 * @param label its number as written, sub-points under their paragraph: "2", "2(a)", "(i)"; "" when unnumbered
 * @param span  where its text lies (after the label)
 */
public record Paragraph(String label, Span span) {

    /** Checks the fields. */
    public Paragraph {
        java.util.Objects.requireNonNull(label, "label");
        java.util.Objects.requireNonNull(span, "span");
    }
}
