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

    final List<Located> watched = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();
    /** The mentions kept from a GDELT 2.0 mentions file: those of events the store keeps. */
    final List<LocatedMention> mentions = new ArrayList<>();
    final TreeSet<String> formats = new TreeSet<>();
    /** The file's {@link FileChecksum}, computed on the way by the reader of a file (null for a stream read without one). */
    String checksum;
    long accepted;
    long dyadic;
    java.time.LocalDate first;
    java.time.LocalDate last;

    /** Counts an accepted event. */
    void accept(Event e) {
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
