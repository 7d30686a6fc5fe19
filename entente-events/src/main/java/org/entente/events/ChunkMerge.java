package org.entente.events;

/**
 * Merges {@link ChunkTally}s, in file order, into one file's {@link FileBatch}: line numbers
 * become the file's, each dyadic row's terms are added to its group in file order (so floating
 * point sums equal the row-by-row reader's), a report counts as distinct the first time the file
 * shows it, and volumes are added up, all in {@link KeyedSums}.
 */
final class ChunkMerge {

    private final GroupKeys keys;
    private final String label;
    private final FileBatch batch = new FileBatch();
    /**
     * A group's eight sums (64 bytes, a cache line's size): events, distinct, mentions, sources, articles, and the
     * bits of the Goldstein, weighted Goldstein and tone sums.
     */
    private final KeyedSums groups = new KeyedSums(8);
    private final KeyedSums volumes = new KeyedSums(1);
    private final ReportSet seen = new ReportSet();
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
        FileBatch.checkHeld(label, batch.watched.size());
        lines += t.lines;
        batch.accepted += t.accepted;
        batch.dyadic += t.dyadic;
        first = Math.min(first, t.firstDate);
        last = Math.max(last, t.lastDate);
        batch.ids.add(t.ids);
        for (int r = 0; r < t.rows; r++) {
            int o = groups.offset(t.keys[r]);
            long[] x = groups.sums();   // after offset(), which may have grown it
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
        for (int i = 0; i < t.volumes.size(); i++) {
            volumes.add(t.volumes.key(i), t.volumes.sum(i, 0));
        }
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
            p.events[g] = groups.sum(g, 0);
            p.distinct[g] = groups.sum(g, 1);
            p.mentions[g] = groups.sum(g, 2);
            p.sources[g] = groups.sum(g, 3);
            p.articles[g] = groups.sum(g, 4);
            p.goldstein[g] = real(groups.sum(g, 5));
            p.weighted[g] = real(groups.sum(g, 6));
            p.tone[g] = real(groups.sum(g, 7));
        }
        p.volumes = volumes.size();
        p.volumeKey = new long[p.volumes];
        p.volume = new long[p.volumes];
        for (int v = 0; v < p.volumes; v++) {
            p.volumeKey[v] = volumes.key(v);
            p.volume[v] = volumes.sum(v, 0);
        }
        batch.packed = p;
        if (batch.accepted > 0) {
            batch.first = GroupKeys.day(first);
            batch.last = GroupKeys.day(last);
        }
        return batch;
    }
}
