package org.entente.treaty.clause;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The clause tree of a treaty.
 *
 * @param title    its title line, or empty when the text opens without one
 * @param preamble the text before the first article, if any
 * @param parts    the treaty's own articles first, then its annexes and protocols in order
 * @param closing  the closing formula (place, date, signatures), if found
 */
public record Structure(Optional<String> title, Optional<Span> preamble, List<Part> parts, Optional<Span> closing) {

    /** Copies the list and checks the fields. */
    public Structure {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(preamble, "preamble");
        Objects.requireNonNull(closing, "closing");
        parts = List.copyOf(parts);
    }

    /** @return every article of every part, in order */
    public List<Article> articles() {
        return parts.stream().flatMap(p -> p.articles().stream()).toList();
    }
}
