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

    final Rollup rollup = new Rollup();
    final List<Located> watched = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();
    final TreeSet<String> formats = new TreeSet<>();
    /** The file's SHA-256 when the reader computed it on the way (the fast GDELT reader), else null. */
    String sha256;
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
