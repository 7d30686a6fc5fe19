package org.entente.spectrum;

/**
 * What news-coded event data say of a dyad over the quarters before an assessment's date, read
 * from an event store by the caller (this module does no I/O): the verbal cooperation and verbal
 * conflict events between the two, both directions, from one source.
 *
 * @param source            gdelt or icews (never the two added together), or empty when the window holds no verbal event
 * @param from              the first quarter of the window, e.g. 2025-Q4
 * @param to                the last, the last whole quarter ending on or before the date assessed
 * @param verbalCooperation events of CAMEO quad class 1 (verbal cooperation), as the store's rollup counts them
 * @param verbalConflict    events of quad class 3 (verbal conflict)
 */
public record EventSignal(String source, String from, String to, long verbalCooperation, long verbalConflict) {

    /** How the id of the contribution the record makes to an assessment begins ({@code events:gdelt:2026-Q3}). */
    public static final String CONTRIBUTION_PREFIX = "events:";

    /** @return verbal events of either kind */
    public long verbal() {
        return verbalCooperation + verbalConflict;
    }

    /**
     * @return (cooperation - conflict) / (cooperation + conflict), from -1 to 1: a share, so that the
     * growth of news coverage over the years cancels out (Goldstein 1992; Schrodt 2012)
     */
    public double netVerbal() {
        return verbal() == 0 ? 0 : (double) (verbalCooperation - verbalConflict) / verbal();
    }
}
