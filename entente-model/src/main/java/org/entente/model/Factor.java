package org.entente.model;

import java.util.List;
import java.util.Objects;

/**
 * A driver that pushes two states together, or a limit that holds them apart.
 *
 * @param id          its id
 * @param kind        a {@link DriverKind} or a {@link LimitKind}
 * @param title       a short name
 * @param description what it is and how it acts
 * @param evidence    ids of the evidence that supports it
 * @param sources     ids of its sources
 * @param <K>         the vocabulary of kinds
 */
public record Factor<K extends Enum<K> & Word>(String id, K kind, String title, String description,
                                              List<String> evidence, List<String> sources) {

    /** Copies the lists and checks the required fields. */
    public Factor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        evidence = List.copyOf(evidence);
        sources = List.copyOf(sources);
    }
}
