package org.entente.reference.unvotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values worked out by hand from the definitions in docs/dyad-data.md. */
class SimilarityTest {

    @Test
    void identical_votes_score_one_on_every_measure() {
        Similarity s = Similarity.of(new int[][] {{2, 0, 0}, {0, 0, 0}, {0, 0, 2}});
        assertThat(s.n()).isEqualTo(4);
        assertThat(s.agreement()).isEqualTo(1.0);
        assertThat(s.s()).isEqualTo(1.0);
        assertThat(s.kappa()).isEqualTo(1.0);
        assertThat(s.pi()).isEqualTo(1.0);
    }

    @Test
    void a_state_that_always_says_yes_against_one_that_varies() {
        // A: yes, yes, yes; B: yes, abstain, no. D_o = (0 + 1 + 2) / 3 = 1.
        Similarity s = Similarity.of(new int[][] {{1, 1, 1}, {0, 0, 0}, {0, 0, 0}});
        assertThat(s.agreement()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(s.s()).isCloseTo(0.0, within(1e-12));
        // kappa: D_e = 1 * (0 + 1 + 2) / 3 = 1, so kappa = 0: no better than chance
        assertThat(s.kappa()).isCloseTo(0.0, within(1e-12));
        // pi: pooled shares (2/3, 1/6, 1/6), D_e = 26/36, pi = 1 - 36/26
        assertThat(s.pi()).isCloseTo(1 - 36.0 / 26.0, within(1e-12));
    }

    @Test
    void opposite_votes_score_minus_one_on_s() {
        Similarity s = Similarity.of(new int[][] {{0, 0, 3}, {0, 0, 0}, {0, 0, 0}});
        assertThat(s.s()).isEqualTo(-1.0);
        assertThat(s.agreement()).isZero();
        // kappa: with each state's own shares (all yes; all no) the expected distance is 2 as well: 0
        assertThat(s.kappa()).isCloseTo(0.0, within(1e-12));
        // pi: pooled shares (1/2, 0, 1/2) expect a distance of 1, so pi = 1 - 2/1
        assertThat(s.pi()).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void kappa_is_undefined_when_both_always_vote_alike() {
        Similarity s = Similarity.of(new int[][] {{5, 0, 0}, {0, 0, 0}, {0, 0, 0}});
        assertThat(s.s()).isEqualTo(1.0);
        assertThat(s.kappa()).isNaN();
        assertThat(s.pi()).isNaN();
    }

    @Test
    void no_shared_vote_is_no_data_not_zero() {
        Similarity s = Similarity.of(new int[3][3]);
        assertThat(s.n()).isZero();
        assertThat(s.s()).isNaN();
        assertThat(s.agreement()).isNaN();
    }
}
