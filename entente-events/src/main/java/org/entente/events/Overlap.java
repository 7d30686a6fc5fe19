package org.entente.events;

/**
 * Two stored files whose rows may be the same events, so that the rollup counts them twice:
 * their event ids (GDELT's GLOBALEVENTID, ICEWS's Event ID) overlap, or they were ingested from
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
 */
public record Overlap(String earlier, String earlierChecksum, long earlierIds, String later, String laterChecksum,
                      long laterIds, boolean samePath, long firstSharedId, long lastSharedId, boolean sameIds) {

    /** @return whether the two files' event id ranges are known and overlap */
    public boolean idsOverlap() {
        return firstSharedId > 0 || lastSharedId > 0;
    }
}
