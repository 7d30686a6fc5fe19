package org.entente.events;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The store's rollup of one file, for engines other than the embedded store (the Spark job in
 * {@code entente-spark}): the same format detection, row parsing, country and CAMEO mapping and
 * {@link Rollup} definition as {@code entente events ingest}, read from any stream and returned
 * as plain values instead of written to DuckDB. No file system, no database: the caller opens the
 * bytes (local, HDFS, S3) and adds the groups of many files, since every measure is a sum.
 *
 * <p>Files are read row by row, the reference the store's fast GDELT reader is tested against
 * bit for bit. Repeated reports ({@code distinct_reports}) are recognised within one file, as in
 * the store, so a file must be read whole by one call.
 */
public final class RowRollup {

    /**
     * One dyad-month group of a file: the key and sums of the store's {@code dyad_month} table.
     *
     * @param source            gdelt or icews
     * @param actor1            source state, ISO3
     * @param actor2            target state, ISO3
     * @param month             first day of the month
     * @param root              CAMEO root code
     * @param quadClass         1 to 4
     * @param dimension         the event dimension's id, or empty
     * @param events            rows
     * @param distinctReports   rows left after dropping repeats within the file
     * @param goldsteinSum      Σ Goldstein
     * @param goldsteinWeighted Σ Goldstein × NumMentions
     * @param mentions          Σ NumMentions
     * @param sources           Σ NumSources
     * @param articles          Σ NumArticles
     * @param toneSum           Σ AvgTone
     * @param toned             rows with a tone
     */
    public record Group(String source, String actor1, String actor2, LocalDate month, String root, int quadClass,
                        String dimension, long events, long distinctReports, double goldsteinSum,
                        double goldsteinWeighted, long mentions, long sources, long articles, double toneSum,
                        long toned) {
    }

    /**
     * One state's event volume in a month (the store's {@code actor_month} table).
     *
     * @param source gdelt or icews
     * @param actor  the state, ISO3
     * @param month  first day of the month
     * @param events accepted events with the state on either side
     */
    public record Volume(String source, String actor, LocalDate month, long events) {
    }

    /**
     * What one file gives.
     *
     * @param format   the formats seen, joined with '+', or {@code unknown}
     * @param accepted rows accepted
     * @param dyadic   accepted rows between two states
     * @param first    the earliest event day, or null when no row was accepted
     * @param last     the latest event day, or null
     * @param groups   the dyad-month groups, in the order first seen
     * @param volumes  the state-month volumes, in the order first seen
     * @param rejects  the rejected rows, with file label, line and reason
     */
    public record FileRollup(String format, long accepted, long dyadic, LocalDate first, LocalDate last,
                             List<Group> groups, List<Volume> volumes, List<Reject> rejects) {

        /** Copies the lists. */
        public FileRollup {
            Objects.requireNonNull(format, "format");
            groups = List.copyOf(groups);
            volumes = List.copyOf(volumes);
            rejects = List.copyOf(rejects);
        }
    }

    private final FileReading reading;

    /** A reader with the bundled country cross-walk and CAMEO tables. */
    public RowRollup() {
        this.reading = new FileReading(Countries.bundled(), List.of());
    }

    /**
     * Reads one whole file. Bad rows and broken archives become rejects, as in the store.
     *
     * @param raw   the file's bytes as stored; {@code .gz} and {@code .zip} are unpacked here; not closed
     * @param name  the file name, whose ending says how to unpack it
     * @param label the name given in rejects (a path or URI)
     * @return the file's groups, volumes, rejects and counts
     */
    public FileRollup read(InputStream raw, String name, String label) {
        FileBatch b = reading.read(raw, name, label);
        List<Group> groups = new ArrayList<>(b.rollup().groups().size());
        for (Map.Entry<Rollup.Key, Rollup.Tally> g : b.rollup().groups().entrySet()) {
            Rollup.Key k = g.getKey();
            Rollup.Tally t = g.getValue();
            groups.add(new Group(k.source(), k.actor1(), k.actor2(), k.month(), k.root(), k.quadClass(), k.dimension(),
                    t.events, t.distinct, t.goldsteinSum, t.goldsteinWeighted, t.mentions, t.sources, t.articles,
                    t.toneSum, t.toned));
        }
        List<Volume> volumes = new ArrayList<>(b.rollup().volumes().size());
        for (Map.Entry<Rollup.Key, long[]> v : b.rollup().volumes().entrySet()) {
            volumes.add(new Volume(v.getKey().source(), v.getKey().actor1(), v.getKey().month(), v.getValue()[0]));
        }
        return new FileRollup(b.format(), b.accepted, b.dyadic, b.first, b.last, groups, volumes, b.rejects);
    }
}
