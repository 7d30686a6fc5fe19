package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * How an ingest reports a failure while a file is being written: the write in flight is awaited,
 * and the failure the user sees is the real one.
 */
class IngestFailureTest {

    /**
     * A failed write is reported once through the reading loop and again when it is awaited: the
     * same exception both times. It must come out with its own message, not as "Self-suppression
     * not permitted" (which once turned a full disk into an internal error).
     */
    @Test
    void a_failed_write_awaited_again_is_reported_as_itself() {
        EventsException full = new EventsException("/tmp/s.duckdb: cannot write: No space left on device");
        CompletableFuture<Void> write = CompletableFuture.failedFuture(full);
        EventsException out = EventStore.finishing(full, write);
        assertThat(out).isSameAs(full).hasMessageContaining("No space left").hasNoSuppressedExceptions();
    }

    /** A reading failure while another file's write fails too: the reading failure, the write's attached. */
    @Test
    void a_write_failing_beside_a_reading_failure_is_attached_to_it() {
        EventsException reading = new EventsException("a.csv: cannot read: Input/output error");
        IllegalStateException write = new IllegalStateException("commit failed");
        EventsException out = EventStore.finishing(reading, CompletableFuture.failedFuture(write));
        assertThat(out).isSameAs(reading);
        assertThat(out.getSuppressed()).containsExactly(write);
    }

    /** A write that succeeded, or none in flight: the failure as it was. */
    @Test
    void nothing_in_flight_leaves_the_failure_as_it_was() {
        EventsException reading = new EventsException("a.csv: cannot read");
        assertThat(EventStore.finishing(reading, null)).isSameAs(reading).hasNoSuppressedExceptions();
        assertThat(EventStore.finishing(reading, CompletableFuture.completedFuture(null))).hasNoSuppressedExceptions();
    }

    /**
     * DuckDB's errors on the store, as the commands tell them: a denied permission and damage are
     * bad input with what to do; anything else names what failed, and no error shows the SQL that
     * DuckDB puts after its first line.
     */
    @Test
    void store_errors_are_told_with_what_to_do_and_without_the_sql() {
        java.nio.file.Path store = java.nio.file.Path.of("/data/events.duckdb");
        EventsException denied = EventsException.ofStore(store, "cannot read the event store", new java.sql.SQLException(
                "IO Error: Cannot open file \"/data/events.duckdb.wal\": Permission denied"), "--store");
        assertThat(denied.badInput()).isTrue();
        assertThat(denied.getMessage()).isEqualTo("/data/events.duckdb: cannot open the event store: permission denied; "
                + "choose a folder you can write to, or name another store with --store FILE");
        // a file DuckDB was asked to read that is not the store's: that file is named, not the store blamed
        EventsException parquet = EventsException.ofStore(store, "import of /data/out failed (the store is unchanged)",
                new java.sql.SQLException("IO Error: Cannot open file \"/data/out/files/part-0.parquet\": Permission denied"),
                "--store");
        assertThat(parquet.badInput()).isTrue();
        assertThat(parquet.getMessage()).isEqualTo("/data/events.duckdb: import of /data/out failed (the store is unchanged): "
                + "the system refused to open /data/out/files/part-0.parquet (permission denied); make it readable, or leave "
                + "it out");
        EventsException tmp = EventsException.ofStore(store, "ingest failed", new java.sql.SQLException(
                "IO Error: Cannot open file \"/data/events.duckdb.tmp/duckdb_temp_storage-0.tmp\": Read-only file system"),
                "--store");
        assertThat(tmp.getMessage()).startsWith("/data/events.duckdb: cannot open the event store: a read-only file system");
        EventsException damaged = EventsException.ofStore(store, "cannot read the event store", new java.sql.SQLException(
                "IO Error: Corrupt database file: computed checksum 5381 does not match stored checksum 0 in block at "
                + "location 536576"), "--events");
        assertThat(damaged.badInput()).isTrue();
        assertThat(damaged.getMessage()).isEqualTo("/data/events.duckdb: the event store is damaged (cut short or corrupt: "
                + "IO Error: Corrupt database file: computed checksum 5381 does not match stored checksum 0 in block at "
                + "location 536576); restore a copy, or ingest the event files again into a new store (--events FILE)");
        EventsException other = EventsException.ofStore(store, "cannot read the event store", new java.sql.SQLException(
                "Binder Error: Referenced column \"x\" not found\nLINE 1: SELECT x FROM files\n       ^"), "--store");
        assertThat(other.badInput()).isFalse();
        assertThat(other.getMessage()).isEqualTo("/data/events.duckdb: cannot read the event store: Binder Error: "
                + "Referenced column \"x\" not found");
    }

    /** A file that cannot be read is named with the reason in words (Java gives only the path) and what to do. */
    @Test
    void a_file_that_cannot_be_read_is_named_with_the_reason_and_what_to_do() {
        EventsException denied = EventStore.cannotRead("/data/gdelt/a.export.CSV",
                new java.nio.file.AccessDeniedException("/data/gdelt/a.export.CSV"));
        assertThat(denied.getMessage()).isEqualTo("/data/gdelt/a.export.CSV: cannot read: permission denied; give read "
                + "access to it or leave it out, then run the ingest again (the files stored before it are kept and are not "
                + "read twice)");
        EventsException io = EventStore.cannotRead("b.zip!x.CSV", new java.io.IOException("Input/output error"));
        assertThat(io.getMessage()).startsWith("b.zip!x.CSV: cannot read: Input/output error; check the file, then run");
    }
}
