package org.entente.model;

import java.util.List;
import java.util.Objects;

/**
 * A key judgement of the analyst, such as a takeaway or the conclusion of a brief.
 *
 * @param id      its id
 * @param kind    takeaway, conclusion or standing assessment
 * @param text    the judgement, in the analyst's words
 * @param sources ids of the sources it rests on
 */
public record Judgement(String id, JudgementKind kind, String text, List<String> sources) {

    /** Copies the list and checks the required fields. */
    public Judgement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
    }
}
