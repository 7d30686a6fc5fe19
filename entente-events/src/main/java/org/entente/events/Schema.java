package org.entente.events;

/** The tables of an event store; created if missing when a store is opened. */
final class Schema {

    private Schema() {
    }

    /** The DDL, idempotent. */
    static final String DDL = """
            CREATE TABLE IF NOT EXISTS files (
              sha256 VARCHAR PRIMARY KEY, path VARCHAR NOT NULL, size BIGINT NOT NULL, format VARCHAR NOT NULL,
              rows_accepted BIGINT NOT NULL, rows_rejected BIGINT NOT NULL, rows_dyadic BIGINT NOT NULL,
              rows_watched BIGINT NOT NULL, watches VARCHAR NOT NULL, first_date DATE, last_date DATE,
              duration_ms BIGINT NOT NULL, ingested_at TIMESTAMP NOT NULL, seq BIGINT NOT NULL);
            CREATE TABLE IF NOT EXISTS rejects (
              file_sha256 VARCHAR NOT NULL, file VARCHAR NOT NULL, line BIGINT NOT NULL, reason VARCHAR NOT NULL,
              raw VARCHAR NOT NULL);
            CREATE TABLE IF NOT EXISTS events (
              file_sha256 VARCHAR NOT NULL, file VARCHAR NOT NULL, line BIGINT NOT NULL, source VARCHAR NOT NULL,
              format VARCHAR NOT NULL, event_id VARCHAR NOT NULL, date DATE NOT NULL,
              actor1 VARCHAR NOT NULL, actor1_name VARCHAR NOT NULL, actor2 VARCHAR NOT NULL,
              actor2_name VARCHAR NOT NULL, event_code VARCHAR NOT NULL, root VARCHAR NOT NULL,
              quad_class TINYINT NOT NULL, dimension VARCHAR NOT NULL, goldstein DOUBLE NOT NULL,
              mentions INTEGER, sources INTEGER, articles INTEGER, tone DOUBLE, place VARCHAR NOT NULL,
              url VARCHAR NOT NULL);
            CREATE TABLE IF NOT EXISTS dyad_month (
              source VARCHAR NOT NULL, actor1 VARCHAR NOT NULL, actor2 VARCHAR NOT NULL, month DATE NOT NULL,
              root VARCHAR NOT NULL, quad_class TINYINT NOT NULL, dimension VARCHAR NOT NULL,
              events BIGINT NOT NULL, distinct_reports BIGINT NOT NULL, goldstein_sum DOUBLE NOT NULL,
              goldstein_weighted DOUBLE NOT NULL, mentions BIGINT NOT NULL, sources BIGINT NOT NULL,
              articles BIGINT NOT NULL, tone_sum DOUBLE NOT NULL, toned BIGINT NOT NULL,
              PRIMARY KEY (source, actor1, actor2, month, root, quad_class, dimension));
            CREATE TABLE IF NOT EXISTS actor_month (
              source VARCHAR NOT NULL, actor VARCHAR NOT NULL, month DATE NOT NULL, events BIGINT NOT NULL,
              PRIMARY KEY (source, actor, month));
            """;

    /**
     * Scratch tables with the shape of the real ones, filled by DuckDB's appender (fast, outside the
     * file's transaction) and emptied inside it; anything a killed run left there is cleared first.
     */
    static final String STAGING = """
            CREATE TABLE IF NOT EXISTS stage_rejects AS FROM rejects LIMIT 0;
            CREATE TABLE IF NOT EXISTS stage_events AS FROM events LIMIT 0;
            CREATE TABLE IF NOT EXISTS stage_dyad_month AS FROM dyad_month LIMIT 0;
            CREATE TABLE IF NOT EXISTS stage_actor_month AS FROM actor_month LIMIT 0;
            """;

    /** The tables, in the order exports and comparisons list them. */
    static final java.util.List<String> TABLES = java.util.List.of("files", "rejects", "events", "dyad_month",
            "actor_month");
}
