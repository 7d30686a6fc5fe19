package org.entente.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NormalTableTest {

    @Test
    void the_inverse_cdf_matches_known_quantiles() {
        assertThat(NormalTable.inverse(0.5)).isCloseTo(0.0, within(1e-9));
        assertThat(NormalTable.inverse(0.975)).isCloseTo(1.959963985, within(1e-8));
        assertThat(NormalTable.inverse(0.01)).isCloseTo(-2.326347874, within(1e-8));
    }

    @Test
    void draws_have_the_moments_of_a_standard_normal() {
        SplittableRandom r = new SplittableRandom(11);
        int n = 1_000_000;
        double sum = 0;
        double sq = 0;
        double fourth = 0;
        int beyond = 0;
        for (int i = 0; i < n; i++) {
            double z = NormalTable.draw(r.nextInt());
            sum += z;
            sq += z * z;
            fourth += z * z * z * z;
            beyond += Math.abs(z) > 1.959963985 ? 1 : 0;
        }
        // mean within 5 standard errors of 0; variance and kurtosis close to 1 and 3
        assertThat(sum / n).isCloseTo(0.0, within(5 / Math.sqrt(n)));
        assertThat(sq / n).isCloseTo(1.0, within(0.01));
        assertThat(fourth / n).isCloseTo(3.0, within(0.05));
        // 5% of draws beyond +-1.96, within 5 binomial standard errors
        assertThat((double) beyond / n).isCloseTo(0.05, within(5 * Math.sqrt(0.05 * 0.95 / n)));
    }
}
