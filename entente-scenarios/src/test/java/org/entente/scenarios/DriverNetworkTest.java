package org.entente.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entente.casefile.CaseFiles;
import org.entente.model.Case;
import org.entente.reference.CountryTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The network on a toy case whose posteriors are worked out by hand in the comments. */
class DriverNetworkTest {

    /** The toy case, read once for every test class that uses it, whichever runs first. */
    static final Case toy = load();
    static DriverNetwork net;

    private static Case load() {
        try {
            return new CaseFiles(CountryTable.bundled()).read(Path.of(DriverNetworkTest.class.getResource("toy/case.yaml").toURI()));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void network() {
        net = new DriverNetwork(toy.outlook().orElseThrow());
    }

    @Test
    void enumerates_the_joint_prior_from_the_chain() {
        double[] p = net.prior();
        assertThat(p).hasSize(4);
        // P(steady, no) = 0.6 * 0.9; P(steady, yes) = 0.6 * 0.1; P(easing, no) = 0.4 * 0.5; P(easing, yes) = 0.4 * 0.5
        assertThat(p).containsExactly(new double[] {0.54, 0.06, 0.2, 0.2}, within(1e-12));
        assertThat(net.marginals(p).get("deal").get("yes")).isCloseTo(0.26, within(1e-12));
    }

    @Test
    void observing_a_signpost_is_bayes_rule_over_the_joint_states() {
        double[] post = net.observe(net.prior(), Map.of("talks", true), toy.outlook().orElseThrow().signposts());
        // P(easing | talks) = 0.4 * 0.8 / (0.4 * 0.8 + 0.6 * 0.2) = 0.32 / 0.44
        assertThat(net.marginals(post).get("pressure").get("easing")).isCloseTo(0.32 / 0.44, within(1e-12));
        // the child moves through its parent: P(yes) = (0.12*0.1 + 0.32*0.5) / 0.44
        assertThat(net.marginals(post).get("deal").get("yes")).isCloseTo((0.12 * 0.1 + 0.32 * 0.5) / 0.44, within(1e-12));
    }

    @Test
    void a_signpost_not_seen_counts_too() {
        double[] post = net.observe(net.prior(), Map.of("signing", false), toy.outlook().orElseThrow().signposts());
        // P(yes | not signed) = 0.26 * 0.1 / (0.26 * 0.1 + 0.74 * 0.95)
        assertThat(net.marginals(post).get("deal").get("yes")).isCloseTo(0.026 / (0.026 + 0.703), within(1e-12));
    }

    @Test
    void conditioning_on_a_scenario_keeps_only_its_joint_states() {
        double[] given = net.condition(net.prior(), toy.scenarios().get(0).when());
        assertThat(given).containsExactly(new double[] {0, 0, 0, 1}, within(1e-12));
        assertThatThrownBy(() -> net.condition(new double[] {1, 0, 0, 0}, Map.of("deal", List.of("yes"))))
                .hasMessageContaining("probability zero");
    }
}
