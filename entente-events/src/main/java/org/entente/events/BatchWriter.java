package org.entente.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.entente.events.cameo.EventDimension;

/**
 * Writes one file's {@link FileBatch} and its ledger entry so that either all of it is in the
 * store afterwards or none of it, whatever happens to the process. The rows go first into
 * scratch tables through DuckDB's appender (row-by-row inserts are a hundred times slower); one
 * transaction then adds the ledger row, moves the scratch rows into the real tables (adding
 * rollup sums to existing groups) and empties the scratch tables.
 */
final class BatchWriter {

    private static final String MERGE_GROUPS = "INSERT INTO dyad_month SELECT * FROM stage_dyad_month "
            + "ON CONFLICT (source, actor1, actor2, month, root, quad_class, dimension) DO UPDATE SET "
            + "events = events + EXCLUDED.events, distinct_reports = distinct_reports + EXCLUDED.distinct_reports, "
            + "goldstein_sum = goldstein_sum + EXCLUDED.goldstein_sum, "
            + "goldstein_weighted = goldstein_weighted + EXCLUDED.goldstein_weighted, "
            + "mentions = mentions + EXCLUDED.mentions, sources = sources + EXCLUDED.sources, "
            + "articles = articles + EXCLUDED.articles, tone_sum = tone_sum + EXCLUDED.tone_sum, "
            + "toned = toned + EXCLUDED.toned";
    private static final String MERGE_VOLUMES = "INSERT INTO actor_month SELECT * FROM stage_actor_month "
            + "ON CONFLICT (source, actor, month) DO UPDATE SET events = events + EXCLUDED.events";
    private static final String CLEAR = "DELETE FROM stage_rejects; DELETE FROM stage_events; "
            + "DELETE FROM stage_dyad_month; DELETE FROM stage_actor_month;";

    private final Connection db;

    BatchWriter(Connection db) {
        this.db = db;
    }

    /** Stages the batch, then applies it with the ledger row in one transaction. */
    void apply(FileReport r, FileBatch b, String watches, LocalDate[] span) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(CLEAR);
        }
        stage(r.sha256(), b);
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            ledger(r, watches, span);
            s.execute("INSERT INTO rejects SELECT * FROM stage_rejects");
            s.execute("INSERT INTO events SELECT * FROM stage_events");
            s.execute(MERGE_GROUPS);
            s.execute(MERGE_VOLUMES);
            s.execute(CLEAR);
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    private void stage(String sha, FileBatch b) throws SQLException {
        DuckDBConnection duck = db.unwrap(DuckDBConnection.class);
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_rejects")) {
            for (Reject x : b.rejects) {
                row(a, sha, x.file(), x.line(), x.reason(), x.raw());
            }
        }
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_events")) {
            for (FileBatch.Located l : b.watched) {
                Event e = l.event();
                row(a, sha, l.file(), l.line(), e.format().source(), e.format().id(), e.id(), e.date(), e.actor1(),
                        e.actor1Name(), e.actor2(), e.actor2Name(), e.code(), e.root(), (byte) e.quadClass(),
                        EventDimension.of(e.code()).map(EventDimension::id).orElse(""), e.goldstein(), e.mentions(),
                        e.sources(), e.articles(), e.tone(), e.place(), e.url());
            }
        }
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_dyad_month")) {
            for (Map.Entry<Rollup.Key, Rollup.Tally> g : b.rollup.groups().entrySet()) {
                Rollup.Key k = g.getKey();
                Rollup.Tally t = g.getValue();
                row(a, k.source(), k.actor1(), k.actor2(), k.month(), k.root(), (byte) k.quadClass(), k.dimension(),
                        t.events, t.distinct, t.goldsteinSum, t.goldsteinWeighted, t.mentions, t.sources, t.articles,
                        t.toneSum, t.toned);
            }
        }
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_actor_month")) {
            for (Map.Entry<Rollup.Key, long[]> v : b.rollup.volumes().entrySet()) {
                row(a, v.getKey().source(), v.getKey().actor1(), v.getKey().month(), v.getValue()[0]);
            }
        }
    }

    private static void row(DuckDBAppender a, Object... values) throws SQLException {
        a.beginRow();
        for (Object v : values) {
            if (v instanceof String s) {
                a.append(s);
            } else if (v instanceof Long n) {
                a.append(n.longValue());
            } else if (v instanceof Byte n) {
                a.append(n.byteValue());
            } else if (v instanceof Double d) {
                a.append(d.doubleValue());
            } else if (v instanceof LocalDate d) {
                a.append(d);
            } else if (v instanceof OptionalInt o) {
                if (o.isPresent()) {
                    a.append(o.getAsInt());
                } else {
                    a.appendNull();
                }
            } else if (v instanceof OptionalDouble o) {
                if (o.isPresent()) {
                    a.append(o.getAsDouble());
                } else {
                    a.appendNull();
                }
            } else {
                throw new IllegalArgumentException("no appender for " + v);
            }
        }
        a.endRow();
    }

    private void ledger(FileReport r, String watches, LocalDate[] span) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "(SELECT coalesce(max(seq), 0) + 1 FROM files))")) {
            Object[] v = {r.sha256(), r.path(), r.size(), r.format(), r.accepted(), r.rejected(), r.dyadic(), r.watched(),
                watches, span[0], span[1], r.millis(), new Timestamp(System.currentTimeMillis())};
            for (int i = 0; i < v.length; i++) {
                s.setObject(i + 1, v[i]);
            }
            s.executeUpdate();
        }
    }
}
