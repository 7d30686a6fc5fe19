package org.entente.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A bibliographic entry that the rest of a case cites by id.
 *
 * @param id          the id claims cite
 * @param kind        what kind of document it is
 * @param title       its title
 * @param author      its author, if known
 * @param publisher   its publisher or outlet, if known
 * @param date        its date, if known
 * @param url         where to read it, if online
 * @param reliability an Admiralty grade, if the analyst gave one
 * @param endnote     its number among the brief's endnotes, if it is one
 */
public record Source(String id, SourceKind kind, String title, Optional<String> author,
                     Optional<String> publisher, Optional<PartialDate> date, Optional<String> url,
                     Optional<Reliability> reliability, OptionalInt endnote) {

    /** Checks the required fields and that an author or a publisher is named. */
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        if (author.isEmpty() && publisher.isEmpty()) {
            throw new IllegalArgumentException("source " + id + " names neither author nor publisher");
        }
    }

    /** @return "author or publisher, title, date", for citations */
    public String citation() {
        StringBuilder b = new StringBuilder(author.or(() -> publisher).orElseThrow());
        b.append(", \u201c").append(title).append('\u201d');
        if (author.isPresent() && publisher.isPresent()) {
            b.append(", ").append(publisher.get());
        }
        date.ifPresent(d -> b.append(", ").append(d));
        return b.toString();
    }
}
