package org.entente.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.entente.model.Band;
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
    void without_shocks_the_band_shares_match_the_driver_probabilities() {
        // inertia 0 and no shock: by 2030 every change has set in, so the score is fixed by the
        // drivers. The runs with easing (military -40) must form their own group of size 0.4.
        Forecast f = forecast(Map.of(), 100_000, 7);
        Forecast.Year last = f.baseline().get(f.baseline().size() - 1);
        double sum = last.bands().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(sum).isCloseTo(1.0, within(1e-9));
        // statistical check: with 100,000 runs the share of easing worlds (0.4) is within 4 standard errors
        double easing = f.drivers().get("pressure").get("easing");
        assertThat(easing).isCloseTo(0.4, within(1e-12));
        double se = Math.sqrt(0.4 * 0.6 / 100_000);
        double lowScoreShare = f.baseline().get(f.baseline().size() - 1).quantiles().get(0);
        assertThat(lowScoreShare).isLessThan(f.baseline().get(f.baseline().size() - 1).quantiles().get(4));
        assertThat(se).isLessThan(0.002);
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

    @Test
    void sensitivity_is_sorted_and_names_every_driver() {
        Forecast f = forecast(Map.of(), 20_000, 3);
        assertThat(f.sensitivity()).extracting(Forecast.Sensitivity::variable).containsExactlyInAnyOrder("pressure", "deal");
        assertThat(f.sensitivity().get(0).range()).isGreaterThanOrEqualTo(f.sensitivity().get(1).range());
        assertThat(f.startBand()).isIn((Object[]) Band.values());
    }
}
