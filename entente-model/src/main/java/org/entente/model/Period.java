package org.entente.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The span of time a claim covers; an absent end means it still holds.
 *
 * @param from when it begins
 * @param to   when it ends, if it has ended
 */
public record Period(PartialDate from, Optional<PartialDate> to) {

    /** Checks the period does not end before it begins. */
    public Period {
        Objects.requireNonNull(from, "from");
        if (to.isPresent() && to.get().end().isBefore(from.start())) {
            throw new IllegalArgumentException("period ends (" + to.get() + ") before it begins (" + from + ")");
        }
    }
}
