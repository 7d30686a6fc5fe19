package org.entente.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {

    @TempDir
    Path dir;

    private static Prediction yes(String id, double p) {
        return new Prediction(id, "Will it happen?", LocalDate.of(2025, 6, 5), LocalDate.of(2026, 6, 5), Prediction.yesNo(p),
                "test", "iran-russia", Optional.empty(), Optional.empty());
    }

    @Test
    void records_resolves_and_reads_back_across_sessions() {
        Path file = dir.resolve("ledger.duckdb");
        try (Ledger l = Ledger.open(file)) {
            l.record(yes("f1", 0.7));
            l.record(new Prediction("f2", "Band in 2026?", LocalDate.of(2025, 6, 5), LocalDate.of(2026, 12, 31),
                    Map.of("transactional", 0.4, "strategic-transactionalism", 0.6), "seed 1", "iran-russia",
                    Optional.empty(), Optional.empty()));
            l.resolve("f1", "yes", LocalDate.of(2026, 7, 1));
        }
        try (Ledger l = Ledger.open(file)) {
            List<Prediction> all = l.all();
            assertThat(all).extracting(Prediction::id).containsExactly("f1", "f2");
            assertThat(all.get(0).outcome()).contains("yes");
            assertThat(all.get(1).outcomes()).containsEntry("strategic-transactionalism", 0.6);
        }
    }

    @Test
    void refuses_duplicates_and_unknown_outcomes_and_leaves_the_ledger_unchanged() {
        try (Ledger l = Ledger.open(dir.resolve("l.duckdb"))) {
            l.record(yes("f1", 0.7));
            assertThatThrownBy(() -> l.record(yes("f1", 0.2))).hasMessageContaining("already recorded");
            assertThatThrownBy(() -> l.resolve("f1", "maybe", LocalDate.now())).hasMessageContaining("not 'maybe'");
            assertThatThrownBy(() -> l.resolve("f9", "yes", LocalDate.now())).hasMessageContaining("no forecast 'f9'");
            assertThat(l.all()).singleElement().satisfies(p -> {
                assertThat(p.outcomes().get("yes")).isEqualTo(0.7);
                assertThat(p.outcome()).isEmpty();
            });
        }
    }

    @Test
    void brier_and_log_scores_match_their_definitions() {
        // yes/no at 0.7, it happened: (0.7-1)^2 + (0.3-0)^2 = 0.18; -ln 0.7
        assertThat(Scoring.brier(Prediction.yesNo(0.7), "yes")).isCloseTo(0.18, within(1e-12));
        assertThat(Scoring.log(Prediction.yesNo(0.7), "yes")).isCloseTo(-Math.log(0.7), within(1e-12));
        // a certain miss is the worst Brier score, 2
        assertThat(Scoring.brier(Prediction.yesNo(1.0), "no")).isCloseTo(2.0, within(1e-12));
        assertThat(Scoring.log(Prediction.yesNo(1.0), "no")).isCloseTo(-Math.log(1e-6), within(1e-9));
    }

    /** Listings are the same from run to run: outcomes keep the order given, "yes" before "no". */
    @Test
    void outcomes_keep_the_order_given() {
        assertThat(Prediction.yesNo(0.3).keySet()).containsExactly("yes", "no");
        java.util.Map<String, Double> three = new java.util.LinkedHashMap<>();
        three.put("war", 0.1);
        three.put("peace", 0.6);
        three.put("truce", 0.3);
        assertThat(new Prediction("o", "q", LocalDate.now(), LocalDate.now(), three, "m", "s", Optional.empty(),
                Optional.empty()).outcomes().keySet()).containsExactly("war", "peace", "truce");
    }

    @Test
    void calibration_bins_each_outcome_probability() {
        Prediction a = new Prediction("a", "q", LocalDate.now(), LocalDate.now(), Prediction.yesNo(0.85), "m", "s",
                Optional.of("yes"), Optional.of(LocalDate.now()));
        Prediction b = new Prediction("b", "q", LocalDate.now(), LocalDate.now(), Prediction.yesNo(0.85), "m", "s",
                Optional.of("no"), Optional.of(LocalDate.now()));
        List<Scoring.Bin> bins = Scoring.calibration(List.of(a, b));
        assertThat(bins).extracting(Scoring.Bin::n).containsExactly(2, 2);
        assertThat(bins.get(1).forecast()).isCloseTo(0.85, within(1e-12));
        assertThat(bins.get(1).observed()).isCloseTo(0.5, within(1e-12));
    }

    /** A ledger cut short is bad input naming the file, with what to do, not DuckDB's bare message. */
    @Test
    void a_ledger_cut_short_is_named_as_damaged(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("cut.duckdb");
        try (Ledger l = Ledger.open(file)) {
            for (int i = 0; i < 400; i++) {
                l.record(new Prediction("f-" + i, "question " + i + " ".repeat(2000), LocalDate.now(), LocalDate.now().plusDays(30),
                        Prediction.yesNo(0.5), "m", "s", Optional.empty(), Optional.empty()));
            }
        }
        byte[] whole = java.nio.file.Files.readAllBytes(file);
        java.nio.file.Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> {
            try (Ledger l = Ledger.open(file)) {
                l.all();
            }
        }).isInstanceOf(Ledger.LedgerException.class).hasMessageStartingWith(file + ": the forecast ledger is damaged (cut short or corrupt: ")
                .hasMessageContaining("restore a copy of it, or start a new ledger with --ledger FILE");
    }

    /** "No" is the decimal complement of "yes", and each lands in its own tenth: 0.9 yes puts "no" at 0.1, in 0.1-0.2. */
    @Test
    void the_complement_is_the_decimal_one_and_lands_in_its_own_tenth() {
        assertThat(Prediction.yesNo(0.7).get("no")).isEqualTo(0.3);
        assertThat(Prediction.yesNo(0.9).get("no")).isEqualTo(0.1);
        Prediction p = new Prediction("c", "q", LocalDate.now(), LocalDate.now(), Prediction.yesNo(0.9), "m", "s",
                Optional.of("yes"), Optional.of(LocalDate.now()));
        List<Scoring.Bin> bins = Scoring.calibration(List.of(p));
        assertThat(bins).extracting(Scoring.Bin::from).containsExactly(0.1, 0.9);
    }

    /** What would spoil the scores or the record is refused: NaN, a blank question, impossible dates, odd ids. */
    @Test
    void refuses_forecasts_that_would_spoil_the_scores() {
        LocalDate made = LocalDate.of(2025, 6, 5);
        assertThatThrownBy(() -> yes("f1", Double.NaN)).hasMessageContaining("probabilities must lie in 0-1");
        assertThatThrownBy(() -> new Prediction("f1", "Q?", made, made.plusYears(1), Map.of("a", Double.NaN, "b", 1.0),
                "m", "s", Optional.empty(), Optional.empty())).hasMessageContaining("probabilities must lie in 0-1");
        assertThatThrownBy(() -> new Prediction("f1", "  ", made, made.plusYears(1), Prediction.yesNo(0.5), "m", "s",
                Optional.empty(), Optional.empty())).hasMessageContaining("needs a question");
        assertThatThrownBy(() -> new Prediction("f1", "Q?", made, made.minusDays(1), Prediction.yesNo(0.5), "m", "s",
                Optional.empty(), Optional.empty())).hasMessageContaining("resolves on 2025-06-04, before it was made");
        for (String id : new String[] {"", "a b", "x/y", "-lead", "x".repeat(121)}) {
            assertThatThrownBy(() -> yes(id, 0.5)).as(id).hasMessageContaining("must be 1 to 120 letters");
        }
        assertThat(yes("iran-russia.band-2030@2025-06-05", 0.5).id()).isEqualTo("iran-russia.band-2030@2025-06-05");
    }

    /**
     * Resolving again with the same outcome changes nothing; another outcome is refused unless it is
     * a correction; a date before the forecast was made is refused. All are the caller's input.
     */
    @Test
    void a_resolution_is_changed_only_as_a_correction() {
        try (Ledger l = Ledger.open(dir.resolve("l.duckdb"))) {
            l.record(yes("f1", 0.7));
            l.resolve("f1", "no", LocalDate.of(2026, 7, 1));
            l.resolve("f1", "no", LocalDate.of(2026, 8, 1));
            assertThat(l.find("f1").orElseThrow().resolvedOn()).contains(LocalDate.of(2026, 7, 1));
            assertThatThrownBy(() -> l.resolve("f1", "yes", LocalDate.of(2026, 8, 1)))
                    .isInstanceOf(Ledger.LedgerException.class).hasMessageContaining("already resolved as 'no'")
                    .hasMessageContaining("--correct").matches(e -> ((Ledger.LedgerException) e).badInput(), "bad input");
            assertThatThrownBy(() -> l.resolve("f1", "yes", LocalDate.of(2020, 1, 1), true))
                    .hasMessageContaining("cannot be resolved on 2020-01-01, before that");
            l.resolve("f1", "yes", LocalDate.of(2026, 8, 1), true);
            assertThat(l.find("f1").orElseThrow().outcome()).contains("yes");
        }
    }

    /**
     * An outcome is known only on the forecast's date: a band at the end of a year, or the "no" of a
     * yes/no question, cannot be resolved before it; the "yes" of a yes/no question can, once what it
     * asks has happened.
     */
    @Test
    void only_a_yes_may_be_resolved_before_the_forecasts_date() {
        try (Ledger l = Ledger.open(dir.resolve("l.duckdb"))) {
            l.record(yes("f1", 0.7));
            l.record(yes("f2", 0.7));
            l.record(new Prediction("band", "Band at the end of 2026?", LocalDate.of(2025, 6, 5), LocalDate.of(2026, 12, 31),
                    Map.of("transactional", 0.4, "strategic-transactionalism", 0.6), "seed 1", "iran-russia",
                    Optional.empty(), Optional.empty()));
            assertThatThrownBy(() -> l.resolve("band", "strategic-transactionalism", LocalDate.of(2026, 12, 2)))
                    .isInstanceOf(Ledger.LedgerException.class)
                    .hasMessageContaining("resolves on 2026-12-31; its outcome cannot be known on 2026-12-02")
                    .matches(e -> ((Ledger.LedgerException) e).badInput(), "bad input");
            assertThatThrownBy(() -> l.resolve("f1", "no", LocalDate.of(2026, 6, 4)))
                    .hasMessageContaining("resolves on 2026-06-05");
            l.resolve("f2", "yes", LocalDate.of(2026, 6, 4));
            l.resolve("f1", "no", LocalDate.of(2026, 6, 5));
            l.resolve("band", "strategic-transactionalism", LocalDate.of(2026, 12, 31));
            assertThat(l.all()).extracting(p -> p.outcome().orElse("open"))
                    .containsExactly("strategic-transactionalism", "no", "yes");   // made on the same day: by id
        }
    }

    /** Changes made together are kept together: a failure half-way leaves none of them. */
    @Test
    void changes_made_atomically_are_all_or_nothing() {
        Path file = dir.resolve("l.duckdb");
        try (Ledger l = Ledger.open(file)) {
            l.record(yes("f0", 0.5));
            assertThatThrownBy(() -> l.atomically(() -> {
                l.record(yes("f1", 0.7));
                l.resolve("f0", "yes", LocalDate.of(2026, 1, 1));
                l.record(yes("f1", 0.2));   // a repeated id: the whole batch goes
            })).hasMessageContaining("already recorded");
            l.atomically(() -> l.record(yes("f2", 0.3)));
        }
        try (Ledger l = Ledger.open(file)) {
            assertThat(l.all()).extracting(Prediction::id).containsExactly("f0", "f2");
            assertThat(l.find("f0").orElseThrow().outcome()).isEmpty();
        }
    }

    /** Reading opens no file for writing: a missing ledger stays missing, an existing one unchanged. */
    @Test
    void reading_creates_and_changes_nothing() throws Exception {
        Path file = dir.resolve("sub/l.duckdb");
        try (Ledger l = Ledger.openForReading(file)) {
            assertThat(l.all()).isEmpty();
        }
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("sub")).doesNotExist();
        try (Ledger l = Ledger.open(file)) {
            l.record(yes("f1", 0.7));
        }
        byte[] before = java.nio.file.Files.readAllBytes(file);
        try (Ledger a = Ledger.openForReading(file); Ledger b = Ledger.openForReading(file)) {
            assertThat(a.all()).hasSize(1);
            assertThat(b.all()).hasSize(1);
            assertThatThrownBy(() -> a.record(yes("f2", 0.1))).isInstanceOf(Ledger.LedgerException.class);
        }
        assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(before);
        assertThatThrownBy(() -> Ledger.open(dir)).isInstanceOf(Ledger.LedgerException.class)
                .hasMessageContaining("this is a folder").matches(e -> ((Ledger.LedgerException) e).badInput(), "bad input");
        Path other = dir.resolve("other.duckdb");
        try (var c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + other, new java.util.Properties());
             var s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id INTEGER)");
        }
        byte[] theirs = java.nio.file.Files.readAllBytes(other);
        for (boolean reading : new boolean[] {false, true}) {
            assertThatThrownBy(() -> (reading ? Ledger.openForReading(other) : Ledger.open(other)).close())
                    .isInstanceOf(Ledger.LedgerException.class)
                    .hasMessageContaining("this DuckDB file holds other tables, not a forecast ledger")
                    .matches(e -> ((Ledger.LedgerException) e).badInput(), "bad input");
        }
        assertThat(java.nio.file.Files.readAllBytes(other)).isEqualTo(theirs);
    }
}
