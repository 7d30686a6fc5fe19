package org.entente.events;

/** The tables of an event store; created if missing when a store is opened. */
final class Schema {

    private Schema() {
    }

    /** The layout this version writes and reads, kept in the store's {@code meta} table. */
    static final String LAYOUT = "4";

    /**
     * The layouts before this one, read as they are and brought up to {@link #LAYOUT} by
     * {@link #upgrade} when opened for writing: layout 2 lacked the ledger's event id ranges,
     * layout 3 their samples ({@link IdRange}). Their files keep no range or sample (null), so
     * repeats among them are found by range alone, or not at all.
     */
    static final java.util.Set<String> EARLIER = java.util.Set.of("2", "3");

    /**
     * @param layout an earlier layout ({@link #EARLIER})
     * @return the statements that add what it lacks to the ledger (columns appended, as the DDL has them)
     */
    static String upgrade(String layout) {
        String ranges = layout.equals("2") ? """
                ALTER TABLE files ADD COLUMN IF NOT EXISTS min_id BIGINT;
                ALTER TABLE files ADD COLUMN IF NOT EXISTS max_id BIGINT;
                ALTER TABLE files ADD COLUMN IF NOT EXISTS ids BIGINT;
                """ : "";
        return ranges + """
                ALTER TABLE files ADD COLUMN IF NOT EXISTS id_sample BLOB;
                UPDATE meta SET value = '%s' WHERE key = 'layout';
                """.formatted(LAYOUT);
    }

    /**
     * The DDL, idempotent. The rollups are kept as one part per file ({@code dyad_month_parts},
     * {@code actor_month_parts}): appending a file's groups costs the same however large the
     * store is, where adding them into one keyed table got slower with every file. The views
     * {@code dyad_month} and {@code actor_month} add the parts up.
     */
    static final String DDL = """
            CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
            INSERT INTO meta VALUES ('layout', '%s') ON CONFLICT DO NOTHING;
            CREATE TABLE IF NOT EXISTS files (
              checksum VARCHAR PRIMARY KEY, path VARCHAR NOT NULL, size BIGINT NOT NULL, format VARCHAR NOT NULL,
              rows_accepted BIGINT NOT NULL, rows_rejected BIGINT NOT NULL, rows_dyadic BIGINT NOT NULL,
              rows_watched BIGINT NOT NULL, watches VARCHAR NOT NULL, first_date DATE, last_date DATE,
              duration_ms BIGINT NOT NULL, ingested_at TIMESTAMP NOT NULL, seq BIGINT NOT NULL,
              min_id BIGINT, max_id BIGINT, ids BIGINT, id_sample BLOB);
            CREATE TABLE IF NOT EXISTS rejects (
              file_checksum VARCHAR NOT NULL, file VARCHAR NOT NULL, line BIGINT NOT NULL, reason VARCHAR NOT NULL,
              raw VARCHAR NOT NULL);
            CREATE TABLE IF NOT EXISTS events (
              file_checksum VARCHAR NOT NULL, file VARCHAR NOT NULL, line BIGINT NOT NULL, source VARCHAR NOT NULL,
              format VARCHAR NOT NULL, event_id VARCHAR NOT NULL, date DATE NOT NULL,
              actor1 VARCHAR NOT NULL, actor1_name VARCHAR NOT NULL, actor2 VARCHAR NOT NULL,
              actor2_name VARCHAR NOT NULL, event_code VARCHAR NOT NULL, root VARCHAR NOT NULL,
              quad_class TINYINT NOT NULL, dimension VARCHAR NOT NULL, goldstein DOUBLE NOT NULL,
              mentions INTEGER, sources INTEGER, articles INTEGER, tone DOUBLE, place VARCHAR NOT NULL,
              url VARCHAR NOT NULL);
            CREATE TABLE IF NOT EXISTS mentions (
              file_checksum VARCHAR NOT NULL, file VARCHAR NOT NULL, line BIGINT NOT NULL, event_id VARCHAR NOT NULL,
              event_time TIMESTAMP NOT NULL, mention_time TIMESTAMP NOT NULL, mention_type TINYINT NOT NULL,
              outlet VARCHAR NOT NULL, url VARCHAR NOT NULL, sentence INTEGER NOT NULL, in_raw_text BOOLEAN NOT NULL,
              confidence TINYINT NOT NULL, doc_length INTEGER NOT NULL, doc_tone DOUBLE NOT NULL,
              translated VARCHAR NOT NULL);
            CREATE TABLE IF NOT EXISTS dyad_month_parts (
              file_seq BIGINT NOT NULL,
              source VARCHAR NOT NULL, actor1 VARCHAR NOT NULL, actor2 VARCHAR NOT NULL, month DATE NOT NULL,
              root VARCHAR NOT NULL, quad_class TINYINT NOT NULL, dimension VARCHAR NOT NULL,
              events BIGINT NOT NULL, distinct_reports BIGINT NOT NULL, goldstein_sum DOUBLE NOT NULL,
              goldstein_weighted DOUBLE NOT NULL, mentions BIGINT NOT NULL, sources BIGINT NOT NULL,
              articles BIGINT NOT NULL, tone_sum DOUBLE NOT NULL, toned BIGINT NOT NULL);
            CREATE TABLE IF NOT EXISTS actor_month_parts (
              file_seq BIGINT NOT NULL, source VARCHAR NOT NULL, actor VARCHAR NOT NULL, month DATE NOT NULL,
              events BIGINT NOT NULL);
            CREATE VIEW IF NOT EXISTS dyad_month AS
              SELECT source, actor1, actor2, month, root, quad_class, dimension, sum(events)::BIGINT AS events,
                sum(distinct_reports)::BIGINT AS distinct_reports, sum(goldstein_sum) AS goldstein_sum,
                sum(goldstein_weighted) AS goldstein_weighted, sum(mentions)::BIGINT AS mentions,
                sum(sources)::BIGINT AS sources, sum(articles)::BIGINT AS articles, sum(tone_sum) AS tone_sum,
                sum(toned)::BIGINT AS toned
              FROM dyad_month_parts GROUP BY source, actor1, actor2, month, root, quad_class, dimension;
            CREATE VIEW IF NOT EXISTS actor_month AS
              SELECT source, actor, month, sum(events)::BIGINT AS events
              FROM actor_month_parts GROUP BY source, actor, month;
            """.formatted(LAYOUT);

