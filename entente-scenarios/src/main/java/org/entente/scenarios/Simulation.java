package org.entente.scenarios;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.entente.model.Band;
import org.entente.spectrum.BandRules;

/**
 * The spectrum scores run forward year by year. Each run draws one joint driver state, and for
 * each driver that leaves its status quo a year in which the change sets in, uniform over the
 * years to the case's horizon (the drivers' priors are their states by then); every year each
 * score moves part of the way toward its target (today's score plus the effects in force),
 * keeping {@code inertia} of the gap, plus a normal shock (drawn from {@link NormalTable}). The band of every simulated year
 * comes from the spectrum model's own rules. Runs are split into a fixed number of blocks with
 * their own random streams, so the same seed gives the same numbers on any number of cores.
 *
 * <p>A run is the same path however many years are asked for: the years to the case's horizon
 * are always drawn from the block's stream (a shorter forecast keeps only the first of them),
 * and years after it from a stream of the run's own, so that the next run in the block starts
 * where it would have. A longer forecast continues the paths past the horizon with the drivers
 * as they stand, and no new changes.
 */
public final class Simulation {

    /** The scores a simulation starts from and moves: six dimensions, commitment, hedging. */
    public static final int TARGETS = 8;
    private static final int BLOCKS = 32;

    /**
     * Everything fixed for a forecast.
     *
     * @param start      today's scores: six dimensions in spectrum order, commitment, hedging (NaN: not measured)
     * @param supported  per dimension, whether evidence stands behind it (for breadth)
     * @param defence    whether a binding defence pledge is in force (drivers never create one)
     * @param effects    [variable][state][target] shift in points
     * @param weights    the six dimension weights
     * @param share      commitment's share of the overall score
     * @param breadthAt  the score a dimension needs to count toward breadth
     * @param floor      the overall score institutionalised ties keep the partnership above
     * @param inertia    the share of the gap kept each year
     * @param shock      the yearly shock's standard deviation
     * @param years      the number of years forecast after the start
     * @param onsetYears the number of years, from the first, in which a driver's change may set in: those to the
     *                   case's horizon, whatever {@code years} is
     * @param onsets     for drivers whose priors are given year by year, [variable][row][state][year] the
     *                   cumulative chance that the change has set in by each year ({@link DriverNetwork#onsets});
     *                   null when no driver is, and null where the year is drawn uniformly
     */
    public record Setup(double[] start, boolean[] supported, boolean defence, double[][][] effects, double[] weights,
                        double share, double breadthAt, double floor, double inertia, double shock, int years,
                        int onsetYears, double[][][][] onsets) {

        /** Every driver's change sets in in a year drawn uniformly up to the case's horizon. */
        public Setup(double[] start, boolean[] supported, boolean defence, double[][][] effects, double[] weights,
                     double share, double breadthAt, double floor, double inertia, double shock, int years,
                     int onsetYears) {
            this(start, supported, defence, effects, weights, share, breadthAt, floor, inertia, shock, years, onsetYears,
                    null);
        }

        /** Checks the years. */
        public Setup {
            if (years < 1 || onsetYears < 1) {
                throw new IllegalArgumentException("a simulation needs at least one year to forecast and one in which "
                        + "changes may set in, not " + years + " and " + onsetYears);
            }
        }
    }

    /**
     * What the runs gave.
     *
     * @param bands   [year][band ordinal] number of runs in each band
     * @param overall [year][run] the overall score
     * @param runs    the number of runs
     * @param conditions [year][cell * bands + band] runs by which of strategic-transactionalism's two
     *                conditions they meet and the band they were placed in: cell 2 for overall at or above
     *                its threshold, plus 1 for enough broad dimensions
     */
    public record Result(int[][] bands, float[][] overall, int runs, int[][] conditions) {

        private static final int BANDS = Band.values().length;

        /**
         * @param year    a year index
         * @param overall whether the overall condition counts (score at or above the threshold)
         * @param breadth whether the breadth condition counts (enough broad dimensions)
         * @return the share of runs that meet both counted conditions that year (neither counted: 1)
         */
        public double meeting(int year, boolean overall, boolean breadth) {
            int n = 0;
            for (int cell = 0; cell < 4; cell++) {
                boolean o = (cell & 2) != 0;
                boolean b = (cell & 1) != 0;
                for (int band = 0; band < BANDS; band++) {
                    n += (!overall || o) && (!breadth || b) ? conditions[year][cell * BANDS + band] : 0;
                }
            }
            return (double) n / runs;
        }

