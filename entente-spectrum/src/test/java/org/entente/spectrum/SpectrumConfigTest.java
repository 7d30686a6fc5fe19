package org.entente.spectrum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpectrumConfigTest {

    @TempDir
    Path dir;

    @Test
    void a_users_file_is_laid_over_the_defaults() throws Exception {
        Path f = Files.writeString(dir.resolve("mine.yaml"), "bands:\n  st_overall: 40\n");
        SpectrumConfig c = SpectrumConfig.load(f);
        assertThat(c.get("bands.st_overall")).isEqualTo(40.0);
        assertThat(c.get("bands.alliance_commitment")).isEqualTo(SpectrumConfig.defaults().get("bands.alliance_commitment"));
    }

    @Test
    void an_unknown_setting_is_refused_with_the_file_and_the_nearest_name() throws Exception {
        Path f = Files.writeString(dir.resolve("mine.yaml"), "bands:\n  st_overal: 40\n");
        assertThatThrownBy(() -> SpectrumConfig.load(f)).isInstanceOf(SpectrumConfig.ConfigException.class)
                .hasMessageContaining("mine.yaml").hasMessageContaining("bands.st_overal")
                .hasMessageContaining("did you mean 'bands.st_overall'");
    }

    @Test
    void a_value_that_is_not_a_number_is_refused() throws Exception {
        Path f = Files.writeString(dir.resolve("mine.yaml"), "commitment:\n  depth_cap: lots\n");
        assertThatThrownBy(() -> SpectrumConfig.load(f)).hasMessageContaining("commitment.depth_cap")
                .hasMessageContaining("must be a number");
    }

    /** A section given a list was said to need a number; a number given a mapping was an unknown setting. */
    @Test
    void a_wrong_shape_is_named_as_the_shape_the_setting_needs() throws Exception {
        String[][] cases = {
            {"dimensions: [1, 2]\n", "setting 'dimensions' must be a mapping of settings, found a list"},
            {"dimensions: 3\n", "setting 'dimensions' must be a mapping of settings, found '3'"},
            {"dimensions:\n  weights: [0.5]\n", "setting 'dimensions.weights' must be a mapping of settings, found a list"},
            {"commitment:\n  depth_cap: {a: 1}\n", "setting 'commitment.depth_cap' must be a number, found a mapping"},
            {"commitment:\n  depth_cap: [15]\n", "setting 'commitment.depth_cap' must be a number, found a list"},
        };
        for (String[] c : cases) {
            Path f = Files.writeString(dir.resolve("mine.yaml"), c[0]);
            assertThatThrownBy(() -> SpectrumConfig.load(f)).as(c[0]).hasMessageContaining("mine.yaml: " + c[1]);
        }
    }

    @Test
    void every_dimension_has_a_weight() {
        SpectrumConfig c = SpectrumConfig.defaults();
        DimensionScorer.scored().forEach(d -> assertThat(c.get("dimensions.weights." + d.id())).isPositive());
    }

    /** Values the model cannot use are refused with the file, the setting, the value and the allowed range. */
    @Test
    void a_value_out_of_its_range_is_refused() throws Exception {
        String[][] cases = {
            {"commitment:\n  share_in_overall: 5\n", "setting 'commitment.share_in_overall' is 5; it must be a share from 0 to 1"},
            {"evidence:\n  half_life_years: 0\n", "setting 'evidence.half_life_years' is 0; it must be a number of years above 0"},
            {"data:\n  half_life_years: -3\n", "setting 'data.half_life_years' is -3"},
            {"bands:\n  st_overall: 140\n", "setting 'bands.st_overall' is 140; it must be a score from 0 to 100"},
            {"bands:\n  st_breadth: 7\n", "it must be a number of dimensions from 0 to 6"},
            {"hedging:\n  per_limit: -1\n", "setting 'hedging.per_limit' is -1; it must be a number of 0 or more"},
            {"bootstrap:\n  samples: 0\n", "setting 'bootstrap.samples' is 0"},
            {"dimensions:\n  weights: {military: 0, economic: 0, energy-nuclear: 0, diplomatic: 0, institutional: 0, "
                    + "ideational: 0}\n", "the settings 'dimensions.weights' are all 0"},
            {"evidence:\n  ungraded: .nan\n", "setting 'evidence.ungraded' is NaN"},
            {"bands:\n  adversarial_below: 99\n", "setting 'bands.adversarial_below' is 99, above 'bands.st_overall' (45); "
                    + "the bands would overlap"},
            {"bands:\n  alignment_breadth: 2\n", "setting 'bands.st_breadth' is 3, above 'bands.alignment_breadth' (2)"},
            {"bands:\n  alliance_commitment: 20\n", "'bands.alignment_commitment' is 25, above 'bands.alliance_commitment'"}};
        for (String[] c : cases) {
            Path f = Files.writeString(dir.resolve("mine.yaml"), c[0]);
            assertThatThrownBy(() -> SpectrumConfig.load(f)).as(c[0]).isInstanceOf(SpectrumConfig.ConfigException.class)
                    .hasMessageStartingWith(f + ": ").hasMessageContaining(c[1]);
        }
        Path edge = Files.writeString(dir.resolve("edge.yaml"), "commitment:\n  share_in_overall: 1\nbands:\n  adversarial_below: 0\n  st_overall: 0\n");
        assertThat(SpectrumConfig.load(edge).get("commitment.share_in_overall")).isEqualTo(1.0);
    }

    @Test
    void a_folder_or_a_deeply_nested_file_is_refused_with_a_message() throws Exception {
        assertThatThrownBy(() -> SpectrumConfig.load(dir)).isInstanceOf(SpectrumConfig.ConfigException.class)
                .hasMessage(dir + ": cannot read the configuration (it is a folder); give a YAML file such as a copy "
                        + "of config/spectrum.yaml");
        Path deep = Files.writeString(dir.resolve("deep.yaml"), "bands: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
        assertThatThrownBy(() -> SpectrumConfig.load(deep)).isInstanceOf(SpectrumConfig.ConfigException.class)
                .hasMessageContaining("deep.yaml:1:").hasMessageContaining("nested more than 10 levels deep");
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "evidence: [\n");
        assertThatThrownBy(() -> SpectrumConfig.load(broken)).isInstanceOf(SpectrumConfig.ConfigException.class)
                .hasMessageContaining("broken.yaml:2:1: not valid YAML: ").hasMessageNotContaining("\n").hasMessageNotContaining("^")
                .hasMessageContaining("check indentation");
        Path twice = Files.writeString(dir.resolve("twice.yaml"), "bands:\n  st_overall: 45\n  st_overall: 50\n");
        assertThatThrownBy(() -> SpectrumConfig.load(twice)).hasMessageContaining("twice.yaml:3:")
                .hasMessageContaining("duplicate key").hasMessageContaining("give each setting once");
        Path two = Files.writeString(dir.resolve("two.yaml"), "bands:\n  st_overall: 45\n---\nbands: {}\n");
        assertThatThrownBy(() -> SpectrumConfig.load(two)).hasMessageContaining("two.yaml:3:")
                .hasMessageContaining("expected a single document").hasMessageContaining("remove the '---' line");
        Path latin = Files.write(dir.resolve("latin.yaml"), new byte[] {'b', 'a', 'n', 'd', 's', ':', ' ', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> SpectrumConfig.load(latin)).hasMessageContaining("latin.yaml: not UTF-8 text");
        Path half = Files.writeString(dir.resolve("half.yaml"), "events:\n  quarters: 2.5\n");
        assertThatThrownBy(() -> SpectrumConfig.load(half)).hasMessageContaining("setting 'events.quarters' is 2.5; it must "
                + "be a whole number of quarters from 1 to 40");
    }

    /** Every weight at 0 gave "overall NaN" and a band with exit 0: a prior of 0 leaves a dimension without a score. */
    @Test
    void a_prior_weight_of_0_is_refused_naming_the_settings() throws Exception {
        Path zero = Files.writeString(dir.resolve("zero.yaml"), "dimensions: {prior_weight: 0}\n"
                + "evidence: {strength: {weak: 0, moderate: 0, strong: 0}}\ndata: {weight: 0}\nevents: {weight: 0}\n");
        assertThatThrownBy(() -> SpectrumConfig.load(zero)).isInstanceOf(SpectrumConfig.ConfigException.class)
                .hasMessageStartingWith(zero + ": setting 'dimensions.prior_weight' is 0")
                .hasMessageContaining("'evidence.strength' (weak, moderate, strong), 'data.weight' and 'events.weight' all 0")
                .hasMessageContaining("give 'dimensions.prior_weight' a value above 0");
        Path prior = Files.writeString(dir.resolve("prior.yaml"), "dimensions: {prior_weight: 0}\n");
        assertThatThrownBy(() -> SpectrumConfig.load(prior)).isInstanceOf(SpectrumConfig.ConfigException.class)
                .hasMessageContaining("a dimension with no evidence and no data has no score")
                .hasMessageNotContaining("all 0 too");
        assertThat(SpectrumConfig.load(Files.writeString(dir.resolve("small.yaml"), "dimensions: {prior_weight: 0.01}\n"))
                .get("dimensions.prior_weight")).isEqualTo(0.01);
    }
}
