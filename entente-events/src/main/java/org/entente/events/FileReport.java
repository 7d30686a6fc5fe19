package org.entente.events;

import java.util.List;

/**
 * What one input file gave: an entry of the store's ledger, or a file skipped because the same
 * bytes were ingested before.
 *
 * @param path       the file's absolute path
 * @param size       its size in bytes
 * @param checksum   its {@link FileChecksum}, hex
 * @param format     the detected format(s), e.g. {@code gdelt2}, or {@code unknown}
 * @param accepted   rows read into events
 * @param rejected   rows rejected (see {@link #firstRejects()})
 * @param dyadic     accepted rows with a state on both sides, which the rollup counts
 * @param watched    accepted rows kept in full for a watched dyad
 * @param millis     how long reading and storing took
 * @param skipped    true when the ledger already held these bytes, so that the rollup was not touched
 * @param firstRejects the first few rejects, for the summary (all are in the store)
 * @param rewatched  for a skipped file read again because dyads were watched that were not when it
 *                   was ingested: those watches, comma-joined ({@code watched} counts their events); else empty
 * @param members    for a zip archive of several members read by this ingest, each member's format in the
 *                   order read (the archive's, event members before mentions ones) ({@code format} joins them, as the ledger keeps it); else empty (the
 *                   ledger does not keep them)
 */
public record FileReport(String path, long size, String checksum, String format, long accepted, long rejected,
                         long dyadic, long watched, long millis, boolean skipped, List<Reject> firstRejects,
                         String rewatched, List<Member> members) {

    /**
     * A member of a zip archive and the format its first lines were found to be.
     *
     * @param member its name in the archive
     * @param format the format's id ({@code gdelt2}, {@code icews}, ...), or {@code unknown} when it was not read
     */
    public record Member(String member, String format) {
    }

    /** Copies the lists. */
    public FileReport {
        firstRejects = List.copyOf(firstRejects);
        members = List.copyOf(members);
    }

    /** A report without members' formats (a plain file, a ledger entry). */
    public FileReport(String path, long size, String checksum, String format, long accepted, long rejected,
                      long dyadic, long watched, long millis, boolean skipped, List<Reject> firstRejects,
                      String rewatched) {
        this(path, size, checksum, format, accepted, rejected, dyadic, watched, millis, skipped, firstRejects, rewatched,
                List.of());
    }
}
