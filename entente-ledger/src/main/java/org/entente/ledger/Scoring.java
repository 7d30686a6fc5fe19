package org.entente.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Proper scores of resolved forecasts. The Brier score (Brier 1950) is the sum over outcomes of
 * (p - o)^2, o being 1 for what happened and 0 otherwise: 0 is perfect, 2 the worst possible
 * (for a yes/no question this is twice the common one-outcome form, so both are reported). The
 * logarithmic score is -ln p(what happened): 0 is perfect, unbounded for a confident miss, and
 * it rewards honest probabilities most sharply of all proper scores.
 */
public final class Scoring {

    private Scoring() {
    }

    /**
     * @param outcomes the forecast distribution
     * @param happened the outcome that happened
     * @return the multi-category Brier score
     */
    public static double brier(Map<String, Double> outcomes, String happened) {
        double s = 0;
        for (Map.Entry<String, Double> e : outcomes.entrySet()) {
            double o = e.getKey().equals(happened) ? 1 : 0;
            s += (e.getValue() - o) * (e.getValue() - o);
        }
        return s;
    }

    /**
     * @param outcomes the forecast distribution
     * @param happened the outcome that happened
     * @return -ln p(happened), with p floored at 1e-6 so that a certain miss scores about 13.8, not infinity
     */
    public static double log(Map<String, Double> outcomes, String happened) {
        return -Math.log(Math.max(1e-6, outcomes.getOrDefault(happened, 0.0)));
    }

    /**
     * One row of a calibration table.
     *
     * @param from     the bin's lower edge
     * @param to       its upper edge
     * @param n        forecasts in the bin
     * @param forecast their mean probability
     * @param observed how often the event happened
     */
    public record Bin(double from, double to, int n, double forecast, double observed) {
    }

    /**
     * Bins every (probability, happened) pair of the resolved forecasts, one per outcome, into
     * tenths: a calibrated forecaster's events happen as often as forecast in each bin.
     *
     * @param resolved resolved forecasts
     * @return the non-empty bins, lowest first
     */
    public static List<Bin> calibration(List<Prediction> resolved) {
        int[] n = new int[10];
        double[] p = new double[10];
        double[] o = new double[10];
        for (Prediction f : resolved) {
            String happened = f.outcome().orElseThrow();
            f.outcomes().forEach((k, v) -> {
                // a forecast written as a decimal (0.3) lands in its own tenth whatever the rounding of v * 10
                int b = Math.min(9, (int) Math.floor(v * 10 + 1e-9));
                n[b]++;
                p[b] += v;
                o[b] += k.equals(happened) ? 1 : 0;
            });
        }
        List<Bin> out = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            if (n[b] > 0) {
                out.add(new Bin(b / 10.0, (b + 1) / 10.0, n[b], p[b] / n[b], o[b] / n[b]));
            }
        }
        return out;
    }
}
