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
 * @param sharedIds       how many event ids both hold, as the samples of ids the ledger keeps tell it
 *                        ({@link IdRange#shared}): at least 1 when known, since a value both samples
 *                        hold is an id both files hold; -1 when a file has no sample (stored by a
 *                        version before the samples), -2 when the samples cannot tell (the smaller
 *                        file's few sampled ids all lie where the other's sample is not complete), so
 *                        that only the ranges tell
 * @param sharedExact     whether {@code sharedIds} is a count (every distinct id of the smaller file
 *                        compared) rather than an estimate
 */
public record Overlap(String earlier, String earlierChecksum, long earlierIds, String later, String laterChecksum,
                      long laterIds, boolean samePath, long firstSharedId, long lastSharedId, boolean sameIds,
                      long sharedIds, boolean sharedExact) {

    /** @return whether the two files' event id ranges are known and overlap */
    public boolean idsOverlap() {
        return firstSharedId > 0 || lastSharedId > 0;
    }
}
