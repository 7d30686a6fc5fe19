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
     * @param parent      the variable it depends on, if any
     * @param prior       P(state) by the horizon: one distribution, or one per parent state (key "*" when unconditional)
     * @param effects     per state, the shift in points it brings to each target (a dimension id, commitment or hedging)
     * @param sources     ids of its sources
     */
    public record Variable(String id, String title, List<String> states, Optional<String> parent,
                           Map<String, Map<String, Double>> prior, Map<String, Map<String, Double>> effects,
                           List<String> sources) {

        /** Copies the collections. */
        public Variable {
            Objects.requireNonNull(id, "id");
            states = List.copyOf(states);
            prior = Ordered.copyOf(prior);   // in the case file's order
            effects = Ordered.copyOf(effects);
            sources = List.copyOf(sources);
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
