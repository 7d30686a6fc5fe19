package org.entente.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entente.casefile.CaseFiles;
import org.entente.model.Case;
import org.entente.model.Outlook;
import org.entente.reference.CountryTable;
import org.junit.jupiter.api.Test;

/**
 * A driver with two parents (twoparents/case.yaml): a deal that depends on Western pressure and on
 * a leader's orientation. The joint prior and the posteriors are enumerated by hand below, one
 * line per joint state (pressure, leader, deal), from the numbers in the case file.
 */
class SeveralParentsTest {

    static final Case twoParents = load("twoparents/case.yaml");
    private final DriverNetwork net = new DriverNetwork(twoParents.outlook().orElseThrow());
    private final List<Outlook.Signpost> signposts = twoParents.outlook().orElseThrow().signposts();

    static Case load(String name) {
        try {
            return new CaseFiles(CountryTable.bundled()).read(Path.of(SeveralParentsTest.class.getResource(name).toURI()));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    // P(pressure) x P(leader) x P(deal | pressure, leader), the deal's row named "pressure, leader"
    private static final double[] PRIOR = {
        0.6 * 0.7 * 0.95, // steady, continuity, no   = 0.399
        0.6 * 0.7 * 0.05, // steady, continuity, yes  = 0.021
        0.6 * 0.3 * 0.7,  // steady, opening, no      = 0.126
        0.6 * 0.3 * 0.3,  // steady, opening, yes     = 0.054
        0.4 * 0.7 * 0.6,  // easing, continuity, no   = 0.168
        0.4 * 0.7 * 0.4,  // easing, continuity, yes  = 0.112
        0.4 * 0.3 * 0.2,  // easing, opening, no      = 0.024 (the row's 2030 distribution: the horizon's)
        0.4 * 0.3 * 0.8,  // easing, opening, yes     = 0.096
    };

    @Test
    void the_case_file_gives_the_parents_in_order_and_one_row_per_combination() {
        Outlook.Variable deal = net.variables().get(2);
        assertThat(deal.parents()).containsExactly("pressure", "leader");
        assertThat(deal.parent()).isEmpty();
        // "steady,opening" is written without the space: it is the same row
        assertThat(deal.prior()).containsOnlyKeys("steady, continuity", "steady, opening", "easing, continuity",
                "easing, opening");
        assertThat(deal.byYear()).containsOnlyKeys("easing, opening");
        assertThat(deal.byYear().get("easing, opening")).containsOnlyKeys(2028, 2030);
    }

    @Test
    void the_joint_prior_multiplies_each_driver_given_both_parents() {
        double[] p = net.prior();
        assertThat(p).hasSize(8);
        assertThat(p).containsExactly(PRIOR, within(1e-12));
        // P(yes) = 0.021 + 0.054 + 0.112 + 0.096
        assertThat(net.marginals(p).get("deal").get("yes")).isCloseTo(0.283, within(1e-12));
    }

    @Test
    void seeing_the_child_moves_both_parents_by_bayes_rule_over_every_joint_state() {
        double[] post = net.observe(net.prior(), Map.of("signing", true), signposts);
        // times 0.9 where the deal is yes, 0.05 where it is no:
        double[] w = {0.399 * 0.05, 0.021 * 0.9, 0.126 * 0.05, 0.054 * 0.9, 0.168 * 0.05, 0.112 * 0.9, 0.024 * 0.05,
            0.096 * 0.9};
        double sum = 0.01995 + 0.0189 + 0.0063 + 0.0486 + 0.0084 + 0.1008 + 0.0012 + 0.0864; // 0.29055
        for (int j = 0; j < 8; j++) {
            assertThat(post[j]).as("joint state %d", j).isCloseTo(w[j] / sum, within(1e-12));
        }
        Map<String, Map<String, Double>> m = net.marginals(post);
        assertThat(m.get("pressure").get("easing")).isCloseTo((0.0084 + 0.1008 + 0.0012 + 0.0864) / 0.29055, within(1e-12));
        assertThat(m.get("leader").get("opening")).isCloseTo((0.0063 + 0.0486 + 0.0012 + 0.0864) / 0.29055, within(1e-12));
        assertThat(m.get("deal").get("yes")).isCloseTo((0.0189 + 0.0486 + 0.1008 + 0.0864) / 0.29055, within(1e-12));
    }

    @Test
    void seeing_one_parent_and_the_child_explains_away_the_other_parent() {
        double[] post = net.observe(net.prior(), Map.of("signing", true, "talks", true), signposts);
        // talks: times 0.2 under steady, 0.8 under easing, on top of the signing's weights
        double[] w = {0.399 * 0.05 * 0.2, 0.021 * 0.9 * 0.2, 0.126 * 0.05 * 0.2, 0.054 * 0.9 * 0.2,
            0.168 * 0.05 * 0.8, 0.112 * 0.9 * 0.8, 0.024 * 0.05 * 0.8, 0.096 * 0.9 * 0.8};
        double sum = 0.00399 + 0.00378 + 0.00126 + 0.00972 + 0.00672 + 0.08064 + 0.00096 + 0.06912; // 0.17619
        double opening = (0.00126 + 0.00972 + 0.00096 + 0.06912) / sum;
        for (int j = 0; j < 8; j++) {
            assertThat(post[j]).as("joint state %d", j).isCloseTo(w[j] / sum, within(1e-12));
        }
        assertThat(net.marginals(post).get("leader").get("opening")).isCloseTo(opening, within(1e-12));
        // easing already accounts for much of the deal, so the opening is less likely than after the signing alone
        double openingAfterSigning = net.marginals(net.observe(net.prior(), Map.of("signing", true), signposts))
                .get("leader").get("opening");
        assertThat(opening).isLessThan(openingAfterSigning);
    }

    @Test
    void a_one_item_list_of_parents_is_the_single_parent_form(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String toy = java.nio.file.Files.readString(Path.of(DriverNetworkTest.class.getResource("toy/case.yaml").toURI()));
        assertThat(toy).contains("depends_on: pressure\n");
        Path file = java.nio.file.Files.createDirectories(dir.resolve("toy")).resolve("case.yaml");
        java.nio.file.Files.writeString(file, toy.replace("depends_on: pressure\n", "depends_on: [pressure]\n"));
        Case listed = new CaseFiles(CountryTable.bundled()).read(file);
        assertThat(listed.outlook().orElseThrow().variables()).isEqualTo(DriverNetworkTest.toy.outlook().orElseThrow().variables());
        DriverNetwork a = new DriverNetwork(listed.outlook().orElseThrow());
        assertThat(a.prior()).containsExactly(new DriverNetwork(DriverNetworkTest.toy.outlook().orElseThrow()).prior());
        assertThat(a.onsets(2027, 4)).isNull(); // no prior by year: every onset year is drawn as before
    }

    @Test
    void a_scenario_over_three_drivers_keeps_its_one_joint_state() {
        double[] given = net.condition(net.prior(), twoParents.scenarios().get(0).when());
        assertThat(given).containsExactly(new double[] {0, 0, 0, 0, 0, 0, 0, 1}, within(1e-12));
    }

    @Test
    void a_row_given_by_year_times_the_change_for_its_combination_of_parent_states_only() {
        // first forecast year 2027, horizon 2030: four years
        double[][][][] onsets = net.onsets(2027, 4);
        assertThat(onsets[0]).isNull();
        assertThat(onsets[1]).isNull();
        assertThat(onsets[2][0]).isNull(); // steady, continuity: uniform over the four years
        assertThat(onsets[2][1]).isNull();
        assertThat(onsets[2][2]).isNull();
        // easing, opening (row 1 x 2 + 1): yes has 0.5 by 2028 (0.25 in each of 2027 and 2028), 0.8 by 2030
        // (0.15 in each of 2029 and 2030); given yes, divided by 0.8
        int row = net.row(7, 2);
        assertThat(row).isEqualTo(3);
        assertThat(onsets[2][row][1]).containsExactly(new double[] {0.25 / 0.8, 0.5 / 0.8, 0.65 / 0.8, 1}, within(1e-12));
        assertThat(onsets[2][row][0]).isNull(); // the status quo never sets in
    }
}
