package org.entente.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Outlook;

/**
 * The drivers of a case as a small Bayesian network: each variable's prior, given the states of
 * its parents if it has any (a directed graph without cycles, since a parent is always listed
 * before its children). Every joint state (one state per variable) is enumerated with its
 * probability, the product of each variable's prior given its parents' states in that joint
 * state, so conditioning on observations or on a scenario is exact.
 */
public final class DriverNetwork {

    private final List<Outlook.Variable> variables;
    private final int[] sizes;
    private final int[][] parents;
    private final double[][][] prior; // [variable][row: combination of parent states, or 0][state]
    private final int joint;

    /**
     * @param outlook the case's outlook (variables listed parents first)
     */
    public DriverNetwork(Outlook outlook) {
        this.variables = outlook.variables();
        int n = variables.size();
        sizes = new int[n];
        parents = new int[n][];
        prior = new double[n][][];
        int product = 1;
        for (int v = 0; v < n; v++) {
            Outlook.Variable var = variables.get(v);
            sizes[v] = var.states().size();
            parents[v] = var.parents().stream().mapToInt(this::index).toArray();
            int rows = rows(v);
            prior[v] = new double[rows][sizes[v]];
            for (int r = 0; r < rows; r++) {
                Map<String, Double> d = var.prior().get(rowKey(v, r));
                for (int s = 0; s < sizes[v]; s++) {
                    prior[v][r][s] = d.getOrDefault(var.states().get(s), 0.0);
                }
            }
            product = Math.multiplyExact(product, sizes[v]);
        }
        this.joint = product;
    }

    /** @return the number of combinations of the parents' states of variable v (1 without parents) */
    private int rows(int v) {
        int rows = 1;
        for (int p : parents[v]) {
            rows *= sizes[p];
        }
        return rows;
    }

    /** @return the key of the prior row r of variable v: "*", a parent state, or parent states joined by ", " */
    private String rowKey(int v, int r) {
        String[] names = new String[parents[v].length];
        int rest = r;
        for (int i = parents[v].length - 1; i >= 0; i--) {
            int p = parents[v][i];
            names[i] = variables.get(p).states().get(rest % sizes[p]);
            rest /= sizes[p];
        }
        return Outlook.Variable.rowKey(List.of(names));
    }

    /**
     * @param j a joint state index
     * @param v a variable
     * @return the row of the variable's prior that applies in the joint state: its parents' states
     *         as one number, the first parent's the most significant digit (0 without parents)
     */
    public int row(int j, int v) {
        int r = 0;
        for (int p : parents[v]) {
            r = r * sizes[p] + state(j, p);
        }
        return r;
    }

    /**
     * When each driver's change may set in, for the drivers whose priors are given year by year.
     * The state drawn for a run is its state by the horizon; a prior by year says how much of a
     * state's chance is reached by each year given, so the increase from one year given to the
     * next is spread evenly over the years between them (after the earlier, up to and including
     * the later; the first interval starts at the first forecast year). A year given before the
     * first forecast year puts its share on the first forecast year. No change sets in after the
     * last year given.
     *
     * @param first      the first forecast year
     * @param onsetYears the number of years from it in which a change may set in
     * @return [variable][row][state][year index] the cumulative chance that the change has set in by
     *         that year, given the state; null for the whole when no driver is given by year, and null
     *         for a variable, a row or a state (the status quo, or one the row never reaches) drawn
     *         uniformly instead
     */
    public double[][][][] onsets(int first, int onsetYears) {
        double[][][][] out = new double[variables.size()][][][];
        boolean any = false;
        for (int v = 0; v < variables.size(); v++) {
            Outlook.Variable var = variables.get(v);
            if (var.byYear().isEmpty()) {
                continue;
            }
            out[v] = new double[rows(v)][][];
            for (int r = 0; r < out[v].length; r++) {
                java.util.SortedMap<Integer, Map<String, Double>> byYear = var.byYear().get(rowKey(v, r));
                if (byYear == null) {
                    continue;
                }
                any = true;
                out[v][r] = new double[sizes[v]][];
                for (int s = 1; s < sizes[v]; s++) {
                    out[v][r][s] = onsetCdf(byYear, var.states().get(s), first, onsetYears);
                }
            }
        }
        return any ? out : null;
    }

    private static double[] onsetCdf(java.util.SortedMap<Integer, Map<String, Double>> byYear, String state, int first,
                                     int onsetYears) {
        double[] pmf = new double[onsetYears];
        int last = first + onsetYears - 1;
        int previousYear = first - 1;
        double previous = 0;
        double total = 0;
        for (Map.Entry<Integer, Map<String, Double>> e : byYear.entrySet()) {
            double now = e.getValue().getOrDefault(state, 0.0);
            double rise = Math.max(0, now - previous);
            int hi = Math.min(last, Math.max(first, e.getKey()));
            int lo = Math.max(first, previousYear + 1);
            lo = Math.min(lo, hi);
            for (int y = lo; y <= hi; y++) {
                pmf[y - first] += rise / (hi - lo + 1);
            }
            total += rise;
            previous = Math.max(previous, now);
            previousYear = Math.max(previousYear, e.getKey());
        }
        if (total <= 0) {
            return null;
        }
        double[] cdf = new double[onsetYears];
        double acc = 0;
        for (int y = 0; y < onsetYears; y++) {
            acc += pmf[y] / total;
            cdf[y] = acc;
        }
        cdf[onsetYears - 1] = Math.max(cdf[onsetYears - 1], 1.0); // rounding never leaves a draw without a year
        return cdf;
    }

