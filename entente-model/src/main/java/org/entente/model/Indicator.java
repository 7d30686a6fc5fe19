package org.entente.model;

import java.util.List;
import java.util.Objects;

/**
 * A quantitative series, such as bilateral trade per year. Values from different sources for
 * the same date are kept side by side, never merged.
 *
 * @param id        its id
 * @param title     what it measures
 * @param dimension the dimension it informs
 * @param unit      the unit of every value
 * @param values    the dated values, in file order
 */
public record Indicator(String id, String title, Dimension dimension, String unit, List<Value> values) {

    /** Copies the list and checks the required fields. */
    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(unit, "unit");
        values = List.copyOf(values);
    }

    /**
     * One dated value of a series.
     *
     * @param date       the date it refers to
     * @param value      the number
     * @param qualifier  how exact it is
     * @param confidence how well it is established
     * @param sources    ids of its sources
     * @param note       an optional comment, e.g. what the source counted
     */
    public record Value(PartialDate date, double value, Qualifier qualifier, Confidence confidence,
                        List<String> sources, java.util.Optional<String> note) {

        /** Copies the list and checks the required fields. */
        public Value {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(qualifier, "qualifier");
            Objects.requireNonNull(confidence, "confidence");
            sources = List.copyOf(sources);
        }
    }
}
