package org.entente.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Finds the points where the level of a series shifts, by binary segmentation (Scott and Knott
 * 1974; Vostrikova 1981) with a CUSUM test of each segment for one change in mean, whose
 * significance is judged by permutation (Antoch and Hušková 2001).
 *
 * <p>For a segment x<sub>1</sub> … x<sub>m</sub> with partial sums S<sub>k</sub>, the statistic is
 * max<sub>k</sub> |S<sub>k</sub> − (k/m) S<sub>m</sub>| over the splits that leave at least
 * {@link #MIN_SEGMENT} values on each side; the split k that attains it is the candidate change,
 * the new level starting at x<sub>k+1</sub>. Under no change (values exchangeable) every ordering
 * of the segment's values is as likely as the one observed, so the p-value is the share of
 * {@link #PERMUTATIONS} random orderings whose statistic reaches the observed one (counting the
 * observed ordering too). A segment whose p-value is at most {@link #ALPHA} is split there and both
 * halves are tested again, until no segment is.
 *
 * <p>Why permutations: the statistic needs the noise's scale, and the series' own standard
 * deviation contains the very shift it looks for (a step inflates it, and the test loses the step);
 * robust scales (the median absolute deviation of first differences) are unbiased only for
 * Gaussian noise, and with the 10 to 50 values of a monthly series they let through two or three
 * times the nominal share of false alarms (simulated: 8 % for 5 % at 24 values, 16 % with
 * heavy-tailed noise). A permutation test needs no scale: reordering the values keeps their
 * spread and destroys any order in time, so the level is exact for any noise distribution. For
 * long series its critical values tend to those of the supremum of a Brownian bridge
 * (Kolmogorov's distribution: 1.628 σ√m at 1 %; Csörgő and Horváth 1997). The permutations are
 * drawn from a generator seeded by the segment's place and values, so the answer is the same at
 * every run.
 */
final class Shifts {

    /** The significance level of each segment's test. */
    static final double ALPHA = 0.01;
    /** Random orderings per test: the p-value's resolution is 1 / (PERMUTATIONS + 1). */
    static final int PERMUTATIONS = 999;
    /** The fewest values a segment keeps on either side of a change. */
    static final int MIN_SEGMENT = 3;
    /**
     * The fewest values a segment must hold to be tested: the fewest at which a change at every
     * split allowed ({@link #MIN_SEGMENT} a side) can reach {@link #ALPHA}. The orderings that keep
     * the same values on each side of split k, and their reversals, tie with the one observed, so p
     * is at least 2 k!(m-k)!/m!: 2/C(11,3) = 0.012, 2/C(12,3) = 0.009. Below it a series would be
     * reported as without a shift when no shift could have been found; it is "too few to test".
     */
    static final int MIN_TESTED = 12;

    /**
     * A change: the level shifts at value {@code at} (the first value of the new level).
     *
     * @param at     index of the first value after the change
     * @param pValue the permutation p-value of the test that found it
     */
    record Change(int at, double pValue) {
    }

    private Shifts() {
    }

    /**
     * @param x the series, in time order, without gaps (missing values left out)
     * @return the changes found, in time order
     */
    static List<Change> changes(double[] x) {
        List<Change> out = new ArrayList<>();
        split(x, 0, x.length, out);
        out.sort(Comparator.comparingInt(Change::at));
        return out;
    }

    private static void split(double[] x, int from, int to, List<Change> out) {
        int m = to - from;
        if (m < MIN_TESTED) {
            return;
        }
        double[] seg = java.util.Arrays.copyOfRange(x, from, to);
        int k = argmax(seg);
        double observed = statistic(seg, k);
        if (!(observed > 1e-12 * scale(seg))) {
            return;   // a flat segment: nothing moves
        }
        double p = pValue(seg, observed, seed(seg, from));
        if (p <= ALPHA) {
            out.add(new Change(from + k, p));
            split(x, from, from + k, out);
            split(x, from + k, to, out);
        }
    }

    /** @return the split k (values 0 … k−1 before it) that maximises |S_k − (k/m) S_m|, within the allowed splits */
    static int argmax(double[] seg) {
        int[] at = new int[1];
        scan(seg, at);
        return at[0];
    }

    /**
     * One pass over the allowed splits.
     *
     * @param at where to put the split attaining the largest statistic, or null
     * @return the largest statistic, -1 when no split is allowed
     */
    private static double scan(double[] seg, int[] at) {
        int m = seg.length;
        double total = 0;
        for (double v : seg) {
            total += v;
        }
        double sum = 0;
        double best = -1;
        int where = -1;
        for (int k = 1; k < m; k++) {
            sum += seg[k - 1];
            if (k < MIN_SEGMENT || k > m - MIN_SEGMENT) {
                continue;
            }
            double d = Math.abs(sum - (double) k / m * total);
            if (d > best) {
                best = d;
                where = k;
            }
        }
        if (at != null) {
            at[0] = where;
        }
        return best;
    }

    /** @return |S_k − (k/m) S_m| */
    static double statistic(double[] seg, int k) {
        double total = 0;
        double sum = 0;
        for (int i = 0; i < seg.length; i++) {
            total += seg[i];
            if (i < k) {
                sum += seg[i];
            }
        }
        return Math.abs(sum - (double) k / seg.length * total);
    }

    /** @return the largest statistic over the allowed splits, in one pass (each permutation's) */
    private static double max(double[] seg) {
        return scan(seg, null);
    }

    private static double scale(double[] seg) {
        double s = 0;
        for (double v : seg) {
            s = Math.max(s, Math.abs(v));
        }
        return s * seg.length;
    }

    /**
     * @return the share of orderings (the observed one and {@link #PERMUTATIONS} random ones) whose
     * statistic reaches the observed; stops counting once the test cannot be passed
     */
    private static double pValue(double[] seg, double observed, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] p = seg.clone();
        double tie = 1e-9 * observed;   // the same statistic added in another order
        int reached = 1;
        int limit = (int) Math.floor(ALPHA * (PERMUTATIONS + 1) + 1e-9);   // more than this many: not significant
        for (int r = 0; r < PERMUTATIONS; r++) {
            for (int i = p.length - 1; i > 0; i--) {   // Fisher-Yates
                int j = random.nextInt(i + 1);
                double t = p[i];
                p[i] = p[j];
                p[j] = t;
            }
            if (max(p) >= observed - tie && ++reached > limit) {
                return 1.0;   // not significant, whatever the other orderings give
            }
        }
        return (double) reached / (PERMUTATIONS + 1);
    }

    /** A seed fixed by the segment's place and values: the same series gives the same answer every time. */
    private static long seed(double[] seg, int from) {
        long h = 0x9E3779B97F4A7C15L * (from + 1) + seg.length;
        for (double v : seg) {
            h = (h ^ Double.doubleToLongBits(v)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h;
    }
}
