package org.entente.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.entente.spectrum.Assessment;
import org.entente.spectrum.Assessor;
import org.entente.spectrum.SpectrumConfig;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private final SpectrumConfig config = SpectrumConfig.defaults();

    private Forecast forecast(Map<String, Boolean> observed, int runs, long seed) {
        Assessment today = new Assessor(config, null).assess(DriverNetworkTest.toy, null, null,
                DriverNetworkTest.toy.asOf().end());
        return new ScenarioModel(config).forecast(DriverNetworkTest.toy, today, observed, Map.of(), 2030, runs, seed);
    }

    private Forecast forecast(int horizon, String only) {
        Assessment today = new Assessor(config, null).assess(DriverNetworkTest.toy, null, null,
                DriverNetworkTest.toy.asOf().end());
        return new ScenarioModel(config).forecast(DriverNetworkTest.toy, today, Map.of(), Map.of(), "test", horizon,
                20_000, 11, only);
    }

    /** The toy case's horizon is 2030: a shorter forecast is the same one cut short, a longer one goes on from it. */
    @Test
    void a_years_forecast_is_the_same_whichever_horizon_is_printed() {
        for (String only : java.util.Arrays.asList(null, "thaw")) {
            Forecast own = forecast(2030, only);
            Forecast shorter = forecast(2028, only);
            Forecast longer = forecast(2036, only);
            assertThat(own.baseline()).extracting(Forecast.Year::year).containsExactly(2027, 2028, 2029, 2030);
            assertThat(shorter.baseline()).as("scenario %s", only).isEqualTo(own.baseline().subList(0, 2));
            assertThat(longer.baseline()).hasSize(10);
            assertThat(longer.baseline().subList(0, 4)).as("scenario %s", only).isEqualTo(own.baseline());
        }
    }

    /**
     * With shocks, run by run: the years a simulation shares with a shorter or longer one give every
     * run the same scores, so the runs after a run cut short or carried on are not shifted either.
     */
    @Test
    void each_run_is_the_same_path_whatever_the_number_of_years() {
        Assessment today = new Assessor(config, null).assess(DriverNetworkTest.toy, null, null,
                DriverNetworkTest.toy.asOf().end());
        ScenarioModel.Prepared p = new ScenarioModel(config).prepare(DriverNetworkTest.toy, today, 2030);
        Simulation.Setup s = p.setup();
        assertThat(s.years()).isEqualTo(4);
        assertThat(s.onsetYears()).isEqualTo(4);
        java.util.function.IntFunction<Simulation.Result> years = n -> new Simulation(new Simulation.Setup(s.start(),
                s.supported(), s.defence(), s.effects(), s.weights(), s.share(), s.breadthAt(), s.floor(), 0.6, 3,
                n, s.onsetYears()), new org.entente.spectrum.BandRules(config), p.network()).run(p.network().prior(),
                5_000, 99);
        Simulation.Result own = years.apply(4);
        Simulation.Result shorter = years.apply(1);
        Simulation.Result longer = years.apply(12);
        assertThat(shorter.overall()[0]).isEqualTo(own.overall()[0]);
        assertThat(shorter.bands()[0]).isEqualTo(own.bands()[0]);
        for (int y = 0; y < 4; y++) {
            assertThat(longer.overall()[y]).as("year %d", y).isEqualTo(own.overall()[y]);
            assertThat(longer.bands()[y]).as("year %d", y).isEqualTo(own.bands()[y]);
        }
        // after the horizon the shocks go on: the runs differ from year to year, but not from call to call
        assertThat(longer.overall()[11]).isNotEqualTo(longer.overall()[10]);
        assertThat(years.apply(12).overall()[11]).isEqualTo(longer.overall()[11]);
    }

    /**
     * Without shocks or inertia a run's score changes only when a driver does: every change has set
     * in by the case's horizon (2030), and the years after it keep each run where it was.
     */
    @Test
    void no_driver_changes_after_the_cases_horizon() {
        Assessment today = new Assessor(config, null).assess(DriverNetworkTest.toy, null, null,
                DriverNetworkTest.toy.asOf().end());
        ScenarioModel.Prepared p = new ScenarioModel(config).prepare(DriverNetworkTest.toy, today, 2040);
        assertThat(p.setup().years()).isEqualTo(14);
        assertThat(p.setup().onsetYears()).isEqualTo(4);
        Simulation.Result r = p.simulation().run(p.network().prior(), 20_000, 5);
        for (int y = 4; y < 14; y++) {
            assertThat(r.overall()[y]).as("year %d", 2027 + y).isEqualTo(r.overall()[3]);
        }
        assertThat(r.overall()[2]).isNotEqualTo(r.overall()[3]); // the last onsets fall in 2030 itself
    }

    @Test
    void a_case_whose_horizon_is_before_the_first_forecast_year_is_refused() {
        Assessment today = new Assessor(config, null).assess(DriverNetworkTest.toy, null, null,
                java.time.LocalDate.of(2030, 6, 30));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ScenarioModel(config).forecast(DriverNetworkTest.toy,
                        today, Map.of(), Map.of(), 2033, 1_000, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("horizon 2030 is before the first forecast year 2031");
    }

    @Test
    void the_same_seed_gives_the_same_numbers() {
        Forecast a = forecast(Map.of(), 20_000, 42);
        Forecast b = forecast(Map.of(), 20_000, 42);
        assertThat(a.baseline()).isEqualTo(b.baseline());
        assertThat(a.sensitivity()).isEqualTo(b.sensitivity());
        assertThat(forecast(Map.of(), 20_000, 43).baseline()).isNotEqualTo(a.baseline());
    }

    @Test
    void without_shocks_the_final_scores_fall_on_the_joint_driver_states_in_their_proportions() {
        // inertia 0, no shock, floor 0: by the last year every change has set in, so each run ends
        // on one of four scores, one per joint state (pressure x deal), drawn with the joint prior
        // 0.54, 0.06, 0.20, 0.20 (worked out in DriverNetworkTest).
        Assessment today = new Assessor(config, null).assess(DriverNetworkTest.toy, null, null,
                DriverNetworkTest.toy.asOf().end());
        ScenarioModel.Prepared p = new ScenarioModel(config).prepare(DriverNetworkTest.toy, today, 2030);
        int runs = 100_000;
        Simulation.Result r = p.simulation().run(p.network().prior(), runs, 7);
        float[] last = r.overall()[r.overall().length - 1];
        java.util.Map<Float, Integer> counts = new java.util.TreeMap<>();
        for (float v : last) {
            counts.merge(v, 1, Integer::sum);
        }
        assertThat(counts).hasSize(4);
        // the lowest score is easing with a deal (both cuts), the highest steady without one
        java.util.List<Integer> byScore = new java.util.ArrayList<>(counts.values());
        double[] expected = {0.20, 0.20, 0.06, 0.54}; // easing+yes, easing+no, steady+yes, steady+no
        for (int k = 0; k < 4; k++) {
            double share = (double) byScore.get(k) / runs;
            double se = Math.sqrt(expected[k] * (1 - expected[k]) / runs);
            assertThat(share).as("joint state %d", k).isCloseTo(expected[k], within(4 * se));
        }
    }

    @Test
    void a_scenario_forecast_and_its_bayes_factor_follow_the_observations() {
        Forecast f = forecast(Map.of("talks", true, "signing", true), 20_000, 1);
        Forecast.Conditional thaw = f.scenarios().get(0);
        assertThat(thaw.prior()).isCloseTo(0.2, within(1e-12));
        assertThat(thaw.posterior()).isGreaterThan(thaw.prior());
        assertThat(thaw.bayesFactor()).isGreaterThan(1);
        assertThat(thaw.bands().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
        assertThat(f.indicators()).extracting(Forecast.Indicator::observation).containsExactly("yes", "yes");
    }

    /** Output is the same from run to run: observations keep the order they were given in, not a per-JVM hash order. */
    @Test
    void observations_keep_the_order_given() {
        Map<String, Boolean> given = new java.util.LinkedHashMap<>();
        given.put("signing", true);
        given.put("talks", false);
        assertThat(forecast(given, 1_000, 1).observations().keySet()).containsExactly("signing", "talks");
        Map<String, Boolean> reversed = new java.util.LinkedHashMap<>();
        reversed.put("talks", false);
        reversed.put("signing", true);
        assertThat(forecast(reversed, 1_000, 1).observations().keySet()).containsExactly("talks", "signing");
    }

    @Test
    void sensitivity_is_sorted_and_names_every_driver() {
        Forecast f = forecast(Map.of(), 20_000, 3);
        assertThat(f.sensitivity()).extracting(Forecast.Sensitivity::variable).containsExactlyInAnyOrder("pressure", "deal");
        assertThat(f.sensitivity().get(0).range()).isGreaterThanOrEqualTo(f.sensitivity().get(1).range());
    }
}
