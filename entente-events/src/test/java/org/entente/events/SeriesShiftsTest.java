package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change detection of {@code entente events series}: a step in a dyad's Goldstein mean is
 * found at its month and in its direction, by month, quarter and year; a series without one gives
 * no flag. The series are built from the real GDELT 2.0 rows of the fixtures, re-dated into 24
 * months and given to one pair of states, so each month's mean comes from real Goldstein weights,
 * mentions and tones, with real spread and an uneven number of events a month.
 */
class SeriesShiftsTest {

    @TempDir
    Path dir;

    /** The fixtures' GDELT 2.0 rows. */
    private static List<String[]> pool() throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String f : List.of(Fixtures.V2, Fixtures.V2_OTHER)) {
            for (String line : Files.readAllLines(Fixtures.path(f), StandardCharsets.UTF_8)) {
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    /**
     * Writes 24 months (January 2020 to December 2021) of Australia-New Zealand events, each a real row
     * re-dated and re-addressed; month {@code empty} has none.
     *
     * @param regime  per month index, which rows it draws from
     * @param fewest  the fewest events a month
     * @param most    the most
     */
    private Path series(String name, long seed, java.util.function.IntFunction<Predicate<String[]>> regime, int fewest,
                        int most, int empty) throws IOException {
        List<String[]> all = pool();
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        long id = 900_000_000L;
        for (int i = 0; i < 24; i++) {
            if (i == empty) {
                continue;
            }
            List<String[]> rows = all.stream().filter(regime.apply(i)).toList();
            YearMonth m = YearMonth.of(2020, 1).plusMonths(i);
            int n = fewest + random.nextInt(most - fewest + 1);
            for (int k = 0; k < n; k++) {
                String[] f = rows.get(random.nextInt(rows.size())).clone();
                boolean ab = random.nextBoolean();
                String day = String.format("%04d%02d%02d", m.getYear(), m.getMonthValue(), 1 + random.nextInt(28));
                f[0] = Long.toString(id++);
                f[1] = day;
                f[2] = day.substring(0, 6);
                f[3] = day.substring(0, 4);
                f[4] = String.format(java.util.Locale.ROOT, "%.4f", m.getYear() + (m.getMonthValue() - 0.5) / 12);
                f[5] = ab ? "AUS" : "NZL";
                f[6] = ab ? "AUSTRALIA" : "NEW ZEALAND";
                f[7] = ab ? "AUS" : "NZL";
                f[15] = ab ? "NZL" : "AUS";
                f[16] = ab ? "NEW ZEALAND" : "AUSTRALIA";
                f[17] = ab ? "NZL" : "AUS";
                f[59] = day + "000000";
                out.append(String.join("\t", f)).append('\n');
            }
        }
        Path file = dir.resolve(name + ".export.CSV");
        Files.writeString(file, out);
        return file;
    }

    private static Predicate<String[]> quad(String... classes) {
        return f -> List.of(classes).contains(f[29]);
    }

    private Series query(Path file, SeriesQuery q) {
        try (EventStore s = EventStore.open(dir.resolve(file.getFileName() + ".duckdb"))) {
            if (s.queries().files().isEmpty()) {
                s.ingest(file, List.of());
            }
            return s.queries().series("AUS", "NZL", q);
        }
    }

    /**
     * Fourteen months of verbal cooperation and verbal conflict (a Goldstein mean near +1.3), then ten of
     * material conflict (near -7.8), with June 2020 empty: one shift, down, in March 2021, whether the
     * series is shown by month, quarter or year, per event or by mentions. The CUSUM this replaces,
     * standardised by a mean and deviation that include the step, flagged January 2021 up and September
     * 2021 down on this file, and nothing by quarter (recomputed in Python from the file's rows).
     */
    @Test
    void finds_a_step_at_its_first_month_and_in_its_direction() throws IOException {
        Path file = series("step", 6, i -> i < 14 ? quad("1", "3") : quad("4"), 5, 40, 5);
        Series months = query(file, SeriesQuery.by(StoreQueries.Period.MONTH));
        assertThat(months.rows()).hasSize(23);
        assertThat(months.tested()).containsEntry("gdelt", 23);
        assertThat(months.changes()).singleElement().satisfies(c -> {
            assertThat(c.month()).isEqualTo("2021-03");
            assertThat(c.direction()).isEqualTo("down");
            assertThat(c.before()).isBetween(0.5, 2.5);
            assertThat(c.after()).isBetween(-9.0, -6.5);
            assertThat(c.monthsBefore()).isEqualTo(13);   // 14 months less the empty one
            assertThat(c.monthsAfter()).isEqualTo(10);
            assertThat(c.gap()).isZero();
            assertThat(c.pValue()).isLessThanOrEqualTo(Shifts.ALPHA);
        });
        assertThat(months.rows()).filteredOn(r -> !r.shift().isEmpty()).singleElement().satisfies(r -> {
            assertThat(r.period()).isEqualTo("2021-03");
            assertThat(r.shift()).isEqualTo("down");
            assertThat(r.shiftMonth()).isEqualTo("2021-03");
        });
        assertThat(months.rows()).extracting(SeriesRow::period).doesNotContain("2020-06");
        Series quarters = query(file, SeriesQuery.by(StoreQueries.Period.QUARTER));
        assertThat(quarters.rows()).hasSize(8);
        assertThat(quarters.rows()).filteredOn(r -> !r.shift().isEmpty()).singleElement().satisfies(r -> {
            assertThat(r.period()).isEqualTo("2021-Q1");
            assertThat(r.shift()).isEqualTo("down");
            assertThat(r.shiftMonth()).isEqualTo("2021-03");
        });
        assertThat(query(file, SeriesQuery.by(StoreQueries.Period.YEAR)).rows()).extracting(SeriesRow::period, SeriesRow::shift)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2020", ""), org.assertj.core.groups.Tuple.tuple("2021", "down"));
        Series weighted = query(file, SeriesQuery.by(StoreQueries.Period.MONTH).weight(SeriesQuery.Weight.MENTIONS));
        assertThat(weighted.changes()).extracting(ChangePoint::month, ChangePoint::direction)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2021-03", "down"));
        for (SeriesQuery.Direction d : List.of(SeriesQuery.Direction.AB, SeriesQuery.Direction.BA)) {
            assertThat(query(file, SeriesQuery.by(StoreQueries.Period.MONTH).direction(d)).changes())
                    .as(d.id()).extracting(ChangePoint::month, ChangePoint::direction)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("2021-03", "down"));
        }
        // up to January 2021 the step has not come yet: nothing to flag
        assertThat(query(file, SeriesQuery.by(StoreQueries.Period.MONTH).upTo(YearMonth.of(2021, 1))).changes()).isEmpty();
    }

    /** A shift after months with no events is dated at the first month with events, with the empty months told. */
    @Test
    void dates_a_shift_after_empty_months_at_the_first_month_with_events() throws IOException {
        Path file = series("gap", 11, i -> i < 14 ? quad("1", "2") : quad("4"), 8, 30, 13);
        Series months = query(file, SeriesQuery.by(StoreQueries.Period.MONTH));
        assertThat(months.changes()).singleElement().satisfies(c -> {
            assertThat(c.month()).isEqualTo("2021-03");
            assertThat(c.gap()).isEqualTo(1);   // February 2021 had no events
            assertThat(c.direction()).isEqualTo("down");
        });
    }

    /** Every row of the fixtures drawn alike in every month, 3 to 30 a month (means with a spread of 1 to 3): no shift. */
    @Test
    void flags_nothing_on_a_series_without_a_step() throws IOException {
        Path file = series("flat", 3, i -> f -> true, 3, 30, 9);
        for (StoreQueries.Period by : StoreQueries.Period.values()) {
            Series s = query(file, SeriesQuery.by(by));
            assertThat(s.changes()).as(by.name()).isEmpty();
            assertThat(s.rows()).as(by.name()).isNotEmpty().allSatisfy(r -> assertThat(r.shift()).isEmpty());
        }
        assertThat(query(file, SeriesQuery.by(StoreQueries.Period.MONTH).weight(SeriesQuery.Weight.MENTIONS)).changes())
                .isEmpty();
    }

    /** The test itself, on Gaussian series with fixed seeds: the step is found exactly, and noise rarely. */
    @Test
    void binary_segmentation_finds_steps_and_keeps_its_level_on_noise() {
        Random random = new Random(42);
        double[] step = new double[24];
        for (int i = 0; i < step.length; i++) {
            step[i] = (i < 14 ? 1.3 : -7.5) + 1.5 * random.nextGaussian();
        }
        assertThat(Shifts.changes(step)).extracting(Shifts.Change::at).containsExactly(14);
        double[] two = new double[60];
        for (int i = 0; i < two.length; i++) {
            two[i] = (i < 20 ? 2 : i < 41 ? -1 : 3) + random.nextGaussian();
        }
        assertThat(Shifts.changes(two)).extracting(Shifts.Change::at).containsExactly(20, 41);
        int flagged = 0;
        int runs = 300;
        for (int r = 0; r < runs; r++) {
            double[] noise = new double[24];
            for (int i = 0; i < noise.length; i++) {
                noise[i] = random.nextGaussian();
            }
            flagged += Shifts.changes(noise).isEmpty() ? 0 : 1;
        }
        assertThat(flagged).as("false alarms in %d stationary series at %s", runs, Shifts.ALPHA)
                .isLessThanOrEqualTo((int) (3 * Shifts.ALPHA * runs));
        assertThat(Shifts.changes(new double[] {1, 1, 1, 1, 1, 1, 1, 1})).isEmpty();
        assertThat(Shifts.changes(new double[] {1, 1, 1, -5, -5})).as("too short to split").isEmpty();
    }

    /**
     * The fewest months tested is the fewest at which a change three months from an end can reach
     * 1 %: with eleven, a perfect step there ties with too many orderings (p at least 2/C(11,3)),
     * with twelve it only just can (0.009, near the resolution of 999 orderings), and a step in the
     * middle is found. Fewer are "too few to test", not "none".
     */
    @Test
    void the_fewest_months_tested_are_the_fewest_in_which_any_allowed_step_can_be_found() {
        assertThat(2.0 / 165).as("2/C(11,3)").isGreaterThan(Shifts.ALPHA);
        assertThat(2.0 / 220).as("2/C(12,3)").isLessThanOrEqualTo(Shifts.ALPHA);
        assertThat(Series.MIN_TESTED).isEqualTo(12);
        assertThat(Shifts.changes(new double[] {2, 2, 2, 2, 2, 2, -5, -5, -5, -5, -5, -5})).extracting(Shifts.Change::at)
                .containsExactly(6);
    }
}
