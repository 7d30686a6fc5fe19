package org.entente.reference.unvotes;

/**
 * How alike two states voted on a set of roll calls where both cast a vote. Votes are positions
 * 1 (yes), 2 (abstain), 3 (no): abstention is a half-way position, as Signorino and Ritter
 * (1999) and Voeten's data treat it. Distances are absolute, |i - j|, at most 2.
 *
 * @param n         the number of roll calls on which both voted
 * @param agreement share of roll calls with identical votes (raw agreement); for comparison
 *                  only, as Voeten warns, since it rises with the share of consensual votes
 * @param s         Signorino-Ritter S = 1 - 2 * D_o / d_max, from -1 to 1, with D_o the mean
 *                  distance and d_max = 2
 * @param kappa     Cohen's kappa after Häge (2011): 1 - D_o / D_e, with D_e the distance
 *                  expected if each state kept its own vote shares but voted independently;
 *                  NaN when D_e is 0
 * @param pi        Scott's pi after Häge (2011): as kappa, but D_e from the two states' pooled
 *                  vote shares; NaN when D_e is 0
 */
public record Similarity(int n, double agreement, double s, double kappa, double pi) {

    /**
     * Computes all four measures from a 3x3 table of vote pairs.
     *
     * @param counts counts[i][j] = roll calls on which A cast vote i+1 and B vote j+1
     * @return the measures; all NaN (n = 0) when there are no shared votes
     */
    public static Similarity of(int[][] counts) {
        int n = 0;
        int same = 0;
        double distance = 0;
        double[] a = new double[3];
        double[] b = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                int c = counts[i][j];
                n += c;
                distance += c * Math.abs(i - j);
                a[i] += c;
                b[j] += c;
                if (i == j) {
                    same += c;
                }
            }
        }
        if (n == 0) {
            return new Similarity(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double observed = distance / n;
        double expectedKappa = 0;
        double expectedPi = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double d = Math.abs(i - j);
                expectedKappa += (a[i] / n) * (b[j] / n) * d;
                double pooledI = (a[i] + b[i]) / (2.0 * n);
                double pooledJ = (a[j] + b[j]) / (2.0 * n);
                expectedPi += pooledI * pooledJ * d;
            }
        }
        return new Similarity(n, (double) same / n, 1 - 2 * observed / 2.0,
                expectedKappa == 0 ? Double.NaN : 1 - observed / expectedKappa,
                expectedPi == 0 ? Double.NaN : 1 - observed / expectedPi);
    }
}
