package org.entente.spectrum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import org.entente.casefile.CaseFiles;
import org.entente.model.Band;
import org.entente.model.Case;
import org.entente.model.Dimension;
import org.entente.model.Obligation;
import org.entente.reference.CountryTable;
import org.entente.reference.data.Bundle;
import org.entente.reference.panel.DyadPanels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model on the built-in cases: the case alone, and with the dyad-year panel. */
class AssessorTest {

    private static Case irr;
    private static Case dprk;
    private static DyadPanels panels;

    @BeforeAll
    static void load() {
        CaseFiles files = new CaseFiles(CountryTable.bundled());
        irr = files.read(Path.of("../cases/iran-russia/case.yaml"));
        dprk = files.read(Path.of("../cases/russia-dprk/case.yaml"));
        panels = DyadPanels.load(Bundle.bundled());
    }

    private static Assessment withData(Case c, int a, int b, LocalDate date) {
        return new Assessor(SpectrumConfig.defaults(), panels).assess(c, y -> a, y -> b, date);
    }

    @Test
    void iran_russia_today_is_strategic_transactionalism_with_no_defence_pledge() {
        Assessment a = withData(irr, 630, 365, irr.asOf().end());
        assertThat(a.band()).isEqualTo(Band.STRATEGIC_TRANSACTIONALISM);
        assertThat(a.commitment().strongest()).isEqualTo(Obligation.NEUTRALITY);
        assertThat(a.commitment().defence()).isFalse();
        assertThat(a.commitment().absent()).contains(Obligation.DEFENCE);
        assertThat(a.wouldChange()).anyMatch(w -> w.contains("mutual-defence pledge"));
        assertThat(a.low()).isLessThanOrEqualTo(a.score());
        assertThat(a.high()).isGreaterThanOrEqualTo(a.score());
    }

    @Test
    void a_trajectory_assesses_each_year_end_and_stops_at_the_case_date() {
        Assessor a = new Assessor(SpectrumConfig.defaults(), panels);
        int last = irr.asOf().end().getYear();
        java.util.List<Assessment> years = a.trajectory(irr, y -> 630, y -> 365, last - 2, last);
        assertThat(years).extracting(Assessment::asOf).containsExactly(LocalDate.of(last - 2, 12, 31),
                LocalDate.of(last - 1, 12, 31), irr.asOf().end());
        assertThat(years.get(2).score()).isEqualTo(withData(irr, 630, 365, irr.asOf().end()).score());
        assertThat(Assessor.trajectoryProblem(1967, 2026)).isNull();
        assertThat(Assessor.trajectoryProblem(1966, 2026)).contains("covers 61 years");
        assertThat(Assessor.trajectoryProblem(2020, 2019)).contains("ends before it starts");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.trajectory(irr, y -> 630, y -> 365, 1900, 2026))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_event_signal_moves_the_diplomatic_dimension_alone() {
        Assessor a = new Assessor(SpectrumConfig.defaults(), panels);
        Assessment without = a.assess(irr, y -> 630, y -> 365, irr.asOf().end());
        EventSignal friendly = new EventSignal("gdelt", "2025-Q4", "2026-Q3", 900, 100);   // net 0.8: a pull toward 82
        Assessment with = a.assess(irr, y -> 630, y -> 365, irr.asOf().end(), friendly);
        for (Dimension d : DimensionScorer.scored()) {
            Assessment.DimensionScore x = without.dimensions().get(d);
            Assessment.DimensionScore y = with.dimensions().get(d);
            if (d == Dimension.DIPLOMATIC) {
                assertThat(y.score()).isGreaterThan(x.score());
                assertThat(y.data()).isEqualTo(x.data() + 1);
            } else {   // score and interval untouched: each dimension resamples with its own stream
                assertThat(y.score()).as(d.id()).isEqualTo(x.score());
                assertThat(y.low()).as(d.id()).isEqualTo(x.low());
                assertThat(y.high()).as(d.id()).isEqualTo(x.high());
            }
        }
        assertThat(with.explanation()).anyMatch(c -> c.id().equals("events:gdelt:2026-Q3")
                && c.label().startsWith("GDELT events 2025-Q4 to 2026-Q3: net verbal cooperation 0.80 over 1000"));
        // too few verbal events: shown in the coverage, not counted
        Assessment few = a.assess(irr, y -> 630, y -> 365, irr.asOf().end(), new EventSignal("gdelt", "2025-Q4", "2026-Q3", 9, 1));
        assertThat(few.score()).isEqualTo(without.score());
        assertThat(few.coverage()).anyMatch(l -> l.contains("10 verbal events, too few to count (fewer than 50)"));
    }

