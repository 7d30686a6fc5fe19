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

    private static final String SOURCE = EventFormat.GDELT2.source();

    private final GroupKeys keys;
    private final String label;
    private final FileBatch batch = new FileBatch();
    private final LongCounts groups = new LongCounts();
    private final LongCounts volumeKeys = new LongCounts();
    private final ReportSet seen = new ReportSet();
    private long[] volumes = new long[256];
    private long[] events = new long[256];
    private long[] distinct = new long[256];
    private long[] mentions = new long[256];
    private long[] sources = new long[256];
    private long[] articles = new long[256];
    private double[] goldstein = new double[256];
    private double[] weighted = new double[256];
    private double[] tone = new double[256];
    private long lines;
    private int first = Integer.MAX_VALUE;
    private int last = Integer.MIN_VALUE;

    ChunkMerge(GroupKeys keys, String label) {
        this.keys = keys;
        this.label = label;
        batch.formats.add(EventFormat.GDELT2.id());
    }

    void add(ChunkTally t) {
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
            events[g]++;
            if (seen.add(t.hash0[r], t.hash1[r])) {
                distinct[g]++;
            }
            goldstein[g] += t.goldstein[r];
            weighted[g] += t.goldstein[r] * t.mentions[r];
            mentions[g] += t.mentions[r];
            sources[g] += t.sources[r];
            articles[g] += t.articles[r];
            tone[g] += t.tone[r];
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
        if (g == events.length) {
            int n = g * 2;
            events = Arrays.copyOf(events, n);
            distinct = Arrays.copyOf(distinct, n);
            mentions = Arrays.copyOf(mentions, n);
            sources = Arrays.copyOf(sources, n);
            articles = Arrays.copyOf(articles, n);
            goldstein = Arrays.copyOf(goldstein, n);
            weighted = Arrays.copyOf(weighted, n);
            tone = Arrays.copyOf(tone, n);
        }
        return g;
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
        p.source = SOURCE;
        p.keys = keys;
        p.groups = groups.size();
        p.key = new long[p.groups];
        for (int g = 0; g < p.groups; g++) {
            p.key[g] = groups.key(g);
        }
        p.events = events;
        p.distinct = distinct;
        p.goldstein = goldstein;
        p.weighted = weighted;
        p.mentions = mentions;
        p.sources = sources;
        p.articles = articles;
        p.tone = tone;
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
