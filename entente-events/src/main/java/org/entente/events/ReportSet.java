package org.entente.events;

/**
 * The set of reports seen in one file, for {@code distinct_reports}: each report (day, the actors'
 * states, event code, source URL) is kept as its 128-bit {@link ReportKey} in one long array of
 * pairs, open addressing, instead of as a string. Sixteen bytes a report; two different reports
 * share a hash with probability about n²/2¹²⁹, nil for any file GDELT publishes.
 */
final class ReportSet {

    /** Pairs of longs, a report's two halves side by side so that a probe touches one cache line; (0, 0) is empty. */
    private long[] slots = new long[2 << 10];
    private int size;

    /**
     * @param h0 first half of the hash
     * @param h1 second half
     * @return true when the report was not in the set
     */
    boolean add(long h0, long h1) {
        if ((h0 | h1) == 0) {
            h1 = 1;   // (0, 0) marks an empty slot; this one hash of 2^128 shares a slot with (0, 1)
        }
        long[] t = slots;
        int mask = (t.length >>> 1) - 1;
        int slot = (int) h0 & mask;
        while (true) {
            long x = t[2 * slot];
            long y = t[2 * slot + 1];
            if ((x | y) == 0) {
                break;
            }
            if (x == h0 && y == h1) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        t[2 * slot] = h0;
        t[2 * slot + 1] = h1;
        if (++size * 2 > mask + 1) {
            grow();
        }
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = (slots.length >>> 1) - 1;
        for (int i = 0; i < old.length; i += 2) {
            if ((old[i] | old[i + 1]) != 0) {
                int slot = (int) old[i] & mask;
                while ((slots[2 * slot] | slots[2 * slot + 1]) != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[2 * slot] = old[i];
                slots[2 * slot + 1] = old[i + 1];
            }
        }
    }
}
