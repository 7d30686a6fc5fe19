package org.entente.events;

/**
 * A shift in the level of a dyad's monthly Goldstein mean, found by {@link Shifts} (binary
 * segmentation with a permutation CUSUM test; see {@code docs/events.md}).
 *
 * @param source       gdelt or icews: each source's series is tested on its own
 * @param month        the first month of the new level, {@code 2021-03}
 * @param direction    {@code up} (more cooperative) or {@code down}, from the means before and after
 * @param before       the mean of the monthly values from the previous change (or the start) to this one
 * @param after        the mean from this change to the next (or the end)
 * @param monthsBefore months with events in the segment before
 * @param monthsAfter  months with events in the segment after
 * @param gap          months without events right before {@code month}: the shift took place in
 *                     them or in {@code month}
 * @param pValue       the share of random orderings of the segment's values whose CUSUM statistic
 *                     reached the observed one (at most {@link Shifts#ALPHA})
 */
public record ChangePoint(String source, String month, String direction, double before, double after, int monthsBefore,
                          int monthsAfter, int gap, double pValue) {
}
