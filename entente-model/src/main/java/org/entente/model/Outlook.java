package org.entente.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the scenario model needs from a case: the drivers as variables with states, their
 * priors and dependencies, how each state moves the spectrum scores, and the signposts whose
 * observation tells the states apart.
 *
 * @param horizon   the last year forecast
 * @param inertia   the share of the gap to its target a score keeps each year (0 moves at once, 1 never)
 * @param shock     the standard deviation of the yearly random shock on each score, in points
 * @param floor     the overall score institutionalised ties keep the partnership above
 * @param variables the drivers, parents before children
 * @param signposts the observable indicators
 */
public record Outlook(int horizon, double inertia, double shock, double floor, List<Variable> variables,
                      List<Signpost> signposts) {

    /** Copies the lists and checks the ranges. */
    public Outlook {
        variables = List.copyOf(variables);
        signposts = List.copyOf(signposts);
        if (inertia < 0 || inertia >= 1) {
            throw new IllegalArgumentException("inertia " + inertia + " must be at least 0 and below 1");
        }
        if (shock < 0) {
            throw new IllegalArgumentException("shock " + shock + " must not be negative");
        }
    }

    /**
     * A driver with a closed set of states.
     *
     * @param id          its id
     * @param title       what it is
     * @param states      its states; the first is the status quo, held until the state drawn sets in
     * @param parents     the variables it depends on, in the case file's order (none, one or several)
     * @param prior       P(state) by the horizon: one distribution, or one per combination of parent states (key
     *                    "*" when unconditional; with one parent, the parent's state; with several, their states
     *                    joined by ", " in the order of {@code parents})
     * @param byYear      for the rows of {@code prior} given year by year: P(state by that year), per year in
     *                    increasing order; the last year's row is the one in {@code prior}. Empty when the priors
     *                    speak of the horizon only.
     * @param effects     per state, the shift in points it brings to each target (a dimension id, commitment or hedging)
     * @param sources     ids of its sources
     */
    public record Variable(String id, String title, List<String> states, List<String> parents,
                           Map<String, Map<String, Double>> prior,
                           Map<String, java.util.SortedMap<Integer, Map<String, Double>>> byYear,
                           Map<String, Map<String, Double>> effects, List<String> sources) {

        /** Copies the collections. */
        public Variable {
            Objects.requireNonNull(id, "id");
            states = List.copyOf(states);
            parents = List.copyOf(parents);
            prior = Ordered.copyOf(prior);   // in the case file's order
            java.util.Map<String, java.util.SortedMap<Integer, Map<String, Double>>> years = new java.util.LinkedHashMap<>();
            byYear.forEach((k, v) -> years.put(k, java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(v))));
            byYear = java.util.Collections.unmodifiableMap(years);
            effects = Ordered.copyOf(effects);
            sources = List.copyOf(sources);
        }

        /**
         * A driver whose prior speaks of the horizon only, with at most one parent: the original form.
         */
        public Variable(String id, String title, List<String> states, Optional<String> parent,
                        Map<String, Map<String, Double>> prior, Map<String, Map<String, Double>> effects,
                        List<String> sources) {
            this(id, title, states, parent.map(List::of).orElse(List.of()), prior, Map.of(), effects, sources);
        }

        /** @return the only parent, if it has exactly one */
        public Optional<String> parent() {
            return parents.size() == 1 ? Optional.of(parents.get(0)) : Optional.empty();
        }

        /**
         * @param parentStates one state per parent, in the order of {@link #parents()}
         * @return the key of {@link #prior()} for that combination
         */
        public static String rowKey(List<String> parentStates) {
            return parentStates.isEmpty() ? "*" : String.join(", ", parentStates);
        }
    }

    /**
     * An observable event and how likely it is under each state of one variable.
     *
     * @param id         its id
     * @param title      what to look for
     * @param variable   the variable it speaks to
     * @param likelihood P(observed | state), per state
     * @param observed   what has been seen so far: empty if not yet known
     * @param sources    ids of its sources
     */
    public record Signpost(String id, String title, String variable, Map<String, Double> likelihood,
                           Optional<Boolean> observed, List<String> sources) {

        /** Copies the collections. */
        public Signpost {
            Objects.requireNonNull(id, "id");
            likelihood = Ordered.copyOf(likelihood);
            sources = List.copyOf(sources);
        }
    }
}
