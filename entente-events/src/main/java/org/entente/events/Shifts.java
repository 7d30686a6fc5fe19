package org.entente.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Flags shifts in a series with a two-sided tabular CUSUM (Page 1954; Montgomery, Introduction
 * to Statistical Quality Control, ch. 9): standardise by the series' own mean and standard
 * deviation, accumulate deviations beyond a slack of k = 0.5 σ, and signal when a sum passes
 * h = 4 σ, then restart. Those are Montgomery's usual defaults, which detect a one-σ shift in about
 * ten periods while raising a false alarm only every few hundred.
 */
final class Shifts {

    static final double K = 0.5;
    static final double H = 4.0;

    private Shifts() {
    }

    /**
     * @param values the series, in time order
     * @return per value: {@code up}, {@code down} or empty
     */
    static List<String> cusum(List<Double> values) {
        List<String> out = new ArrayList<>();
        int n = values.size();
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double var = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / Math.max(1, n - 1);
        double sd = Math.sqrt(var);
        double hi = 0;
        double lo = 0;
        for (double v : values) {
            if (n < 4 || sd == 0) {
                out.add("");
                continue;
            }
            double z = (v - mean) / sd;
            hi = Math.max(0, hi + z - K);
            lo = Math.max(0, lo - z - K);
            if (hi > H) {
                out.add("up");
                hi = 0;
                lo = 0;
            } else if (lo > H) {
                out.add("down");
                hi = 0;
                lo = 0;
            } else {
                out.add("");
            }
        }
        return out;
    }
}
