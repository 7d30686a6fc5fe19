package org.entente.treaty.clause;

import java.util.List;
import java.util.Objects;

/**
 * An article (or numbered clause) of a treaty or of one of its annexes and protocols.
 *
 * @param label      its number as written ("5", "V", "One"); "" for the unnumbered body of an annex
 * @param number     its value (5 for "V" and "Five"); 0 when unnumbered
 * @param heading    its title when it has one ("Collective defence"), else ""
 * @param part       the title of the part it belongs to ("" for the treaty itself)
 * @param span       from its heading to the end of its last paragraph
 * @param paragraphs its paragraphs and sub-points, in order
 */
public record Article(String label, int number, String heading, String part, Span span, List<Paragraph> paragraphs) {

    /** Copies the list and checks the fields. */
    public Article {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(span, "span");
        paragraphs = List.copyOf(paragraphs);
    }

    /** @return how a reader cites it: "Art. 5", "Secret Additional Protocol, Art. I", "Annex A" */
    public String reference() {
        String own = label.isEmpty() ? "" : "Art. " + label;
        if (part.isEmpty()) {
            return own;
        }
        return own.isEmpty() ? part : part + ", " + own;
    }
}
