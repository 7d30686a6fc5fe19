package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.entente.events.cameo.Cameo;
import org.entente.reference.CountryTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReadingTest {

    private static final Countries COUNTRIES = new Countries(CountryTable.bundled(), Cameo.bundled());

    @TempDir
    Path dir;

    private static FileBatch read(Path p) {
        return new FileReading(COUNTRIES, List.of(Watch.parse("IRN:RUS"))).read(p);
    }

    private static long lines(Path p) throws IOException {
        try (var s = Files.lines(p, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            return s.filter(l -> !l.isEmpty()).count();
        }
    }

    @Test
    void reads_every_row_of_a_real_gdelt2_export() throws IOException {
        Path p = Fixtures.path(Fixtures.V2);
        FileBatch b = read(p);
        assertThat(b.format()).isEqualTo("gdelt2");
        assertThat(b.rejects).isEmpty();
        assertThat(b.accepted).isEqualTo(lines(p)).isEqualTo(2111);
        // PROVENANCE.md of the shared data: 5 IRN-RUS rows in either direction
        assertThat(b.watched).hasSize(5);
        assertThat(b.watched).allSatisfy(l -> assertThat(l.event().url()).startsWith("http"));
    }

    @Test
    void reads_gdelt1_rows_of_57_and_58_columns() {
        FileBatch b = read(Fixtures.path(Fixtures.V1));
        assertThat(b.format()).isEqualTo("gdelt1");
        assertThat(b.rejects).isEmpty();
        assertThat(b.accepted).isEqualTo(100);
        assertThat(b.first).hasToString("1979-01-01");
    }

    @Test
    void reads_icews_by_its_header_and_maps_country_names() {
        FileBatch b = read(Fixtures.path(Fixtures.ICEWS));
        assertThat(b.format()).isEqualTo("icews");
        assertThat(b.rejects).isEmpty();
        assertThat(b.accepted).isEqualTo(3705);
        // PROVENANCE.md: the Iran-Russian Federation dyad has 4 rows in either direction
        assertThat(b.watched).hasSize(4);
        assertThat(b.watched).allSatisfy(l -> assertThat(l.event().mentions()).isEmpty());
    }

    /**
     * The icews R package's comma-separated layout: every row read, the counts of its provenance
     * note, and each event that the native file (1-2 June) also holds read the same from both.
     */
    @Test
    void reads_the_comma_separated_icews_layout_as_the_native_one() throws IOException {
        FileBatch csv = read(Fixtures.path(Fixtures.ICEWS_CSV));
        assertThat(csv.format()).isEqualTo("icews-csv");
        assertThat(csv.rejects).isEmpty();
        assertThat(csv.accepted).isEqualTo(4993);
        assertThat(csv.first).isEqualTo(java.time.LocalDate.of(2018, 6, 1));
        assertThat(csv.last).isEqualTo(java.time.LocalDate.of(2018, 6, 3));
        assertThat(csv.watched).hasSize(4);   // PROVENANCE.md: 4 Iran-Russian Federation rows
        // the same events through the native file: 4 watched in both, with the same fields
        java.util.Map<String, Event> nativeById = new java.util.HashMap<>();
        for (FileBatch.Located l : read(Fixtures.path(Fixtures.ICEWS)).watched) {
            nativeById.put(l.event().id(), l.event());
        }
        int same = 0;
        for (FileBatch.Located l : csv.watched) {
            Event a = l.event();
            Event b = nativeById.get(a.id());
            if (b != null) {
                assertThat(List.of(a.date(), a.actor1(), a.actor1Name(), a.actor2(), a.actor2Name(), a.code(),
                        a.goldstein(), a.place(), a.url())).isEqualTo(List.of(b.date(), b.actor1(), b.actor1Name(),
                        b.actor2(), b.actor2Name(), b.code(), b.goldstein(), b.place(), b.url()));
                same++;
            }
        }
        assertThat(same).as("the 4 watched events of the CSV, each found with the same fields in the native file")
                .isEqualTo(csv.watched.size());
        // a broken quote is a reject at its line; its neighbours are kept
        List<String> lines;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(Fixtures.path(Fixtures.ICEWS_CSV)))) {
            lines = new java.util.ArrayList<>(List.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .split("\n")));
        }
        lines.set(3, lines.get(3).replaceFirst(",\"", ",\"x\"y"));   // text after a closing quote
        Path broken = dir.resolve("broken.csv");
        Files.write(broken, lines.subList(0, 10));
        FileBatch b = read(broken);
        assertThat(b.accepted).isEqualTo(8);
        assertThat(b.rejects).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.reason()).contains("malformed CSV");
        });
    }

    /** An ICEWS reject quotes the date as the file writes it (2018-02-30), not as it was re-joined (20180230). */
    @Test
    void an_icews_date_is_quoted_as_written() throws IOException {
        List<String> lines = Files.readAllLines(Fixtures.path(Fixtures.ICEWS), java.nio.charset.StandardCharsets.UTF_8)
                .subList(0, 6);
        lines = new java.util.ArrayList<>(lines);
        lines.set(2, lines.get(2).replaceFirst("\t2018-06-01\t", "\t2018-02-30\t"));
        lines.set(3, lines.get(3).replaceFirst("\t2018-06-01\t", "\t2018-0a-01\t"));
        lines.set(4, lines.get(4).replaceFirst("\t2018-06-01\t", "\t2018/06/01\t"));
        FileBatch b = read(Files.write(dir.resolve("dates.tab"), lines));
        assertThat(b.accepted).isEqualTo(2);
        assertThat(b.rejects).extracting(Reject::line).containsExactly(3L, 4L, 5L);
        assertThat(b.rejects).extracting(Reject::reason).containsExactly(
                "Event Date '2018-02-30' is not a real date",
                "Event Date '2018-0a-01' is not a date YYYY-MM-DD",
                "Event Date '2018/06/01' is not a date YYYY-MM-DD");
    }

    @Test
    void rejects_bad_rows_with_line_and_reason_and_keeps_their_neighbours() {
        FileBatch b = read(Fixtures.path(Fixtures.MALFORMED));
        assertThat(b.accepted).isEqualTo(5);
        assertThat(b.rejects).extracting(Reject::line).containsExactly(2L, 3L, 5L, 6L, 8L, 9L, 11L);
        assertThat(b.rejects).extracting(Reject::reason).containsExactly(
                "wrong column count 60 (gdelt2 rows have 61)",
                "SQLDATE '20190231' is not a real date",
                "GoldsteinScale 'abc' is not a number",
                "invalid UTF-8 at byte 50 of the line",
                "NumMentions '-3' is not a count",
                "QuadClass '7' is not 1 to 4",
                "GoldsteinScale 12.5 is outside -10 to 10");
        assertThat(b.rejects).allSatisfy(r -> assertThat(r.file()).endsWith(Fixtures.MALFORMED));
    }

    @Test
    void keeps_the_rows_before_the_break_of_a_truncated_gzip() throws IOException {
        Path gz = Fixtures.gzip(Fixtures.V2, dir.resolve("cut.export.CSV.gz"), 0.5);
        FileBatch b = read(gz);
        assertThat(b.accepted).isBetween(500L, 2110L);
        assertThat(b.rejects).hasSize(1);
        Reject r = b.rejects.get(0);
        assertThat(r.reason()).isEqualTo("truncated or broken archive (the compressed data ends early); rows before "
                + "this line were kept. To replace the file with a complete copy: entente events remove FILE, then "
                + "ingest the copy");
        assertThat(r.line()).isGreaterThan(b.accepted);
    }

    /**
     * A gzip file cut within its first lines, those the format is judged by: the whole lines before
     * the break are read as GDELT 2.0 (they had been lost with the file taken for an unknown format),
     * exactly as the same lines in a plain file are.
     */
    @Test
    void keeps_the_rows_of_a_gzip_cut_within_its_first_lines() throws IOException {
        byte[] whole = Files.readAllBytes(Fixtures.path(Fixtures.V2));
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.GZIPOutputStream(packed)) {
            z.write(whole);
        }
        Path cut = Files.write(dir.resolve("early.export.CSV.gz"), java.util.Arrays.copyOf(packed.toByteArray(), 3000));
        // what the cut file holds: the bytes that inflate before the break, up to the last whole line
        java.io.ByteArrayOutputStream inflated = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(cut))) {
            in.transferTo(inflated);
        } catch (java.io.EOFException expected) {
            // the break
        }
        byte[] before = inflated.toByteArray();
        int end = before.length;
        while (end > 0 && before[end - 1] != '\n') {
            end--;
        }
        Path plain = Files.write(dir.resolve("early.export.CSV"), java.util.Arrays.copyOf(before, end));
        long wholeLines = lines(plain);
        assertThat(wholeLines).as("the break comes within the lines the format is judged by").isBetween(5L, 49L);
        FileBatch expected = read(plain);
        FileBatch b = read(cut);
        assertThat(b.formats).containsExactly("gdelt2");
        assertThat(b.accepted).isEqualTo(expected.accepted).isEqualTo(wholeLines - expected.rejects.size());
        assertThat(b.watched).hasSameSizeAs(expected.watched);
        assertThat(b.rejects).hasSize(expected.rejects.size() + 1);
        assertThat(b.rejects.get(b.rejects.size() - 1).reason()).startsWith("truncated or broken archive");
    }

    /** A zip cut short inside its one member: the rows before the break, and one reject (not one more for the archive). */
    @Test
    void a_truncated_zip_gives_one_reject() throws IOException {
        Path zip = dir.resolve("cut.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry(Fixtures.V2));
            z.write(Files.readAllBytes(Fixtures.path(Fixtures.V2)));
            z.closeEntry();
        }
        byte[] all = Files.readAllBytes(zip);
        Files.write(zip, java.util.Arrays.copyOf(all, all.length / 2));
        FileBatch b = read(zip);
        assertThat(b.accepted).isBetween(500L, 2110L);
        assertThat(b.rejects).singleElement().satisfies(r -> {
            assertThat(r.reason()).startsWith("truncated or broken archive (");
            assertThat(r.file()).endsWith("cut.zip!" + Fixtures.V2);
            assertThat(r.line()).isGreaterThan(b.accepted);
        });
    }

    @Test
    void reads_each_member_of_a_zip_with_its_own_format() throws IOException {
        Path zip = dir.resolve("mixed.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of(Fixtures.V2, Fixtures.V1)) {
                z.putNextEntry(new ZipEntry(name));
                z.write(Files.readAllBytes(Fixtures.path(name)));
                z.closeEntry();
            }
        }
        FileBatch b = read(zip);
        assertThat(b.format()).isEqualTo("gdelt1+gdelt2");
        assertThat(b.members).containsExactly(new FileReport.Member(Fixtures.V2, "gdelt2"),
                new FileReport.Member(Fixtures.V1, "gdelt1"));
        assertThat(b.accepted).isEqualTo(2211);
        assertThat(b.watched.get(0).file()).endsWith("mixed.zip!" + Fixtures.V2);
    }

    /** A zip inside a zip is not read as text ("1 tab-separated fields"): one reject says to unpack it. */
    @Test
    void an_archive_inside_an_archive_gets_one_reject_saying_to_unpack_it() throws IOException {
        java.io.ByteArrayOutputStream inner = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(inner)) {
            z.putNextEntry(new ZipEntry(Fixtures.V2));
            z.write(Files.readAllBytes(Fixtures.path(Fixtures.V2)));
            z.closeEntry();
        }
        Path zip = dir.resolve("nested.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("inner.zip"));
            z.write(inner.toByteArray());
            z.closeEntry();
            z.putNextEntry(new ZipEntry(Fixtures.V1));
            z.write(Files.readAllBytes(Fixtures.path(Fixtures.V1)));
            z.closeEntry();
        }
        FileBatch b = read(zip);
        assertThat(b.format()).isEqualTo("gdelt1");
        assertThat(b.accepted).isEqualTo(100);
        assertThat(b.rejects).singleElement().satisfies(r -> {
            assertThat(r.file()).endsWith("nested.zip!inner.zip");
            assertThat(r.line()).isEqualTo(1);
            assertThat(r.reason()).isEqualTo("an archive inside an archive: archives within archives are not read; "
                    + "unpack inner.zip and ingest the files it holds; it was not read");
        });
    }

    /**
     * GDELT rows re-written by R's write.csv (a real one: the first lines of a GDELT 1.0 subset, names
     * quoted), with R's row names, or by pandas with its index: one reject that names the
     * comma-separated copy, not "1 tab-separated fields".
     */
    @Test
    void a_comma_separated_gdelt_copy_by_r_or_pandas_is_named_as_such() throws IOException {
        List<String> r = Files.readAllLines(Fixtures.path(Fixtures.V1_R_CSV), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(r.get(0)).startsWith("\"GLOBALEVENTID\",\"SQLDATE\",");
        Path rowNames = Files.write(dir.resolve("rownames.csv"), List.of("\"\"," + r.get(0), "\"1\"," + r.get(1)));
        Path pandasIndex = Files.write(dir.resolve("index.csv"), List.of("," + r.get(0).replace("\"", ""),
                "0," + r.get(1).replace("\"", "")));
        for (Path p : List.of(Fixtures.path(Fixtures.V1_R_CSV), rowNames, pandasIndex)) {
            FileBatch b = read(p);
            assertThat(b.format()).as(p.toString()).isEqualTo("unknown");
            assertThat(b.accepted).as(p.toString()).isZero();
            assertThat(b.rejects).as(p.toString()).singleElement().satisfies(x -> {
                assertThat(x.line()).isEqualTo(1);
                assertThat(x.reason()).startsWith("format not recognised: a comma-separated copy of GDELT rows with a "
                        + "header line").contains("R's write.csv").contains("tab-separated files");
            });
        }
    }

    @Test
    void rejects_a_file_of_unknown_format_once() throws IOException {
        Path p = dir.resolve("notes.txt");
        Files.writeString(p, "hello\nworld\n");
        FileBatch b = read(p);
        assertThat(b.format()).isEqualTo("unknown");
        assertThat(b.rejects).singleElement().extracting(Reject::reason).asString().startsWith("format not recognised");
    }

    @Test
    void expands_folders_and_globs_in_sorted_order() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/2.CSV"), "");
        Files.writeString(dir.resolve("a/b/1.CSV"), "");
        Files.writeString(dir.resolve("a/b/x.txt"), "");
        assertThat(Inputs.expand(List.of(dir.resolve("a").toString()))).hasSize(3);
        assertThat(Inputs.expand(List.of(dir + "/a/**.CSV"))).extracting(p -> p.getFileName().toString())
                .containsExactly("2.CSV", "1.CSV");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Inputs.expand(List.of(dir + "/none*.zip")))
                .isInstanceOf(EventsException.class).hasMessageContaining("matches no file")
                .matches(e -> ((EventsException) e).badInput(), "bad input");
        // arguments that overlap (a folder and its sub-folder, two globs) are fine; each file counts once
        assertThat(Inputs.expand(List.of(dir.resolve("a").toString(), dir.resolve("a/b").toString(), dir + "/a/**.CSV")))
                .hasSize(3);
    }

    /**
     * Folders and patterns leave out DuckDB databases (known by their header, whatever their name),
     * their write-ahead logs and their temporary folders, and the store being written with its own,
     * whether it exists yet or not; a folder of nothing else holds no event files. Other files,
     * text that is no event data included, are kept: the ingest reports them.
     */
    @Test
    void folders_and_globs_leave_out_duckdb_databases_and_the_store_with_its_companions() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path event = Files.copy(Fixtures.path(Fixtures.V2), data.resolve("20191024143000.export.CSV"));
        Path notes = Files.writeString(data.resolve("notes.txt"), "hello\tworld\n");
        Path ledger = data.resolve("forecasts.db");
        try (var c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + ledger, new java.util.Properties());
             var s = c.createStatement()) {
            s.execute("CREATE TABLE forecasts (id VARCHAR)");
        }
        Files.write(data.resolve("forecasts.db.wal"), new byte[] {100, 0, 98, 101});
        Files.createDirectories(data.resolve("forecasts.db.tmp"));
        Files.write(data.resolve("forecasts.db.tmp/duckdb_temp_storage_S32K-0.tmp"), new byte[4096]);
        Path store = data.resolve("events.duckdb");   // not made yet: its companions are still known by name
        Files.write(data.resolve("events.duckdb.wal"), new byte[] {100, 0, 98, 101});
        Files.createDirectories(data.resolve("events.duckdb.tmp"));
        Files.write(data.resolve("events.duckdb.tmp/duckdb_temp_storage_S32K-0.tmp"), new byte[4096]);
        List<Path> kept = List.of(event.toAbsolutePath(), notes.toAbsolutePath());
        assertThat(Inputs.expand(List.of(data.toString()), store)).containsExactlyElementsOf(kept);
        assertThat(Inputs.expand(List.of(data + "/**"), store)).containsExactlyElementsOf(kept);
        assertThat(Inputs.expand(List.of(data.toString()))).as("without a store, DuckDB databases are left out")
                .contains(event.toAbsolutePath(), notes.toAbsolutePath())
                .noneMatch(p -> p.toString().contains("forecasts.db"));
        Inputs.Expansion e = Inputs.expansion(List.of(data.toString()), store);
        assertThat(e.leftOut()).extracting(p -> data.relativize(p).toString()).containsExactly("events.duckdb.tmp/"
                + "duckdb_temp_storage_S32K-0.tmp", "events.duckdb.wal", "forecasts.db", "forecasts.db.tmp/"
                + "duckdb_temp_storage_S32K-0.tmp", "forecasts.db.wal");
        Files.delete(event);
        Files.delete(notes);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Inputs.expand(List.of(data.toString()), store))
                .isInstanceOf(EventsException.class).hasMessage(data + ": the folder holds no event files (its *.md "
                        + "documentation and DuckDB files are left out)")
                .matches(x -> ((EventsException) x).badInput(), "bad input");
        for (String named : List.of(store.toString(), store + ".wal", data + "/../data/./events.duckdb")) {
            Files.write(store, new byte[] {1});
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Inputs.expand(List.of(named), store))
                    .isInstanceOf(EventsException.class).hasMessageStartingWith(named + ": this is the event store")
                    .matches(x -> ((EventsException) x).badInput(), "bad input");
        }
    }

    /** A file's first bytes say how it is packed, whatever its name; a byte-order mark is not data. */
    @Test
    void reads_a_gzip_file_by_its_bytes_and_passes_over_a_byte_order_mark() throws IOException {
        long plain = read(Fixtures.path(Fixtures.V2)).accepted;
        Path misnamed = Fixtures.gzip(Fixtures.V2, dir.resolve("really-gzip.CSV"), 1);
        FileBatch g = read(misnamed);
        assertThat(g.accepted).isEqualTo(plain).isEqualTo(2111);
        assertThat(g.rejects).isEmpty();
        Path bom = dir.resolve("bom.export.CSV");
        Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Files.readAllBytes(Fixtures.path(Fixtures.V2))));
        FileBatch b = read(bom);
        assertThat(b.rejects).isEmpty();
        assertThat(b.accepted).isEqualTo(plain);
        FileReading fast = new FileReading(COUNTRIES, List.of(), new GroupKeys(COUNTRIES), new IngestProgress(), GdeltScan.CHUNK);
        FileBatch f = fast.read(bom);
        assertThat(f.packed).as("the fast reader took it").isNotNull();
        assertThat(f.rejects).isEmpty();
        assertThat(f.accepted).isEqualTo(plain);
        FileBatch m = fast.read(misnamed);
        assertThat(m.packed).as("the fast reader unpacks a misnamed gzip file too").isNotNull();
        assertThat(m.accepted).isEqualTo(plain);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A file that is not read gets one reject saying why: binary bytes, nothing at all, a .zip that is none. */
    @Test
    void a_file_that_cannot_be_read_gets_one_reject_saying_why() throws IOException {
        byte[] noise = new byte[40_000];
        new java.util.Random(3).nextBytes(noise);
        Path binary = Files.write(dir.resolve("noise.CSV"), noise);
        Path empty = Files.write(dir.resolve("empty.CSV"), new byte[0]);
        Path fakeZip = Files.write(dir.resolve("fake.zip"), noise);
        String[][] expected = {
            {binary.toString(), "format not recognised: the first lines are not UTF-8 text"},
            {empty.toString(), "the file is empty"},
            {fakeZip.toString(), "not a zip archive, or one with no files in it"}};
        for (String[] e : expected) {
            FileBatch b = read(Path.of(e[0]));
            assertThat(b.accepted).as(e[0]).isZero();
            assertThat(b.rejects).as(e[0]).singleElement().extracting(Reject::reason).asString().startsWith(e[1]);
        }
    }

    /** Links to folders are followed; a file whose name looks like a pattern is that file; a device is refused. */
    @Test
    void inputs_follow_links_take_literal_names_and_refuse_devices() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.copy(Fixtures.path(Fixtures.V2), real.resolve("a.CSV"));
        Path link = Files.createSymbolicLink(dir.resolve("linked"), real);
        assertThat(Inputs.expand(List.of(link.toString()))).extracting(p -> p.getFileName().toString()).containsExactly("a.CSV");
        Path odd = Files.copy(Fixtures.path(Fixtures.V2), dir.resolve("data[1].CSV"));
        assertThat(Inputs.expand(List.of(odd.toString()))).containsExactly(odd.toAbsolutePath().normalize());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Inputs.expand(List.of("/dev/null")))
                .isInstanceOf(EventsException.class).hasMessageContaining("/dev/null: not a regular file");
        Files.createSymbolicLink(real.resolve("loop"), real);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Inputs.expand(List.of(real.toString())))
                .isInstanceOf(EventsException.class).hasMessageContaining("leads back into it");
    }
}
