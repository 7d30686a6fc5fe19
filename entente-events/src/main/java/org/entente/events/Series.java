package org.entente.events;

import java.util.List;
import java.util.Map;

/**
 * A dyad's series as {@link StoreQueries#series(String, String, SeriesQuery)} gives it.
 *
 * @param query   what was asked
 * @param rows    one per period and source with events in the direction asked, oldest first, the
 *                sources of one period by name
 * @param changes the shifts found in each source's monthly Goldstein mean, by source, then month
 * @param tested  per source, the months with a Goldstein mean (the change detection's values);
 *                fewer than {@link #MIN_TESTED} cannot be tested
 */
public record Series(SeriesQuery query, List<SeriesRow> rows, List<ChangePoint> changes, Map<String, Integer> tested) {

    /** The fewest months with events on either side of a shift. */
    public static final int MIN_SEGMENT = Shifts.MIN_SEGMENT;
    /** The fewest months with a Goldstein mean a source needs for its series to be tested at all. */
    public static final int MIN_TESTED = Shifts.MIN_TESTED;
    /** The significance level of the change detection's tests. */
    public static final double ALPHA = Shifts.ALPHA;

    /** Copies the lists. */
    public Series {
        rows = List.copyOf(rows);
        changes = List.copyOf(changes);
        tested = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(tested));
    }
}
