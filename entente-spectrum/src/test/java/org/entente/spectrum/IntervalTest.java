package org.entente.spectrum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A dimension's interval reflects how little evidence there is, not only how much the items disagree. */
class IntervalTest {

    private final DimensionScorer scorer = new DimensionScorer(SpectrumConfig.defaults());

    private static DimensionScorer.Pull item(String id, double weight, double target) {
        return new DimensionScorer.Pull(weight, target, new Contribution("evidence", "energy-nuclear", id, id, 0, 0,
                List.of()), true);
    }

    private double[] interval(List<DimensionScorer.Pull> pulls) {
        return scorer.interval(pulls, new SplittableRandom(7), 400);
    }

    /** Two items that agree (as Russia-DPRK energy-nuclear has): an interval around the score, not a point. */
    @Test
    void two_items_that_agree_leave_room_on_both_sides() {
        List<DimensionScorer.Pull> two = List.of(item("a", 0.81, 85), item("b", 0.81, 85));
        double score = scorer.score(two).score();
        double[] iv = interval(two);
        assertThat(iv[0]).isLessThan(score - 5);
        assertThat(iv[1]).isGreaterThan(score + 5).isLessThanOrEqualTo(85);
    }

    /** The same agreement from eight such items: narrower, since the prior's weight matters less. */
    @Test
    void more_items_that_agree_narrow_it() {
        List<DimensionScorer.Pull> two = List.of(item("a", 0.81, 85), item("b", 0.81, 85));
        List<DimensionScorer.Pull> eight = java.util.stream.IntStream.range(0, 8).mapToObj(i -> item("i" + i, 0.81, 85)).toList();
        double[] wide = interval(two);
        double[] narrow = interval(eight);
        assertThat(narrow[1] - narrow[0]).isLessThan(wide[1] - wide[0]);
        double score = scorer.score(eight).score();
        assertThat(narrow[0]).isLessThan(score);
        assertThat(narrow[1]).isGreaterThan(score);
    }

    /** No evidence and no data: the prior, exactly. */
    @Test
    void no_pulls_is_the_prior() {
        assertThat(interval(List.of())).containsExactly(35, 35);
    }
}
