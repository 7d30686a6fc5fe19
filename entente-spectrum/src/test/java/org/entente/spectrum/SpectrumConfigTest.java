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

    @Test
    void every_dimension_has_a_weight() {
        SpectrumConfig c = SpectrumConfig.defaults();
        DimensionScorer.scored().forEach(d -> assertThat(c.get("dimensions.weights." + d.id())).isPositive());
    }
}