    /**
     * Scratch tables with the shape of the real ones, filled by DuckDB's appender (fast, outside the
     * file's transaction) and emptied inside it; anything a killed run left there is cleared first.
     */
    static final String STAGING = """
            CREATE TABLE IF NOT EXISTS stage_rejects AS FROM rejects LIMIT 0;
            CREATE TABLE IF NOT EXISTS stage_events AS FROM events LIMIT 0;
            CREATE TABLE IF NOT EXISTS stage_mentions AS FROM mentions LIMIT 0;
            CREATE TABLE IF NOT EXISTS stage_dyad_month AS SELECT * EXCLUDE (file_seq) FROM dyad_month_parts LIMIT 0;
            CREATE TABLE IF NOT EXISTS stage_actor_month AS SELECT * EXCLUDE (file_seq) FROM actor_month_parts LIMIT 0;
            """;

    /**
     * Per connection, in memory: the tables that decode the fast reader's packed keys
     * ({@link GroupKeys}), filled when a store is opened, and the scratch tables its packed groups
     * are appended to (kept out of the write-ahead log, and gone with a killed process).
     */
    static final String CODES = """
            CREATE TEMP TABLE IF NOT EXISTS state_codes (n INTEGER, iso3 VARCHAR);
            CREATE TEMP TABLE IF NOT EXISTS dimension_codes (n INTEGER, id VARCHAR);
            CREATE TEMP TABLE IF NOT EXISTS packed_groups (k BIGINT, events BIGINT, distinct_reports BIGINT,
              goldstein_sum DOUBLE, goldstein_weighted DOUBLE, mentions BIGINT, sources BIGINT, articles BIGINT,
              tone_sum DOUBLE);
            CREATE TEMP TABLE IF NOT EXISTS packed_volumes (k BIGINT, events BIGINT);
            """;

    /** Finds a store written by an earlier layout (the ledger keyed by SHA-256, rollups in keyed tables). */
    static final String OLD_LAYOUT = "SELECT count(*) FROM information_schema.columns "
            + "WHERE table_name = 'files' AND column_name = 'sha256'";


    /** The store's DuckDB threads: one, since its work is small next to reading, and idle workers spin. */
    static final String ONE_THREAD = "SET threads = 1";

    /** The store's layouts: none in a new, empty file, whose {@code meta} table is not made yet. */
    static final String STORED_LAYOUT = "SELECT value FROM meta WHERE key = 'layout'";
    static final String HAS_META = "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'";

    /** The tables, in the order exports and comparisons list them. */
    static final java.util.List<String> TABLES = java.util.List.of("files", "rejects", "events", "mentions",
            "dyad_month", "actor_month");
}
