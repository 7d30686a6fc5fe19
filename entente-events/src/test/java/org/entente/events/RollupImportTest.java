package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EventStore#importRollup} on output laid out as the Spark job writes it (docs/scale-out.md),
 * made here with DuckDB: the edge cases of what a real run leaves.
 */
class RollupImportTest {

    @TempDir
    Path dir;

    /**
     * A run over files with no dyadic row (junk, or no input at all): Spark writes no Parquet file
     * for a partitioned table without rows, only its {@code _SUCCESS} mark. The files and rejects
     * still load, as a local ingest records them.
     */
    @Test
    void an_output_without_dyad_rows_loads_its_files_and_rejects() throws Exception {
        Path out = dir.resolve("out");
        junkRun(out);
        try (EventStore s = EventStore.open(dir.resolve("store.duckdb"))) {
            RollupImport r = s.importRollup(out);
            assertThat(r).isEqualTo(new RollupImport(2, 0, 0, 2));
        }
        assertThat(rows(dir.resolve("store.duckdb"), "SELECT path, rows_rejected FROM files ORDER BY path"))
                .isEqualTo(List.of("/in/a.txt|1", "/in/b.csv|1"));
        assertThat(rows(dir.resolve("store.duckdb"), "SELECT file, line, reason FROM rejects ORDER BY file"))
                .isEqualTo(List.of("/in/a.txt|1|not event data", "/in/b.csv|1|not event data"));
        // once is enough: its files are in the ledger now
        try (EventStore s = EventStore.open(dir.resolve("store.duckdb"))) {
            assertThatThrownBy(() -> s.importRollup(out)).isInstanceOf(EventsException.class)
                    .hasMessageContaining("already in");
        }
    }

    /** A run over no input at all: empty files and rejects tables, no dyad or actor rows. */
    @Test
    void an_output_of_no_input_imports_nothing() throws Exception {
        Path out = dir.resolve("empty");
        for (String t : new String[] {"dyad_month", "actor_month", "files", "rejects"}) {
            Files.createDirectories(out.resolve(t));
            Files.writeString(out.resolve(t).resolve("_SUCCESS"), "");
        }
        try (EventStore s = EventStore.open(dir.resolve("store.duckdb"))) {
            assertThat(s.importRollup(out)).isEqualTo(new RollupImport(0, 0, 0, 0));
        }
    }

    /** A table folder with neither Parquet files nor Spark's mark is not the job's output. */
    @Test
    void a_table_folder_without_parquet_or_success_mark_is_refused() throws Exception {
        Path out = dir.resolve("out");
        junkRun(out);
        Files.delete(out.resolve("dyad_month/_SUCCESS"));
        assertThatThrownBy(() -> RollupImport.check(out)).isInstanceOf(EventsException.class)
                .hasMessageContaining("holds no dyad_month/ Parquet files")
                .matches(e -> ((EventsException) e).badInput(), "bad input");
    }

    /**
     * A Parquet file cut short (an interrupted copy) is bad input naming the file, not a failure of
     * the store; the store is unchanged.
     */
    @Test
    void a_damaged_parquet_file_is_bad_input_naming_it() throws Exception {
        Path out = dir.resolve("out");
        junkRun(out);
        Path part = out.resolve("rejects/part-00000.snappy.parquet");
        byte[] bytes = Files.readAllBytes(part);
        for (int keep : new int[] {10, bytes.length / 2}) {
            Files.write(part, java.util.Arrays.copyOf(bytes, keep));
            try (EventStore s = EventStore.open(dir.resolve("store.duckdb"))) {
                assertThatThrownBy(() -> s.importRollup(out)).isInstanceOf(EventsException.class)
                        .hasMessageStartingWith(out + ": " + part + " cannot be read as Parquet")
                        .hasMessageContaining("copy the job's output again").hasMessageContaining("store is unchanged")
                        .matches(e -> ((EventsException) e).badInput(), "bad input");
            }
            assertThat(rows(dir.resolve("store.duckdb"), "SELECT count(*) FROM files")).isEqualTo(List.of("0"));
        }
    }

    /** A path that names nothing, or a file, is said to be so. */
    @Test
    void a_missing_folder_or_a_file_is_named_as_such() throws Exception {
        Path nowhere = dir.resolve("nowhere");
        assertThatThrownBy(() -> RollupImport.check(nowhere)).isInstanceOf(EventsException.class)
                .hasMessageStartingWith(nowhere + ": no such folder")
                .matches(e -> ((EventsException) e).badInput(), "bad input");
        Path file = Files.writeString(dir.resolve("file.parquet"), "x");
        assertThatThrownBy(() -> RollupImport.check(file)).isInstanceOf(EventsException.class)
                .hasMessageStartingWith(file + " is a file, not a folder");
    }

    /** What the job writes for two files of which no row could be read. */
    private void junkRun(Path out) throws Exception {
        for (String t : new String[] {"dyad_month", "actor_month", "files", "rejects"}) {
            Files.createDirectories(out.resolve(t));
            Files.writeString(out.resolve(t).resolve("_SUCCESS"), "");
        }
        try (Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:", new java.util.Properties());
             Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM (VALUES ('c1', '/in/a.txt', 12::BIGINT, 'unknown', 0::BIGINT, 1::BIGINT, "
                    + "0::BIGINT, NULL::DATE, NULL::DATE), ('c2', '/in/b.csv', 4, 'unknown', 0, 1, 0, NULL, NULL)) "
                    + "t(checksum, path, size, format, rows_accepted, rows_rejected, rows_dyadic, first_date, last_date)) "
                    + "TO '" + out.resolve("files/part-00000.snappy.parquet") + "' (FORMAT PARQUET)");
            s.execute("COPY (SELECT * FROM (VALUES ('c1', '/in/a.txt', 1::BIGINT, 'not event data', 'hello world'), "
                    + "('c2', '/in/b.csv', 1, 'not event data', 'x\ty')) t(file_checksum, file, line, reason, raw)) "
                    + "TO '" + out.resolve("rejects/part-00000.snappy.parquet") + "' (FORMAT PARQUET)");
        }
    }

    private static List<String> rows(Path db, String sql) throws Exception {
        try (Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + db, new java.util.Properties());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.add(String.valueOf(r.getObject(i)));
                }
                out.add(String.join("|", row));
            }
            return out;
        }
    }
}
