package org.entente.cli;

import java.util.List;
import org.entente.events.Overlap;

/**
 * Words for stored files whose rows may be counted twice ({@link Overlap}), shared by
 * {@code events ingest}, which warns as each file is stored, and {@code events stores}, which lists
 * them all.
 */
final class EventsOverlaps {

    private EventsOverlaps() {
    }

    /** The length of a checksum as {@code events stores} prints it, which {@code events remove} takes. */
    private static final int SHORT = 12;

    /**
     * @param o the pair
     * @return what the two files share, naming both
     */
    static String describe(Overlap o) {
        String range = o.firstSharedId() + " to " + o.lastSharedId();
        if (o.samePath()) {
            return o.later() + " was ingested before with other bytes (checksum " + shortSum(o.earlierChecksum()) + ")"
                    + (o.sameIds() ? ", with the same " + count(o.laterIds()) + " event ids (" + range + ")"
                    : o.sharedIds() > 0 ? ", and the two copies share " + shared(o) + " (" + range + ")"
                    : o.idsOverlap() ? ", and the event ids of the two copies overlap (" + range + ")" : "")
                    + ": if it grew or was downloaded again, the rows of both copies are counted";
        }
        if (o.sameIds()) {
            return o.later() + " holds the same " + count(o.laterIds()) + " event ids (" + range + ") as " + o.earlier()
                    + ": the same rows, it seems, counted twice";
        }
        if (o.sharedIds() > 0) {
            return o.later() + " (" + count(o.laterIds()) + " event ids) and " + o.earlier() + " ("
                    + count(o.earlierIds()) + ") share " + shared(o) + ", between " + o.firstSharedId() + " and " + o.lastSharedId()
                    + ": those events are counted twice";
        }
        // only the ranges are known: a file stored before the ledger kept samples of ids, or samples that cannot tell
        return "the event ids of " + o.later() + " (" + count(o.laterIds()) + ") and " + o.earlier() + " ("
                + count(o.earlierIds()) + ") overlap from " + range + ", so they may hold the same events, counted "
                + "twice (" + (o.sharedIds() == -1 ? "one was stored by an earlier version, which kept no sample of its "
                + "ids to tell" : "the smaller file is too small beside the other for their samples of ids to tell") + ")";
    }

    /** @return "12 event ids", or "about 1,200 event ids" when estimated from the samples */
    private static String shared(Overlap o) {
        return (o.sharedExact() ? "" : "about ") + count(o.sharedIds()) + " event id" + (o.sharedIds() == 1 ? "" : "s");
    }

    /**
     * @param o     the pair
     * @param store {@code --store FILE} when the command was given one, else empty
     * @return the command that counts the rows once
     */
    static String remedy(Overlap o, String store) {
        if (o.samePath() || o.sameIds()) {
            return "to count them once, take the earlier copy out: entente events remove " + shortSum(o.earlierChecksum())
                    + store;
        }
        // an estimate below nine in ten of the smaller file's ids is taken for a partial share
        long smaller = Math.min(o.earlierIds(), o.laterIds());
        boolean partial = o.sharedIds() >= 0 && o.sharedIds() < (o.sharedExact() ? smaller : 0.9 * smaller);
        return "to count them once, take out the file whose events the other also holds: entente events remove "
                + shortSum(o.earlierChecksum()) + store + " (the earlier) or " + shortSum(o.laterChecksum()) + " (the later)"
                + (partial ? "; each also holds events the other does not, and those go with the file taken out" : "");
    }

    /**
     * @param overlaps every pair the store holds
     * @param store    {@code --store FILE} when the command was given one, else empty
     * @return the lines {@code events stores} prints, none when there are none
     */
    static List<String> lines(List<Overlap> overlaps, String store) {
        if (overlaps.isEmpty()) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        out.add("Possibly counted twice (" + overlaps.size() + " pair(s) of files):");
        for (Overlap o : overlaps) {
            out.add("  " + describe(o));
            out.add("    " + remedy(o, store));
        }
        return out;
    }

    private static String shortSum(String checksum) {
        return checksum.substring(0, Math.min(SHORT, checksum.length()));
    }

    private static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
