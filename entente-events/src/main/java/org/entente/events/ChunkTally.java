package org.entente.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one chunk of a GDELT file gave, in primitive arrays: the dyadic rows in file order
 * (packed group key, the sums' terms and the report hash), the actors' monthly volumes already
 * counted, and the rejects and watched events with line numbers counted from the chunk's start.
 * Rows are kept in order, rather than summed, so that floating-point sums are added in exactly
 * the order the row-by-row reader adds them, and the first report of a repeated one is the one
 * counted as distinct.
 */
final class ChunkTally {

    int lines;
    long accepted;
    long dyadic;
    int firstDate = Integer.MAX_VALUE;
    int lastDate = Integer.MIN_VALUE;
    /** The event ids (GLOBALEVENTID) of the accepted rows. */
    final IdRange ids = new IdRange();
    int rows;
    long[] keys = new long[1024];
    double[] goldstein = new double[1024];
    double[] tone = new double[1024];
    int[] mentions = new int[1024];
    int[] sources = new int[1024];
    int[] articles = new int[1024];
    long[] hash0 = new long[1024];
    long[] hash1 = new long[1024];
    /** The actors' monthly volumes by {@link GroupKeys#volumeKey}, filled by {@link #flushVolumes()} and beyond the first month. */
    final KeyedSums volumes = new KeyedSums(1);
    final List<Reject> rejects = new ArrayList<>();
    final List<FileBatch.Located> watched = new ArrayList<>();
    /** The hashes of the file's checksum blocks read for this chunk ({@link FileChecksum}), in order. */
    long[] leafHashes = new long[16];
    int leaves;

    void leaf(long[] h) {
        if (2 * leaves + 2 > leafHashes.length) {
            leafHashes = Arrays.copyOf(leafHashes, leafHashes.length * 2);
        }
        leafHashes[2 * leaves] = h[0];
        leafHashes[2 * leaves + 1] = h[1];
        leaves++;
    }

    void date(int yyyymmdd) {
        firstDate = Math.min(firstDate, yyyymmdd);
        lastDate = Math.max(lastDate, yyyymmdd);
    }

    /** Volumes of the chunk's first month, by state number: most rows of a chunk fall in one month. */
    private final long[] monthVolumes = new long[1024];
    private int volumeMonth = -1;

    void volume(int state, int month) {
        if (month == volumeMonth) {
            monthVolumes[state]++;
            return;
        }
        if (volumeMonth < 0) {
            volumeMonth = month;
            monthVolumes[state]++;
            return;
        }
        volumes.add(GroupKeys.volumeKey(state, month), 1);
    }

    /** Moves the first month's volumes into {@link #volumes}; called once, before merging. */
    void flushVolumes() {
        if (volumeMonth >= 0) {
            for (int state = 0; state < monthVolumes.length; state++) {
                if (monthVolumes[state] > 0) {
                    volumes.add(GroupKeys.volumeKey(state, volumeMonth), monthVolumes[state]);
                    monthVolumes[state] = 0;
                }
            }
            volumeMonth = -1;
        }
    }

    void row(long key, double g, int m, int s, int a, double t, long[] hash) {
        if (rows == keys.length) {
            int n = rows * 2;
            keys = Arrays.copyOf(keys, n);
            goldstein = Arrays.copyOf(goldstein, n);
            tone = Arrays.copyOf(tone, n);
            mentions = Arrays.copyOf(mentions, n);
            sources = Arrays.copyOf(sources, n);
            articles = Arrays.copyOf(articles, n);
            hash0 = Arrays.copyOf(hash0, n);
            hash1 = Arrays.copyOf(hash1, n);
        }
        keys[rows] = key;
        goldstein[rows] = g;
        tone[rows] = t;
        mentions[rows] = m;
        sources[rows] = s;
        articles[rows] = a;
        hash0[rows] = hash[0];
        hash1[rows] = hash[1];
        rows++;
    }
}
