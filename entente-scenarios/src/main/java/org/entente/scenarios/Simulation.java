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
 * each driver that leaves its status quo a year in which the change sets in; every year each
 * score moves part of the way toward its target (today's score plus the effects in force),
 * keeping {@code inertia} of the gap, plus a normal shock. The band of every simulated year
 * comes from the spectrum model's own rules. Runs are split into a fixed number of blocks with
 * their own random streams, so the same seed gives the same numbers on any number of cores.
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
     * @param years      the number of years simulated after the start
     */
    public record Setup(double[] start, boolean[] supported, boolean defence, double[][][] effects, double[] weights,
                        double share, double breadthAt, double floor, double inertia, double shock, int years) {
    }

    /**
     * What the runs gave.
     *
     * @param bands   [year][band ordinal] number of runs in each band
     * @param overall [year][run] the overall score
     * @param runs    the number of runs
     */
    public record Result(int[][] bands, float[][] overall, int runs) {

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
        int[][][] bands = new int[BLOCKS][setup.years()][Band.values().length];
        float[][] overall = new float[setup.years()][runs];
        double mass = acc;
        IntStream.range(0, BLOCKS).parallel().forEach(b -> {
            int from = (int) ((long) runs * b / BLOCKS);
            int to = (int) ((long) runs * (b + 1) / BLOCKS);
            block(streams.get(b), cumulative, mass, from, to, bands[b], overall);
        });
        int[][] total = new int[setup.years()][Band.values().length];
        for (int[][] block : bands) {
            for (int y = 0; y < setup.years(); y++) {
                for (int k = 0; k < total[y].length; k++) {
                    total[y][k] += block[y][k];
                }
            }
        }
        return new Result(total, overall, runs);
    }

    private void block(SplittableRandom random, double[] cumulative, double mass, int from, int to, int[][] bands,
                       float[][] overall) {
        int vars = setup.effects().length;
        int[] state = new int[vars];
        int[] onset = new int[vars];
        double[] x = new double[TARGETS];
        double[] target = new double[TARGETS];
        double weightSum = Arrays.stream(setup.weights()).sum();
        for (int r = from; r < to; r++) {
            int j = draw(cumulative, random.nextDouble() * mass);
            for (int v = 0; v < vars; v++) {
                state[v] = network.state(j, v);
                onset[v] = state[v] == 0 ? 0 : random.nextInt(setup.years());
            }
            System.arraycopy(setup.start(), 0, x, 0, TARGETS);
            for (int y = 0; y < setup.years(); y++) {
                System.arraycopy(setup.start(), 0, target, 0, TARGETS);
                for (int v = 0; v < vars; v++) {
                    double[] e = setup.effects()[v][y >= onset[v] ? state[v] : 0];
                    for (int k = 0; k < TARGETS; k++) {
                        target[k] += e[k];
                    }
                }
                double mean = 0;
                int breadth = 0;
                for (int k = 0; k < TARGETS; k++) {
                    if (Double.isNaN(x[k])) {
                        continue; // hedging not measured stays so
                    }
                    double next = x[k] + (1 - setup.inertia()) * (target[k] - x[k]) + setup.shock() * random.nextGaussian();
                    x[k] = next < 0 ? 0 : next > 100 ? 100 : next;
                    if (k < 6) {
                        mean += setup.weights()[k] * x[k];
                        breadth += x[k] >= setup.breadthAt() && setup.supported()[k] ? 1 : 0;
                    }
                }
                double score = (1 - setup.share()) * mean / weightSum + setup.share() * x[6];
                score = Math.max(score, setup.floor());
                overall[y][r] = (float) score;
                bands[y][rules.band(score, x[6], setup.defence(), x[7], breadth, false).ordinal()]++;
            }
        }
    }

    private static int draw(double[] cumulative, double u) {
        int i = Arrays.binarySearch(cumulative, u);
        i = i >= 0 ? i : -i - 1;
        return Math.min(i, cumulative.length - 1);
    }
}
