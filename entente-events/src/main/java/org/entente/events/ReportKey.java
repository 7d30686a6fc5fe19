package org.entente.events;

import net.openhft.hashing.LongTupleHashFunction;

/**
 * Builds the 128-bit key of a report for {@link ReportSet}: the day and the fields that identify
 * a report (actor names, event code, source URL) are laid end to end, each after its length, in a
 * scratch buffer, and hashed once with XXH3-128 (through zero-allocation-hashing). One call per
 * report instead of one per field: the calls, not the bytes, were most of the cost.
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
     * hashes from a line (day, actor names, event code, source URL).
     *
     * @param e the event
     * @param h receives the key's two halves
     */
    void of(Event e, long[] h) {
        start(GroupKeys.yyyymmdd(e.date()));
        for (String f : new String[] {e.actor1Name(), e.actor2Name(), e.code(), e.url()}) {
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