    /**
     * @param id a variable id
     * @return its index
     */
    public int index(String id) {
        for (int v = 0; v < variables.size(); v++) {
            if (variables.get(v).id().equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("no driver variable '" + id + "'");
    }

    /** @return the variables, in order */
    public List<Outlook.Variable> variables() {
        return variables;
    }

    /** @return the number of joint states */
    public int jointStates() {
        return joint;
    }

    /**
     * @param j a joint state index
     * @param v a variable
     * @return the variable's state in the joint state
     */
    public int state(int j, int v) {
        int rest = j;
        for (int u = variables.size() - 1; u > v; u--) {
            rest /= sizes[u];
        }
        return rest % sizes[v];
    }

    /** @return P(joint state) under the priors, for every joint state */
    public double[] prior() {
        double[] p = new double[joint];
        for (int j = 0; j < joint; j++) {
            double x = 1;
            for (int v = 0; v < variables.size() && x > 0; v++) {
                x *= prior[v][row(j, v)][state(j, v)];
            }
            p[j] = x;
        }
        return p;
    }

    /**
     * Conditions a joint distribution on what has been seen, by Bayes' rule over every joint state.
     *
     * @param p            a joint distribution
     * @param observations signpost id to seen (true) or not seen (false)
     * @param signposts    the case's signposts
     * @return the posterior, normalised
     * @throws IllegalArgumentException if the observations are impossible under the model
     */
    public double[] observe(double[] p, Map<String, Boolean> observations, List<Outlook.Signpost> signposts) {
        double[] q = p.clone();
        for (Map.Entry<String, Boolean> o : observations.entrySet()) {
            Outlook.Signpost s = signposts.stream().filter(x -> x.id().equals(o.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no signpost '" + o.getKey() + "'"));
            int v = index(s.variable());
            List<String> states = variables.get(v).states();
            for (int j = 0; j < joint; j++) {
                double seen = s.likelihood().getOrDefault(states.get(state(j, v)), 0.0);
                q[j] *= o.getValue() ? seen : 1 - seen;
            }
        }
        return normalise(q, "the observations are impossible under the case's likelihoods");
    }

    /**
     * @param p        a joint distribution
     * @param signpost a signpost
     * @return the probability that it is seen: the sum over joint states of P(state) x P(seen | state)
     */
    public double chanceSeen(double[] p, Outlook.Signpost signpost) {
        int v = index(signpost.variable());
        List<String> states = variables.get(v).states();
        double sum = 0;
        for (int j = 0; j < joint; j++) {
            sum += p[j] * signpost.likelihood().getOrDefault(states.get(state(j, v)), 0.0);
        }
        return sum;
    }

    /**
     * @param p    a joint distribution
     * @param when variable id to the states allowed
     * @return p restricted to the joint states that satisfy every condition, normalised
     */
    public double[] condition(double[] p, Map<String, List<String>> when) {
        double[] q = p.clone();
        for (int j = 0; j < joint; j++) {
            if (!satisfies(j, when)) {
                q[j] = 0;
            }
        }
        return normalise(q, "the scenario has probability zero under the current outlook");
    }

    /**
     * @param j    a joint state
     * @param when variable id to the states allowed
     * @return whether the joint state satisfies every condition
     */
    public boolean satisfies(int j, Map<String, List<String>> when) {
        for (Map.Entry<String, List<String>> c : when.entrySet()) {
            int v = index(c.getKey());
            if (!c.getValue().contains(variables.get(v).states().get(state(j, v)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param p a joint distribution
     * @return per variable, P(state) for each of its states
     */
    public Map<String, Map<String, Double>> marginals(double[] p) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (int v = 0; v < variables.size(); v++) {
            double[] m = new double[sizes[v]];
            for (int j = 0; j < joint; j++) {
                m[state(j, v)] += p[j];
            }
            Map<String, Double> row = new LinkedHashMap<>();
            for (int s = 0; s < sizes[v]; s++) {
                row.put(variables.get(v).states().get(s), m[s]);
            }
            out.put(variables.get(v).id(), row);
        }
        return out;
    }

    /** @return the state names of each variable */
    public List<List<String>> states() {
        List<List<String>> out = new ArrayList<>();
        variables.forEach(v -> out.add(v.states()));
        return out;
    }

    private static double[] normalise(double[] q, String impossible) {
        double sum = 0;
        for (double x : q) {
            sum += x;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException(impossible);
        }
        for (int j = 0; j < q.length; j++) {
            q[j] /= sum;
        }
        return q;
    }
}
