package org.entente.events;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Everything one file contributes to the store, gathered in memory before the store applies it
 * in one transaction: the rollup, the watched events with their line, the rejects and counts.
 */
final class FileBatch {

    /**
     * A watched event and where it was read.
     *
     * @param file  the file label
     * @param line  the line
     * @param event the event
     */
    record Located(String file, long line, Event event) {
    }

    /**
     * A kept mention and where it was read.
     *
     * @param file    the file label
     * @param line    the line
     * @param mention the mention
     */
    record LocatedMention(String file, long line, Mention mention) {
    }

    /** The rollup of a file read row by row. */
    private final Rollup rollup = new Rollup();
    /** The rollup of a file read by the fast reader, in packed form, or null. */
    Packed packed;

    /**
     * The fast reader's rollup: packed group keys ({@link GroupKeys}) and sums in parallel arrays,
     * written to the store without an object per group.
     */
    static final class Packed {
        String source;
        GroupKeys keys;
        int groups;
        long[] key;
        long[] events;
        long[] distinct;
        double[] goldstein;
        double[] weighted;
        long[] mentions;
        long[] sources;
        long[] articles;
        double[] tone;
        int volumes;
        long[] volumeKey;
        long[] volume;
    }

    /** @return the rollup of a file read row by row; empty when the fast reader {@link #packed} it */
    Rollup rollup() {
        return rollup;
    }

    /** Files an ingest reads at once: one per core, at least two ({@link EventStore}). */
    static final int FILES_AT_ONCE = Math.max(2, Runtime.getRuntime().availableProcessors());

    /**
     * How many watched events and kept mentions one file may hold in memory until it is written:
     * each takes about 500 to 600 bytes, and {@link #FILES_AT_ONCE} files are read at once, so this
     * keeps them to half of Java's memory (about 67,000 a file with the ingest's 160 MB on two
     * cores). A 15-minute GDELT 2.0 update has a few thousand rows in all, a daily GDELT 1.0 file
     * some 100,000 to 200,000.
     */
    static final int HELD_LIMIT = (int) Math.min(Integer.MAX_VALUE,
            Math.max(1_000, Runtime.getRuntime().maxMemory() / 2 / FILES_AT_ONCE / 600));

    /**
     * Refuses a file that holds more watched events and kept mentions than fit in memory, before
     * they crowd out everything else.
     *
     * @param label the file
     * @param held  how many it holds so far
     * @throws EventsException bad input, naming the file and what to do
     */
    static void checkHeld(String label, int held) {
        if (held > HELD_LIMIT) {
            throw EventsException.overHeldLimit(label + ": more than " + String.format(java.util.Locale.ROOT, "%,d", HELD_LIMIT)
                    + " events of watched dyads (or mentions of them) in this one file, more than this ingest keeps in "
                    + "memory at once; the ingest stopped here, and neither these events nor the files after this one "
                    + "were stored. Watch fewer dyads, split the file, or give Java more memory, e.g. "
                    + "ENTENTE_JAVA_OPTS=-Xmx1g");
        }
    }

    final List<Located> watched = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();
    /** The mentions kept from a GDELT 2.0 mentions file: those of events the store keeps. */
    final List<LocatedMention> mentions = new ArrayList<>();
    final TreeSet<String> formats = new TreeSet<>();
    /** For a zip archive read row by row, each member's format in the order read ({@code unknown} when not read). */
    final List<FileReport.Member> members = new ArrayList<>();
    /** The file's {@link FileChecksum}, computed on the way by the reader of a file (null for a stream read without one). */
    String checksum;
    long accepted;
    long dyadic;
    java.time.LocalDate first;
    java.time.LocalDate last;
    /** The event ids of the accepted events ({@link IdRange}). */
    final IdRange ids = new IdRange();

    /**
     * @param id an event id as read
     * @return its value when it is 1 to 18 digits, else -1 (such an id is left out of the range)
     */
    static long id(String id) {
        int n = id.length();
        if (n < 1 || n > 18) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            int c = id.charAt(i) - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            v = v * 10 + c;
        }
        return v;
    }

    /** Counts an accepted event. */
    void accept(Event e) {
        long id = id(e.id());
        if (id >= 0) {
            ids.add(id);
        }
        accepted++;
        dyadic += e.dyadic() ? 1 : 0;
        first = first == null || e.date().isBefore(first) ? e.date() : first;
        last = last == null || e.date().isAfter(last) ? e.date() : last;
        rollup.add(e);
    }

    /** @return the formats seen, joined with '+', or {@code unknown} */
    String format() {
        return formats.isEmpty() ? "unknown" : String.join("+", formats);
    }
}
