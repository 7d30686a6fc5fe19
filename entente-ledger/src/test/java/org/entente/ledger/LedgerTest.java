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
}
