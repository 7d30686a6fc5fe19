package org.entente.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated event in the history of a partnership.
 *
 * @param id         its id
 * @param date       when it happened, to the precision known
 * @param title      what happened, in one line
 * @param dimensions the dimensions it bears on (at least one)
 * @param direction  which way it moves the partnership
 * @param confidence how well it is established
 * @param figures    numbers it carries
 * @param sources    ids of its sources
 * @param note       an optional comment
 */
public record TimelineEvent(String id, PartialDate date, String title, List<Dimension> dimensions,
                           Direction direction, Confidence confidence, List<Figure> figures,
                           List<String> sources, Optional<String> note) {

    /** Copies the lists and checks the required fields. */
    public TimelineEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(confidence, "confidence");
        dimensions = List.copyOf(dimensions);
        figures = List.copyOf(figures);
        sources = List.copyOf(sources);
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no dimension");
        }
    }
}
