package org.entente.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Outlook;

/**
 * The drivers of a case as a small Bayesian network: each variable's prior, given its parent's
 * state if it has one. Every joint state (one state per variable) is enumerated with its
 * probability, so conditioning on observations or on a scenario is exact.
 */
public final class DriverNetwork {

    private final List<Outlook.Variable> variables;
    private final int[] sizes;
    private final int[] parent;
    private final double[][][] prior; // [variable][parent state or 0][state]
    private final int joint;

    /**
     * @param outlook the case's outlook (variables listed parents first)
     */
    public DriverNetwork(Outlook outlook) {
        this.variables = outlook.variables();
        int n = variables.size();
        sizes = new int[n];
        parent = new int[n];
        prior = new double[n][][];
        int product = 1;
        for (int v = 0; v < n; v++) {
            Outlook.Variable var = variables.get(v);
            sizes[v] = var.states().size();
            parent[v] = var.parent().map(this::index).orElse(-1);
            int rows = parent[v] < 0 ? 1 : sizes[parent[v]];
            prior[v] = new double[rows][sizes[v]];
            for (int r = 0; r < rows; r++) {
                String key = parent[v] < 0 ? "*" : variables.get(parent[v]).states().get(r);
                Map<String, Double> d = var.prior().get(key);
                for (int s = 0; s < sizes[v]; s++) {
                    prior[v][r][s] = d.getOrDefault(var.states().get(s), 0.0);
                }
            }
            product = Math.multiplyExact(product, sizes[v]);
        }
        this.joint = product;
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
                x *= prior[v][parent[v] < 0 ? 0 : state(j, parent[v])][state(j, v)];
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
