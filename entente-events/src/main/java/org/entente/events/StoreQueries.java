package org.entente.events;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.entente.events.cameo.Cameo;
import org.entente.events.cameo.EventDimension;

/** Reading a store: its ledger, rejects and coverage, a dyad's series, a month's top events. */
public final class StoreQueries {

    /** How a series is grouped in time. */
    public enum Period {
        MONTH, QUARTER, YEAR;

        /** @return the label of the period a day falls in: 2019-10, 2019-Q4 or 2019 */
        public String label(LocalDate day) {
            return switch (this) {
                case MONTH -> String.format("%04d-%02d", day.getYear(), day.getMonthValue());
                case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
                case YEAR -> Integer.toString(day.getYear());
            };
        }
    }

    private final Path file;
    private final Connection db;
    /** The option that named the store, for the message of a damaged one. */
    private final String option;

    StoreQueries(Path file, Connection db, String option) {
        this.file = file;
        this.db = db;
        this.option = option;
    }

    /** @return the ledger, in ingest order */
    public List<FileReport> files() {
        return query("SELECT path, size, checksum, format, rows_accepted, rows_rejected, rows_dyadic, rows_watched, "
                + "duration_ms FROM files ORDER BY seq", s -> { }, r -> new FileReport(r.getString(1), r.getLong(2),
                r.getString(3), r.getString(4), r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9),
                false, List.of(), ""));
    }

    /**
     * @param limit how many at most
     * @return rejected rows: those of broken archives first (the cause of a file's other rejects,
     * though found at its end), then by file and line
     */
    public List<Reject> rejects(int limit) {
        return query("SELECT file, line, reason, raw FROM rejects ORDER BY starts_with(reason, '" + Reject.BROKEN_ARCHIVE
                + "') DESC, file, line LIMIT ?", s -> s.setInt(1, limit),
                r -> new Reject(r.getString(1), r.getLong(2), r.getString(3), r.getString(4)));
    }

    /** @return per source: files, rows and the span of event dates */
    public List<Coverage> coverage() {
        // an archive of both events and mentions has one row count for both: it is counted apart
        return query("SELECT CASE WHEN format = 'gdelt2-mentions' THEN 'gdelt-mentions' "
                + "WHEN format LIKE 'gdelt%mentions%' THEN 'gdelt+mentions' WHEN format LIKE 'gdelt%' THEN 'gdelt' "
                + "WHEN format LIKE 'icews%' THEN 'icews' ELSE 'unknown' END AS src, count(*), sum(rows_accepted), sum(rows_rejected), sum(rows_dyadic), "
                + "min(first_date), max(last_date) FROM files GROUP BY src ORDER BY src", s -> { },
                r -> new Coverage(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5),
                        Optional.ofNullable(r.getObject(6, LocalDate.class)),
                        Optional.ofNullable(r.getObject(7, LocalDate.class))));
    }

    /**
     * A dyad's measures period by period, both directions together, each event once: the rows of
     * {@link #series(String, String, SeriesQuery)}.
     *
     * @param a         one state, ISO3
     * @param b         the other
     * @param by        the period
     * @param dimension only events of this dimension, if given
     * @return the rows
     */
    public List<SeriesRow> series(String a, String b, Period by, Optional<EventDimension> dimension) {
        return series(a, b, SeriesQuery.by(by).dimension(dimension)).rows();
    }

    /**
     * A dyad's measures period by period, one row per period and source with events in the
     * direction asked, oldest first (the sources of one period in name order), and the shifts in
     * each source's monthly Goldstein mean ({@link SeriesRows}).
     *
     * @param a one state, ISO3 (A)
     * @param b the other (B)
     * @param q the periods, dimension, direction, weight and last month
     * @return the series
     */
    public Series series(String a, String b, SeriesQuery q) {
        String dim = q.dimension().isPresent() ? "AND dimension = ? " : "";
        String upTo = q.upTo().isPresent() ? "AND month <= ? " : "";
        // month by month and direction by direction: quarters and years, and the direction asked, are added up from these
        String sql = "SELECT source, month, actor1 = ? AS ab, sum(events), sum(distinct_reports), "
                + "sum(events) FILTER (WHERE quad_class = 1), sum(events) FILTER (WHERE quad_class = 2), "
                + "sum(events) FILTER (WHERE quad_class = 3), sum(events) FILTER (WHERE quad_class = 4), "
                + "sum(goldstein_sum), sum(goldstein_weighted), sum(mentions), sum(tone_sum), sum(toned) FROM dyad_month "
                + "WHERE ((actor1 = ? AND actor2 = ?) OR (actor1 = ? AND actor2 = ?)) " + dim + upTo
                + "GROUP BY ALL ORDER BY source, month, ab DESC";
        Map<String, java.util.TreeMap<YearMonth, SeriesRows.Sums[]>> dyad = new java.util.TreeMap<>();
        query(sql, s -> {
            int i = 0;
            for (String x : new String[] {a, a, b, b, a}) {
                s.setString(++i, x);
            }
            if (q.dimension().isPresent()) {
                s.setString(++i, q.dimension().get().id());
            }
            if (q.upTo().isPresent()) {
                s.setObject(++i, q.upTo().get().atDay(1));
            }
        }, r -> {
            SeriesRows.Sums t = new SeriesRows.Sums();
            t.events = r.getLong(4);
            t.distinct = r.getLong(5);
            for (int k = 0; k < 4; k++) {
                t.quad[k] = r.getLong(6 + k);
            }
            t.goldstein = r.getDouble(10);
            t.weighted = r.getDouble(11);
            t.mentions = r.getLong(12);
            t.tone = r.getDouble(13);
            t.toned = r.getLong(14);
            YearMonth m = YearMonth.from(r.getObject(2, LocalDate.class));
            dyad.computeIfAbsent(r.getString(1), k -> new java.util.TreeMap<>())
                    .computeIfAbsent(m, k -> new SeriesRows.Sums[2])[r.getBoolean(3) ? 0 : 1] = t;
            return null;
        });
        Map<String, Map<YearMonth, long[]>> volumes = new java.util.TreeMap<>();
        query("SELECT source, month, sum(events) FILTER (WHERE actor = ?), sum(events) FILTER (WHERE actor = ?) "
                + "FROM actor_month WHERE actor IN (?, ?) " + upTo + "GROUP BY ALL", s -> {
                    int i = 0;
                    for (String x : new String[] {a, b, a, b}) {
                        s.setString(++i, x);
                    }
                    if (q.upTo().isPresent()) {
                        s.setObject(++i, q.upTo().get().atDay(1));
                    }
                }, r -> volumes.computeIfAbsent(r.getString(1), k -> new java.util.TreeMap<>())
                        .put(YearMonth.from(r.getObject(2, LocalDate.class)), new long[] {r.getLong(3), r.getLong(4)}));
        return SeriesRows.build(dyad, volumes, q);
    }

    /**
     * @param a     one state
     * @param b     the other
     * @param month the month
     * @param limit how many at most
     * @return the month's watched events between them, most mentioned first
     */
    public List<StoredEvent> top(String a, String b, YearMonth month, int limit) {
        Cameo cameo = Cameo.bundled();
        record Row(StoredEvent event, String id) {
        }
        List<Row> rows = query("SELECT date, source, actor1, actor1_name, actor2, actor2_name, event_code, goldstein, mentions, "
                + "place, url, file, line, event_id FROM events WHERE ((actor1 = ? AND actor2 = ?) OR (actor1 = ? AND actor2 = ?)) "
                + "AND date >= ? AND date < ? ORDER BY coalesce(mentions, 0) DESC, abs(goldstein) DESC, date, file, line "
                + "LIMIT ?", s -> {
                    s.setString(1, a);
                    s.setString(2, b);
                    s.setString(3, b);
                    s.setString(4, a);
                    s.setObject(5, month.atDay(1));
                    s.setObject(6, month.plusMonths(1).atDay(1));
                    s.setInt(7, limit);
                }, r -> new Row(new StoredEvent(r.getObject(1, LocalDate.class), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7), cameo.describe(r.getString(7)).orElse(""),
                        r.getDouble(8), r.getObject(9) == null ? OptionalInt.empty() : OptionalInt.of(r.getInt(9)),
                        r.getString(10), r.getString(11), r.getString(12), r.getLong(13), List.of()), r.getString(14)));
        Map<String, List<StoredMention>> articles = articles(rows.stream().filter(r -> r.event().source().equals("gdelt"))
                .map(Row::id).distinct().toList());
        return rows.stream().map(r -> r.event().source().equals("gdelt") && articles.containsKey(r.id())
                ? r.event().withArticles(articles.get(r.id())) : r.event()).toList();
    }

    /**
     * @param eventIds GDELT events' GLOBALEVENTIDs
     * @return the articles kept for each from mentions files, earliest first, each article once
     * (the same mentions file stored plain and zipped holds it twice); none in a store made before
     * mentions files were read, which has no mentions table
     */
    private Map<String, List<StoredMention>> articles(List<String> eventIds) {
        Map<String, List<StoredMention>> out = new java.util.HashMap<>();
        if (eventIds.isEmpty() || !tables().contains("mentions")) {
            return out;
        }
        record Article(String eventId, StoredMention mention) {
        }
        String marks = String.join(", ", java.util.Collections.nCopies(eventIds.size(), "?"));
        for (Article x : query("SELECT DISTINCT event_id, mention_time, outlet, url, confidence, doc_tone, translated "
                + "FROM mentions WHERE event_id IN (" + marks + ") ORDER BY event_id, mention_time, outlet, url", s -> {
                    for (int i = 0; i < eventIds.size(); i++) {
                        s.setString(i + 1, eventIds.get(i));
                    }
                }, r -> new Article(r.getString(1), new StoredMention(r.getObject(2, java.time.LocalDateTime.class),
                        r.getString(3), r.getString(4), r.getInt(5), r.getDouble(6), r.getString(7))))) {
            out.computeIfAbsent(x.eventId(), k -> new ArrayList<>()).add(x.mention());
        }
        return out;
    }

    /**
     * Pairs of stored files whose rows may be the same events, counted twice: they hold some of the
     * same event ids within one id family (GDELT 2.0, GDELT 1.0 and ICEWS number their events
     * apart), or they came from one path with other bytes. Only the ledger is read (each file's
     * smallest and largest id, their count and a sample of them, {@link IdRange}), so this is cheap
     * however large the store is. The ranges find the candidates; the samples then settle them: a
     * pair whose samples share no id is left out, since ranges that interleave (a file mixing two
     * updates years apart spans every file between them) prove nothing. Files of one path whose ids
     * are known not to be shared are left out too: a name reused for new data counts nothing twice.
     * Files stored before the samples are judged by their ranges alone.
     *
     * @return the pairs, by the later file's place in the ledger
     */
    public List<Overlap> overlaps() {
        return overlaps(null);
    }

    /**
     * @param checksum a stored file's checksum
     * @return the pairs whose later file is that one (as {@link #overlaps()}), found right after it is ingested
     */
    public List<Overlap> overlapsOf(String checksum) {
        return overlaps(checksum);
    }

    /** The ledger's columns found so far: once a column is there (an ingest adds it), it stays. */
    private final java.util.Set<String> ledgerColumns = new java.util.HashSet<>();

    /** @return whether the ledger has the column, asked of the store until it has it */
    private boolean ledgerHas(String column) {
        if (!ledgerColumns.contains(column) && query("SELECT count(*) FROM information_schema.columns "
                + "WHERE table_name = 'files' AND column_name = ?", s -> s.setString(1, column), r -> r.getLong(1)).get(0) > 0) {
            ledgerColumns.add(column);
        }
        return ledgerColumns.contains(column);
    }

    private List<Overlap> overlaps(String checksum) {
        // a store of a layout before id ranges or samples, opened for reading only, has no such columns yet
        String ids = (ledgerHas("min_id") ? "min_id, max_id, ids" : "NULL::BIGINT AS min_id, NULL::BIGINT AS max_id, "
                + "NULL::BIGINT AS ids") + (ledgerHas("id_sample") ? ", id_sample" : ", NULL::BLOB AS id_sample");
        String of = checksum == null ? "" : " AND b.checksum = ?";
        // ids are numbered apart per family: each family's ids are moved into their own stretch of the
        // BIGINTs (ids have at most 18 digits), so that the overlap is a join on two inequalities, which
        // DuckDB answers by sorting (IEJoin) rather than by comparing every pair of files
        String sql = "WITH g AS (SELECT seq, path, checksum, " + ids + ", CASE "
                + "WHEN format IN ('gdelt2', 'gdelt2+gdelt2-mentions') THEN 1 WHEN format = 'gdelt1' THEN 2 "
                + "WHEN format IN ('icews', 'icews-csv', 'icews+icews-csv') THEN 3 END AS family "
                + "FROM files WHERE rows_accepted > 0 AND format <> 'gdelt2-mentions'), "
                + "f AS (SELECT *, family * 1000000000000000000 + min_id AS lo, family * 1000000000000000000 + max_id AS hi "
                + "FROM g), "
                + "pairs AS (SELECT a.seq AS s1, b.seq AS s2 FROM f a JOIN f b ON a.lo <= b.hi AND b.lo <= a.hi "
                + "AND a.seq < b.seq" + of + " UNION SELECT a.seq, b.seq FROM f a JOIN f b ON a.path = b.path "
                + "AND a.seq < b.seq" + of + "), "
                + "p AS (SELECT a.path AS ap, a.checksum AS ac, coalesce(a.ids, 0) AS an, b.path AS bp, b.checksum AS bc, "
                + "coalesce(b.ids, 0) AS bn, a.path = b.path AS same_path, s1, s2, "
                + "a.lo <= b.hi AND b.lo <= a.hi AS shared, greatest(a.min_id, b.min_id) AS first_id, "
                + "least(a.max_id, b.max_id) AS last_id, a.min_id = b.min_id AND a.max_id = b.max_id AND a.ids = b.ids "
                + "AS same_ids, a.id_sample AS asample, b.id_sample AS bsample "
                + "FROM pairs JOIN f a ON a.seq = s1 JOIN f b ON b.seq = s2) "
                + "SELECT ap, ac, an, bp, bc, bn, same_path, CASE WHEN shared THEN first_id ELSE 0 END, "
                + "CASE WHEN shared THEN last_id ELSE 0 END, coalesce(shared AND same_ids, false), asample, bsample FROM p "
                + "WHERE coalesce(shared, false) OR same_path AND shared IS NULL ORDER BY s2, s1";
        List<Overlap> found = query(sql, s -> {
            if (checksum != null) {
                s.setString(1, checksum);
                s.setString(2, checksum);
            }
        }, r -> {
            byte[] a = r.getBytes(11);
            byte[] b = r.getBytes(12);
            IdRange.Shared shared = a == null || b == null ? new IdRange.Shared(-1, false)
                    : IdRange.shared(a, r.getLong(3), b, r.getLong(6));
            return new Overlap(r.getString(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5),
                    r.getLong(6), r.getBoolean(7), r.getLong(8), r.getLong(9), r.getBoolean(10), shared.ids(),
                    shared.exact());
        });
        // ranges that meet but samples that share no id: no event is known to be held twice
        return found.stream().filter(o -> o.sharedIds() != 0).toList();
    }

    /** @return the names of the store's tables and views */
    java.util.Set<String> tables() {
        return new java.util.HashSet<>(query("SELECT table_name FROM information_schema.tables", s -> { },
                r -> r.getString(1)));
    }

    /**
     * @param a one state
     * @param b the other
     * @return whether any ingested file watched the dyad
     */
    public boolean watched(String a, String b) {
        return !query("SELECT 1 FROM files WHERE watches LIKE ? OR watches LIKE ? LIMIT 1", s -> {
            s.setString(1, "%" + a + ":" + b + "%");
            s.setString(2, "%" + b + ":" + a + "%");
        }, r -> 1).isEmpty();
    }

    /**
     * @return the dyads whose events the store keeps in full, each with the number of event files
     * read watching it, in alphabetical order of the pair
     */
    public List<WatchedPair> watchedPairs() {
        // mentions files are read for the watched pairs too, but hold no events of their own; a file that gave
        // no event (unreadable, or every row rejected) has none to keep either
        List<String> ledger = query("SELECT coalesce(watches, '') FROM files WHERE format <> ? AND rows_accepted > 0",
                s -> s.setString(1, EventFormat.GDELT2_MENTIONS.id()), r -> r.getString(1));
        java.util.TreeMap<String, Long> files = new java.util.TreeMap<>();
        for (String watches : ledger) {
            java.util.Set<String> pairs = new java.util.TreeSet<>();
            for (Watch x : Watch.ofLedger(watches)) {
                pairs.add(x.a().compareTo(x.b()) <= 0 ? x.a() + ":" + x.b() : x.b() + ":" + x.a());
            }
            pairs.forEach(pair -> files.merge(pair, 1L, Long::sum));
        }
        return files.entrySet().stream().map(e -> new WatchedPair(e.getKey().substring(0, 3), e.getKey().substring(4),
                e.getValue(), ledger.size())).toList();
    }

    interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    interface RowMapper<T> {
        T map(ResultSet r) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            binder.bind(s);
            List<T> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(mapper.map(r));
                }
            }
            return out;
        } catch (SQLException e) {
            // DuckDB's reason alone: the statement means nothing to a user
            throw EventsException.ofStore(file, "cannot read the event store", e, option);
        }
    }
}
