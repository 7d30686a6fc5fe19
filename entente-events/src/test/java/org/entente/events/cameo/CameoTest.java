package org.entente.events.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.model.Dimension;
import org.junit.jupiter.api.Test;

class CameoTest {

    private static final Cameo CAMEO = Cameo.bundled();

    @Test
    void maps_codes_to_dimensions_by_longest_prefix() {
        assertThat(EventDimension.of("061")).contains(EventDimension.ECONOMIC);
        assertThat(EventDimension.of("062")).contains(EventDimension.MILITARY);
        assertThat(EventDimension.of("063")).contains(EventDimension.JUDICIAL);
        assertThat(EventDimension.of("064")).contains(EventDimension.INTELLIGENCE);
        assertThat(EventDimension.of("0733")).contains(EventDimension.AID);
        assertThat(EventDimension.of("057")).contains(EventDimension.AGREEMENT);
        assertThat(EventDimension.of("05")).isEmpty();
        assertThat(EventDimension.of("163")).contains(EventDimension.REDUCED_RELATIONS);
        assertThat(EventDimension.of("1721")).contains(EventDimension.COERCION);
        assertThat(EventDimension.of("183")).contains(EventDimension.FORCE);
        assertThat(EventDimension.of("204")).contains(EventDimension.FORCE);
        assertThat(EventDimension.of("040")).isEmpty();
        assertThat(EventDimension.ECONOMIC.dimension()).isEqualTo(Dimension.ECONOMIC);
        assertThat(EventDimension.parse("Reduced-Relations")).isEqualTo(EventDimension.REDUCED_RELATIONS);
        assertThatThrownBy(() -> EventDimension.parse("nuclear")).hasMessageContaining("valid: economic, military");
    }

    @Test
    void reads_the_bundled_codebook() {
        assertThat(CAMEO.codes()).isEqualTo(311);
        assertThat(CAMEO.describe("057")).contains("Sign formal agreement");
        assertThat(CAMEO.goldstein("190")).hasValue(-10.0);
        assertThat(CAMEO.plover("0311")).hasValueSatisfying(p -> assertThat(p).startsWith("AGREE").contains("economic"));
        assertThat(CAMEO.countryCode("Russian Federation")).contains("RUS");
        assertThat(CAMEO.countryCode("Iran")).contains("IRN");
        assertThat(Cameo.quadClass("05")).isEqualTo(1);
        assertThat(Cameo.quadClass("09")).isEqualTo(2);
        assertThat(Cameo.quadClass("14")).isEqualTo(3);
        assertThat(Cameo.quadClass("20")).isEqualTo(4);
    }

    @Test
    void goldstein_lookup_agrees_with_a_real_gdelt_file_row_by_row() throws Exception {
        Path file = Path.of(CameoTest.class.getResource("/org/entente/events/20191024143000.export.CSV").toURI());
        int checked = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            assertThat(CAMEO.goldstein(f[26])).as("code " + f[26]).hasValue(Double.parseDouble(f[30]));
            assertThat(Cameo.quadClass(f[28])).as("root " + f[28]).isEqualTo(Integer.parseInt(f[29]));
            checked++;
        }
        assertThat(checked).isEqualTo(2111);
    }
}
