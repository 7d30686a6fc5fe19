package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.entente.events.cameo.EventDimension;
import org.entente.reference.Country;
import org.entente.reference.CountryTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {

    @TempDir
    Path dir;

    private static final List<Watch> WATCH = List.of(Watch.parse("IRN:RUS"));

    /** The rollup recomputed by plain string splitting: key -> {events, Goldstein sum, mentions}. */
    private static Map<String, double[]> independentRollup(Path file) throws IOException {
        Map<String, String> iso = new TreeMap<>();
        for (Country c : CountryTable.bundled().all()) {
            c.cameo().ifPresent(code -> iso.putIfAbsent(code, c.iso3()));
        }
        Map<String, double[]> out = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            String a = iso.get(f[7]);
            String b = iso.get(f[17]);
            if (a != null && b != null) {
                String key = a + "|" + b + "|" + f[1].substring(0, 4) + "-" + f[1].substring(4, 6) + "|" + f[28];
                double[] t = out.computeIfAbsent(key, k -> new double[3]);
                t[0]++;
                t[1] += Double.parseDouble(f[30]);
                t[2] += Integer.parseInt(f[31]);
            }
        }
        return out;
    }

    /**
     * A corrupt .gz: its archive's check fails at the end, after the rows it garbled were rejected
     * one by one. The broken archive, the cause, comes first in the file's report and in the
     * store's list of rejects, and every reject is stored.
     */
    @Test
    void a_corrupt_gzip_reports_its_broken_archive_first_and_keeps_every_reject() throws IOException {
        Path gz = Fixtures.corruptGzip(Fixtures.V2, dir.resolve("corrupt.export.CSV.gz"), 100, 400);
        try (EventStore s = EventStore.open(dir.resolve("c.duckdb"))) {
            FileReport r = s.ingest(gz, WATCH);
            assertThat(r.accepted()).isEqualTo(2111 - 300);
            assertThat(r.rejected()).isEqualTo(301);
            assertThat(r.firstRejects()).hasSizeGreaterThanOrEqualTo(6);
            assertThat(r.firstRejects().get(0).reason()).startsWith("truncated or broken archive (Corrupt GZIP trailer); "
                    + "rows before this line were kept, though the archive's check failed, so some of them hold damaged bytes");
            assertThat(r.firstRejects().get(0).line()).isEqualTo(2112);
            assertThat(r.firstRejects().subList(1, 6)).extracting(Reject::line).containsExactly(100L, 101L, 102L, 103L, 104L);
            assertThat(s.queries().rejects(2)).extracting(Reject::line).containsExactly(2112L, 100L);
            assertThat(s.queries().rejects(1000)).hasSize(301);
        }
    }

    /**
     * Repeated reports recounted by plain string splitting: per directed dyad, month and root, the
     * number of distinct (day, actor 1's state, actor 2's state, event code, source URL) among the
     * file's rows. GDELT 1.0 historical rows (57 columns) have no URL.
     */
    private static Map<String, java.util.Set<String>> independentReports(Path file) throws IOException {
        Map<String, String> iso = new TreeMap<>();
        for (Country c : CountryTable.bundled().all()) {
            c.cameo().ifPresent(code -> iso.putIfAbsent(code, c.iso3()));
        }
        Map<String, java.util.Set<String>> out = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            String a = iso.get(f[7]);
            String b = iso.get(f[17]);
            if (a != null && b != null) {
                String url = f.length == 57 ? "" : f[f.length - 1];
                String key = a + "|" + b + "|" + f[1].substring(0, 4) + "-" + f[1].substring(4, 6) + "|" + f[28];
                out.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(String.join("\t", f[1], a, b, f[26], url));
            }
        }
        return out;
    }

    /**
     * A report coded twice under two names of one state (GDELT's CANADA and PARIS for France in the
     * same article, same day and code) is one report: distinct reports are keyed by the dyad's states,
     * not by the actors' names, in the fast reader, the row-by-row reader and the Spark job's reader
     * ({@link RowRollup}) alike, on real GDELT 2.0 and 1.0 files.
     */
    @Test
    void distinct_reports_are_keyed_by_the_states_of_the_dyad_not_the_actor_names() throws Exception {
        for (String name : List.of(Fixtures.V2, Fixtures.V2_OTHER, Fixtures.V1)) {
            Path file = Fixtures.path(name);
            Map<String, java.util.Set<String>> expected = independentReports(file);
            Path store = dir.resolve(name + ".duckdb");
            try (EventStore s = EventStore.open(store)) {
                s.ingest(file, WATCH);
            }
            Map<String, Long> stored = new TreeMap<>();
            for (String row : StoreDump.query(store, "SELECT actor1 || '|' || actor2 || '|' || strftime(month, '%Y-%m') "
                    + "|| '|' || root, sum(distinct_reports) FROM dyad_month GROUP BY ALL")) {
                int bar = row.lastIndexOf('|');
                stored.put(row.substring(0, bar), Long.parseLong(row.substring(bar + 1)));
            }
            Map<String, Long> rows = new TreeMap<>();
            for (RowRollup.Group g : new RowRollup().read(Files.newInputStream(file), name, name).groups()) {
                rows.merge(g.actor1() + "|" + g.actor2() + "|" + g.month().toString().substring(0, 7) + "|" + g.root(),
                        g.distinctReports(), Long::sum);
            }
            Map<String, Long> want = new TreeMap<>();
            expected.forEach((k, v) -> want.put(k, (long) v.size()));
            assertThat(stored).as(name + ", fast reader").isEqualTo(want);
            assertThat(rows).as(name + ", row by row").isEqualTo(want);
        }
        // the case in point, in the 2019 file: Canada and France (or Paris) consulting, one article
        Path store = dir.resolve(Fixtures.V2 + ".duckdb");
        assertThat(StoreDump.query(store, "SELECT sum(events), sum(distinct_reports) FROM dyad_month "
                + "WHERE actor1 = 'CAN' AND actor2 = 'FRA' AND root = '04'")).containsExactly("2|1");
    }

    /** A store opened for queries answers them, changes nothing in the file, and refuses to be written. */
    @Test
    void a_store_opened_for_queries_is_read_and_left_as_it_was() throws Exception {
        Path store = dir.resolve("q.duckdb");
        assertThatThrownBy(() -> EventStore.openForQueries(store)).isInstanceOf(EventsException.class)
                .hasMessageContaining("there is no event store here").matches(e -> ((EventsException) e).badInput(), "bad input");
        assertThat(store).doesNotExist();
        try (EventStore s = EventStore.open(store)) {
            s.ingest(Fixtures.path(Fixtures.V2), WATCH);
        }
        byte[] before = Files.readAllBytes(store);
        List<SeriesRow> series;
        try (EventStore s = EventStore.openForQueries(store)) {
            series = s.queries().series("IRN", "RUS", StoreQueries.Period.MONTH, Optional.empty());
            assertThatThrownBy(() -> s.ingest(Fixtures.path(Fixtures.V2_OTHER), WATCH))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("opened for queries only");
        }
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
        try (EventStore s = EventStore.open(store)) {   // the same answer as from a store opened for writing
            assertThat(series).isNotEmpty()
                    .isEqualTo(s.queries().series("IRN", "RUS", StoreQueries.Period.MONTH, Optional.empty()));
        }
        assertThat(series.stream().mapToLong(SeriesRow::events).sum()).isEqualTo(5);
    }

    @Test
    void rollup_matches_an_independent_computation_on_a_real_file() throws Exception {
        Path store = dir.resolve("s.duckdb");
        Path file = Fixtures.path(Fixtures.V2);
        try (EventStore s = EventStore.open(store)) {
            s.ingest(file, WATCH);
        }
        Map<String, double[]> expected = independentRollup(file);
        List<String> rows = StoreDump.query(store, "SELECT actor1 || '|' || actor2 || '|' || strftime(month, '%Y-%m') "
                + "|| '|' || root, sum(events), sum(goldstein_sum), sum(mentions) FROM dyad_month GROUP BY ALL ORDER BY 1");
        assertThat(rows).hasSize(expected.size());
        for (String row : rows) {
            String[] f = row.split("\\|");
            String key = f[0] + "|" + f[1] + "|" + f[2] + "|" + f[3];
            assertThat(expected).containsKey(key);
            assertThat(Double.parseDouble(f[4])).as(key).isEqualTo(expected.get(key)[0]);
            assertThat(Double.parseDouble(f[5])).as(key).isCloseTo(expected.get(key)[1], within(1e-9));
            assertThat(Double.parseDouble(f[6])).as(key).isEqualTo(expected.get(key)[2]);
        }
    }

    @Test
    void iran_russia_totals_match_duckdb_reading_the_file_itself() throws Exception {
        Path store = dir.resolve("s.duckdb");
        Path file = Fixtures.path(Fixtures.V2);
        try (EventStore s = EventStore.open(store)) {
            s.ingest(file, WATCH);
        }
        String mine = StoreDump.query(store, "SELECT sum(events), round(sum(goldstein_sum), 6), sum(mentions) "
                + "FROM dyad_month WHERE actor1 IN ('IRN', 'RUS') AND actor2 IN ('IRN', 'RUS') AND actor1 <> actor2").get(0);
        String duck = StoreDump.query(store, "SELECT count(*), round(sum(CAST(column30 AS DOUBLE)), 6), "
                + "sum(CAST(column31 AS BIGINT)) FROM read_csv('" + file + "', delim = '\\t', header = false, "
                + "all_varchar = true, quote = '') WHERE column07 IN ('IRN', 'RUS') AND column17 IN ('IRN', 'RUS') "
                + "AND column07 <> column17").get(0);
        assertThat(mine).isEqualTo(duck).startsWith("5|");
        assertThat(StoreDump.query(store, "SELECT count(*) FROM events")).containsExactly("5");
    }

    @Test
    void ingesting_the_same_file_twice_changes_nothing() throws Exception {
        Path store = dir.resolve("s.duckdb");
        Path copy = dir.resolve("renamed.CSV");
        Files.copy(Fixtures.path(Fixtures.V2), copy);
        List<String> once;
        try (EventStore s = EventStore.open(store)) {
            FileReport first = s.ingest(Fixtures.path(Fixtures.V2), WATCH);
            assertThat(first.skipped()).isFalse();
            assertThat(first.accepted()).isEqualTo(2111);
        }
        once = StoreDump.of(store);
        try (EventStore s = EventStore.open(store)) {
            assertThat(s.ingest(Fixtures.path(Fixtures.V2), WATCH).skipped()).isTrue();
            assertThat(s.ingest(copy, WATCH).skipped()).isTrue();
        }
        assertThat(StoreDump.of(store)).isEqualTo(once);
        // the same bytes twice in one run, read at the same time by two readers: the second is skipped
        Path fresh = dir.resolve("fresh.duckdb");
        try (EventStore s = EventStore.open(fresh)) {
            List<FileReport> both = s.ingest(List.of(Fixtures.path(Fixtures.V2), copy), WATCH, r -> { });
            assertThat(both).extracting(FileReport::skipped).containsExactly(false, true);
        }
        assertThat(StoreDump.of(fresh)).isEqualTo(once.stream().map(l -> l.replace(store.toString(), fresh.toString()))
                .toList());
    }

    /**
     * A dyad watched after its files were ingested: they are read again for its events only, and
     * the store ends up exactly as if the dyad had been watched from the start.
     */
    @Test
    void a_dyad_watched_later_gets_its_events_from_files_already_ingested() throws Exception {
        List<Path> files = List.of(Fixtures.path(Fixtures.V2), Fixtures.path(Fixtures.ICEWS));
        Path later = dir.resolve("later.duckdb");
        try (EventStore s = EventStore.open(later)) {
            s.ingest(files, List.of(Watch.parse("USA:ISR")), r -> { });
            List<FileReport> again = s.ingest(files, List.of(Watch.parse("RUS:IRN"), Watch.parse("ISR:USA")), r -> { });
            assertThat(again).allSatisfy(r -> {
                assertThat(r.skipped()).isTrue();
                assertThat(r.rewatched()).isEqualTo("RUS:IRN");
            });
            assertThat(again).extracting(FileReport::watched).containsExactly(5L, 4L);   // as in PROVENANCE.md
            assertThat(s.ingest(files, List.of(Watch.parse("IRN:RUS")), r -> { }))
                    .allSatisfy(r -> assertThat(r.rewatched()).isEmpty());
        }
        // the same bytes twice in one run, both to be read again for a new watch: their events once
        Path copy = dir.resolve("copy.CSV");
        Files.copy(Fixtures.path(Fixtures.V2), copy);
        Path twice = dir.resolve("twice.duckdb");
        try (EventStore s = EventStore.open(twice)) {
            s.ingest(files, List.of(Watch.parse("USA:ISR")), r -> { });
            List<FileReport> r = s.ingest(List.of(Fixtures.path(Fixtures.V2), copy, Fixtures.path(Fixtures.ICEWS)),
                    List.of(Watch.parse("RUS:IRN")), x -> { });
            assertThat(r).extracting(FileReport::rewatched).containsExactly("RUS:IRN", "", "RUS:IRN");
        }
        assertThat(StoreDump.of(twice)).isEqualTo(StoreDump.of(later));
        Path atOnce = dir.resolve("at-once.duckdb");
        try (EventStore s = EventStore.open(atOnce)) {
            s.ingest(files, List.of(Watch.parse("USA:ISR"), Watch.parse("RUS:IRN")), r -> { });
        }
        assertThat(StoreDump.of(later)).isEqualTo(StoreDump.of(atOnce));
    }

    @Test
    void keeps_every_reject_with_file_line_and_reason() throws Exception {
        Path store = dir.resolve("s.duckdb");
        try (EventStore s = EventStore.open(store)) {
            FileReport r = s.ingest(Fixtures.path(Fixtures.MALFORMED), WATCH);
            assertThat(r.accepted()).isEqualTo(5);
            assertThat(r.rejected()).isEqualTo(7);
            assertThat(r.firstRejects()).hasSize(5);
            List<Reject> all = s.queries().rejects(100);
            assertThat(all).hasSize(7);
            assertThat(all.get(0).format()).endsWith(Fixtures.MALFORMED + ":2: wrong column count 60 (gdelt2 rows have 61)");
            assertThat(s.queries().files()).singleElement().satisfies(f -> assertThat(f.rejected()).isEqualTo(7));
        }
    }

    @Test
    void series_and_top_events_of_a_watched_dyad() throws IOException {
        try (EventStore s = EventStore.open(dir.resolve("s.duckdb"))) {
            s.ingest(List.of(Fixtures.path(Fixtures.V2), Fixtures.path(Fixtures.V2_OTHER), Fixtures.path(Fixtures.V1),
                    Fixtures.path(Fixtures.ICEWS)), WATCH, r -> { });
            StoreQueries q = s.queries();
            List<SeriesRow> months = q.series("IRN", "RUS", StoreQueries.Period.MONTH, Optional.empty());
            assertThat(months).extracting(SeriesRow::source).containsOnly("gdelt", "icews");
            long gdelt = months.stream().filter(m -> m.source().equals("gdelt")).mapToLong(SeriesRow::events).sum();
            long icews = months.stream().filter(m -> m.source().equals("icews")).mapToLong(SeriesRow::events).sum();
            assertThat(gdelt).isEqualTo(7);
            assertThat(icews).isEqualTo(4);
            for (SeriesRow m : months) {
                assertThat(m.eventsAB() + m.eventsBA()).isEqualTo(m.events());
                assertThat(m.quadClasses().stream().mapToLong(Long::longValue).sum()).isEqualTo(m.events());
                assertThat(m.volumeA() + m.volumeB()).isGreaterThanOrEqualTo(m.events());
                assertThat(m.goldsteinMean()).isCloseTo(m.goldsteinSum() / m.events(), within(1e-12));
            }
            assertThat(q.series("IRN", "RUS", StoreQueries.Period.YEAR, Optional.empty())).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.period()).matches("\\d{4}"));
            // the fixtures' Iran-Russia rows (codes 032, 050, 051, 056, 153) hold no use of force
            assertThat(q.series("IRN", "RUS", StoreQueries.Period.YEAR, Optional.of(EventDimension.FORCE))).isEmpty();
            // Italy-Greece has some (roots 18-20), counted here by splitting the GDELT files
            long force = 0;
            for (String f : new String[] {Fixtures.V2, Fixtures.V2_OTHER, Fixtures.V1}) {
                for (String line : Files.readAllLines(Fixtures.path(f), StandardCharsets.UTF_8)) {
                    String[] c = line.split("\t", -1);
                    boolean pair = c[7].equals("ITA") && c[17].equals("GRC") || c[7].equals("GRC") && c[17].equals("ITA");
                    force += pair && List.of("18", "19", "20").contains(c[28]) ? 1 : 0;
                }
            }
            assertThat(force).isPositive();
            assertThat(q.series("ITA", "GRC", StoreQueries.Period.YEAR, Optional.of(EventDimension.FORCE)).stream()
                    .filter(r -> r.source().equals("gdelt")).mapToLong(SeriesRow::events).sum()).isEqualTo(force);
            SeriesRow icewsJune = months.stream().filter(m -> m.source().equals("icews")).findFirst().orElseThrow();
            assertThat(icewsJune.period()).isEqualTo("2018-06");
            assertThat(icewsJune.toneMean()).isEmpty();
            String month = months.stream().filter(m -> m.source().equals("gdelt")).map(SeriesRow::period).findFirst()
                    .orElseThrow();
            List<StoredEvent> top = q.top("RUS", "IRN", YearMonth.parse(month), 10);
            assertThat(top).isNotEmpty().allSatisfy(e -> assertThat(e.url()).startsWith("http"));
            assertThat(q.watched("RUS", "IRN")).isTrue();
            assertThat(q.watched("USA", "CHN")).isFalse();
            assertThat(q.coverage()).extracting(Coverage::source).containsExactly("gdelt", "icews");
        }
    }

    @Test
    void exports_every_table_to_parquet_and_csv() throws Exception {
        Path store = dir.resolve("s.duckdb");
        try (EventStore s = EventStore.open(store)) {
            s.ingest(Fixtures.path(Fixtures.V2), WATCH);
            assertThat(s.export(dir.resolve("pq"), "parquet")).hasSize(Schema.TABLES.size()).allSatisfy(p -> assertThat(p).exists());
            assertThat(s.export(dir.resolve("csv"), "CSV")).hasSize(Schema.TABLES.size());
        }
        String rows = StoreDump.query(store, "SELECT count(*) FROM dyad_month").get(0);
        assertThat(StoreDump.query(store, "SELECT count(*) FROM read_parquet('" + dir.resolve("pq/dyad_month.parquet")
                + "')")).containsExactly(rows);
        assertThat(Files.readAllLines(dir.resolve("csv/events.csv")).get(0).toLowerCase(Locale.ROOT)).startsWith("file_checksum,");
    }

    /** A killed export's scratch folder (its process gone) is cleared by the next export; a running one's is kept. */
    @Test
    void an_export_clears_the_scratch_a_killed_export_left() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        Path dead = Files.createDirectories(out.resolve(".export-" + p.pid() + "-123"));
        Files.writeString(dead.resolve("events.csv"), "half");
        Path live = Files.createDirectories(out.resolve(".export-" + ProcessHandle.current().pid() + "-456"));
        try (EventStore s = EventStore.open(dir.resolve("s.duckdb"))) {
            s.ingest(Fixtures.path(Fixtures.V2), WATCH);
            s.export(out, "csv");
        }
        assertThat(dead).doesNotExist();
        assertThat(live).isDirectory();
        try (var left = Files.list(out)) {
            assertThat(left.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".export-")).toList())
                    .containsExactly(live.getFileName().toString());
        }
    }

    /**
     * An export that cannot finish leaves the folder as it was: here a folder stands where one
     * table's file goes, so nothing is written (not even the tables that would have fitted), no
     * scratch is left beside it, and the earlier export's files are kept whole. An export into a
     * new nested folder makes it, and leaves no scratch either.
     */
    @Test
    void a_failed_export_leaves_the_folder_as_it_was() throws Exception {
        Path store = dir.resolve("s.duckdb");
        Path out = dir.resolve("out");
        try (EventStore s = EventStore.open(store)) {
            s.ingest(Fixtures.path(Fixtures.V2), WATCH);
            s.export(out, "csv");
            Files.delete(out.resolve("rejects.csv"));
            Files.createDirectory(out.resolve("rejects.csv"));
            Map<Path, byte[]> before = new java.util.TreeMap<>();
            for (String t : Schema.TABLES) {
                if (!t.equals("rejects")) {
                    before.put(out.resolve(t + ".csv"), Files.readAllBytes(out.resolve(t + ".csv")));
                }
            }
            s.ingest(Fixtures.path(Fixtures.V2_OTHER), WATCH);   // the store changes: a new export would differ
            assertThatThrownBy(() -> s.export(out, "csv")).isInstanceOf(EventsException.class)
                    .hasMessageContaining(out.resolve("rejects.csv") + ": a folder is in the way")
                    .matches(e -> ((EventsException) e).badInput(), "bad input");
            for (Map.Entry<Path, byte[]> e : before.entrySet()) {
                assertThat(Files.readAllBytes(e.getKey())).as(e.getKey().toString()).isEqualTo(e.getValue());
            }
            Path nested = dir.resolve("a/b/c");
            assertThat(s.export(nested, "parquet")).hasSize(Schema.TABLES.size()).allSatisfy(p -> assertThat(p).isRegularFile());
        }
        for (Path folder : new Path[] {dir, out, dir.resolve("a/b/c")}) {
            try (var listed = Files.list(folder)) {
                assertThat(listed.map(p -> p.getFileName().toString())).as(folder.toString())
                        .noneMatch(n -> n.contains(".export-"));
            }
        }
        try (var listed = Files.list(dir.resolve("a/b"))) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactly("c");
        }
    }

    /** The store's tables as text, without what measures time or numbers files in ingest order. */
    private static List<String> tables(Path store) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (String t : Schema.TABLES) {
            String cols = t.equals("files") ? "* EXCLUDE (duration_ms, ingested_at, seq)" : "*";
            for (String row : StoreDump.query(store, "SELECT " + cols + " FROM " + t + " ORDER BY ALL")) {
                out.add(t + "|" + row);
            }
        }
        return out;
    }

    /**
     * Removing files leaves the store as if they had never been ingested: a truncated download
     * replaced by the complete file, and the same rows ingested a second time in a .gz, give the
     * store of the complete files ingested once. Naming a file the store does not hold is bad
     * input and removes nothing.
     */
    @Test
    void removing_files_gives_the_store_without_them() throws Exception {
        Path cut = Fixtures.gzip(Fixtures.V2_OTHER, dir.resolve("other.CSV.gz"), 0.5);
        Path copy = Fixtures.gzip(Fixtures.V2, dir.resolve("again.CSV.gz"), 1);
        Path repaired = dir.resolve("repaired.duckdb");
        try (EventStore s = EventStore.open(repaired)) {
            s.ingest(List.of(Fixtures.path(Fixtures.V2), cut, copy), WATCH, r -> { });
            assertThat(s.queries().files()).hasSize(3);
            assertThat(s.queries().rejects(10)).anySatisfy(r -> assertThat(r.reason()).contains("truncated or broken archive"));
            String cutSum = EventStore.checksum(cut);
            List<String> before = tables(repaired);
            assertThatThrownBy(() -> s.remove(List.of(cut.toString(), dir.resolve("none.CSV").toString())))
                    .isInstanceOf(EventsException.class).hasMessageContaining("none.CSV: no file of this path, name or checksum")
                    .matches(e -> ((EventsException) e).badInput(), "bad input");
            assertThat(s.queries().files()).hasSize(3);
            assertThatThrownBy(() -> s.remove(List.of(cutSum.substring(0, 7)))).isInstanceOf(EventsException.class)
                    .hasMessageContaining("no file of this path, name or checksum");   // under 8 characters: not a prefix
            List<FileReport> removed = s.remove(List.of(cutSum.substring(0, 10), copy.toString()));
            assertThat(removed).extracting(FileReport::path).containsExactly(cut.toString(), copy.toString());
            assertThat(before).isNotEqualTo(tables(repaired));
            Fixtures.gzip(Fixtures.V2_OTHER, cut, 1);   // the complete download, under the same name
            s.ingest(List.of(cut), WATCH, r -> { });
        }
        Path clean = dir.resolve("clean.duckdb");
        try (EventStore s = EventStore.open(clean)) {
            s.ingest(List.of(Fixtures.path(Fixtures.V2), cut), WATCH, r -> { });
        }
        assertThat(tables(repaired)).isEqualTo(tables(clean)).anyMatch(r -> r.startsWith("events|"))
                .anyMatch(r -> r.startsWith("dyad_month|"));
    }
}
