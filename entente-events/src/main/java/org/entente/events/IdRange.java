package org.entente.events;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The event ids (GDELT's GLOBALEVENTID, ICEWS's Event ID) of a file's accepted events, kept in
 * the ledger so that an ingest can tell when a new file holds events a stored file holds too (the
 * same rows ingested twice): their smallest and largest, how many there were, and a sample of
 * them, the {@value #K} smallest of their hashes (a "k minimum values" sketch: Bar-Yossef et al.
 * 2002; Beyer et al. 2007). A chunk's ids are added to its file's as the chunks are merged.
 *
 * <p>Ranges alone are too coarse: a file that mixes two updates years apart spans every file
 * between them. The sample settles it. The hash is a bijection of the 64-bit ids, so a value
 * both samples hold is an id both files hold: a shared value proves shared events, and the share
 * of the two samples' {@value #K} smallest values held by both estimates the Jaccard similarity
 * of the two sets of ids. Files with fewer than {@value #K} distinct ids keep them all, so their
 * overlap is exact.
 */
final class IdRange {

    /** How many hash values the sample keeps. */
    static final int K = 128;

    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    long count;
    /** Candidate values: every hash below {@link #cut} since the last compaction, unsorted past {@link #kept}. */
    private long[] values = new long[2 * K];
    private int size;
    /** A hash at or above this cannot be among the K smallest (unsigned order); all of them while fewer are kept. */
    private long cut = -1L;

    /** Takes in one event's id. */
    void add(long id) {
        min = Math.min(min, id);
        max = Math.max(max, id);
        count++;
        offer(hash(id));
    }

    /** Takes in another range, a chunk's into its file's. */
    void add(IdRange other) {
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        count += other.count;
        for (int i = 0; i < other.size; i++) {
            offer(other.values[i]);
        }
    }

    private void offer(long h) {
        if (Long.compareUnsigned(h, cut) < 0) {
            values[size++] = h;
            if (size == values.length) {
                compact();
            }
        }
    }

    /** Keeps the K smallest distinct values, sorted (unsigned), and lowers the cut to the largest of them. */
    private void compact() {
        long[] v = Arrays.copyOf(values, size);
        for (int i = 0; i < v.length; i++) {
            v[i] ^= Long.MIN_VALUE;   // unsigned order as signed
        }
        Arrays.sort(v);
        int n = 0;
        for (int i = 0; i < v.length && n < K; i++) {
            if (n == 0 || v[i] != v[n - 1]) {
                v[n++] = v[i];
            }
        }
        for (int i = 0; i < n; i++) {
            values[i] = v[i] ^ Long.MIN_VALUE;
        }
        size = n;
        if (n == K) {
            cut = values[K - 1];
        }
    }

    /** @return the sample, as the ledger keeps it: up to {@value #K} distinct hash values, ascending (unsigned), 8 bytes each */
    byte[] sample() {
        compact();
        ByteBuffer b = ByteBuffer.allocate(8 * size).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < size; i++) {
            b.putLong(values[i]);
        }
        return b.array();
    }

    /**
     * Estimates how many events two files share from their samples and their counts of ids.
     *
     * @param a      one file's sample ({@link #sample()})
     * @param aCount how many ids it had
     * @param b      the other's
     * @param bCount how many ids it had
     * @return the estimated number of ids both hold: 0 when the samples share no value (no shared
     * id was seen; a share below about 1 in {@value #K} of their union can go unseen), exact when
     * both samples hold all their file's ids, and at least 1 whenever a value is shared
     */
    static long shared(byte[] a, long aCount, byte[] b, long bCount) {
        long[] x = values(a);
        long[] y = values(b);
        if (x.length < K && y.length < K) {
            return common(x, y, Integer.MAX_VALUE);   // every distinct id of both: exact
        }
        // the K smallest of the union, and how many of them both hold (Beyer et al. 2007)
        int k = Math.min(K, union(x, y));
        long both = common(x, y, k);
        if (both == 0) {
            return 0;
        }
        double jaccard = (double) both / k;
        long estimate = Math.round(jaccard * (aCount + bCount) / (1 + jaccard));
        return Math.max(1, Math.min(estimate, Math.min(aCount, bCount)));
    }

    /** @return how many distinct values the two sorted samples hold together */
    private static int union(long[] x, long[] y) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < x.length || j < y.length) {
            int c = i == x.length ? 1 : j == y.length ? -1 : Long.compareUnsigned(x[i], y[j]);
            i += c <= 0 ? 1 : 0;
            j += c >= 0 ? 1 : 0;
            n++;
        }
        return n;
    }

    /** @return how many of the {@code k} smallest values of the union both samples hold */
    private static long common(long[] x, long[] y, int k) {
        int i = 0;
        int j = 0;
        int seen = 0;
        long both = 0;
        while (i < x.length && j < y.length && seen < k) {
            int c = Long.compareUnsigned(x[i], y[j]);
            both += c == 0 ? 1 : 0;
            i += c <= 0 ? 1 : 0;
            j += c >= 0 ? 1 : 0;
            seen++;
        }
        return both;
    }

    private static long[] values(byte[] sample) {
        ByteBuffer b = ByteBuffer.wrap(sample).order(ByteOrder.LITTLE_ENDIAN);
        long[] v = new long[sample.length / 8];
        for (int i = 0; i < v.length; i++) {
            v[i] = b.getLong();
        }
        return v;
    }

    /** A bijection of the 64-bit values that scatters consecutive ids (the finaliser of SplitMix64, Steele et al. 2014). */
    static long hash(long id) {
        long z = id + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
