package org.entente.events;

import java.util.Objects;

/**
 * A dyad whose events are kept in full, in both directions.
 *
 * @param a one state, ISO3
 * @param b the other, ISO3
 */
public record Watch(String a, String b) {

    /** Checks both codes. */
    public Watch {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (!a.matches("[A-Z]{3}") || !b.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("watch '" + a + ":" + b + "' needs two ISO3 codes such as IRN:RUS");
        }
    }

    /**
     * @param text {@code A:B}, e.g. {@code IRN:RUS}
     * @return the watch
     * @throws IllegalArgumentException when the text is not two codes joined by a colon
     */
    public static Watch parse(String text) {
        String[] p = text.strip().toUpperCase(java.util.Locale.ROOT).split(":", -1);
        if (p.length != 2) {
            throw new IllegalArgumentException("watch '" + text + "' is not A:B, e.g. IRN:RUS");
        }
        return new Watch(p[0], p[1]);
    }

    /**
     * @param e an event
     * @return whether it is between the two states, either way round
     */
    public boolean covers(Event e) {
        return covers(e.actor1(), e.actor2());
    }

    /**
     * @param actor1 a state, ISO3
     * @param actor2 another
     * @return whether they are this watch's two states, either way round
     */
    boolean covers(String actor1, String actor2) {
        return actor1.equals(a) && actor2.equals(b) || actor1.equals(b) && actor2.equals(a);
    }

    /**
     * @param watches watches
     * @param e       an event
     * @return whether any of them covers it
     */
    public static boolean anyCovers(java.util.List<Watch> watches, Event e) {
        for (Watch w : watches) {
            if (w.covers(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param ledger a ledger row's watches: comma-joined {@code A:B}, possibly with the mark of an
     *               imported file, which is no watch
     * @return the watches it names
     */
    static java.util.List<Watch> ofLedger(String ledger) {
        java.util.List<Watch> out = new java.util.ArrayList<>();
        for (String w : ledger == null ? new String[0] : ledger.split(",")) {
            if (!w.isBlank() && !w.equals(RollupImport.ORIGIN)) {
                out.add(parse(w));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return a + ":" + b;
    }
}
