package org.entente.events;

/**
 * Two stored files whose rows may be the same events, so that the rollup counts them twice:
 * they hold some of the same event ids (GDELT's GLOBALEVENTID, ICEWS's Event ID), or they were ingested from
 * one path with different bytes (a file that grew, or was downloaded again). The rows are still
 * valid data, so an ingest stores them and warns; {@code entente events remove} takes one out.
 *
 * @param earlier         the path of the file stored first
 * @param earlierChecksum its checksum
 * @param earlierIds      how many event ids it holds (0 when not recorded: a store's older files)
 * @param later           the path of the file stored after it
 * @param laterChecksum   its checksum
 * @param laterIds        how many event ids it holds
 * @param samePath        whether both came from one path
 * @param firstSharedId   the first id of the range both hold, or 0 when their ids do not overlap or are unknown
 * @param lastSharedId    the last id of that range, or 0
 * @param sameIds         whether both hold as many ids over the same range: most likely the same rows
 * @param sharedIds       how many event ids both hold, estimated from the samples of ids the ledger
 *                        keeps ({@link IdRange}; exact for files of fewer than {@value IdRange#K} ids):
 *                        at least 1 when it is known, as a value both samples hold is an id both files
 *                        hold; -1 when a file has no sample (stored by a version before the samples), so
 *                        that only the ranges tell
 */
public record Overlap(String earlier, String earlierChecksum, long earlierIds, String later, String laterChecksum,
                      long laterIds, boolean samePath, long firstSharedId, long lastSharedId, boolean sameIds,
                      long sharedIds) {

    /** @return whether {@link #sharedIds()} is a count rather than an estimate: both files have fewer ids than a sample holds */
    public boolean sharedExact() {
        return sharedIds >= 0 && earlierIds < IdRange.K && laterIds < IdRange.K;
    }

    /** @return whether the two files' event id ranges are known and overlap */
    public boolean idsOverlap() {
        return firstSharedId > 0 || lastSharedId > 0;
    }
}