    @Test
    void each_dimension_score_is_the_prior_plus_its_contributions() {
        Assessment a = new Assessor(SpectrumConfig.defaults(), null).assess(irr, null, null, irr.asOf().end());
        double center = SpectrumConfig.defaults().get("dimensions.prior_center");
        for (Dimension d : DimensionScorer.scored()) {
            double sum = a.explanation().stream().filter(c -> c.target().equals(d.id())).mapToDouble(Contribution::effect).sum();
            assertThat(a.dimensions().get(d).score()).as(d.id()).isCloseTo(center + sum, within(1e-9));
        }
    }

    @Test
    void the_explanation_is_sorted_by_effect_on_the_overall_score() {
        Assessment a = withData(irr, 630, 365, irr.asOf().end());
        for (int i = 1; i < a.explanation().size(); i++) {
            assertThat(Math.abs(a.explanation().get(i).overall()))
                    .isLessThanOrEqualTo(Math.abs(a.explanation().get(i - 1).overall()));
        }
        assertThat(a.explanation().get(0).sources()).isNotEmpty();
    }

    @Test
    void as_of_leaves_out_evidence_and_treaties_dated_after_it() {
        Assessment before = new Assessor(SpectrumConfig.defaults(), null).assess(irr, null, null, LocalDate.of(2012, 12, 31));
        Assessment now = new Assessor(SpectrumConfig.defaults(), null).assess(irr, null, null, irr.asOf().end());
        int evidenceBefore = before.dimensions().values().stream().mapToInt(Assessment.DimensionScore::evidence).sum();
        int evidenceNow = now.dimensions().values().stream().mapToInt(Assessment.DimensionScore::evidence).sum();
        assertThat(evidenceBefore).isLessThan(evidenceNow);
        assertThat(before.commitment().inForce()).containsExactly("treaty-2001");
        assertThat(now.commitment().inForce()).containsExactly("cspt-2025");
    }

    @Test
    void russia_dprk_becomes_an_alliance_when_the_2024_treaty_enters_into_force() {
        assertThat(withData(dprk, 365, 731, LocalDate.of(2024, 12, 3)).band()).isNotEqualTo(Band.ALLIANCE);
        Assessment after = withData(dprk, 365, 731, LocalDate.of(2024, 12, 4));
        assertThat(after.band()).isEqualTo(Band.ALLIANCE);
        assertThat(after.commitment().defence()).isTrue();
    }

    @Test
    void the_same_inputs_give_the_same_numbers() {
        Assessment a = withData(irr, 630, 365, irr.asOf().end());
        Assessment b = withData(irr, 630, 365, irr.asOf().end());
        assertThat(a.low()).isEqualTo(b.low());
        assertThat(a.dimensions()).isEqualTo(b.dimensions());
    }

    @Test
    void data_only_assessments_read_alliances_and_rivalries() {
        Assessor model = new Assessor(SpectrumConfig.defaults(), panels);
        assertThat(model.assessDyad(2, 200, "USA-GBR", 2015).band()).isEqualTo(Band.ALLIANCE);
        assertThat(model.assessDyad(2, 740, "USA-JPN", 2015).band()).isEqualTo(Band.ALLIANCE);
        assertThat(model.assessDyad(750, 770, "IND-PAK", 2015).band()).isEqualTo(Band.ADVERSARIAL);
        assertThat(model.assessDyad(630, 666, "IRN-ISR", 2015).band()).isEqualTo(Band.ADVERSARIAL);
        assertThat(model.assessDyad(630, 670, "IRN-SAU", 2015).band()).isEqualTo(Band.ADVERSARIAL);
        assertThat(model.assessDyad(630, 670, "IRN-SAU", 2015).hedging().measured()).isFalse();
        // SIPRI reaches 2035 within the look-back, nothing else does: a row for every pair places none
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> model.assessDyad(2, 740, "USA-JPN", 2035))
                .isInstanceOf(NoDataException.class).hasMessageContaining("arms transfers alone do not place a pair");
    }

    /** Weights whose sums overflow made scores NaN, printed as a band; the assessment refuses them, naming the file. */
    @Test
    void weights_that_leave_a_score_undefined_are_refused_not_printed_as_nan(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path huge = java.nio.file.Files.writeString(dir.resolve("huge.yaml"), "evidence: {strength: {strong: 1e308, "
                + "moderate: 1e308, weak: 1e308}}\n");
        SpectrumConfig cfg = SpectrumConfig.load(huge);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Assessor(cfg, null).assess(irr, null, null,
                irr.asOf().end())).isInstanceOf(SpectrumConfig.ConfigException.class)
                .hasMessageStartingWith(huge + ": these settings leave the ")
                .hasMessageContaining("score undefined").hasMessageContaining("'evidence.strength'");
    }
}
