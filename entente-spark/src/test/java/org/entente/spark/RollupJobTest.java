package org.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.SparkSession;
import org.entente.events.EventStore;
import org.entente.events.Watch;
import org.entente.events.EventsException;
import org.entente.events.Inputs;
import org.entente.events.RollupImport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job against the embedded store on the real sample files of entente-events (GDELT 2.0,
 * GDELT 1.0, ICEWS, the damaged file), plain, gzip and zip: the same groups with the same counts,
 * sums equal within 1e-9 relative, the same volumes, rejects and ledger.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupJobTest {

    private static final String[] SAMPLES = {"20151027220000.export.CSV", "20191024143000.export.CSV",
        "gdelt1_events_sample100_10files_57and58cols.tsv", "events.2018.sample.tab", "malformed_gdelt2.CSV"};

    private SparkSession spark;
    private Path inputs;
    private Path out;
    private Path store;
    private RollupJob.Summary summary;

    @BeforeAll
    void run_both_engines(@TempDir Path tmp) throws Exception {
        spark = SparkSession.builder().master("local[2]").appName("entente-spark-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.warehouse.dir", tmp.resolve("warehouse").toString()).getOrCreate();
        inputs = Files.createDirectories(tmp.resolve("in"));
        for (String s : SAMPLES) {
            Files.copy(fixture(s), inputs.resolve(s));
        }
        Files.writeString(inputs.resolve("README.md"), "not data");
        gzip(fixture("events.2018.sample.tab"), inputs.resolve("sub/icews_copy.tab.gz"));
        zip(fixture("gdelt1_events_sample100_10files_57and58cols.tsv"), inputs.resolve("sub/gdelt1.zip"));
        Files.copy(fixture(SAMPLES[0]), inputs.resolve("sub/same_bytes_other_name.CSV"));
        // an old event store left in the folder: a database, not event data, passed over by both engines
        try (EventStore old = EventStore.open(inputs.resolve("sub/old-store.db"))) {
            old.ingest(List.of(fixture(SAMPLES[0])), List.of(), r -> { });
        }
        // as an ingest killed half-way leaves them: its write-ahead log, and a file in its temporary folder
        Files.writeString(inputs.resolve("sub/old-store.db.wal"), "not event data\n");
        Files.writeString(Files.createDirectories(inputs.resolve("sub/old-store.db.tmp")).resolve("spill.block"), "x\n");
        store = tmp.resolve("store.duckdb");
        try (EventStore s = EventStore.open(store)) {
            s.ingest(Inputs.expand(List.of(inputs.toString())), List.of(), r -> { });
        }
        out = tmp.resolve("out");
        summary = RollupJob.run(spark, List.of(inputs.toUri().toString()), out.toUri().toString());
    }

    @AfterAll
    void stop() {
        spark.stop();
    }

    @Test
    void dyad_month_equals_the_embedded_rollup() throws Exception {
        String cols = String.join(", ", Tables.GROUP_KEY) + ", " + String.join(", ", Tables.GROUP_SUMS);
        List<List<Object>> embedded = rows("SELECT " + cols + " FROM dyad_month ORDER BY ALL");
        List<List<Object>> spark = rows("SELECT " + cols.replace("quad_class", "CAST(quad_class AS TINYINT)")
                + " FROM read_parquet('" + out + "/dyad_month/*/*.parquet', hive_partitioning = true) ORDER BY ALL");
        assertThat(embedded).hasSizeGreaterThan(1000);
        assertSame(spark, embedded, Tables.GROUP_KEY.size());
    }

    @Test
    void actor_month_equals_the_embedded_volumes() throws Exception {
        List<List<Object>> embedded = rows("SELECT source, actor, month, events FROM actor_month ORDER BY ALL");
        List<List<Object>> spark = rows("SELECT source, actor, month, events FROM read_parquet('" + out
                + "/actor_month/*/*.parquet', hive_partitioning = true) ORDER BY ALL");
        assertThat(spark).isEqualTo(embedded).isNotEmpty();
    }

    @Test
    void partitions_are_years_and_match_the_month() throws Exception {
        List<List<Object>> bad = rows("SELECT month FROM read_parquet('" + out
                + "/dyad_month/*/*.parquet', hive_partitioning = true) WHERE year(month) <> year");
        assertThat(bad).isEmpty();
        assertThat(rows("SELECT DISTINCT year FROM read_parquet('" + out
                + "/dyad_month/*/*.parquet', hive_partitioning = true) ORDER BY 1"))
                .isEqualTo(rows("SELECT DISTINCT year(month) FROM dyad_month ORDER BY 1"))
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void rejects_and_ledger_equal_the_embedded_store() throws Exception {
        List<List<Object>> embedded = rows("SELECT file_checksum, file, line, reason, raw FROM rejects ORDER BY ALL");
        List<List<Object>> spark = rows("SELECT file_checksum, file, line, reason, raw FROM read_parquet('" + out
                + "/rejects/*.parquet') ORDER BY ALL");
        assertThat(spark).isEqualTo(embedded);
        assertThat(spark).hasSizeGreaterThanOrEqualTo(7);
        assertThat(summary.rejected()).isEqualTo(spark.size());
        String ledger = "checksum, path, size, format, rows_accepted, rows_rejected, rows_dyadic, first_date, last_date";
        assertThat(rows("SELECT " + ledger + " FROM read_parquet('" + out + "/files/*.parquet') ORDER BY ALL"))
                .isEqualTo(rows("SELECT " + ledger + " FROM files ORDER BY ALL"));
    }

    /** Spark's output loaded into an empty store gives the embedded store's tables; loading it again is refused. */
    @Test
    void import_rollup_gives_the_embedded_store_and_refuses_a_second_import(@TempDir Path tmp) throws Exception {
        Path imported = tmp.resolve("imported.duckdb");
        String[] queries = {
            "SELECT " + String.join(", ", Tables.GROUP_KEY) + ", " + String.join(", ", Tables.GROUP_SUMS)
                    + " FROM dyad_month ORDER BY ALL",
            "SELECT source, actor, month, events FROM actor_month ORDER BY ALL",
            "SELECT file_checksum, file, line, reason, raw FROM rejects ORDER BY ALL",
            "SELECT checksum, path, size, format, rows_accepted, rows_rejected, rows_dyadic, first_date, last_date "
                    + "FROM files ORDER BY ALL"};
        try (EventStore s = EventStore.open(imported)) {
            RollupImport r = s.importRollup(out);
            assertThat(r.files()).isEqualTo(summary.files());
            assertThat(r.rejects()).isEqualTo(summary.rejected());
            assertThat(r.groups()).isEqualTo((long) rows(store, "SELECT count(*) FROM dyad_month").get(0).get(0));
        }
        assertSame(rows(imported, queries[0]), rows(store, queries[0]), Tables.GROUP_KEY.size());
        for (int i = 1; i < queries.length; i++) {
            assertThat(rows(imported, queries[i])).as(queries[i]).isEqualTo(rows(store, queries[i])).isNotEmpty();
        }
        List<List<Object>> before = rows(imported, queries[0]);
        try (EventStore s = EventStore.open(imported)) {
            assertThatThrownBy(() -> s.importRollup(out)).isInstanceOf(EventsException.class)
                    .hasMessageContaining("already in").hasMessageContaining("count them twice")
                    .matches(e -> ((EventsException) e).badInput(), "bad input");
        }
        assertThat(rows(imported, queries[0])).isEqualTo(before);
        // as docs/scale-out.md advises: watch a dyad by ingesting its files locally; they are read
        // again for the watch only, so the events appear and the rollup stays as imported
        try (EventStore s = EventStore.open(imported)) {
            s.ingest(Inputs.expand(List.of(inputs.toString())), List.of(Watch.parse("IRN:RUS")), r -> { });
        }
        Path local = tmp.resolve("local.duckdb");
        try (EventStore s = EventStore.open(local)) {
            s.ingest(Inputs.expand(List.of(inputs.toString())), List.of(Watch.parse("IRN:RUS")), r -> { });
        }
        assertThat(rows(imported, queries[0])).isEqualTo(before);
        String events = "SELECT file_checksum, line, event_id, date, actor1, actor2, event_code, url FROM events ORDER BY ALL";
        assertThat(rows(imported, events)).isEqualTo(rows(local, events)).hasSizeGreaterThanOrEqualTo(7);
        assertThat(rows(imported, "SELECT DISTINCT watches FROM files WHERE rows_watched > 0"))
                .isEqualTo(List.of(List.of("IRN:RUS,import-rollup")));
    }

    @Test
    void a_file_with_the_same_bytes_counts_once() throws Exception {
        // 5 samples + gz + zip; the copy under another name is skipped, as the store skips it, and
        // the old store is not read at all
        assertThat(summary.files()).isEqualTo(7);
        assertThat(summary.accepted()).isGreaterThan(10_000)
                .isEqualTo((long) rows("SELECT sum(rows_accepted) FROM files").get(0).get(0));
    }

    /**
     * A run that gives no dyad row (files of which no row could be read, or no file at all) writes
     * no Parquet file for dyad_month and actor_month; its output still loads, with its files and
     * rejects, as a local ingest records them.
     */
    @Test
    void an_output_without_dyad_rows_can_be_imported(@TempDir Path tmp) throws Exception {
        Path junk = Files.createDirectories(tmp.resolve("junk"));
        Files.writeString(junk.resolve("a.txt"), "hello world\n");
        Files.writeString(junk.resolve("b.csv"), "x\ty\n");
        Path junkOut = tmp.resolve("junk-out");
        RollupJob.Summary s = RollupJob.run(spark, List.of(junk.toUri().toString()), junkOut.toUri().toString());
        assertThat(s).isEqualTo(new RollupJob.Summary(2, 0, 2, 0));
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path emptyOut = tmp.resolve("empty-out");
        RollupJob.run(spark, List.of(empty.toUri().toString()), emptyOut.toUri().toString());
        try (EventStore st = EventStore.open(tmp.resolve("imported.duckdb"))) {
            assertThat(st.importRollup(junkOut)).isEqualTo(new RollupImport(2, 0, 0, 2));
            assertThat(st.importRollup(emptyOut)).isEqualTo(new RollupImport(0, 0, 0, 0));
        }
        Path local = tmp.resolve("local.duckdb");
        try (EventStore st = EventStore.open(local)) {
            st.ingest(Inputs.expand(List.of(junk.toString())), List.of(), r -> { });
        }
        String ledger = "SELECT checksum, path, size, format, rows_accepted, rows_rejected FROM files ORDER BY ALL";
        assertThat(rows(tmp.resolve("imported.duckdb"), ledger)).isEqualTo(rows(local, ledger)).hasSize(2);
        String rejects = "SELECT file_checksum, file, line, reason, raw FROM rejects ORDER BY ALL";
        assertThat(rows(tmp.resolve("imported.duckdb"), rejects)).isEqualTo(rows(local, rejects)).hasSize(2);
    }

    /**
     * Bad arguments or input (none at all, an output folder that holds the tables, an input that
     * names nothing) exit with 2 and one line naming the path; a failure on the way with 1 and one
     * line: no stack trace unless asked for.
     */
    @Test
    void bad_usage_and_input_exit_2_and_failures_1_with_one_line_each(@TempDir Path tmp) throws Exception {
        Exec none = exec();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).startsWith("RollupJob: no --out folder given").contains("usage: RollupJob --out DIR");

        Exec noInput = exec("--out", tmp.resolve("o1").toString());
        assertThat(noInput.code()).isEqualTo(2);
        assertThat(noInput.err()).startsWith("RollupJob: no input given");

        Exec exists = exec("--out", out.toString(), inputs.resolve(SAMPLES[0]).toString());
        assertThat(exists.code()).isEqualTo(2);
        assertThat(exists.err()).contains(out + " already holds dyad_month/").contains("give a new --out folder");

        Path nowhere = tmp.resolve("nowhere");
        Path fresh = tmp.resolve("o2");
        Exec missing = exec("--out", fresh.toString(), inputs.toString(), nowhere.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains(nowhere + ": no such file or folder");
        Exec noMatch = exec("--out", fresh.toString(), inputs.resolve("*.nothing").toString());
        assertThat(noMatch.code()).isEqualTo(2);
        assertThat(noMatch.err()).contains("*.nothing: no such file or folder (the pattern matches nothing)");
        assertThat(fresh).as("a refused run writes nothing").doesNotExist();

        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        Exec failed = exec("--out", file.resolve("out").toString(), inputs.resolve(SAMPLES[0]).toString());
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err()).startsWith("RollupJob: the rollup into " + file.resolve("out") + " failed: ")
                .contains("ENTENTE_DEBUG");
        for (Exec e : List.of(none, noInput, exists, missing, noMatch, failed)) {
            assertThat(e.err().lines()).as(e.err()).hasSize(1);
            assertThat(e.err()).doesNotContain("\tat ");
            assertThat(e.out()).isEmpty();
        }
        Exec debug = exec(true, "--out", file.resolve("out2").toString(), inputs.resolve(SAMPLES[0]).toString());
        assertThat(debug.code()).isEqualTo(1);
        assertThat(debug.err()).contains("\tat ");
    }

    private record Exec(int code, String out, String err) {
    }

    private Exec exec(String... args) {
        return exec(false, args);
    }

    private Exec exec(boolean debug, String... args) {
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream e = new java.io.ByteArrayOutputStream();
        int code = RollupJob.exec(args, new java.io.PrintStream(o, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(e, true, java.nio.charset.StandardCharsets.UTF_8), debug, () -> spark);
        return new Exec(code, o.toString(java.nio.charset.StandardCharsets.UTF_8),
                e.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void assertSame(List<List<Object>> actual, List<List<Object>> expected, int keyColumns) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            List<Object> a = actual.get(i);
            List<Object> e = expected.get(i);
            for (int c = 0; c < e.size(); c++) {
                if (c >= keyColumns && e.get(c) instanceof Double d) {
                    double x = ((Number) a.get(c)).doubleValue();
                    assertThat(Math.abs(x - d)).as("row %s column %d", e, c)
                            .isLessThanOrEqualTo(1e-9 * Math.max(1.0, Math.abs(d)));
                } else {
                    assertThat(String.valueOf(a.get(c))).as("row %s column %d", e, c).isEqualTo(String.valueOf(e.get(c)));
                }
            }
        }
    }

    private List<List<Object>> rows(String sql) throws SQLException {
        return rows(store, sql);
    }

    private static List<List<Object>> rows(Path db, String sql) throws SQLException {
        try (Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + db, new java.util.Properties());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData m = r.getMetaData();
            List<List<Object>> out = new ArrayList<>();
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= m.getColumnCount(); i++) {
                    Object v = r.getObject(i);
                    row.add(v instanceof Number n && !(v instanceof Double) ? (Object) n.longValue() : v);
                }
                out.add(row);
            }
            return out;
        }
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(RollupJobTest.class.getResource("/org/entente/events/" + name).toURI());
    }

    private static void gzip(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(to))) {
            Files.copy(from, o);
        }
    }

    private static void zip(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(to)); InputStream in = Files.newInputStream(from)) {
            z.putNextEntry(new ZipEntry(from.getFileName().toString()));
            in.transferTo(z);
            z.closeEntry();
        }
    }
}
