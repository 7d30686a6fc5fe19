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