        /**
         * Runs a band's own rule placed there without both of strategic-transactionalism's
         * conditions: alliance's rule, for one, does not ask for breadth.
         *
         * @param year a year index
         * @param band a band
         * @return the share of runs in that band that year that miss one condition or both
         */
        public double withoutBoth(int year, Band band) {
            int n = 0;
            for (int cell = 0; cell < 3; cell++) {
                n += conditions[year][cell * BANDS + band.ordinal()];
            }
            return (double) n / runs;
        }

        /**
         * @param year a year index (0 = the first simulated year)
         * @param band a band
         * @return the share of runs in that band that year
         */
        public double probability(int year, Band band) {
            return (double) bands[year][band.ordinal()] / runs;
        }

        /**
         * @param year a year index
         * @param q    a quantile in [0, 1]
         * @return the overall score at that quantile
         */
        public double quantile(int year, double q) {
            float[] sorted = overall[year].clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
        }
    }

    private final Setup setup;
    private final BandRules rules;
    private final DriverNetwork network;

    /**
     * @param setup   the fixed inputs
     * @param rules   the spectrum's band rules
     * @param network the drivers
     */
    public Simulation(Setup setup, BandRules rules, DriverNetwork network) {
        this.setup = setup;
        this.rules = rules;
        this.network = network;
    }

    /** @return the fixed inputs */
    public Setup setup() {
        return setup;
    }

    /**
     * @param joint a distribution over the network's joint states
     * @param runs  how many runs
     * @param seed  the seed
     * @return band counts and overall scores per year
     */
    public Result run(double[] joint, int runs, long seed) {
        double[] cumulative = new double[joint.length];
        double acc = 0;
        for (int j = 0; j < joint.length; j++) {
            acc += joint[j];
            cumulative[j] = acc;
        }
        SplittableRandom root = new SplittableRandom(seed);
        List<SplittableRandom> streams = new ArrayList<>();
        for (int b = 0; b < BLOCKS; b++) {
            streams.add(root.split());
        }
        // the years after the case's horizon: each run's own stream, from a seed apart from the blocks'
        long tails = new SplittableRandom(~seed).nextLong();
        int[][][] bands = new int[BLOCKS][setup.years()][Band.values().length];
        int[][][] conditions = new int[BLOCKS][setup.years()][4 * Band.values().length];
        float[][] overall = new float[setup.years()][runs];
        double mass = acc;
        IntStream.range(0, BLOCKS).parallel().forEach(b -> {
            int from = (int) ((long) runs * b / BLOCKS);
            int to = (int) ((long) runs * (b + 1) / BLOCKS);
            block(streams.get(b), tails, cumulative, mass, from, to, bands[b], conditions[b], overall);
        });
        return new Result(sum(bands), overall, runs, sum(conditions));
    }

    private static int[][] sum(int[][][] blocks) {
        int[][] total = new int[blocks[0].length][blocks[0][0].length];
        for (int[][] block : blocks) {
            for (int y = 0; y < total.length; y++) {
                for (int k = 0; k < total[y].length; k++) {
                    total[y][k] += block[y][k];
                }
            }
        }
        return total;
    }

