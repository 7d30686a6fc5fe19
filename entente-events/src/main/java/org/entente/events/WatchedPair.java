package org.entente.events;

/**
 * A dyad whose events a store keeps in full, and in how many of its event files: a pair watched
 * only from some ingest on has its full events for those files alone.
 *
 * @param a     one state, ISO3 (the first in alphabetical order)
 * @param b     the other
 * @param files how many ingested event files were read watching it
 * @param of    how many event files in the store gave events (mentions files, and files of which no row
 *              could be read, not counted)
 */
public record WatchedPair(String a, String b, long files, long of) {

    /** @return {@code A:B}, as {@code --watch} takes it */
    public String pair() {
        return a + ":" + b;
    }
}
