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
 * both samples hold is an id both files hold: a shared value proves shared events, and where both
 * samples are complete, the share of the smaller file's values the other holds estimates how much
 * of it the other holds ({@link #shared}). Files with fewer than {@value #K} distinct ids keep them all, so their
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
    /** A hash above this cannot be among the K smallest (unsigned order); all of them while fewer are kept. */
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
        if (Long.compareUnsigned(h, cut) <= 0) {
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
     * How many event ids two files share, as their samples tell it.
     *
     * @param ids   the count, or the estimate; {@link #UNKNOWN} when the samples cannot tell
     * @param exact whether every distinct id of the smaller file was compared
     */
    record Shared(long ids, boolean exact) {
    }

    /** The samples cannot tell: none of the smaller file's sampled ids falls where the other's sample is complete. */
    static final long UNKNOWN = -2;

    /**
     * Compares two files' samples. Below the smaller of the two samples' largest values (each
     * sample holding all of its file's hash values below its own largest, or all of them when it is
     * not full), both samples are complete: there, which of the smaller file's ids the other holds
     * is known exactly, and the share of them it holds, scaled to the smaller file's count, estimates
     * how many ids the two share (a containment estimate, as Broder 1997 estimates containment from
     * samples). A file wholly inside another is thus never missed once one of its ids falls there.
     *
     * @param a      one file's sample ({@link #sample()})
     * @param aCount how many ids it had
     * @param b      the other's
     * @param bCount how many ids it had
     * @return the ids both hold: exact when every distinct id of the smaller file was compared, at
     * least 1 when any is shared, 0 when none of those compared is, {@link #UNKNOWN} when none could be
     */
    static Shared shared(byte[] a, long aCount, byte[] b, long bCount) {
        long[] x = values(a);
        long[] y = values(b);
        long[] small = aCount <= bCount ? x : y;
        long[] other = small == x ? y : x;
        long smallCount = Math.min(aCount, bCount);
        long top = Math.min(upper(x) ^ Long.MIN_VALUE, upper(y) ^ Long.MIN_VALUE) ^ Long.MIN_VALUE;
        long[] others = signed(other);
        int compared = 0;
        int held = 0;
        for (long v : small) {
            if (Long.compareUnsigned(v, top) > 0) {
                break;   // sorted: the rest lie beyond where both samples are complete
            }
            compared++;
            held += java.util.Arrays.binarySearch(others, v ^ Long.MIN_VALUE) >= 0 ? 1 : 0;
        }
        if (compared == 0) {
            return new Shared(UNKNOWN, false);
        }
        boolean exact = compared == small.length && small.length < K;
        if (exact || held == 0) {
            return new Shared(held, exact);
        }
        long estimate = Math.round((double) held / compared * smallCount);
        return new Shared(Math.max(1, Math.min(estimate, smallCount)), false);
    }

    /** @return the largest value a sample is complete up to: its largest when full, else the largest of all (unsigned) */
    private static long upper(long[] sample) {
        return sample.length >= K ? sample[sample.length - 1] : -1L;
    }

    /** @return the values in signed order for a binary search (each with its top bit flipped) */
    private static long[] signed(long[] sample) {
        long[] v = new long[sample.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = sample[i] ^ Long.MIN_VALUE;
        }
        return v;
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
