package org.entente.spectrum;

import java.util.List;

/**
 * The thresholds the band rules compare each score with, and how a score is shown in text beside
 * them: as a whole number, unless the whole number would reach or cross a threshold the score does
 * not (54.5 rounds to 55, the breadth threshold); then with as many decimals as it takes to stay
 * on its own side ("54.5", "54.96"). The rule text shows its scores the same way, so a table and
 * the sentence under it agree. JSON gives scores to two decimals instead ({@link AssessmentJson}).
 *
 * @param overall    the overall score's thresholds (adversarial, strategic-transactionalism, alignment, alliance)
 * @param breadth    the score at which a supported dimension counts as broad
 * @param commitment the commitment thresholds (alignment, alliance)
 * @param hedging    the most hedging alignment allows
 */
public record Thresholds(List<Double> overall, double breadth, List<Double> commitment, double hedging) {

    /** Copies the lists. */
    public Thresholds {
        overall = List.copyOf(overall);
        commitment = List.copyOf(commitment);
    }

    /** @return the overall score as text */
    public String showOverall(double v) {
        return shown(v, overall);
    }

    /** @return a dimension's score as text */
    public String showDimension(double v) {
        return shown(v, List.of(breadth));
    }

    /** @return the commitment score as text */
    public String showCommitment(double v) {
        return shown(v, commitment);
    }

    /** @return the hedging score as text */
    public String showHedging(double v) {
        return shown(v, List.of(hedging));
    }

    /** @return the value with as many decimals as the closest of the thresholds needs to show its side */
    static String shown(double value, List<Double> thresholds) {
        int decimals = 0;
        for (double t : thresholds) {
            String x = BandRules.near(value, t);
            decimals = Math.max(decimals, x.indexOf('.') < 0 ? 0 : x.length() - x.indexOf('.') - 1);
        }
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }
}
