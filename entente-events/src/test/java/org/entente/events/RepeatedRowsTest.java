package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows ingested twice (the same file zipped and plain, a file that grew) are stored, since they
 * are valid data, and found from the ledger's event id ranges so that ingest and {@code stores}
 * can warn about them.
 */
class RepeatedRowsTest {

    @TempDir
    Path dir;

    /** The real GDELT 2.0 file's GLOBALEVENTIDs: 881990832 to 881992942, 2,111 rows. */
    private static final long FIRST = 881_990_832L;
    private static final long LAST = 881_992_942L;

    private static List<Watch> none() {
        return List.of();
    }

    private Path zipOf(String name) throws IOException {
        Path zip = dir.resolve("m.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry(name));
            z.write(Files.readAllBytes(Fixtures.path(name)));
            z.closeEntry();
        }
        return zip;
    }

    @Test
    void the_same_rows_zipped_and_plain_are_found_as_the_same_ids() throws IOException {
        Path zip = zipOf(Fixtures.V2);
        Path plain = Files.copy(Fixtures.path(Fixtures.V2), dir.resolve(Fixtures.V2));
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            FileReport first = store.ingest(zip, none());
            assertThat(store.queries().overlapsOf(first.checksum())).isEmpty();
            FileReport second = store.ingest(plain, none());
            assertThat(second.skipped()).isFalse();   // other bytes: stored, and counted twice
            Overlap o = new Overlap(zip.toString(), first.checksum(), 2111, plain.toString(), second.checksum(), 2111,
                    false, FIRST, LAST, true, 2111, false);
            assertThat(store.queries().overlapsOf(second.checksum())).containsExactly(o);
            assertThat(store.queries().overlaps()).containsExactly(o);
        }
    }

    @Test
    void a_file_that_grew_at_the_same_path_is_found() throws IOException {
        List<String> lines = Files.readAllLines(Fixtures.path(Fixtures.V2), StandardCharsets.UTF_8);
        Path file = dir.resolve("update.export.CSV");
        Files.write(file, lines.subList(0, 1000), StandardCharsets.UTF_8);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            FileReport part = store.ingest(file, none());
            Files.write(file, lines, StandardCharsets.UTF_8);
            FileReport whole = store.ingest(file, none());
            assertThat(store.queries().overlapsOf(whole.checksum())).singleElement().satisfies(o -> {
                assertThat(o.samePath()).isTrue();
                assertThat(o.earlierChecksum()).isEqualTo(part.checksum());
                assertThat(o.earlierIds()).isEqualTo(1000);
                assertThat(o.laterIds()).isEqualTo(2111);
                assertThat(o.idsOverlap()).isTrue();
                assertThat(o.sameIds()).isFalse();
            });
        }
    }

    /** A name reused for new data (the other update saved under one name) counts nothing twice: no warning. */
    @Test
    void other_files_and_a_name_reused_for_other_ids_are_not_taken_for_repeats() throws IOException {
        Path file = dir.resolve("latest.export.CSV");
        Files.copy(Fixtures.path(Fixtures.V2_OTHER), file);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.ingest(file, none());
            Files.copy(Fixtures.path(Fixtures.V2), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            store.ingest(file, none());
            store.ingest(Fixtures.path(Fixtures.V1), none());
            store.ingest(Fixtures.path(Fixtures.ICEWS), none());
            assertThat(store.queries().overlaps()).isEmpty();
        }
    }

    /**
     * The Spark sample mixes a 2015 and a 2020 update, so its id range spans the two real exports
     * stored before it, with which it shares no id: ranges alone took them for repeats. The samples
     * of ids settle it: no pair is reported.
     */
    @Test
    void a_file_whose_range_spans_others_but_shares_no_id_is_not_taken_for_a_repeat() throws IOException {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.ingest(Fixtures.path(Fixtures.V2_OTHER), none());
            store.ingest(Fixtures.path(Fixtures.V2), none());
            FileReport mixed = store.ingest(Fixtures.path(Fixtures.V2_SAMPLE), none());
            assertThat(store.queries().overlapsOf(mixed.checksum())).isEmpty();
            assertThat(store.queries().overlaps()).isEmpty();
        }
    }

    /**
     * Two cuts of the real export sharing a known number of rows, one under and one over the
     * sample's size: the shared ids are counted exactly when both files have fewer ids than a sample
     * holds, and estimated within a quarter of the truth otherwise.
     */
    @Test
    void the_shared_ids_of_overlapping_cuts_are_counted_or_estimated() throws IOException {
        List<String> lines = Files.readAllLines(Fixtures.path(Fixtures.V2), StandardCharsets.UTF_8);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.ingest(write("small-a.CSV", lines.subList(0, 100)), none());
            FileReport b = store.ingest(write("small-b.CSV", lines.subList(60, 150)), none());
            assertThat(store.queries().overlapsOf(b.checksum())).singleElement().satisfies(o -> {
                assertThat(o.sharedIds()).isEqualTo(40);
                assertThat(o.sharedExact()).isTrue();
                assertThat(o.sameIds()).isFalse();
            });
            store.ingest(write("big-a.CSV", lines.subList(200, 1400)), none());
            FileReport d = store.ingest(write("big-b.CSV", lines.subList(800, 2111)), none());
            assertThat(store.queries().overlapsOf(d.checksum())).singleElement().satisfies(o -> {
                assertThat(o.sharedExact()).isFalse();
                assertThat(o.sharedIds()).isBetween(450L, 750L);   // 600 shared
            });
        }
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    /** The two ICEWS samples share 1-2 June 2018: their Event IDs overlap, across the two layouts. */
    @Test
    void the_icews_samples_in_two_layouts_overlap() {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.ingest(Fixtures.path(Fixtures.ICEWS), none());
            FileReport csv = store.ingest(Fixtures.path(Fixtures.ICEWS_CSV), none());
            assertThat(store.queries().overlapsOf(csv.checksum())).singleElement().satisfies(o -> {
                assertThat(o.earlier()).endsWith(Fixtures.ICEWS);
                assertThat(o.idsOverlap()).isTrue();
                assertThat(o.sameIds()).isFalse();
                assertThat(o.samePath()).isFalse();
            });
        }
    }

    /** The fast reader and the row-by-row reader record the same id range. */
    @Test
    void both_readers_record_the_same_id_range() throws Exception {
        long[] fast = range(dir.resolve("fast.duckdb"));
        System.setProperty("entente.events.reader", "rows");
        long[] rows;
        try {
            rows = range(dir.resolve("rows.duckdb"));
        } finally {
            System.clearProperty("entente.events.reader");
        }
        assertThat(fast).containsExactly(FIRST, LAST, 2111);
        assertThat(rows).containsExactly(fast);
    }

    private static long[] range(Path file) throws Exception {
        try (EventStore store = EventStore.open(file)) {
            store.ingest(Fixtures.path(Fixtures.V2), none());
        }
        try (Connection c = connect(file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT min_id, max_id, ids FROM files")) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2), r.getLong(3)};
        }
    }

    /**
     * A store of layout 2 (no id ranges) is read as it is, and gains the ranges' columns when
     * opened for writing; its files have none, so only files ingested after are compared.
     */
    @Test
    void a_layout_2_store_is_read_and_then_brought_up_to_date() throws Exception {
        Path file = dir.resolve("old.duckdb");
        try (EventStore store = EventStore.open(file)) {
            store.ingest(Fixtures.path(Fixtures.V2), none());
        }
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE files DROP COLUMN id_sample; ALTER TABLE files DROP COLUMN ids; "
                    + "ALTER TABLE files DROP COLUMN max_id; ALTER TABLE files DROP COLUMN min_id; "
                    + "UPDATE meta SET value = '2' WHERE key = 'layout'");
        }
        try (EventStore store = EventStore.openForQueries(file)) {
            assertThat(store.queries().files()).hasSize(1);
            assertThat(store.queries().overlaps()).isEmpty();
        }
        assertThat(layout(file)).isEqualTo("2");   // reading changes nothing
        try (EventStore store = EventStore.open(file)) {
            store.ingest(zipOf(Fixtures.V2), none());
            assertThat(store.queries().overlaps()).isEmpty();   // the old file has no range to compare
            store.ingest(Fixtures.path(Fixtures.V2_OTHER), none());
        }
        assertThat(layout(file)).isEqualTo(Schema.LAYOUT);
        try (Connection c = connect(file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(min_id), count(*) FROM files")) {
            r.next();
            assertThat(r.getLong(1)).isEqualTo(2);
            assertThat(r.getLong(2)).isEqualTo(3);
        }
    }

    /**
     * A store of layout 3 (ranges, no samples of ids) gains the samples' column when opened for
     * writing; a pair with a file stored before is then judged by the ranges alone (its share of
     * ids unknown), a pair of newer files by their samples.
     */
    @Test
    void a_layout_3_store_is_brought_up_to_date_and_its_files_are_judged_by_range() throws Exception {
        Path file = dir.resolve("three.duckdb");
        try (EventStore store = EventStore.open(file)) {
            store.ingest(zipOf(Fixtures.V2), none());
        }
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE files DROP COLUMN id_sample; UPDATE meta SET value = '3' WHERE key = 'layout'");
        }
        try (EventStore store = EventStore.openForQueries(file)) {
            assertThat(store.queries().overlaps()).isEmpty();
        }
        assertThat(layout(file)).isEqualTo("3");
        try (EventStore store = EventStore.open(file)) {
            FileReport plain = store.ingest(Fixtures.path(Fixtures.V2), none());
            assertThat(store.queries().overlapsOf(plain.checksum())).singleElement().satisfies(o -> {
                assertThat(o.sameIds()).isTrue();
                assertThat(o.sharedIds()).isEqualTo(-1);   // the zip's ids were stored without a sample
            });
            FileReport mixed = store.ingest(Fixtures.path(Fixtures.V2_SAMPLE), none());
            // its range spans both; the plain file's sample shows no shared id, the zip has none to show
            assertThat(store.queries().overlapsOf(mixed.checksum())).singleElement()
                    .satisfies(o -> assertThat(o.earlier()).endsWith("m.zip"));
        }
        assertThat(layout(file)).isEqualTo(Schema.LAYOUT);
    }

    private static String layout(Path file) throws Exception {
        try (Connection c = connect(file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'layout'")) {
            r.next();
            return r.getString(1);
        }
    }

    private static Connection connect(Path file) throws java.sql.SQLException {
        return new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + file, new java.util.Properties());
    }
}
