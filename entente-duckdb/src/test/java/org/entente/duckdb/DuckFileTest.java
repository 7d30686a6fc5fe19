package org.entente.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What opening a DuckDB file says about files that are not databases, and that a failed open lets go of the file. */
class DuckFileTest {

    @TempDir
    Path dir;

    @Test
    void a_csv_file_is_data_not_a_database_and_is_left_as_it_was() throws Exception {
        Path csv = dir.resolve("votes.csv");
        Files.writeString(csv, "year,agree\n2019,0.8\n", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(csv);
        assertThatThrownBy(() -> DuckFile.open(csv, false, c -> { }))
                .isInstanceOfSatisfying(DuckFile.OpenFailure.class, f -> assertThat(f.trouble()).isEqualTo(DuckFile.Trouble.DATA_FILE));
        assertThat(Files.readAllBytes(csv)).isEqualTo(before);
    }

    @Test
    void bytes_that_are_no_database_are_named_so() throws Exception {
        Path junk = dir.resolve("store.duckdb");
        byte[] bytes = new byte[8192];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        Files.write(junk, bytes);
        assertThatThrownBy(() -> DuckFile.open(junk, true, c -> { }))
                .isInstanceOfSatisfying(DuckFile.OpenFailure.class, f -> assertThat(f.trouble()).isEqualTo(DuckFile.Trouble.NOT_DUCKDB));
        assertThat(Files.readAllBytes(junk)).isEqualTo(bytes);
    }

    /**
     * A file the system will not let be made, in a folder that exists, is refused, with why in
     * words: under /proc creating a file answers "no such file", which DuckDB passes on.
     */
    @Test
    void a_file_the_system_will_not_make_is_refused_with_why() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
        assertThatThrownBy(() -> DuckFile.open(Path.of("/proc/entente-x.duckdb"), false, c -> { }))
                .isInstanceOfSatisfying(DuckFile.OpenFailure.class, f -> {
                    assertThat(f.trouble()).isEqualTo(DuckFile.Trouble.REFUSED);
                    assertThat(f.refusal()).isEqualTo("the system does not let a file be made there");
                });
        assertThat(DuckFile.refusal("IO Error: Cannot open file \"/data/x.duckdb.wal\": Permission denied"))
                .isEqualTo("permission denied");
        assertThat(DuckFile.refusal("IO Error: Could not write file \"/data/x.duckdb\": No space left on device")).isNull();
    }

    /** A database cut short (a copy that stopped half-way) is told as damaged, not as an unknown failure. */
    @Test
    void a_database_cut_short_is_damaged() throws Exception {
        Path db = dir.resolve("cut.duckdb");
        try (Connection c = DuckFile.open(db, false, x -> { }); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t AS SELECT range AS n, 'row ' || range AS label FROM range(200000)");
            s.execute("CHECKPOINT");
        }
        byte[] whole = java.nio.file.Files.readAllBytes(db);
        java.nio.file.Files.write(db, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> {
            try (Connection c = DuckFile.open(db, true, x -> { }); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT sum(n) FROM t")) {
                r.next();
            }
        }).isInstanceOfSatisfying(DuckFile.OpenFailure.class, f -> assertThat(f.trouble()).isEqualTo(DuckFile.Trouble.DAMAGED));
    }

    /** A caller's check that fails closes the file: it opens again for writing at once, and the check's exception comes through. */
    @Test
    void a_failed_check_closes_the_file_and_passes_its_exception_on() throws Exception {
        Path db = dir.resolve("x.duckdb");
        try (Connection c = DuckFile.open(db, false, x -> { }); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1)");
        }
        assertThatThrownBy(() -> DuckFile.open(db, false, x -> {
            throw new IllegalStateException("not ours");
        })).isInstanceOf(IllegalStateException.class).hasMessage("not ours");
        assertThatThrownBy(() -> DuckFile.open(db, false, x -> {
            try (Statement s = x.createStatement()) {
                s.execute("SELECT * FROM no_such_table");
            }
        })).isInstanceOfSatisfying(DuckFile.OpenFailure.class, f -> assertThat(f.trouble()).isEqualTo(DuckFile.Trouble.OTHER));
        try (Connection c = DuckFile.open(db, false, x -> { }); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT sum(n) FROM t")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(1);
        }
    }
}
