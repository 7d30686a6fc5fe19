package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDELT 2.0 mentions files, on the real spark-gdelt samples (an export and the mentions of the
 * same two updates): detected, checked row by row, and kept for the events the store keeps.
 */
class MentionsTest {

    @TempDir
    Path dir;

    private static final List<Watch> WATCH = List.of(Watch.parse("AUS:NZL"), Watch.parse("ZWE:BLR"));

    /** Event id to its two country codes, from the export by plain splitting. */
    private static Map<String, String[]> exportDyads() throws IOException {
        Map<String, String[]> out = new HashMap<>();
        for (String line : Files.readAllLines(Fixtures.path(Fixtures.V2_SAMPLE), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            out.put(f[0], new String[] {f[7], f[17]});
        }
        return out;
    }

    /** The mentions lines (numbered from 1) whose event is between two watched states, by plain splitting. */
    private static Set<Long> expectedKeptLines(List<Watch> watches) throws IOException {
        Map<String, String[]> dyads = exportDyads();
        Set<Long> lines = new TreeSet<>();
        List<String> rows = Files.readAllLines(Fixtures.path(Fixtures.MENTIONS), StandardCharsets.UTF_8);
        for (int i = 0; i < rows.size(); i++) {
            String[] d = dyads.get(rows.get(i).split("\t", -1)[0]);
            if (d != null && watches.stream().anyMatch(w -> w.covers(d[0], d[1]))) {
                lines.add(i + 1L);
            }
        }
        return lines;
    }

    private static Path copy(String fixture, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        return Files.copy(Fixtures.path(fixture), to);
    }

    /** @return the real export sample, named as GDELT names the update's export */
    private Path export() throws IOException {
        return copy(Fixtures.V2_SAMPLE, dir.resolve("in/20150218230000.export.CSV"));
    }

    /** @return the real mentions sample of the same update, named as GDELT names it */
    private Path mentions() throws IOException {
        return copy(Fixtures.MENTIONS, dir.resolve("in/20150218230000.mentions.CSV"));
    }

    /**
     * @param name    the archive's name in the test's folder
     * @param members member names and their bytes, in order
     * @return the zip archive
     */
    private Path zip(String name, Object... members) throws IOException {
        Path zip = dir.resolve(name);
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < members.length; i += 2) {
                z.putNextEntry(new java.util.zip.ZipEntry((String) members[i]));
                z.write((byte[]) members[i + 1]);
                z.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void the_mentions_format_is_detected_from_its_rows() throws IOException {
        List<String> mentions = Files.readAllLines(Fixtures.path(Fixtures.MENTIONS), StandardCharsets.UTF_8);
        assertThat(EventFormat.detect(mentions.subList(0, 50))).isEqualTo(EventFormat.GDELT2_MENTIONS);
        List<String> export = Files.readAllLines(Fixtures.path(Fixtures.V2_SAMPLE), StandardCharsets.UTF_8);
        assertThat(EventFormat.detect(export.subList(0, 50))).isEqualTo(EventFormat.GDELT2);
        assertThat(FileReading.holds(Fixtures.path(Fixtures.MENTIONS))).isEqualTo(FileReading.Holds.MENTIONS);
        assertThat(FileReading.holds(Fixtures.path(Fixtures.V2_SAMPLE))).isEqualTo(FileReading.Holds.EVENTS);
    }

    @Test
    void keeps_the_mentions_of_the_events_the_store_keeps_and_top_lists_them() throws Exception {
        Path store = dir.resolve("s.duckdb");
        Path export = export();
        Path mentions = mentions();
        Set<Long> expected = expectedKeptLines(WATCH);
        assertThat(expected).hasSize(7);   // 4 Australia-New Zealand, 3 Zimbabwe-Belarus (PROVENANCE.md)
        try (EventStore s = EventStore.open(store)) {
            // given mentions first: read after the export all the same
            List<FileReport> reports = s.ingest(List.of(mentions, export), WATCH, r -> { });
            assertThat(reports).extracting(FileReport::format).containsExactly("gdelt2", "gdelt2-mentions");
            FileReport m = reports.get(1);
            assertThat(m.accepted()).isEqualTo(100);
            assertThat(m.rejected()).isZero();
            assertThat(m.dyadic()).isZero();
            assertThat(m.watched()).isEqualTo(expected.size());
            assertThat(s.queries().coverage()).extracting(Coverage::source).containsExactly("gdelt", "gdelt-mentions");
            // the rollup is the export's alone
            assertThat(StoreDump.query(store, "SELECT sum(events) FROM dyad_month")).containsExactly("20");
        }
        List<String> kept = StoreDump.query(store, "SELECT line FROM mentions ORDER BY line");
        assertThat(kept).containsExactlyElementsOf(expected.stream().map(String::valueOf).toList());
        // every kept value is the file's own
        List<String> rows = Files.readAllLines(mentions, StandardCharsets.UTF_8);
        for (String line : kept) {
            String[] f = rows.get(Integer.parseInt(line) - 1).split("\t", -1);
            assertThat(StoreDump.query(store, "SELECT event_id || '|' || outlet || '|' || url || '|' || confidence || '|' "
                    + "|| strftime(mention_time, '%Y%m%d%H%M%S') FROM mentions WHERE line = " + line))
                    .containsExactly(f[0] + "|" + f[4] + "|" + f[5] + "|" + f[11] + "|" + f[2]);
        }
        try (EventStore s = EventStore.openForQueries(store)) {
            List<StoredEvent> top = s.queries().top("ZWE", "BLR", YearMonth.of(2020, 3), 10);
            assertThat(top).isNotEmpty();
            assertThat(top.stream().mapToInt(e -> e.articles().size()).sum()).isEqualTo(3);
            assertThat(top.get(0).articles().get(0).outlet()).isEqualTo("eng.belta.by");
        }
    }

    /**
     * Mentions read before their events keep nothing; read again for a newly watched dyad, they keep
     * that dyad's, each once; removing the file removes them.
     */
    @Test
    void mentions_ingested_before_their_events_are_kept_when_read_again_for_the_watch() throws Exception {
        Path store = dir.resolve("s.duckdb");
        Path export = export();
        Path mentions = mentions();
        List<Watch> aus = List.of(Watch.parse("AUS:NZL"));
        try (EventStore s = EventStore.open(store)) {
            assertThat(s.ingest(mentions, List.of()).watched()).isZero();
            s.ingest(export, WATCH);
            assertThat(s.ingest(mentions, List.of()).skipped()).isTrue();
            FileReport again = s.ingest(mentions, aus);
            assertThat(again.rewatched()).isEqualTo("AUS:NZL");
            assertThat(again.watched()).isEqualTo(expectedKeptLines(aus).size());
            assertThat(s.ingest(mentions, aus).skipped()).isTrue();
        }
        assertThat(StoreDump.query(store, "SELECT count(*), count(DISTINCT line) FROM mentions")).containsExactly("4|4");
        assertThat(StoreDump.query(store, "SELECT rows_watched FROM files WHERE format = 'gdelt2-mentions'"))
                .containsExactly("4");
        try (EventStore s = EventStore.open(store)) {
            s.remove(List.of(mentions.toString()));
        }
        assertThat(StoreDump.query(store, "SELECT count(*) FROM mentions")).containsExactly("0");
    }

    /**
     * Read again for a watch whose mentions it kept already, a mentions file adds nothing and says
     * so; removing the export takes the mentions kept for its events with it.
     */
    @Test
    void a_second_read_adds_no_mention_twice_and_removing_the_export_takes_its_mentions() throws Exception {
        Path store = dir.resolve("s.duckdb");
        Path export = export();
        Path mentions = mentions();
        List<Watch> aus = List.of(Watch.parse("AUS:NZL"));
        try (EventStore s = EventStore.open(store)) {
            s.ingest(export, aus);
            assertThat(s.ingest(mentions, List.of()).watched()).isEqualTo(4);
            FileReport again = s.ingest(mentions, aus);   // the file was read without watches: read again
            assertThat(again.rewatched()).isEqualTo("AUS:NZL");
            assertThat(again.watched()).isZero();
        }
        assertThat(StoreDump.query(store, "SELECT count(*) FROM mentions")).containsExactly("4");
        try (EventStore s = EventStore.open(store)) {
            s.remove(List.of(export.toString()));
        }
        assertThat(StoreDump.query(store, "SELECT count(*) FROM mentions")).containsExactly("0");
        assertThat(StoreDump.query(store, "SELECT rows_watched FROM files")).containsExactly("0");
    }

    /** One archive holding the export and then the mentions of the update: read after other files, keeping its own events' mentions. */
    @Test
    void an_archive_of_an_export_and_its_mentions_keeps_them() throws Exception {
        Path zip = zip("update.zip", "20150218230000.export.CSV", Files.readAllBytes(Fixtures.path(Fixtures.V2_SAMPLE)),
                "20150218230000.mentions.CSV", Files.readAllBytes(Fixtures.path(Fixtures.MENTIONS)));
        assertThat(FileReading.holds(zip)).isEqualTo(FileReading.Holds.BOTH);
        Path store = dir.resolve("s.duckdb");
        try (EventStore s = EventStore.open(store)) {
            assertThat(s.ingest(zip, WATCH).watched()).isEqualTo(7 + 7);   // 7 watched events, 7 mentions of them
        }
        assertThat(StoreDump.query(store, "SELECT count(*) FROM mentions")).containsExactly("7");
    }

    /**
     * The same archive with the mentions member first: the archive's event members are read
     * first, so it keeps the same 7; a second ingest of it is a no-op.
     */
    @Test
    void an_archive_with_its_mentions_before_its_export_keeps_them() throws Exception {
        Path zip = zip("update.zip", "20150218230000.mentions.CSV", Files.readAllBytes(Fixtures.path(Fixtures.MENTIONS)),
                "20150218230000.export.CSV", Files.readAllBytes(Fixtures.path(Fixtures.V2_SAMPLE)));
        Path store = dir.resolve("s.duckdb");
        try (EventStore s = EventStore.open(store)) {
            FileReport r = s.ingest(zip, WATCH);
            assertThat(r.format()).isEqualTo("gdelt2+gdelt2-mentions");
            assertThat(r.watched()).isEqualTo(7 + 7);
            assertThat(s.ingest(zip, WATCH).skipped()).isTrue();
            assertThat(s.queries().coverage()).extracting(Coverage::source, Coverage::files)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("gdelt+mentions", 1L));
        }
        assertThat(StoreDump.query(store, "SELECT count(*) FROM mentions")).containsExactly("7");
        assertThat(StoreDump.query(store, "SELECT DISTINCT file FROM mentions"))
                .containsExactly(zip + "!20150218230000.mentions.CSV");
    }

    /**
     * In one run, an archive holding an export and other mentions, then a mentions file of that
     * export's events: the archive's events are stored before the mentions file is read, so it
     * keeps its 7.
     */
    @Test
    void a_mentions_file_after_an_archive_of_both_finds_the_archive_s_events() throws Exception {
        List<String> other = Files.readAllLines(Fixtures.path(Fixtures.MENTIONS), StandardCharsets.UTF_8);
        Path zip = zip("update.zip", "20150218230000.export.CSV", Files.readAllBytes(Fixtures.path(Fixtures.V2_SAMPLE)),
                "other.mentions.CSV",   // mentions of no watched event: their ids changed
                String.join("\n", other.stream().map(l -> "9" + l).toList()).getBytes(StandardCharsets.UTF_8));
        Path mentions = mentions();
        try (EventStore s = EventStore.open(dir.resolve("s.duckdb"))) {
            List<FileReport> r = s.ingest(List.of(mentions, zip), WATCH, x -> { });
            assertThat(r).extracting(FileReport::format).containsExactly("gdelt2+gdelt2-mentions", "gdelt2-mentions");
            assertThat(r.get(1).watched()).isEqualTo(7);
        }
    }

    /** A mentions archive cut short is still known as one, by the members before the break. */
    @Test
    void a_truncated_mentions_archive_is_still_a_mentions_file() throws Exception {
        String rows = Files.readString(Fixtures.path(Fixtures.MENTIONS), StandardCharsets.UTF_8);
        Path zip = zip("m.zip", "20150218230000.mentions.CSV", rows.repeat(300).getBytes(StandardCharsets.UTF_8));
        byte[] whole = Files.readAllBytes(zip);
        Path cut = dir.resolve("cut.mentions.CSV.zip");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(FileReading.holds(cut)).isEqualTo(FileReading.Holds.MENTIONS);
    }

    /** A store made before mentions files were read has no mentions table; opened for queries, it exports what it has. */
    @Test
    void a_store_without_a_mentions_table_exports_its_other_tables() throws Exception {
        Path store = dir.resolve("s.duckdb");
        try (EventStore s = EventStore.open(store)) {
            s.ingest(Fixtures.path(Fixtures.V2_SAMPLE), WATCH);
        }
        StoreDump.query(store, "DROP TABLE stage_mentions; DROP TABLE mentions; SELECT 1");
        try (EventStore s = EventStore.openForQueries(store)) {
            assertThat(s.export(dir.resolve("out"), "csv")).extracting(p -> p.getFileName().toString())
                    .containsExactly("files.csv", "rejects.csv", "events.csv", "dyad_month.csv", "actor_month.csv");
            assertThat(s.queries().top("ZWE", "BLR", YearMonth.of(2020, 3), 10)).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.articles()).isEmpty());
        }
    }

    @Test
    void bad_mentions_rows_are_rejected_with_their_line_and_reason_and_their_neighbours_kept() throws Exception {
        List<String> rows = new ArrayList<>(Files.readAllLines(Fixtures.path(Fixtures.MENTIONS), StandardCharsets.UTF_8));
        rows = new ArrayList<>(rows.subList(0, 12));
        rows.set(2, rows.get(2).replaceFirst("\t[^\t]*$", ""));   // 15 columns
        rows.set(4, replace(rows.get(4), 2, "20150231230000"));   // no 31 February
        rows.set(6, replace(rows.get(6), 11, "150"));   // confidence over 100
        rows.set(8, replace(rows.get(8), 5, ""));   // no document
        rows.set(10, replace(rows.get(10), 13, "n/a"));   // tone not a number
        Path file = dir.resolve("bad.mentions.CSV");
        Files.write(file, rows, StandardCharsets.UTF_8);
        FileBatch b = new FileReading(Countries.bundled(), List.of()).read(file);
        assertThat(b.format()).isEqualTo("gdelt2-mentions");
        assertThat(b.accepted).isEqualTo(7);
        assertThat(b.rejects).extracting(Reject::line).containsExactly(3L, 5L, 7L, 9L, 11L);
        assertThat(b.rejects).extracting(Reject::reason).containsExactly(
                "15 columns; a GDELT 2.0 mentions row has 16",
                "MentionTimeDate '20150231230000' is not a real time",
                "Confidence '150' is not a whole number from 0 to 100",
                "MentionIdentifier is empty: a mention names its document",
                "MentionDocTone 'n/a' is not a number");
    }

    /** A pandas re-write of mentions (comma-separated, a header line) is named as such, with what Entente reads instead. */
    @Test
    void a_comma_separated_rewrite_is_named_as_such() throws Exception {
        String row = Files.readAllLines(Fixtures.path(Fixtures.MENTIONS), StandardCharsets.UTF_8).get(0);
        Path file = dir.resolve("mentionssamp.csv");
        Files.writeString(file, "globaleventid,eventtimedate,mentiontimedate,mentiontype,mentionsourcename,"
                + "mentionidentifier,sentenceid,actor1charoffset,actor2charoffset,actioncharoffset,inrawtext,confidence,"
                + "mentiondoclen,mentiondoctone,mentiondoctranslationinfo,extras\n" + row.replace('\t', ',') + "\n",
                StandardCharsets.UTF_8);
        FileBatch b = new FileReading(Countries.bundled(), List.of()).read(file);
        assertThat(b.accepted).isZero();
        assertThat(b.rejects).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(1);
            assertThat(r.reason()).contains("comma-separated copy of GDELT rows").contains(".mentions.CSV.zip");
        });
    }

    private static String replace(String row, int column, String value) {
        String[] f = row.split("\t", -1);
        f[column] = value;
        return String.join("\t", f);
    }
}
