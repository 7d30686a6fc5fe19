package org.entente.events;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The measures of one dyad in one period from one source, in the direction asked (both together,
 * A's acts toward B, or B's toward A; {@code eventsAB} and {@code eventsBA} always count both
 * directions apart). Definitions are in {@code docs/events.md}.
 *
 * @param period          {@code 2019-10}, {@code 2019-Q4} or {@code 2019}
 * @param source          gdelt or icews
 * @param direction       both, ab (A to B) or ba (B to A): whose acts the measures from
 *                        {@code events} on count
 * @param eventsAB        events from A to B
 * @param eventsBA        events from B to A
 * @param events          events in the direction asked
 * @param distinctReports those events after dropping repeated reports within a file
 * @param quadClasses     counts of quad classes 1 to 4 (verbal cooperation, material cooperation,
 *                        verbal conflict, material conflict)
 * @param goldsteinSum    the sum of Goldstein weights, each event once
 * @param goldsteinMean   their mean
 * @param mentions        the sum of the events' mentions (GDELT's NumMentions; 0 for ICEWS)
 * @param goldsteinMentionsSum  Σ Goldstein × mentions
 * @param goldsteinMentionsMean Σ Goldstein × mentions / Σ mentions, when mentions are known
 * @param weight          events or mentions: which Goldstein mean the change detection read (and the
 *                        table shows)
 * @param netCooperation  (cooperation − conflict) / events, from the quad classes, −1 … 1
 * @param toneMean        the mean AvgTone, when the source has tone
 * @param volumeA         all of A's events with anyone in the period (the normaliser)
 * @param volumeB         all of B's events
 * @param perThousand     events per thousand of A's and B's combined volume
 * @param perThousandA    events per thousand of A's volume
 * @param perThousandB    events per thousand of B's volume
 * @param shift           {@code up} or {@code down} when a shift in the monthly Goldstein mean begins in
 *                        this period (several, in time order, joined by {@code ;}), else empty
 * @param shiftMonth      the month each shift begins, {@code 2021-03} (joined as {@code shift}), else empty
 */
public record SeriesRow(String period, String source, String direction, long eventsAB, long eventsBA, long events,
                        long distinctReports, List<Long> quadClasses, double goldsteinSum, double goldsteinMean,
                        long mentions, double goldsteinMentionsSum, OptionalDouble goldsteinMentionsMean, String weight,
                        double netCooperation, OptionalDouble toneMean, long volumeA, long volumeB, double perThousand,
                        double perThousandA, double perThousandB, String shift, String shiftMonth) {

    /** Copies the list. */
    public SeriesRow {
        quadClasses = List.copyOf(quadClasses);
        if (quadClasses.size() != 4) {
            throw new IllegalArgumentException("quadClasses needs 4 counts, got " + quadClasses.size());
        }
    }

    /** @return the shifts flagged in the period with the month each begins ({@code down 2021-03}, comma-joined), or "" */
    public String shiftsWithMonths() {
        if (shift.isEmpty()) {
            return "";
        }
        String[] dirs = shift.split(";");
        String[] months = shiftMonth.split(";");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < dirs.length; i++) {
            s.append(i > 0 ? ", " : "").append(dirs[i]).append(' ').append(months[i]);
        }
        return s.toString();
    }

    /**
     * @param w the weight
     * @return the Goldstein mean under it: per event, or per mention (empty without mentions)
     */
    public OptionalDouble goldstein(SeriesQuery.Weight w) {
        return w == SeriesQuery.Weight.EVENTS ? OptionalDouble.of(goldsteinMean) : goldsteinMentionsMean;
    }

    /**
     * @param w the weight
     * @return the Goldstein sum under it: Σ g, or Σ g·m (empty without mentions)
     */
    public OptionalDouble goldsteinTotal(SeriesQuery.Weight w) {
        return w == SeriesQuery.Weight.EVENTS ? OptionalDouble.of(goldsteinSum)
                : mentions > 0 ? OptionalDouble.of(goldsteinMentionsSum) : OptionalDouble.empty();
    }

    /**
     * @param s the shift flags
     * @param months their months
     * @return this row flagged
     */
    SeriesRow withShift(String s, String months) {
        return new SeriesRow(period, source, direction, eventsAB, eventsBA, events, distinctReports, quadClasses,
                goldsteinSum, goldsteinMean, mentions, goldsteinMentionsSum, goldsteinMentionsMean, weight,
                netCooperation, toneMean, volumeA, volumeB, perThousand, perThousandA, perThousandB, s, months);
    }
}