    private void block(SplittableRandom block, long tails, double[] cumulative, double mass, int from, int to,
                       int[][] bands, int[][] conditions, float[][] overall) {
        double[][][] effects = setup.effects();
        int vars = effects.length;
        int years = setup.years();
        int onsetYears = setup.onsetYears();
        double[][][][] timing = setup.onsets(); // null unless a driver's prior is given year by year
        // every run simulates the years to the case's horizon, even those a shorter forecast does not
        // keep, so that it leaves the block's stream where the next run expects it
        int simulated = Math.max(years, onsetYears);
        double keep = setup.inertia();
        double move = 1 - keep;
        double shock = setup.shock();
        double[] weights = setup.weights();
        boolean[] supported = setup.supported();
        double weightSum = Arrays.stream(weights).sum();
        double dimShare = (1 - setup.share()) / weightSum;
        boolean hedged = !Double.isNaN(setup.start()[7]);
        double stOverall = rules.stOverall();
        int stBreadth = rules.stBreadth();
        // the target before any change sets in: today's scores plus every driver's status-quo effect
        double[] base = setup.start().clone();
        for (double[][] e : effects) {
            for (int k = 0; k < TARGETS; k++) {
                base[k] += e[0][k];
            }
        }
        int[] onset = new int[vars];
        int[] state = new int[vars];
        double[] x = new double[TARGETS];
        double[] target = new double[TARGETS];
        for (int r = from; r < to; r++) {
            SplittableRandom random = block;
            int j = draw(cumulative, random.nextDouble() * mass);
            for (int v = 0; v < vars; v++) {
                state[v] = network.state(j, v);
                onset[v] = state[v] == 0 ? Integer.MAX_VALUE
                        : timing == null || timing[v] == null ? random.nextInt(onsetYears)
                        : onset(timing[v][network.row(j, v)], state[v], random, onsetYears);
            }
            System.arraycopy(setup.start(), 0, x, 0, TARGETS);
            System.arraycopy(base, 0, target, 0, TARGETS);
            for (int y = 0; y < simulated; y++) {
                if (y == onsetYears) { // past the case's horizon: the run's own stream
                    random = new SplittableRandom(tails + r * 0x9E3779B97F4A7C15L).split();
                }
                for (int v = 0; v < vars; v++) {
                    if (onset[v] == y) { // the change sets in: swap the status-quo effect for the new state's
                        double[] now = effects[v][state[v]];
                        double[] was = effects[v][0];
                        for (int k = 0; k < TARGETS; k++) {
                            target[k] += now[k] - was[k];
                        }
                    }
                }
                double mean = 0;
                int breadth = 0;
                for (int k = 0; k < 7; k += 2) { // one random int gives two shocks (see NormalTable)
                    int bits = random.nextInt();
                    double next = x[k] + move * (target[k] - x[k]) + shock * NormalTable.draw(bits);
                    x[k] = next < 0 ? 0 : next > 100 ? 100 : next;
                    if (k + 1 < 7) {
                        next = x[k + 1] + move * (target[k + 1] - x[k + 1]) + shock * NormalTable.draw(bits >>> 16);
                        x[k + 1] = next < 0 ? 0 : next > 100 ? 100 : next;
                    }
                }
                for (int k = 0; k < 6; k++) {
                    mean += weights[k] * x[k];
                    breadth += x[k] >= setup.breadthAt() && supported[k] ? 1 : 0;
                }
                if (hedged) {
                    double next = x[7] + move * (target[7] - x[7]) + shock * NormalTable.draw(random.nextInt());
                    x[7] = next < 0 ? 0 : next > 100 ? 100 : next;
                }
                if (y >= years) {
                    continue; // a year after the last one forecast, drawn only to keep the stream in step
                }
                double score = Math.max(dimShare * mean + setup.share() * x[6], setup.floor());
                overall[y][r] = (float) score;
                int band = rules.band(score, x[6], setup.defence(), hedged ? x[7] : Double.NaN, breadth, false).ordinal();
                bands[y][band]++;
                // strategic-transactionalism's two conditions, to tell which one a run misses, by band:
                // a run may be placed above transactional by another band's rule without them
                conditions[y][((score >= stOverall ? 2 : 0) + (breadth >= stBreadth ? 1 : 0)) * bands[y].length + band]++;
            }
        }
    }

    /** A year drawn from a driver's prior by year, or uniformly where its row gives none. */
    private static int onset(double[][] row, int state, SplittableRandom random, int onsetYears) {
        double[] cdf = row == null ? null : row[state];
        if (cdf == null) {
            return random.nextInt(onsetYears);
        }
        double u = random.nextDouble();
        int y = 0;
        while (y < onsetYears - 1 && u >= cdf[y]) {
            y++;
        }
        return y;
    }

    private static int draw(double[] cumulative, double u) {
        int i = Arrays.binarySearch(cumulative, u);
        i = i >= 0 ? i : -i - 1;
        return Math.min(i, cumulative.length - 1);
    }
}
