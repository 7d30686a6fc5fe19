package org.entente.events;

import net.openhft.hashing.LongTupleHashFunction;

/**
 * Builds the 128-bit key of a report for {@link ReportSet}: the day and the fields that identify
 * a report (the two actors' states as ISO3 codes, event code, source URL) are laid end to end,
 * each after its length, in a scratch buffer, and hashed once with XXH3-128 (through
 * zero-allocation-hashing). One call per report instead of one per field: the calls, not the
 * bytes, were most of the cost.
 *
 * <p>The states, not the actors' names: GDELT codes one sentence under several names of one state
 * (AUSTRALIA and AUSTRALIAN, FRANCE and PARIS), and those rows are one report of one act between
 * the two states, which is what the dyad's measures count. The key is directed (actor 1's state,
 * then actor 2's): A's act toward B and B's toward A in one article are two acts.
 */
final class ReportKey {

    private static final LongTupleHashFunction XXH128 = LongTupleHashFunction.xx128();

    private byte[] buf = new byte[1024];
    private int n;

    /** Starts a key with the day, YYYYMMDD. */
    void start(int yyyymmdd) {
        n = 0;
        put(yyyymmdd);
    }

    /** Adds one field's bytes. */
    void add(byte[] b, int from, int to) {
        int len = to - from;
        if (n + len + 4 > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(2 * buf.length, n + len + 4));
        }
        put(len);
        System.arraycopy(b, from, buf, n, len);
        n += len;
    }

    private void put(int v) {
        buf[n] = (byte) v;
        buf[n + 1] = (byte) (v >>> 8);
        buf[n + 2] = (byte) (v >>> 16);
        buf[n + 3] = (byte) (v >>> 24);
        n += 4;
    }

    /**
     * The key of an event read row by row: the same bytes, in the same order, as the fast reader
     * hashes from a line (day, the actors' states, event code, source URL).
     *
     * @param e a dyadic event
     * @param h receives the key's two halves
     */
    void of(Event e, long[] h) {
        start(GroupKeys.yyyymmdd(e.date()));
        for (String f : new String[] {e.actor1(), e.actor2(), e.code(), e.url()}) {
            byte[] bytes = f.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            add(bytes, 0, bytes.length);
        }
        finish(h);
    }

    /** @param h receives the key's two halves */
    void finish(long[] h) {
        XXH128.hashBytes(buf, 0, n, h);
    }
}
