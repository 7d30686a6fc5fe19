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
 * transaction then adds the ledger row, appends the scratch rows to the real tables (the rollups
 * as the file's part, under its sequence number) and empties the scratch tables.
 */
final class BatchWriter {

    private static final String MERGE_GROUPS = "INSERT INTO dyad_month_parts SELECT ?, * FROM stage_dyad_month";
    private static final String MERGE_VOLUMES = "INSERT INTO actor_month_parts SELECT ?, * FROM stage_actor_month";
    /** The fast reader's packed groups, decoded by joins with the code tables ({@link Schema#CODES}). */
    private static final String MERGE_PACKED_GROUPS = "INSERT INTO dyad_month_parts SELECT ?, ?, a.iso3, b.iso3, "
            + GroupKeys.sqlFirstDay(GroupKeys.sqlField(GroupKeys.MONTH_SHIFT, GroupKeys.MONTH_MASK)) + ", "
            + "lpad(CAST(" + GroupKeys.sqlField(GroupKeys.ROOT_SHIFT, GroupKeys.ROOT_MASK) + " AS VARCHAR), 2, '0'), "
            + "CAST(" + GroupKeys.sqlField(GroupKeys.QUAD_SHIFT, GroupKeys.QUAD_MASK) + " AS TINYINT), d.id, events, "
            // every event of the fast reader has a tone, so toned = events
            + "distinct_reports, goldstein_sum, goldstein_weighted, mentions, sources, articles, tone_sum, events "
            + "FROM packed_groups JOIN state_codes a ON a.n = " + GroupKeys.sqlField(GroupKeys.ACTOR1_SHIFT, GroupKeys.STATE_MASK)
            + " JOIN state_codes b ON b.n = " + GroupKeys.sqlField(GroupKeys.ACTOR2_SHIFT, GroupKeys.STATE_MASK)
            + " JOIN dimension_codes d ON d.n = " + GroupKeys.sqlField(0, GroupKeys.DIMENSION_MASK);
    private static final String MERGE_PACKED_VOLUMES = "INSERT INTO actor_month_parts SELECT ?, ?, a.iso3, "
            + GroupKeys.sqlFirstDay(GroupKeys.sqlField(0, GroupKeys.MONTH_MASK)) + ", events "
            + "FROM packed_volumes JOIN state_codes a ON a.n = k >> " + GroupKeys.VOLUME_STATE_SHIFT;
    /**
     * Kept mentions, each once: a mentions file read again for newly watched dyads may meet
     * mentions it kept before, and a mention is known by its file and line.
     */
    private static final String MERGE_MENTIONS = "INSERT INTO mentions SELECT * FROM stage_mentions s WHERE NOT EXISTS "
            + "(SELECT 1 FROM mentions m WHERE m.file_checksum = s.file_checksum AND m.line = s.line)";
    private static final String CLEAR = "DELETE FROM stage_rejects; DELETE FROM stage_events; DELETE FROM stage_mentions; "
            + "DELETE FROM stage_dyad_month; DELETE FROM stage_actor_month; "
            + "DELETE FROM packed_groups; DELETE FROM packed_volumes;";

    private final Connection db;

    BatchWriter(Connection db) {
        this.db = db;
    }

    /** Stages the batch, then applies it with the ledger row in one transaction. */
    void apply(FileReport r, FileBatch b, String watches, LocalDate[] span) throws SQLException {
        staged(r.checksum(), b, s -> {
            long seq = ledger(r, b, watches, span);
            s.execute("INSERT INTO rejects SELECT * FROM stage_rejects");
            s.execute("INSERT INTO events SELECT * FROM stage_events");
            s.execute(MERGE_MENTIONS);
            boolean packed = b.packed != null;   // the fast reader's groups, or a row-by-row rollup
            for (String merge : packed ? new String[] {MERGE_PACKED_GROUPS, MERGE_PACKED_VOLUMES}
                    : new String[] {MERGE_GROUPS, MERGE_VOLUMES}) {
                try (PreparedStatement p = db.prepareStatement(merge)) {
                    p.setLong(1, seq);
                    if (packed) {
                        p.setString(2, b.packed.source);
                    }
                    p.executeUpdate();
                }
            }
        });
    }

    /**
     * Adds a known file's events (or mentions) for newly watched dyads, and the watches to its
     * ledger row, in one transaction; the rollup is untouched.
     *
     * @return the events and mentions added: a mention the file kept before is not added again
     */
    long rewatch(String checksum, FileBatch b, String watches) throws SQLException {
        FileBatch only = new FileBatch();
        only.watched.addAll(b.watched);
        only.mentions.addAll(b.mentions);
        long[] added = new long[1];
        staged(checksum, only, s -> {
            added[0] = s.executeUpdate("INSERT INTO events SELECT * FROM stage_events");
            added[0] += s.executeUpdate(MERGE_MENTIONS);
            // counted from what is kept, since a mention kept before is not kept twice
            try (PreparedStatement u = db.prepareStatement("UPDATE files SET watches = ?, rows_watched = "
                    + "(SELECT count(*) FROM events WHERE file_checksum = ?) "
                    + "+ (SELECT count(*) FROM mentions WHERE file_checksum = ?) WHERE checksum = ?")) {
                u.setString(1, watches);
                u.setString(2, checksum);
                u.setString(3, checksum);
                u.setString(4, checksum);
                u.executeUpdate();
            }
        });
        return added[0];
    }

    /** What a transaction does with the staged rows. */
    @FunctionalInterface
    private interface Work {
        void run(Statement s) throws SQLException;
    }

    /**
     * Empties the scratch tables (of anything a killed run left), stages the batch outside the
     * transaction, then runs the work and empties them again in one transaction.
     */
    private void staged(String checksum, FileBatch b, Work work) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(CLEAR);
        }
        stage(checksum, b);
        Transaction.run(db, () -> {
            try (Statement s = db.createStatement()) {
                work.run(s);
                s.execute(CLEAR);
            }
        });
    }

    private void stage(String checksum, FileBatch b) throws SQLException {
        DuckDBConnection duck = db.unwrap(DuckDBConnection.class);
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_rejects")) {
            for (Reject x : b.rejects) {
                row(a, checksum, x.file(), x.line(), x.reason(), x.raw());
            }
        }
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_events")) {
            for (FileBatch.Located l : b.watched) {
                Event e = l.event();
                row(a, checksum, l.file(), l.line(), e.format().source(), e.format().id(), e.id(), e.date(), e.actor1(),
                        e.actor1Name(), e.actor2(), e.actor2Name(), e.code(), e.root(), (byte) e.quadClass(),
                        EventDimension.of(e.code()).map(EventDimension::id).orElse(""), e.goldstein(), e.mentions(),
                        e.sources(), e.articles(), e.tone(), e.place(), e.url());
            }
        }
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_mentions")) {
            for (FileBatch.LocatedMention l : b.mentions) {
                Mention m = l.mention();
                row(a, checksum, l.file(), l.line(), Long.toString(m.eventId()), m.eventTime(), m.time(), (byte) m.type(),
                        m.outlet(), m.url(), m.sentence(), m.inRawText(), (byte) m.confidence(), m.docLength(), m.tone(),
                        m.translated());
            }
        }
        if (b.packed != null) {
            stagePacked(duck, b.packed);
            return;
        }
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_dyad_month")) {
            for (Map.Entry<Rollup.Key, Rollup.Tally> g : b.rollup().groups().entrySet()) {
                Rollup.Key k = g.getKey();
                Rollup.Tally t = g.getValue();
                a.beginRow().append(k.source()).append(k.actor1()).append(k.actor2()).append(k.month())
                        .append(k.root()).append((byte) k.quadClass()).append(k.dimension())
                        .append(t.events).append(t.distinct).append(t.goldsteinSum).append(t.goldsteinWeighted)
                        .append(t.mentions).append(t.sources).append(t.articles).append(t.toneSum).append(t.toned)
                        .endRow();
            }
        }
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_actor_month")) {
            for (Map.Entry<Rollup.Key, long[]> v : b.rollup().volumes().entrySet()) {
                a.beginRow().append(v.getKey().source()).append(v.getKey().actor1()).append(v.getKey().month())
                        .append(v.getValue()[0]).endRow();
            }
        }
    }

    /** Stages packed keys and sums: numbers only, decoded to states, months and codes by SQL in the transaction. */
    private static void stagePacked(DuckDBConnection duck, FileBatch.Packed p) throws SQLException {
        try (DuckDBAppender a = duck.createAppender("temp", "main", "packed_groups")) {
            for (int g = 0; g < p.groups; g++) {
                a.beginRow().append(p.key[g]).append(p.events[g]).append(p.distinct[g]).append(p.goldstein[g])
                        .append(p.weighted[g]).append(p.mentions[g]).append(p.sources[g]).append(p.articles[g])
                        .append(p.tone[g]).endRow();
            }
        }
        try (DuckDBAppender a = duck.createAppender("temp", "main", "packed_volumes")) {
            for (int v = 0; v < p.volumes; v++) {
                a.beginRow().append(p.volumeKey[v]).append(p.volume[v]).endRow();
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
            } else if (v instanceof java.time.LocalDateTime d) {
                a.append(d);
            } else if (v instanceof Integer n) {
                a.append(n.intValue());
            } else if (v instanceof Boolean n) {
                a.append(n.booleanValue());
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

    /** Adds the file's ledger row; returns its sequence number. */
    private long ledger(FileReport r, FileBatch b, String watches, LocalDate[] span) throws SQLException {
        long seq;
        try (Statement s = db.createStatement(); java.sql.ResultSet x = s.executeQuery(
                "SELECT coalesce(max(seq), 0) + 1 FROM files")) {
            x.next();
            seq = x.getLong(1);
        }
        try (PreparedStatement s = db.prepareStatement("INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?)")) {
            boolean ids = b.ids.count > 0;   // no event id read: no range, so the file is never taken for a repeat
            Object[] v = {r.checksum(), r.path(), r.size(), r.format(), r.accepted(), r.rejected(), r.dyadic(), r.watched(),
                watches, span[0], span[1], r.millis(), new Timestamp(System.currentTimeMillis()), seq,
                ids ? b.ids.min : null, ids ? b.ids.max : null, ids ? b.ids.count : null};
            for (int i = 0; i < v.length; i++) {
                s.setObject(i + 1, v[i]);
            }
            if (ids) {
                s.setBytes(v.length + 1, b.ids.sample());
            } else {
                s.setNull(v.length + 1, java.sql.Types.BLOB);
            }
            s.executeUpdate();
        }
        return seq;
    }
}
