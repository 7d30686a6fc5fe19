package org.entente.events;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The measures of one dyad in one period from one source, both directions together unless the
 * field says otherwise. Definitions are in {@code docs/events.md}.
 *
 * @param period          {@code 2019-10}, {@code 2019-Q4} or {@code 2019}
 * @param source          gdelt or icews
 * @param eventsAB        events from A to B
 * @param eventsBA        events from B to A
 * @param events          both directions
 * @param distinctReports events after dropping repeated reports within a file
 * @param quadClasses     counts of quad classes 1 to 4 (verbal cooperation, material cooperation,
 *                        verbal conflict, material conflict)
 * @param goldsteinSum    the sum of Goldstein weights
 * @param goldsteinMean   their mean
 * @param goldsteinMentionsMean Σ Goldstein × mentions / Σ mentions, when mentions are known
 * @param netCooperation  (cooperation − conflict) / events, from the quad classes, −1 … 1
 * @param toneMean        the mean AvgTone, when the source has tone
 * @param volumeA         all of A's events with anyone in the period (the normaliser)
 * @param volumeB         all of B's events
 * @param perThousand     events per thousand of A's and B's combined volume
 * @param shift           {@code up} or {@code down} when a CUSUM on the Goldstein mean flags a shift here, else empty
 */
public record SeriesRow(String period, String source, long eventsAB, long eventsBA, long events, long distinctReports,
                        List<Long> quadClasses, double goldsteinSum, double goldsteinMean,
                        OptionalDouble goldsteinMentionsMean, double netCooperation, OptionalDouble toneMean,
                        long volumeA, long volumeB, double perThousand, String shift) {

    /** Copies the list. */
    public SeriesRow {
        quadClasses = List.copyOf(quadClasses);
        if (quadClasses.size() != 4) {
            throw new IllegalArgumentException("quadClasses needs 4 counts, got " + quadClasses.size());
        }
    }

    /**
     * @param s the shift flag
     * @return this row flagged
     */
    SeriesRow withShift(String s) {
        return new SeriesRow(period, source, eventsAB, eventsBA, events, distinctReports, quadClasses, goldsteinSum,
                goldsteinMean, goldsteinMentionsMean, netCooperation, toneMean, volumeA, volumeB, perThousand, s);
    }
}
