package org.entente.events;

import java.util.Arrays;

/**
 * Sums of longs under long keys, with no object per key: each key ({@link LongCounts} numbers
 * them in the order first seen) has {@code width} sums side by side in one array, so that a
 * group's sums share a cache line. A double sum is kept as its bits (0L is 0.0).
 */
final class KeyedSums {

    private final LongCounts keys = new LongCounts();
    private final int width;
    private long[] sums;

    /** @param width how many sums each key has */
    KeyedSums(int width) {
        this.width = width;
        this.sums = new long[64 * width];
    }

    /**
     * @param key a key, at least 0
     * @return where the key's sums start in {@link #sums()}; a new key starts with zeros there
     */
    int offset(long key) {
        int o = keys.indexOf(key) * width;
        if (o == sums.length) {
            sums = Arrays.copyOf(sums, sums.length * 2);
        }
        return o;
    }

    /** Adds n to the key's first sum. */
    void add(long key, long n) {
        int o = offset(key);
        sums[o] += n;
    }

    /** @return the sums array; valid until the next new key, which may replace it */
    long[] sums() {
        return sums;
    }

    /** @return how many keys */
    int size() {
        return keys.size();
    }

    /**
     * @param i a key's number, 0 to {@link #size()} - 1
     * @return the key
     */
    long key(int i) {
        return keys.key(i);
    }

    /**
     * @param i a key's number
     * @param j which of its sums
     * @return the sum
     */
    long sum(int i, int j) {
        return sums[i * width + j];
    }
}
