package org.entente.events;

/**
 * The smallest and largest event id (GDELT's GLOBALEVENTID, ICEWS's Event ID) of a file's accepted
 * events, and how many had one: kept in the ledger, so that an ingest can tell when a new file's
 * ids fall among a stored file's (the same rows ingested twice). A chunk's range is added to its
 * file's as the chunks are merged.
 */
final class IdRange {

    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    long count;

    /** Takes in one event's id. */
    void add(long id) {
        min = Math.min(min, id);
        max = Math.max(max, id);
        count++;
    }

    /** Takes in another range, a chunk's into its file's. */
    void add(IdRange other) {
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        count += other.count;
    }
}
