package org.entente.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A number an event or claim carries, such as "about 2.5 million barrels per day".
 *
 * @param label     what is measured
 * @param value     the number
 * @param unit      its unit
 * @param qualifier how exact it is
 * @param date      the date it refers to, when not the event's own
 * @param sources   sources for this figure alone (empty: the event's sources)
 */
public record Figure(String label, double value, String unit, Qualifier qualifier,
                     Optional<PartialDate> date, List<String> sources) {

    /** Copies the list and checks the required fields. */
    public Figure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("figure " + label + " is not a finite number");
        }
        sources = List.copyOf(sources);
    }
}
