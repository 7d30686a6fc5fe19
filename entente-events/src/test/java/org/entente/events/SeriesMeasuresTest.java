package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.entente.reference.Country;
import org.entente.reference.CountryTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every measure of {@code entente events series}, in each direction and under each weight, against
 * a computation by plain string splitting of the two real GDELT 2.0 fixtures: counts, distinct
 * reports, quad classes, Goldstein sums and means (per event and by mentions), net cooperation,
 * tone, each state's volume and the dyad's share of each.
 */
class SeriesMeasuresTest {

    @TempDir
    Path dir;

    /** The sums of one direction (or both) in one period. */
    private static final class Expected {
        long events;
        final Set<String> reports = new HashSet<>();
        final long[] quad = new long[4];
        double goldstein;
        double weighted;
        long mentions;
        double tone;
    }

    private static Map<String, String> iso() {
        Map<String, String> iso = new TreeMap<>();
        for (Country c : CountryTable.bundled().all()) {
            c.cameo().ifPresent(code -> iso.putIfAbsent(code, c.iso3()));
        }
        return iso;
    }

    private static String period(String day, StoreQueries.Period by) {
        return by.label(java.time.LocalDate.parse(day, java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
    }

    @Test
    void every_measure_in_each_direction_and_weight_matches_a_count_by_splitting_the_files() throws IOException {
        List<Path> files = List.of(Fixtures.path(Fixtures.V2), Fixtures.path(Fixtures.V2_OTHER));
        Path store = dir.resolve("s.duckdb");
        try (EventStore s = EventStore.open(store)) {
            s.ingest(files, List.of(), r -> { });
        }
        Map<String, String> iso = iso();
        List<String[]> rows = new java.util.ArrayList<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                rows.add(line.split("\t", -1));
            }
        }
        int checked = 0;
        for (String[] pair : new String[][] {{"ISR", "USA"}, {"RUS", "SYR"}, {"USA", "GBR"}, {"SYR", "TUR"}}) {
            String a = pair[0];
            String b = pair[1];
            for (StoreQueries.Period by : List.of(StoreQueries.Period.MONTH, StoreQueries.Period.YEAR)) {
                for (SeriesQuery.Direction d : SeriesQuery.Direction.values()) {
                    Map<String, Expected> want = new TreeMap<>();
                    Map<String, long[]> directed = new TreeMap<>();
                    Map<String, long[]> volumes = new TreeMap<>();
                    for (String[] f : rows) {
                        String s1 = iso.getOrDefault(f[7], "");
                        String s2 = iso.getOrDefault(f[17], "");
                        String p = period(f[1], by);
                        long[] v = volumes.computeIfAbsent(p, k -> new long[2]);
                        v[0] += s1.equals(a) || s2.equals(a) ? 1 : 0;
                        v[1] += s1.equals(b) || s2.equals(b) ? 1 : 0;
                        boolean ab = s1.equals(a) && s2.equals(b);
                        boolean ba = s1.equals(b) && s2.equals(a);
                        if (!ab && !ba) {
                            continue;
                        }
                        directed.computeIfAbsent(p, k -> new long[2])[ab ? 0 : 1]++;
                        if (d == SeriesQuery.Direction.AB && !ab || d == SeriesQuery.Direction.BA && !ba) {
                            continue;
                        }
                        Expected e = want.computeIfAbsent(p, k -> new Expected());
                        double g = Double.parseDouble(f[30]);
                        int m = Integer.parseInt(f[31]);
                        e.events++;
                        e.reports.add(String.join("|", f[1], s1, s2, f[26], f[60]));
                        e.quad[Integer.parseInt(f[29]) - 1]++;
                        e.goldstein += g;
                        e.weighted += g * m;
                        e.mentions += m;
                        e.tone += Double.parseDouble(f[34]);
                    }
                    for (SeriesQuery.Weight w : SeriesQuery.Weight.values()) {
                        List<SeriesRow> got;
                        try (EventStore s = EventStore.openForQueries(store)) {
                            got = s.queries().series(a, b, SeriesQuery.by(by).direction(d).weight(w)).rows();
                        }
                        String at = a + "-" + b + " " + by + " " + d + " " + w;
                        assertThat(got).as(at).extracting(SeriesRow::period).containsExactlyElementsOf(want.keySet());
                        for (SeriesRow r : got) {
                            Expected e = want.get(r.period());
                            long[] v = volumes.get(r.period());
                            String row = at + " " + r.period();
                            assertThat(r.direction()).isEqualTo(d.id());
                            assertThat(r.weight()).isEqualTo(w.id());
                            assertThat(r.eventsAB()).as(row).isEqualTo(directed.get(r.period())[0]);
                            assertThat(r.eventsBA()).as(row).isEqualTo(directed.get(r.period())[1]);
                            assertThat(r.events()).as(row).isEqualTo(e.events);
                            assertThat(r.distinctReports()).as(row).isEqualTo(e.reports.size());
                            assertThat(r.quadClasses()).as(row).containsExactly(e.quad[0], e.quad[1], e.quad[2], e.quad[3]);
                            assertThat(r.goldsteinSum()).as(row).isCloseTo(e.goldstein, within(1e-9));
                            assertThat(r.goldsteinMean()).as(row).isCloseTo(e.goldstein / e.events, within(1e-9));
                            assertThat(r.mentions()).as(row).isEqualTo(e.mentions);
                            assertThat(r.goldsteinMentionsSum()).as(row).isCloseTo(e.weighted, within(1e-9));
                            assertThat(r.goldsteinMentionsMean().getAsDouble()).as(row).isCloseTo(e.weighted / e.mentions, within(1e-9));
                            assertThat(r.goldstein(w).getAsDouble()).as(row)
                                    .isCloseTo(w == SeriesQuery.Weight.EVENTS ? e.goldstein / e.events : e.weighted / e.mentions, within(1e-9));
                            assertThat(r.goldsteinTotal(w).getAsDouble()).as(row)
                                    .isCloseTo(w == SeriesQuery.Weight.EVENTS ? e.goldstein : e.weighted, within(1e-9));
                            assertThat(r.netCooperation()).as(row)
                                    .isCloseTo((double) (e.quad[0] + e.quad[1] - e.quad[2] - e.quad[3]) / e.events, within(1e-12));
                            assertThat(r.toneMean().getAsDouble()).as(row).isCloseTo(e.tone / e.events, within(1e-9));
                            assertThat(r.volumeA()).as(row).isEqualTo(v[0]);
                            assertThat(r.volumeB()).as(row).isEqualTo(v[1]);
                            assertThat(r.perThousand()).as(row).isCloseTo(1000.0 * e.events / (v[0] + v[1]), within(1e-9));
                            assertThat(r.perThousandA()).as(row).isCloseTo(1000.0 * e.events / v[0], within(1e-9));
                            assertThat(r.perThousandB()).as(row).isCloseTo(1000.0 * e.events / v[1], within(1e-9));
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
    }

    /** The directions are apart: A to B and B to A add up to both together, sum by sum. */
    @Test
    void the_two_directions_add_up_to_both() throws IOException {
        Path store = dir.resolve("s.duckdb");
        try (EventStore s = EventStore.open(store)) {
            s.ingest(List.of(Fixtures.path(Fixtures.V2), Fixtures.path(Fixtures.V2_OTHER), Fixtures.path(Fixtures.ICEWS)),
                    List.of(), r -> { });
            StoreQueries q = s.queries();
            List<SeriesRow> both = q.series("RUS", "SYR", SeriesQuery.by(StoreQueries.Period.MONTH)).rows();
            Map<String, SeriesRow> ab = byKey(q.series("RUS", "SYR", SeriesQuery.by(StoreQueries.Period.MONTH)
                    .direction(SeriesQuery.Direction.AB)).rows());
            Map<String, SeriesRow> ba = byKey(q.series("RUS", "SYR", SeriesQuery.by(StoreQueries.Period.MONTH)
                    .direction(SeriesQuery.Direction.BA)).rows());
            assertThat(both).hasSizeGreaterThan(1);
            for (SeriesRow r : both) {
                String k = r.period() + " " + r.source();
                SeriesRow x = ab.get(k);
                SeriesRow y = ba.get(k);
                assertThat(x == null ? 0 : x.events()).isEqualTo(r.eventsAB());
                assertThat(y == null ? 0 : y.events()).isEqualTo(r.eventsBA());
                assertThat((x == null ? 0 : x.distinctReports()) + (y == null ? 0 : y.distinctReports()))
                        .isEqualTo(r.distinctReports());
                assertThat((x == null ? 0 : x.goldsteinSum()) + (y == null ? 0 : y.goldsteinSum()))
                        .isCloseTo(r.goldsteinSum(), within(1e-9));
                if (x != null) {
                    assertThat(x.eventsAB()).isEqualTo(r.eventsAB());   // both directions' counts stay in every view
                    assertThat(x.volumeA()).isEqualTo(r.volumeA());
                }
            }
        }
    }

    private static Map<String, SeriesRow> byKey(List<SeriesRow> rows) {
        Map<String, SeriesRow> out = new TreeMap<>();
        rows.forEach(r -> out.put(r.period() + " " + r.source(), r));
        return out;
    }
}
