package org.entente.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A claim that bears on one dimension of a partnership, for or against closer alignment.
 *
 * @param id        its id
 * @param claim     the claim, in the analyst's words
 * @param dimension the dimension it bears on
 * @param stance    which way it bears
 * @param strength  how strongly
 * @param period    the time it covers, if stated
 * @param events    ids of timeline events it draws on
 * @param sources   ids of its sources
 */
public record Evidence(String id, String claim, Dimension dimension, Stance stance, Strength strength,
                       Optional<Period> period, List<String> events, List<String> sources) {

    /** Copies the lists and checks the required fields. */
    public Evidence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(strength, "strength");
        events = List.copyOf(events);
        sources = List.copyOf(sources);
        if (!dimension.scored()) {
            throw new IllegalArgumentException("evidence " + id + " must bear on a scored dimension, not " + dimension.id());
        }
    }
}
