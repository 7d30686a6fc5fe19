package org.entente.report;

import java.util.List;

/**
 * The dyad's record in news-coded event data, by quarter, as an event store holds it: shown in a
 * brief when a store exists. It informs the reader; the scores do not use it.
 *
 * @param store    the store it was read from (its file name is printed)
 * @param from     the first quarter of the window shown, e.g. 2022-Q1
 * @param to       the last, the quarter of the date assessed
 * @param quarters the quarters in the window that have events, oldest first, one row per source
 *                 (GDELT and ICEWS are never added together)
 * @param note     why there are no quarters, or empty
 */
public record EventRecord(String store, String from, String to, List<Quarter> quarters, String note) {

    /** Copies the list. */
    public EventRecord {
        quarters = List.copyOf(quarters);
    }

    /**
     * One quarter of one source, both directions together.
     *
     * @param period         e.g. 2024-Q3
     * @param source         gdelt or icews
     * @param events         events, every row (the series counts repeated reports apart, as distinct reports)
     * @param cooperative    verbal and material cooperation (CAMEO quad classes 1 and 2)
     * @param conflictual    verbal and material conflict (quad classes 3 and 4)
     * @param netCooperation (cooperative - conflictual) / events, from -1 to 1
     * @param goldsteinMean  the mean Goldstein (1992) score, from -10 to 10
     * @param shift          the shifts in the monthly Goldstein mean that begin in the quarter, each with its
     *                       first month ({@code down 2021-03}), or empty
     */
    public record Quarter(String period, String source, long events, long cooperative, long conflictual,
                          double netCooperation, double goldsteinMean, String shift) {
    }
}
