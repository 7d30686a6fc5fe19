package org.entente.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.entente.model.Band;
import org.entente.model.Case;
import org.entente.spectrum.Assessment;
import org.entente.spectrum.Assessor;
import org.entente.spectrum.SpectrumConfig;
import org.junit.jupiter.api.Test;

/**
 * Priors given year by year (timed/case.yaml, first forecast year 2027, horizon 2035, no shocks
 * and no inertia, so a run's score moves only in the year a driver's change sets in).
 * A rupture between the two: 0 by 2030 and 0.5 by 2035; a deal: yes has 0.2 by 2028 and 0.5 by 2035.
 */
class TimedPriorTest {

    private static final Case timed = SeveralParentsTest.load("timed/case.yaml");
    private final SpectrumConfig config = SpectrumConfig.defaults();
    private static final int RUNS = 100_000;

    private ScenarioModel.Prepared prepared() {
        Assessment today = new Assessor(config, null).assess(timed, null, null, timed.asOf().end());
        return new ScenarioModel(config).prepare(timed, today, 2035);
    }

    @Test
    void the_onset_year_follows_the_rises_between_the_years_given() {
        double[][][][] onsets = new DriverNetwork(timed.outlook().orElseThrow()).onsets(2027, 9);
        // rupture: nothing in 2027-2030, then 0.5 spread evenly over 2031-2035; given a rupture, divided by 0.5
        assertThat(onsets[0][0][1]).containsExactly(new double[] {0, 0, 0, 0, 0.2, 0.4, 0.6, 0.8, 1}, within(1e-12));
        // yes: 0.2 over 2027-2028 (0.1 a year), then 0.3 over the seven years 2029-2035
        double[] expected = new double[9];
        double acc = 0;
        for (int y = 0; y < 9; y++) {
            acc += y < 2 ? 0.1 : 0.3 / 7;
            expected[y] = acc / 0.5;
        }
        assertThat(onsets[1][0][1]).containsExactly(expected, within(1e-12));
    }

    @Test
    void a_state_given_nothing_by_2030_never_shows_before_2031_and_reaches_its_share_by_the_horizon() {
        ScenarioModel.Prepared p = prepared();
        assertThat(p.setup().onsetYears()).isEqualTo(9);
        DriverNetwork net = p.network();
        // hold the deal at no, so only the rift moves the scores: half the runs break, the others never move
        double[] noDeal = net.condition(net.prior(), Map.of("deal", List.of("no")));
        Simulation.Result r = p.simulation().run(noDeal, RUNS, 3);
        float base = r.overall()[0][0];
        for (int y = 0; y < 9; y++) {
            int broken = 0;
            for (float x : r.overall()[y]) {
                assertThat(x).isLessThanOrEqualTo(base);
                broken += x < base ? 1 : 0;
            }
            int year = 2027 + y;
            double expected = year <= 2030 ? 0 : 0.5 * (year - 2030) / 5.0;
            if (expected == 0) {
                assertThat(broken).as("runs broken by %d", year).isZero();
            } else {
                double se = Math.sqrt(expected * (1 - expected) / RUNS);
                assertThat((double) broken / RUNS).as("share broken by %d", year).isCloseTo(expected, within(4 * se));
            }
        }
        // the band probabilities: transactional while nothing has broken; adversarial only from 2031, rising
        // by about a tenth a year to one half by 2035
        for (int y = 0; y < 4; y++) {
            assertThat(r.probability(y, Band.TRANSACTIONAL)).as("year %d", 2027 + y).isEqualTo(1.0);
            assertThat(r.probability(y, Band.ADVERSARIAL)).as("year %d", 2027 + y).isZero();
        }
        for (int y = 4; y < 9; y++) {
            double expected = 0.5 * (y - 3) / 5.0;
            assertThat(r.probability(y, Band.ADVERSARIAL)).as("year %d", 2027 + y).isCloseTo(expected, within(0.01));
        }
    }

    @Test
    void a_state_given_a_fifth_by_2028_sets_in_early_in_that_proportion() {
        ScenarioModel.Prepared p = prepared();
        DriverNetwork net = p.network();
        double[] steady = net.condition(net.prior(), Map.of("rift", List.of("none")));
        Simulation.Result r = p.simulation().run(steady, RUNS, 4);
        float base = Math.max(r.overall()[0][0], r.overall()[0][1]);
        double[] expected = new double[9];
        double acc = 0;
        for (int y = 0; y < 9; y++) {
            acc += y < 2 ? 0.1 : 0.3 / 7; // P(yes by the year): 0.1, 0.2, then 0.3 over seven years
            expected[y] = acc;
        }
        for (int y = 0; y < 9; y++) {
            int signed = 0;
            for (float x : r.overall()[y]) {
                signed += x < base ? 1 : 0;
            }
            double se = Math.sqrt(expected[y] * (1 - expected[y]) / RUNS);
            assertThat((double) signed / RUNS).as("share with a deal by %d", 2027 + y).isCloseTo(expected[y], within(4 * se));
        }
    }

    @Test
    void the_forecast_runs_and_gives_the_horizon_distribution_as_the_prior() {
        DriverNetwork net = prepared().network();
        Map<String, Map<String, Double>> m = net.marginals(net.prior());
        assertThat(m.get("rift").get("rupture")).isCloseTo(0.5, within(1e-12));
        assertThat(m.get("deal").get("yes")).isCloseTo(0.5, within(1e-12));
        Assessment today = new Assessor(config, null).assess(timed, null, null, timed.asOf().end());
        Forecast f = new ScenarioModel(config).forecast(timed, today, Map.of(), Map.of(), 2035, 20_000, 1);
        assertThat(f.baseline()).hasSize(9);
        assertThat(new ScenarioModel(config).forecast(timed, today, Map.of(), Map.of(), 2035, 20_000, 1).baseline())
                .isEqualTo(f.baseline());
    }
}
