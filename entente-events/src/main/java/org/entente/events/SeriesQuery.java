package org.entente.events;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.entente.events.cameo.EventDimension;

/**
 * What {@link StoreQueries#series(String, String, SeriesQuery)} gives: the periods, the events
 * counted, whose acts, how the Goldstein mean is weighted, and up to which month.
 *
 * @param by        month, quarter or year
 * @param dimension only events of this dimension, if given
 * @param direction both directions together (the default), or A's acts toward B, or B's toward A
 * @param weight    the Goldstein mean and sum the table shows and the change detection reads: per
 *                  event, or weighted by each event's mentions
 * @param upTo      no month after this one, if given (an assessment's date)
 */
public record SeriesQuery(StoreQueries.Period by, Optional<EventDimension> dimension, Direction direction, Weight weight,
                          Optional<YearMonth> upTo) {

    /** Whose acts are counted. */
    public enum Direction {
        /** Both directions together. */
        BOTH,
        /** A's acts toward B (A is actor 1, the source). */
        AB,
        /** B's acts toward A. */
        BA;

        /** @return both, ab or ba */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * @param text both, ab or ba, in any case
         * @return the direction
         * @throws IllegalArgumentException naming the valid ones
         */
        public static Direction parse(String text) {
            return SeriesQuery.parse(values(), text, "both, ab (A to B) or ba (B to A)");
        }
    }

    /** What each event counts for in the Goldstein mean and sum. */
    public enum Weight {
        /** Each event once: Σ g / n. */
        EVENTS,
        /** Each event by its number of mentions (GDELT's NumMentions): Σ g·m / Σ m. */
        MENTIONS;

        /** @return events or mentions */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * @param text events or mentions, in any case
         * @return the weight
         * @throws IllegalArgumentException naming the valid ones
         */
        public static Weight parse(String text) {
            return SeriesQuery.parse(values(), text, "events or mentions");
        }
    }

    /** Checks the parts. */
    public SeriesQuery {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(upTo, "upTo");
    }

    /** @return the series by this period, both directions, every dimension, per event, every month */
    public static SeriesQuery by(StoreQueries.Period by) {
        return new SeriesQuery(by, Optional.empty(), Direction.BOTH, Weight.EVENTS, Optional.empty());
    }

    /** @return this query restricted to one dimension, or to none if empty */
    public SeriesQuery dimension(Optional<EventDimension> d) {
        return new SeriesQuery(by, d, direction, weight, upTo);
    }

    /** @return this query for one direction */
    public SeriesQuery direction(Direction d) {
        return new SeriesQuery(by, dimension, d, weight, upTo);
    }

    /** @return this query with the Goldstein mean weighted so */
    public SeriesQuery weight(Weight w) {
        return new SeriesQuery(by, dimension, direction, w, upTo);
    }

    /** @return this query ending with the given month */
    public SeriesQuery upTo(YearMonth last) {
        return new SeriesQuery(by, dimension, direction, weight, Optional.of(last));
    }

    private static <E extends Enum<E>> E parse(E[] values, String text, String valid) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values).filter(v -> v.name().equals(t)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("'" + text + "' is not " + valid));
    }
}
