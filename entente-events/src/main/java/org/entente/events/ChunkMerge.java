package org.entente.events;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Merges {@link ChunkTally}s, in file order, into one file's {@link FileBatch}: line numbers
 * become the file's, each dyadic row's terms are added to its group in file order (so floating
 * point sums equal the row-by-row reader's), a report counts as distinct the first time the file
 * shows it, and volumes are added up. Groups live in arrays indexed through {@link LongCounts}.
 */
final class ChunkMerge {

    private final GroupKeys keys;
    private final String label;
    private final FileBatch batch = new FileBatch();
    private final LongCounts groups = new LongCounts();
    private final LongCounts volumeKeys = new LongCounts();
    private final ReportSet seen = new ReportSet();
    private long[] volumes = new long[256];
    /**
     * A group's sums side by side, eight longs (one cache line) per group: events, distinct,
     * mentions, sources, articles, and the bits of the Goldstein, weighted Goldstein and tone sums.
     */
    private long[] sums = new long[256 * 8];
    private long lines;
    private int first = Integer.MAX_VALUE;
    private int last = Integer.MIN_VALUE;

    private final String source;

    ChunkMerge(GroupKeys keys, String label, EventFormat format) {
        this.keys = keys;
        this.label = label;
        this.source = format.source();
        batch.formats.add(format.id());
    }

    void add(ChunkTally t) {
        t.flushVolumes();
        for (Reject r : t.rejects) {
            batch.rejects.add(new Reject(r.file(), lines + r.line(), r.reason(), r.raw()));
        }
        for (FileBatch.Located l : t.watched) {
            batch.watched.add(new FileBatch.Located(l.file(), lines + l.line(), l.event()));
        }
        lines += t.lines;
        batch.accepted += t.accepted;
        batch.dyadic += t.dyadic;
        first = Math.min(first, t.firstDate);
        last = Math.max(last, t.lastDate);
        for (int r = 0; r < t.rows; r++) {
            int g = group(t.keys[r]);
            long[] x = sums;   // after group(), which may have grown it
            int o = g * 8;
            x[o]++;
            if (seen.add(t.hash0[r], t.hash1[r])) {
                x[o + 1]++;
            }
            x[o + 2] += t.mentions[r];
            x[o + 3] += t.sources[r];
            x[o + 4] += t.articles[r];
            x[o + 5] = bits(real(x[o + 5]) + t.goldstein[r]);
            x[o + 6] = bits(real(x[o + 6]) + t.goldstein[r] * t.mentions[r]);
            x[o + 7] = bits(real(x[o + 7]) + t.tone[r]);
        }
        for (int i = 0; i < t.volumeKeys.size(); i++) {
            int v = volumeKeys.indexOf(t.volumeKeys.key(i));
            if (v == volumes.length) {
                volumes = Arrays.copyOf(volumes, v * 2);
            }
            volumes[v] += t.volumes[i];
        }
    }

    private int group(long key) {
        int g = groups.indexOf(key);
        if (8 * g == sums.length) {
            sums = Arrays.copyOf(sums, sums.length * 2);   // zero: 0.0 has all bits 0
        }
        return g;
    }

    private static long bits(double d) {
        return Double.doubleToRawLongBits(d);
    }

    private static double real(long bits) {
        return Double.longBitsToDouble(bits);
    }

    /** Ends the file; a broken stream gives one reject at the line after the last one read. */
    void end(String broken) {
        if (broken != null) {
            batch.rejects.add(new Reject(label, lines + 1, broken, ""));
        }
    }

    /** @return the file's batch, its groups and volumes in the order first seen */
    FileBatch batch() {
        FileBatch.Packed p = new FileBatch.Packed();
        p.source = source;
        p.keys = keys;
        p.groups = groups.size();
        p.key = new long[p.groups];
        for (int g = 0; g < p.groups; g++) {
            p.key[g] = groups.key(g);
        }
        p.events = new long[p.groups];
        p.distinct = new long[p.groups];
        p.mentions = new long[p.groups];
        p.sources = new long[p.groups];
        p.articles = new long[p.groups];
        p.goldstein = new double[p.groups];
        p.weighted = new double[p.groups];
        p.tone = new double[p.groups];
        for (int g = 0; g < p.groups; g++) {
            int o = 8 * g;
            p.events[g] = sums[o];
            p.distinct[g] = sums[o + 1];
            p.mentions[g] = sums[o + 2];
            p.sources[g] = sums[o + 3];
            p.articles[g] = sums[o + 4];
            p.goldstein[g] = real(sums[o + 5]);
            p.weighted[g] = real(sums[o + 6]);
            p.tone[g] = real(sums[o + 7]);
        }
        p.volumes = volumeKeys.size();
        p.volumeKey = new long[p.volumes];
        for (int v = 0; v < p.volumes; v++) {
            p.volumeKey[v] = volumeKeys.key(v);
        }
        p.volume = volumes;
        batch.packed = p;
        if (batch.accepted > 0) {
            batch.first = LocalDate.of(first / 10_000, first / 100 % 100, first % 100);
            batch.last = LocalDate.of(last / 10_000, last / 100 % 100, last % 100);
        }
        return batch;
    }
}
