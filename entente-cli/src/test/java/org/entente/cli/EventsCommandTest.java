package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsCommandTest {

    /** The real GDELT and ICEWS samples kept as fixtures by entente-events. */
    static final Path DATA = Path.of("../entente-events/src/test/resources/org/entente/events");
    static final String V2 = DATA.resolve("20191024143000.export.CSV").toString();
    static final String V2_OTHER = DATA.resolve("20151027220000.export.CSV").toString();

    @TempDir
    Path dir;

    private Run events(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "events";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--store";
        all[args.length + 2] = dir.resolve("events.duckdb").toString();
        return Run.entente(all);
    }

    /** Iran-Russia events per month, direction IRN>RUS and RUS>IRN, by plain string splitting of the files. */
    private static Map<String, int[]> independent(String... files) throws Exception {
        Map<String, int[]> out = new TreeMap<>();
        for (String f : files) {
            for (String line : Files.readAllLines(Path.of(f), StandardCharsets.UTF_8)) {
                String[] c = line.split("\t", -1);
                boolean ab = c[7].equals("IRN") && c[17].equals("RUS");
                boolean ba = c[7].equals("RUS") && c[17].equals("IRN");
                if (ab || ba) {
                    int[] n = out.computeIfAbsent(c[1].substring(0, 4) + "-" + c[1].substring(4, 6), k -> new int[2]);
                    n[ab ? 0 : 1]++;
                }
            }
        }
        return out;
    }

    /** A store written by the earlier layout (ledger keyed by SHA-256) is refused with what to do, exit 1, untouched. */
    @Test
    void refuses_a_store_of_the_earlier_layout_with_a_message() throws Exception {
        Path old = dir.resolve("events.duckdb");
        try (var c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + old, new java.util.Properties());
             var s = c.createStatement()) {
            s.execute("CREATE TABLE files (sha256 VARCHAR PRIMARY KEY, path VARCHAR)");
        }
        byte[] before = Files.readAllBytes(old);
        Run r = events("ingest", V2);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("entente: " + old).contains("earlier version of Entente")
                .contains("--store NEW_FILE").doesNotContain("Exception");
        assertThat(Files.readAllBytes(old)).isEqualTo(before);
    }

    /**
     * A store whose meta table names a newer layout is refused by ingest and by queries alike,
     * exit 1, untouched: this version could misread it.
     */
    @Test
    void refuses_a_store_of_a_newer_layout_with_a_message() throws Exception {
        Path store = dir.resolve("events.duckdb");
        assertThat(events("ingest", V2).code()).isZero();
        try (var c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + store, new java.util.Properties());
             var s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE meta SET value = '5' WHERE key = 'layout'")).isEqualTo(1);
        }
        byte[] before = Files.readAllBytes(store);
        for (Run r : List.of(events("ingest", V2_OTHER), events("stores"))) {
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).startsWith("entente: " + store + ": this event store has layout 5")
                    .contains("this version reads layout 4").contains("--store NEW_FILE").doesNotContain("Exception");
        }
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
    }

    /**
     * The same rows ingested twice, zipped and plain, are stored (they are valid data) with a
     * warning naming both files and the command that counts them once; {@code stores} lists the
     * pair, in text and JSON.
     */
    @Test
    void ingest_warns_when_a_file_repeats_stored_rows_and_stores_lists_them() throws Exception {
        Path plain = Files.copy(Path.of(V2), dir.resolve("20191024143000.export.CSV"));
        Path zip = dir.resolve("m.zip");
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new java.util.zip.ZipEntry("20191024143000.export.CSV"));
            z.write(Files.readAllBytes(plain));
            z.closeEntry();
        }
        Path store = dir.resolve("events.duckdb");
        Run first = events("ingest", zip.toString());
        assertThat(first.code()).isZero();
        assertThat(first.out()).doesNotContain("warning");
        Run second = events("ingest", plain.toString());
        assertThat(second.code()).as(second.err()).isZero();
        String checksum = Run.entente("events", "stores", "--json", "--store", store.toString()).out()
                .replaceAll("(?s).*\"path\" : \"" + java.util.regex.Pattern.quote(zip.toString())
                        + "\",.*?\"checksum\" : \"([0-9a-f]{12}).*", "$1");
        assertThat(checksum).hasSize(12);
        assertThat(second.out()).contains("    warning: " + plain.toAbsolutePath() + " holds the same 2,111 event ids "
                + "(881990832 to 881992942) as " + zip.toAbsolutePath() + ": the same rows, it seems, counted twice\n"
                + "    to count them once, take the earlier copy out: entente events remove " + checksum + " --store " + store)
                .contains("warning: 1 pair(s) of files may hold the same events, now counted twice");
        Run stores = events("stores");
        assertThat(stores.out()).contains("Possibly counted twice (1 pair(s) of files):\n  " + plain.toAbsolutePath()
                + " holds the same 2,111 event ids");
        JsonNode o = new ObjectMapper().readTree(events("stores", "--json").out()).get("overlaps").get(0);
        assertThat(o.get("earlier").asText()).isEqualTo(zip.toAbsolutePath().toString());
        assertThat(o.get("later").asText()).isEqualTo(plain.toAbsolutePath().toString());
        assertThat(o.get("sameIds").asBoolean()).isTrue();
        assertThat(o.get("firstSharedId").asLong()).isEqualTo(881990832L);
        // the command it gives takes the repeat out: the series counts once again
        assertThat(events("remove", checksum).code()).isZero();
        assertThat(events("stores").out()).doesNotContain("Possibly counted twice");
    }

    /**
     * Damage that DuckDB finds only when a query reads the broken blocks is told as damage found at
     * open is: exit 2, "the event store is damaged", what to do, and never the SQL. Which blocks
     * a query reads depends on the file's layout, so several places are broken, one copy each.
     */
    @Test
    void damage_found_by_a_query_is_told_as_at_open_without_the_sql() throws Exception {
        Path good = dir.resolve("events.duckdb");
        assertThat(events("ingest", V2_OTHER, V2, DATA.resolve("events.2018.sample.tab").toString(), "--watch",
                "IRN:RUS").code()).isZero();
        int failed = 0;
        for (int block : new int[] {128, 256}) {
            Path broken = dir.resolve("broken-" + block + ".duckdb");
            byte[] bytes = Files.readAllBytes(good);
            java.util.Arrays.fill(bytes, Math.min(bytes.length, block * 4096), Math.min(bytes.length, (block + 32) * 4096),
                    (byte) 0);
            Files.write(broken, bytes);
            for (String[] command : List.of(new String[] {"series", "IRN", "RUS"}, new String[] {"stores"})) {
                String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("events"),
                        java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                                java.util.stream.Stream.of("--store", broken.toString()))).toArray(String[]::new);
                Run r = Run.entente(args);
                if (r.code() != 0) {
                    failed++;
                    assertThat(r.code()).as(r.err()).isEqualTo(2);
                    assertThat(r.err()).startsWith("entente: " + broken + ": the event store is damaged (cut short or "
                            + "corrupt: ").contains("restore a copy").doesNotContain("SELECT").doesNotContain("query:")
                            .doesNotContain("Exception");
                }
            }
        }
        assertThat(failed).as("the broken blocks were read").isPositive();
    }

    /**
     * A store the user may not create or write where it was asked for is bad input (exit 2) with
     * what to do; here a file stands where its folder should be (a folder without write permission
     * cannot be tested as root, which may write anywhere).
     */
    @Test
    void a_store_that_cannot_be_created_there_is_bad_input_with_a_hint() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x\n");
        Path store = file.resolve("events.duckdb");
        Run r = Run.entente("events", "ingest", V2, "--store", store.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("entente: " + store + ": cannot create the folder " + file)
                .contains("choose a folder you can write to, or name another store with --store FILE")
                .doesNotContain("Exception");
    }

    /**
     * A store folder the system lets no one create (under /proc, where mkdir answers "no such
     * file") is bad input too, exit 2 with the same hint, as /sys and a file in the way are.
     */
    @Test
    void a_store_folder_the_system_will_not_make_is_bad_input_with_a_hint() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
        String store = "/proc/entente-no-such-folder/x.duckdb";
        Run r = Run.entente("events", "ingest", V2, "--store", store);
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("entente: " + store + ": cannot create the folder /proc/entente-no-such-folder "
                        + "for the event store (the system does not let a folder be made there)")
                .contains("choose a folder you can write to, or name another store with --store FILE")
                .doesNotContain("Exception");
    }

    /**
     * A store file the system will not create in a folder that exists (under /proc, where creating
     * a file answers "no such file"; under /sys, "permission denied") is bad input, exit 2, naming
     * the file with what to do, and never DuckDB's raw text.
     */
    @Test
    void a_store_file_the_system_will_not_create_is_bad_input_with_a_hint() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
        Map<String, String> reasons = new TreeMap<>(Map.of("/proc/entente-x.duckdb", "the system does not let a file be made there"));
        if (Files.isDirectory(Path.of("/sys/kernel")) && !Files.isWritable(Path.of("/sys"))) {
            reasons.put("/sys/entente-x.duckdb", "\u0000");   // denied, or read-only: it depends on who asks and the mount
        }
        for (Map.Entry<String, String> e : reasons.entrySet()) {
            Run r = Run.entente("events", "ingest", V2, "--store", e.getKey());
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).matches(java.util.regex.Pattern.quote("entente: " + e.getKey() + ": cannot open the event store: ")
                    + Refusals.pattern(e.getValue())
                    + java.util.regex.Pattern.quote("; choose a folder you can write to, or name another store with --store FILE\n"));
        }
    }

    /**
     * An export to a folder the system will not make or write is bad input, exit 2, with the cause
     * and what to do (no "free the space", which is for a full disk): a file where a folder of the
     * path should be, a folder under /proc (none can be made there), and /sys when it is read-only.
     * Nothing is written.
     */
    @Test
    void an_export_to_a_folder_the_system_refuses_is_bad_input_with_the_cause() throws Exception {
        assertThat(events("ingest", V2).code()).isZero();
        Path file = Files.writeString(dir.resolve("plain.txt"), "x\n");
        Map<String, String> reasons = new TreeMap<>(Map.of(file.resolve("out").toString(), "a file is in the way"));
        if (Files.isDirectory(Path.of("/proc/self"))) {
            reasons.put("/proc/entente-out", "the system does not let a folder be made there");
        }
        if (Files.isDirectory(Path.of("/sys/kernel")) && !Files.isWritable(Path.of("/sys"))) {
            reasons.put("/sys/entente-out", "\u0000");   // denied, or read-only: it depends on who asks and the mount
        }
        for (Map.Entry<String, String> e : reasons.entrySet()) {
            Run r = events("export", e.getKey());
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).matches(java.util.regex.Pattern.quote("entente: " + e.getKey() + ": cannot export there (")
                    + Refusals.pattern(e.getValue())
                    + java.util.regex.Pattern.quote("); nothing was written; choose a folder you can write to\n"));
            assertThat(Files.exists(Path.of(e.getKey()))).as(e.getKey()).isFalse();
        }
        assertThat(Files.readString(file)).isEqualTo("x\n");
    }

    /**
     * What is not an event store is refused as bad input (exit 2), for ingest and queries alike,
     * and left as it was: a data file DuckDB would read into memory (an ingest would keep
     * nothing), a folder, a file that is not DuckDB, and a DuckDB file without the store's tables.
     */
    @Test
    void refuses_what_is_not_an_event_store_and_leaves_it_as_it_was() throws Exception {
        Path csv = dir.resolve("copy.CSV");
        Files.copy(Path.of(V2), csv);
        Path text = dir.resolve("notes.duckdb");
        Files.writeString(text, "not a database\n");
        Path other = dir.resolve("other.duckdb");
        try (var c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + other, new java.util.Properties());
             var s = c.createStatement()) {
            s.execute("CREATE TABLE t (x INTEGER)");
        }
        Map<Path, String> expected = Map.of(
                csv, "DuckDB takes this file for data to read, not for a database",
                dir, "this is a folder; name a file for the event store, e.g. --store " + dir.resolve("events.duckdb"),
                text, "this file is not a DuckDB database, so not an event store");
        for (Map.Entry<Path, String> e : expected.entrySet()) {
            for (String command : new String[] {"ingest", "stores"}) {
                Run r = command.equals("ingest") ? Run.entente("events", "ingest", V2, "--store", e.getKey().toString())
                        : Run.entente("events", "stores", "--store", e.getKey().toString());
                assertThat(r.code()).as(command + " " + e.getKey() + ": " + r.err()).isEqualTo(2);
                assertThat(r.err()).startsWith("entente: " + e.getKey() + ": " + e.getValue()).doesNotContain("Exception");
            }
        }
        assertThat(Files.readString(csv)).isEqualTo(Files.readString(Path.of(V2)));
        assertThat(Files.readString(text)).isEqualTo("not a database\n");
        byte[] before = Files.readAllBytes(other);
        Run r = Run.entente("events", "series", "IRN", "RUS", "--store", other.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("entente: " + other + ": this DuckDB file holds other tables, not an event store");
        Run into = Run.entente("events", "ingest", V2, "--store", other.toString());
        assertThat(into.code()).isEqualTo(2);
        assertThat(into.err()).startsWith("entente: " + other + ": this DuckDB file holds other tables, not an event store");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
    }

    /**
     * A folder (or pattern) that holds the store itself is ingested without it, run after run: the
     * store and another DuckDB database beside it (a forecast ledger, with its write-ahead log) are
     * left out and said to be, so the ledger gets no junk rows; the store named as an input is bad input.
     */
    @Test
    void ingest_of_the_stores_own_folder_leaves_out_the_store_and_other_duckdb_files() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path event = Files.copy(Path.of(V2), data.resolve("20191024143000.export.CSV"));
        Path store = data.resolve("events.duckdb");
        Path ledger = data.resolve("ledger.duckdb");
        assertThat(Run.entente("forecast", "record", "--ledger", ledger.toString(), "--id", "q1", "--question",
                "Signed by mid-2030?", "--resolves", "2030-06-30", "--probability", "0.4").code()).isZero();
        // a writer killed before its checkpoint leaves its write-ahead log beside the database
        Files.write(Path.of(ledger + ".wal"), new byte[] {100, 0, 98, 101, 0, 2, -1, -1});
        Run first = Run.entente("events", "ingest", data.toString(), "--store", store.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("1 file(s): 1 ingested, 0 skipped");
        for (String input : List.of(data.toString(), data + "/*", data.toString())) {
            Run again = Run.entente("events", "ingest", input, "--store", store.toString());
            assertThat(again.code()).as(input + ": " + again.err()).isZero();
            assertThat(again.out()).as(input).contains("1 file(s): 0 ingested, 1 skipped")
                    .contains("left out 3 DuckDB file(s), not event data: events.duckdb (the event store), "
                            + "ledger.duckdb, ledger.duckdb.wal")
                    .doesNotContain("unknown");
        }
        JsonNode files = new ObjectMapper().readTree(Run.entente("events", "stores", "--json", "--store",
                store.toString()).out()).get("files");
        assertThat(files).hasSize(1);
        assertThat(files.get(0).get("path").asText()).isEqualTo(event.toAbsolutePath().toString());
        byte[] before = Files.readAllBytes(store);
        Run named = Run.entente("events", "ingest", event.toString(), store.toString(), "--store", store.toString());
        assertThat(named.code()).as(named.err()).isEqualTo(2);
        assertThat(named.err()).startsWith("entente: " + store + ": this is the event store being written (--store), "
                + "not event data; leave it out of the files to ingest").doesNotContain("Exception");
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
    }

    /** remove takes a file out (then it is ingested again as new); a file the store lacks, or no store, is exit 2. */
    @Test
    void removes_a_file_so_that_it_can_be_ingested_again() throws Exception {
        Path none = dir.resolve("none.duckdb");
        Run noStore = Run.entente("events", "remove", V2, "--store", none.toString());
        assertThat(noStore.code()).isEqualTo(2);
        assertThat(noStore.err()).contains("there is no event store here");
        assertThat(none).doesNotExist();
        assertThat(events("ingest", V2, V2_OTHER, "--watch", "IRN:RUS").code()).isZero();
        Run removed = events("remove", V2);
        assertThat(removed.code()).as(removed.err()).isZero();
        assertThat(removed.out()).startsWith("removed " + Path.of(V2).toAbsolutePath().normalize() + "  2,111 rows accepted, 0 rejected, 5 watched");
        JsonNode files = new ObjectMapper().readTree(events("stores", "--json").out()).get("files");
        assertThat(files).hasSize(1);
        assertThat(files.get(0).get("path").asText()).endsWith("20151027220000.export.CSV");
        Run again = events("remove", V2);
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains(V2 + ": no file of this path, name or checksum in").contains("events stores");
        String without = events("series", "IRN", "RUS", "--format", "csv").out();
        assertThat(without).doesNotContain("2019-10");   // the removed file's rows are out of the rollup
        assertThat(events("ingest", V2, "--watch", "IRN:RUS").out()).contains("1 file(s): 1 ingested, 0 skipped");
        assertThat(events("series", "IRN", "RUS", "--format", "csv").out()).contains("2019-10");
        String sum = new ObjectMapper().readTree(events("stores", "--json").out()).get("files").get(1).get("checksum").asText();
        Run byPrefix = events("remove", sum.substring(0, 12), "--json");
        assertThat(byPrefix.code()).as(byPrefix.err()).isZero();
        JsonNode gone = new ObjectMapper().readTree(byPrefix.out());
        assertThat(gone).hasSize(1);
        assertThat(gone.get(0).get("checksum").asText()).isEqualTo(sum);
        assertThat(gone.get(0).get("accepted").asLong()).isEqualTo(2111);
        assertThat(gone.get(0).get("watched").asLong()).isEqualTo(5);
    }

    /**
     * remove takes the name 'stores' shows (the base name) when one stored file has it; when
     * several do, it refuses (exit 2) listing their full paths, and the store is unchanged.
     */
    @Test
    void remove_takes_the_name_stores_shows_when_one_file_has_it() throws Exception {
        Path a = Files.copy(Path.of(V2), Files.createDirectories(dir.resolve("a")).resolve("update.export.CSV"));
        Path b = Files.copy(Path.of(V2_OTHER), Files.createDirectories(dir.resolve("b")).resolve("update.export.CSV"));
        Path icews = Files.copy(DATA.resolve("events.2018.sample.tab"), dir.resolve("events.2018.sample.tab"));
        assertThat(events("ingest", a.toString(), b.toString(), icews.toString()).code()).isZero();
        assertThat(events("stores").out()).contains("  events.2018.sample.tab ").contains("  update.export.CSV ");
        Run twice = events("remove", "update.export.CSV");
        assertThat(twice.code()).as(twice.err()).isEqualTo(2);
        assertThat(twice.err()).startsWith("entente: update.export.CSV: 2 stored files have this name: "
                + a.toAbsolutePath() + ", " + b.toAbsolutePath() + "; give the full path of the one to remove "
                + "(the store is unchanged)").doesNotContain("Exception");
        assertThat(new ObjectMapper().readTree(events("stores", "--json").out()).get("files")).hasSize(3);
        Run one = events("remove", "events.2018.sample.tab");
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(one.out()).startsWith("removed " + icews.toAbsolutePath() + "  ");
        JsonNode left = new ObjectMapper().readTree(events("stores", "--json").out()).get("files");
        assertThat(left).hasSize(2);
        assertThat(left.findValuesAsText("path")).containsExactly(a.toAbsolutePath().toString(), b.toAbsolutePath().toString());
    }

    /** One state twice, a negative count, a year 0 are bad input; --format is read in any case, as --by is. */
    @Test
    void refuses_a_dyad_of_one_state_and_counts_out_of_range() {
        assertThat(events("ingest", V2, "--watch", "IRN:RUS").code()).isZero();
        String[][][] bad = {
            {{"ingest", V2, "--watch", "IRN:iran"}, {"a dyad needs two different states, not IRN twice"}},
            {{"series", "IRN", "IRN"}, {"a dyad needs two different states, not IRN twice"}},
            {{"top", "RUS", "Russia", "--month", "2019-10"}, {"a dyad needs two different states, not RUS twice"}},
            {{"stores", "--rejects", "-1"}, {"--rejects -1: give how many rejects to list, 0 or more"}},
            {{"top", "IRN", "RUS", "--month", "0000-01"}, {"the year 0 is outside the years"}}};
        for (String[][] b : bad) {
            Run r = events(b[0]);
            assertThat(r.code()).as(String.join(" ", b[0]) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", b[0])).contains(b[1][0]);
        }
        assertThat(events("series", "Russian Federation", "Iran").out())
                .isEqualTo(events("series", "RUS", "IRN").out()).contains("2019-10");   // ICEWS's names work too
        assertThat(events("series", "Ruritania", "Iran").code()).isEqualTo(2);
        Run json = events("series", "IRN", "RUS", "--format", "JSON", "--by", "YEAR");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).startsWith("[");
        assertThat(events("series", "IRN", "RUS", "--dimension", "force").out())
                .contains("no events between IRN and RUS of the dimension force in the store");
        Run one = events("top", "IRN", "RUS", "--month", "2019-10", "--limit", "1");
        assertThat(one.out()).startsWith("IRN–RUS, 2019-10: the 1 most mentioned event(s) (--limit 1)");
    }

    /** Files of which not one row is event data: the run says so and exits 2; with one good file among them, 0. */
    @Test
    void exits_2_when_no_row_of_any_file_could_be_read() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello\tworld\n");
        Path empty = Files.writeString(dir.resolve("empty.CSV"), "");
        Run r = events("ingest", notes.toString(), empty.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no row of the 2 file(s) could be read as event data");
        assertThat(r.out()).contains("2 file(s): 2 ingested (2 of them with no row read as event data: kept as read, "
                + "with their rejects), 0 skipped");
        Path other = Files.writeString(dir.resolve("other.txt"), "something else\n");
        Run mixed = events("ingest", other.toString(), V2);
        assertThat(mixed.code()).as(mixed.err()).isZero();
        assertThat(mixed.out()).contains("2 file(s): 2 ingested (1 of them with no row read as event data");
    }

    /** Writes a store's rollup as the Spark job lays out its output (docs/scale-out.md), with DuckDB. */
    private static void sparkLike(Path store, Path out, int filesParts) throws Exception {
        Files.createDirectories(out);
        try (var c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + store, new java.util.Properties());
             var s = c.createStatement()) {
            s.execute("COPY (SELECT source, actor1, actor2, month, root, CAST(quad_class AS INTEGER) AS quad_class, "
                    + "dimension, events, distinct_reports, goldstein_sum, goldstein_weighted, mentions, sources, articles, "
                    + "tone_sum, toned, year(month) AS year FROM dyad_month) TO '" + out.resolve("dyad_month")
                    + "' (FORMAT PARQUET, PARTITION_BY (year))");
            s.execute("COPY (SELECT source, actor, month, events, year(month) AS year FROM actor_month) TO '"
                    + out.resolve("actor_month") + "' (FORMAT PARQUET, PARTITION_BY (year))");
            Files.createDirectories(out.resolve("files"));
            for (int i = 0; i < filesParts; i++) {
                s.execute("COPY (SELECT checksum, path, size, format, rows_accepted, rows_rejected, rows_dyadic, "
                        + "first_date, last_date FROM files) TO '" + out.resolve("files/part-" + i + ".parquet")
                        + "' (FORMAT PARQUET)");
            }
        }
    }

    /**
     * import-rollup reads a folder whose name looks like a pattern; an output whose files do not fit
     * together (one input listed twice, as when two runs are mixed) is bad input and leaves no store.
     */
    @Test
    void imports_a_folder_named_like_a_pattern_and_refuses_mixed_outputs() throws Exception {
        Path source = dir.resolve("source.duckdb");
        assertThat(Run.entente("events", "ingest", V2, V2_OTHER, "--store", source.toString()).code()).isZero();
        Path roll = dir.resolve("roll[1]");
        sparkLike(source, roll, 1);
        Path imported = dir.resolve("imported.duckdb");
        Run ok = Run.entente("events", "import-rollup", roll.toString(), "--store", imported.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).startsWith("imported 2 files");
        String a = Run.entente("events", "series", "IRN", "RUS", "--format", "csv", "--store", source.toString()).out();
        assertThat(Run.entente("events", "series", "IRN", "RUS", "--format", "csv", "--store", imported.toString()).out())
                .isEqualTo(a).contains("2019-10");
        Path mixed = dir.resolve("mixed");
        sparkLike(source, mixed, 2);
        Path none = dir.resolve("none.duckdb");
        Run bad = Run.entente("events", "import-rollup", mixed.toString(), "--store", none.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains(mixed + ": its Parquet files are not one output of the Spark rollup job")
                .doesNotContain("Exception");
        assertThat(none).as("a store made only to fail is not left behind").doesNotExist();
    }

    /**
     * import-rollup: a Parquet file cut short is bad input (exit 2) naming the file, and leaves no
     * store; a path that names nothing is said to be no such folder.
     */
    @Test
    void import_rollup_refuses_a_damaged_file_and_a_missing_folder_with_exit_2() throws Exception {
        Path source = dir.resolve("source.duckdb");
        assertThat(Run.entente("events", "ingest", V2, "--store", source.toString()).code()).isZero();
        Path roll = dir.resolve("roll");
        sparkLike(source, roll, 1);
        Path part;
        try (var parts = Files.walk(roll.resolve("dyad_month"))) {
            part = parts.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        Files.write(part, java.util.Arrays.copyOf(Files.readAllBytes(part), 10));
        Path none = dir.resolve("none.duckdb");
        Run damaged = Run.entente("events", "import-rollup", roll.toString(), "--store", none.toString());
        assertThat(damaged.code()).as(damaged.err()).isEqualTo(2);
        assertThat(damaged.err()).contains(part + " cannot be read as Parquet").contains("copy the job's output again")
                .doesNotContain("Exception");
        assertThat(none).as("a store made only to fail is not left behind").doesNotExist();
        Path nowhere = dir.resolve("nowhere");
        Run missing = Run.entente("events", "import-rollup", nowhere.toString(), "--store", none.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains(nowhere + ": no such folder").doesNotContain("holds no");
        assertThat(none).doesNotExist();
    }

    /** A file read again for a new watch is counted as such in the summary, with the bytes read. */
    @Test
    void the_summary_counts_files_read_again_for_new_watches() {
        assertThat(events("ingest", V2).code()).isZero();
        Run again = events("ingest", V2, "--watch", "IRN:RUS");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("1 file(s): 0 ingested, 0 skipped, 1 read again for new watches (5 event(s) kept); "
                + "0 rows accepted, 0 rejected; 0.9 MB in");
        assertThat(events("ingest", V2, "--watch", "IRN:RUS").out()).contains("1 file(s): 0 ingested, 1 skipped; ")
                .contains("0.0 MB in");
    }

    @Test
    void ingests_real_files_then_skips_them_the_second_time() {
        Run r = events("ingest", V2, V2_OTHER, "--watch", "IRN:RUS");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("[1/2] 20151027220000.export.CSV  gdelt2  2,116 rows, 0 rejected")
                .contains("[2/2] 20191024143000.export.CSV  gdelt2  2,111 rows")
                .contains("2 file(s): 2 ingested, 0 skipped; 4,227 rows accepted, 0 rejected");
        Run again = events("ingest", DATA + "/2*.export.CSV");
        assertThat(again.out()).contains("already ingested, skipped").contains("2 file(s): 0 ingested, 2 skipped");
    }

    /** {@code --json}: standard output is one JSON document (progress on stderr), the same figures as the text. */
    @Test
    void ingest_json_gives_the_ledger_entries_totals_and_repeated_rows() throws Exception {
        Path bad = dir.resolve("cut.CSV");
        List<String> lines = Files.readAllLines(Path.of(V2), StandardCharsets.UTF_8);
        List<String> cutLines = new java.util.ArrayList<>(lines.subList(0, 1200));
        cutLines.set(1, lines.get(1).substring(0, 40));   // line 2 cut short: a reject
        Files.write(bad, cutLines, StandardCharsets.UTF_8);
        Run r = events("ingest", V2_OTHER, bad.toString(), "--watch", "IRN:RUS", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("store").asText()).endsWith("events.duckdb");
        assertThat(j.path("files")).hasSize(2);
        // in the order the files are applied: sorted by absolute path (wherever the checkout and the temp folder are)
        List<String> paths = new java.util.ArrayList<>();
        j.path("files").forEach(f -> paths.add(f.path("path").asText()));
        assertThat(paths).isSorted().containsExactlyInAnyOrder(bad.toAbsolutePath().toString(),
                Path.of(V2_OTHER).toAbsolutePath().normalize().toString());
        JsonNode cut = j.path("files").get(paths.indexOf(bad.toAbsolutePath().toString()));
        JsonNode first = j.path("files").get(1 - paths.indexOf(bad.toAbsolutePath().toString()));
        assertThat(first.path("path").asText()).endsWith("20151027220000.export.CSV");
        assertThat(first.path("format").asText()).isEqualTo("gdelt2");
        assertThat(first.path("accepted").asLong()).isEqualTo(2116);
        assertThat(first.path("checksum").asText()).isNotEmpty();
        assertThat(cut.path("accepted").asLong()).isEqualTo(1199);
        assertThat(cut.path("rejected").asLong()).isEqualTo(1);
        assertThat(cut.path("firstRejects").get(0).path("line").asLong()).isEqualTo(2);
        assertThat(cut.path("firstRejects").get(0).path("file").asText()).endsWith("cut.CSV");
        JsonNode totals = j.path("totals");
        assertThat(totals.path("files").asInt()).isEqualTo(2);
        assertThat(totals.path("ingested").asInt()).isEqualTo(2);
        assertThat(totals.path("accepted").asLong()).isEqualTo(2116 + 1199);
        assertThat(totals.path("rejected").asLong()).isEqualTo(1);
        assertThat(totals.path("bytesRead").asLong()).isEqualTo(Files.size(Path.of(V2_OTHER)) + Files.size(bad));
        // the rows of cut.CSV are rows of V2: one more ingest of V2 repeats them, which the JSON names
        assertThat(j.path("overlaps")).isEmpty();
        Run twice = events("ingest", V2, "--json");
        assertThat(twice.code()).as(twice.err()).isZero();
        JsonNode t = new ObjectMapper().readTree(twice.out());
        assertThat(t.path("overlaps")).hasSize(1);
        assertThat(t.path("overlaps").get(0).path("earlier").asText()).endsWith("cut.CSV");
        assertThat(t.path("overlaps").get(0).path("sharedIds").asLong()).isBetween(900L, 1500L);   // 1,199 shared
        assertThat(twice.err()).contains("[1/1] 20191024143000.export.CSV  gdelt2");
        JsonNode again = new ObjectMapper().readTree(events("ingest", V2, "--json").out());
        assertThat(again.path("totals").path("skipped").asInt()).isEqualTo(1);
        assertThat(again.path("files").get(0).path("skipped").asBoolean()).isTrue();
    }

    @Test
    void series_matches_a_count_made_by_splitting_the_files() throws Exception {
        assertThat(events("ingest", V2, V2_OTHER, "--watch", "IRN:RUS").code()).isZero();
        Run r = events("series", "Iran", "RUS", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out());
        Map<String, int[]> expected = independent(V2, V2_OTHER);
        assertThat(rows.size()).isEqualTo(expected.size());
        for (JsonNode row : rows) {
            int[] n = expected.get(row.get("period").asText());
            assertThat(n).as(row.toString()).isNotNull();
            assertThat(row.get("eventsAB").asInt()).isEqualTo(n[0]);
            assertThat(row.get("eventsBA").asInt()).isEqualTo(n[1]);
        }
        Run csv = events("series", "IRN", "RUS", "--by", "year", "--format", "csv");
        assertThat(csv.out()).startsWith("period,source,events_ab,").contains("\n2019,gdelt,");
        assertThat(events("series", "IRN", "RUS").out()).contains("PERIOD").contains("IRN>RUS");
    }

    /** The bundled samples as docs/events.md ingests them: rows in time order, not source by source. */
    @Test
    void series_runs_in_time_order_across_sources() throws Exception {
        String icews = DATA.resolve("events.2018.sample.tab").toString();
        assertThat(events("ingest", V2_OTHER, V2, icews, "--watch", "IRN:RUS").code()).isZero();
        Run csv = events("series", "IRN", "RUS", "--by", "year", "--format", "csv");
        assertThat(csv.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(',', 5))).toList())
                .containsExactly("2015,gdelt", "2018,icews", "2019,gdelt");
        assertThat(events("series", "IRN", "RUS", "--by", "year").out().lines().skip(2).limit(3).map(l -> l.substring(0, 14))
                .toList()).containsExactly("2015     gdelt", "2018     icews", "2019     gdelt");
    }

    /**
     * The measures of one direction, weighted by mentions, with each state's share: the table says
     * which in its caption and headings, the CSV and JSON in each row; under the table, whether each
     * source's months could be tested for shifts.
     */
    @Test
    void series_shows_one_direction_the_mentions_weighted_goldstein_and_each_states_share() throws Exception {
        assertThat(events("ingest", V2, V2_OTHER).code()).isZero();
        String both = events("series", "RUS", "SYR").out();
        assertThat(both.lines().findFirst().orElseThrow()).isEqualTo("RUS and SYR, both directions; Goldstein mean and sum per event");
        assertThat(both.lines().skip(1).findFirst().orElseThrow()).contains("RUS>SYR", "SYR>RUS", "ALL", "DISTINCT", "GOLD",
                "GOLDSUM", "PER1000RUS", "PER1000SYR", "SHIFT");
        assertThat(both).contains("Shifts in the monthly Goldstein mean per event (binary segmentation, permutation CUSUM "
                + "test at 1 %, 12 months with events or more, 3 a side):\n  gdelt  too few months with events to test");
        Run ab = events("series", "RUS", "SYR", "--direction", "ab", "--weight", "mentions");
        assertThat(ab.code()).as(ab.err()).isZero();
        List<String> lines = ab.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("RUS>SYR only: RUS's acts toward SYR; Goldstein mean and sum weighted by mentions "
                + "(GDELT only)");
        assertThat(lines.get(1)).contains("RUS>SYR", "GOLD-M", "GOLDSUM-M").doesNotContain("SYR>RUS").doesNotContain(" ALL ");
        assertThat(events("series", "RUS", "SYR", "--direction", "BA").out().lines().findFirst().orElseThrow())
                .startsWith("SYR>RUS only: SYR's acts toward RUS;");
        JsonNode rows = new ObjectMapper().readTree(events("series", "RUS", "SYR", "--direction", "ab", "--weight", "mentions",
                "--format", "json").out());
        assertThat(rows.size()).isPositive();
        for (JsonNode r : rows) {
            assertThat(r.get("direction").asText()).isEqualTo("ab");
            assertThat(r.get("weight").asText()).isEqualTo("mentions");
            assertThat(r.get("events").asLong()).isEqualTo(r.get("eventsAB").asLong());
            assertThat(r.get("goldsteinMentionsMean").asDouble()).isEqualTo(
                    r.get("goldsteinMentionsSum").asDouble() / r.get("mentions").asLong(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(r.get("perThousandA").asDouble()).isEqualTo(1000.0 * r.get("events").asLong() / r.get("volumeA").asLong(),
                    org.assertj.core.data.Offset.offset(1e-9));
            assertThat(r.has("shiftMonth")).isTrue();
        }
        List<String> csv = events("series", "RUS", "SYR", "--direction", "ba", "--format", "csv").out().lines().toList();
        assertThat(csv.get(0)).startsWith("period,source,events_ab,events_ba,events,distinct_reports,")
                .endsWith(",shift,direction,weight,mentions,goldstein_mentions_sum,per_thousand_a,per_thousand_b,shift_month");
        assertThat(csv.subList(1, csv.size())).isNotEmpty().allSatisfy(l -> assertThat(l).contains(",ba,events,"));
        for (String[] bad : new String[][] {{"--direction", "sideways"}, {"--weight", "articles"}}) {
            Run r = events("series", "RUS", "SYR", bad[0], bad[1]);
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains(bad[0] + " '" + bad[1] + "' is not");
        }
        assertThat(events("series", "IRN", "TUR", "--direction", "ba").out())   // Iran's acts only, in these files
                .isEqualTo("no events from TUR to IRN in the store\n");
    }

    @Test
    void stores_names_the_watched_pairs_and_in_how_many_files_each_was_watched() throws Exception {
        assertThat(events("ingest", V2).code()).isZero();
        assertThat(events("stores").out()).contains("Watched pairs: none");
        assertThat(events("ingest", V2, "--watch", "RUS:IRN", "--watch", "IRN:RUS").code()).isZero();   // read again
        assertThat(events("ingest", V2_OTHER, "--watch", "IRN:RUS", "--watch", "CHN:RUS").code()).isZero();
        // a file of which nothing could be read is no event file of the count
        Path junk = Files.writeString(dir.resolve("junk.CSV"), "not\tan\tevent\n");
        events("ingest", junk.toString());
        assertThat(events("stores").out()).contains("Watched pairs (events kept in full, for 'entente events top'): "
                + "CHN:RUS (1 of 2 event files), IRN:RUS\n");
        JsonNode watched = new ObjectMapper().readTree(events("stores", "--json").out()).get("watchedPairs");
        assertThat(watched.toString()).isEqualTo("[{\"a\":\"CHN\",\"b\":\"RUS\",\"files\":1,\"of\":2},"
                + "{\"a\":\"IRN\",\"b\":\"RUS\",\"files\":2,\"of\":2}]");
    }

    /** ICEWS names a publisher where GDELT gives an address: top says which, and leaves the URL empty. */
    @Test
    void top_gives_icews_publishers_as_publishers_not_as_urls() throws Exception {
        String icews = DATA.resolve("events.2018.sample.tab").toString();
        assertThat(events("ingest", icews, "--watch", "USA:PRK").code()).isZero();
        Run top = events("top", "USA", "PRK", "--month", "2018-06", "--limit", "3");
        assertThat(top.code()).as(top.err()).isZero();
        assertThat(top.out()).contains("published by Yonhap English News (ICEWS gives no URL)");
        JsonNode json = new ObjectMapper().readTree(events("top", "USA", "PRK", "--month", "2018-06", "--json").out());
        assertThat(json.size()).isGreaterThan(3);
        json.forEach(e -> {
            assertThat(e.get("source").asText()).isEqualTo("icews");
            assertThat(e.get("url").asText()).isEmpty();
            assertThat(e.get("publisher").asText()).isNotBlank();
        });
    }

    @Test
    void top_lists_the_month_s_events_with_urls_and_stores_describes_the_store() throws Exception {
        assertThat(events("ingest", V2, "--watch", "IRN:RUS").code()).isZero();
        String month = independent(V2).keySet().iterator().next();
        Run top = events("top", "RUS", "IRN", "--month", month);
        assertThat(top.code()).as(top.err()).isZero();
        assertThat(top.out()).contains("most mentioned first").contains("http");
        JsonNode topJson = new ObjectMapper().readTree(events("top", "IRN", "RUS", "--month", month, "--json").out());
        assertThat(topJson.size()).isPositive();
        assertThat(topJson.get(0).get("url").asText()).startsWith("http");
        assertThat(topJson.get(0).get("publisher").asText()).isEmpty();
        JsonNode stores = new ObjectMapper().readTree(events("stores", "--json").out());
        assertThat(stores.get("files").size()).isEqualTo(1);
        assertThat(stores.get("files").get(0).get("accepted").asInt()).isEqualTo(2111);
        assertThat(stores.get("coverage").get(0).get("source").asText()).isEqualTo("gdelt");
        assertThat(events("stores").out()).contains("20191024143000.export.CSV").contains("gdelt: 1 file(s)");
        Run export = events("export", dir.resolve("out").toString(), "--format", "csv");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(dir.resolve("out/dyad_month.csv")).exists();
    }

    /**
     * A folder holding a GDELT 2.0 export and the mentions of the same update (real samples): the
     * mentions of the watched dyad's events are kept, and top lists them under each event.
     */
    @Test
    void mentions_files_add_the_articles_of_watched_events_to_top() throws Exception {
        Path in = dir.resolve("update");
        Files.createDirectories(in);
        Files.copy(DATA.resolve("spark-gdelt_mentions_sample100.CSV"), in.resolve("20150218230000.mentions.CSV"));
        Files.copy(DATA.resolve("spark-gdelt_events_sample100.CSV"), in.resolve("20150218230000.export.CSV"));
        Run r = events("ingest", in.toString(), "--watch", "ZWE:BLR");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("20150218230000.mentions.CSV  gdelt2-mentions  100 rows, 0 rejected, 3 kept "
                + "(mentions of events the store keeps)");
        JsonNode top = new ObjectMapper().readTree(events("top", "ZWE", "BLR", "--month", "2020-03", "--json").out());
        int articles = 0;
        for (JsonNode e : top) {
            for (JsonNode a : e.get("articles")) {
                articles++;
                assertThat(a.get("url").asText()).startsWith("http");
                assertThat(a.get("outlet").asText()).isNotBlank();
            }
        }
        assertThat(articles).isEqualTo(3);
        assertThat(events("top", "ZWE", "BLR", "--month", "2020-03").out()).contains("mentioned 2020-03-18 10:45 by eng.belta.by");
        assertThat(events("stores").out()).contains("gdelt-mentions: 1 file(s), 100 rows accepted, 0 rejected");
    }

    /**
     * A corrupt (not truncated) .gz: the rows it garbled are rejected one by one before its check
     * fails at the end. The broken archive, the cause, is named under the file's line and first
     * among the summary's rejects and those 'stores' lists; every reject is stored.
     */
    @Test
    void a_corrupt_gzip_is_named_first_as_the_cause_of_its_rejects() throws Exception {
        String[] lines = Files.readString(Path.of(V2), StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 99; i < 399; i++) {
            lines[i] = lines[i].replaceFirst("\t", " ");   // garbled as a flipped bit garbles them: a column short
        }
        Path gz = dir.resolve("corrupt.export.CSV.gz");
        try (var o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = Files.readAllBytes(gz);
        all[all.length - 8] ^= 0x10;   // the trailer's CRC-32: the archive's check fails at its end
        Files.write(gz, all);
        Run r = events("ingest", gz.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String broken = gz + ":2112: truncated or broken archive (Corrupt GZIP trailer)";
        List<String> out = r.out().lines().toList();
        int at = 0;
        while (at < out.size() && !out.get(at).startsWith("[1/1] corrupt.export.CSV.gz")) {
            at++;
        }
        assertThat(out.get(at)).contains("1,811 rows, 301 rejected");
        assertThat(out.get(at + 1)).startsWith("    broken archive: " + broken);
        assertThat(out.get(at + 2)).startsWith("    the file's other 300 reject(s) may come from the same damage");
        assertThat(out.stream().filter(l -> l.startsWith("  rejected ")).findFirst())
                .hasValueSatisfying(l -> assertThat(l).startsWith("  rejected " + broken));
        assertThat(r.out()).contains("all 301 rejects are in the store's rejects table");
        Run stores = events("stores", "--rejects", "2");
        assertThat(stores.out().lines().filter(l -> l.startsWith("  rejected ")).toList()).hasSize(2)
                .first().asString().startsWith("  rejected " + broken);
    }

    /**
     * A zip of members in several formats: each is detected on its own, and the file's line says
     * which member had which; the ledger's format joins them; --json gives each member's format.
     */
    @Test
    void a_zip_of_several_formats_says_which_member_had_which() throws Exception {
        Path zip = dir.resolve("mixed.zip");
        String v1 = "gdelt1_events_sample100_10files_57and58cols.tsv";
        String icews = "events.2018.sample.tab";
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("20191024143000.export.CSV", v1, icews)) {
                z.putNextEntry(new java.util.zip.ZipEntry(name));
                z.write(Files.readAllBytes(DATA.resolve(name)));
                z.closeEntry();
            }
            z.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            z.write("not event data\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Run r = events("ingest", zip.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> out = r.out().lines().toList();
        int at = 0;
        while (at < out.size() && !out.get(at).startsWith("[1/1] mixed.zip")) {
            at++;
        }
        assertThat(out.get(at)).startsWith("[1/1] mixed.zip  gdelt1+gdelt2+icews  5,916 rows, 1 rejected");
        assertThat(out.get(at + 1)).isEqualTo("    members: gdelt2 20191024143000.export.CSV; gdelt1 " + v1 + "; icews "
                + icews + "; unknown notes.txt");
        assertThat(events("stores").out()).contains("mixed.zip").contains("gdelt1+gdelt2+icews");
        JsonNode j = new ObjectMapper().readTree(Run.entente("events", "ingest", zip.toString(), "--store",
                dir.resolve("other.duckdb").toString(), "--json").out());
        JsonNode members = j.path("files").get(0).path("members");
        assertThat(members).hasSize(4);
        assertThat(members.get(2).path("member").asText()).isEqualTo(icews);
        assertThat(members.get(2).path("format").asText()).isEqualTo("icews");
        assertThat(members.get(3).path("format").asText()).isEqualTo("unknown");
    }

    /** A file that is not event data is read, every line rejected with its reason, and the user told so. */
    @Test
    void a_file_that_is_not_event_data_is_named_as_such() throws Exception {
        Path notes = dir.resolve("notes.CSV");
        Files.writeString(notes, "Meeting notes\nIran and Russia, 2025\n");
        Run r = events("ingest", notes.toString());
        assertThat(r.code()).isEqualTo(2);   // the only file given, and not event data
        assertThat(events("stores").out()).contains("unknown: 1 file(s), 0 rows accepted, 1 rejected, 0 dyadic; "
                + "no dated events");
        assertThat(r.out()).contains("notes.CSV  unknown  0 rows, 1 rejected")
                .contains("no row of notes.CSV could be read as GDELT 1.0, GDELT 2.0 (events or mentions) or ICEWS")
                .contains("rejected " + notes + ":1: format not recognised: 1 tab-separated fields");
    }

    @Test
    void bad_input_exits_2_with_a_message() throws Exception {
        assertThat(events("ingest", dir.resolve("missing.CSV").toString()).code()).isEqualTo(2);
        Path docsOnly = Files.createDirectories(dir.resolve("docs-only"));
        Files.writeString(docsOnly.resolve("README.md"), "about the data");
        Run empty = events("ingest", docsOnly.toString());
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("docs-only: the folder holds no event files");
        assertThat(events("ingest", V2, "--watch", "IRN-RUS").code()).isEqualTo(2);
        assertThat(events("series", "IRN", "RUS", "--by", "week").code()).isEqualTo(2);
        assertThat(events("series", "IRN", "RUS", "--dimension", "nuclear").err()).contains("valid: economic");
        assertThat(events("series", "Narnia", "RUS").code()).isEqualTo(2);
        assertThat(events("top", "IRN", "RUS", "--month", "2019-13").code()).isEqualTo(2);
        for (String[] query : new String[][] {{"series", "IRN", "RUS"}, {"top", "IRN", "RUS", "--month", "2019-10"},
            {"stores"}, {"export", dir.resolve("out").toString()}}) {
            Run none = events(query);
            assertThat(none.code()).as(query[0]).isEqualTo(2);
            assertThat(none.err()).as(query[0]).contains("there is no event store here").contains("entente events ingest");
        }
        assertThat(dir.resolve("events.duckdb")).as("a query creates no store").doesNotExist();
        assertThat(events("ingest", V2).code()).isZero();
        Run unwatched = events("top", "USA", "CHN", "--month", "2019-10");
        assertThat(unwatched.code()).isEqualTo(2);
        assertThat(unwatched.err()).contains("was not watched");
        Run notSpark = events("import-rollup", DATA.toString());
        assertThat(notSpark.code()).isEqualTo(2);
        assertThat(notSpark.err()).startsWith("entente: " + DATA).contains("holds no dyad_month/ Parquet files")
                .contains("output folder of the Spark rollup job");
        Path fresh = dir.resolve("fresh.duckdb");
        assertThat(Run.entente("events", "import-rollup", DATA.toString(), "--store", fresh.toString()).code()).isEqualTo(2);
        assertThat(fresh).as("bad input creates no store").doesNotExist();
    }
}
