package org.entente.model;

import java.util.List;
import java.util.Objects;

/**
 * A future the partnership could take, with the signposts that would tell it is coming.
 *
 * @param id          its id
 * @param title       a short name
 * @param description what happens in it
 * @param effect      what it would do to the partnership
 * @param sources     ids of its sources
 * @param indicators  signposts to watch
 * @param when        the driver states that make up this scenario (variable id to the states allowed)
 */
public record Scenario(String id, String title, String description, ScenarioEffect effect,
                       List<String> sources, List<Watch> indicators, java.util.Map<String, List<String>> when) {

    /** Copies the lists and checks the required fields. */
    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(effect, "effect");
        sources = List.copyOf(sources);
        indicators = List.copyOf(indicators);
        when = Ordered.copyOf(when);   // in the case file's order
    }

    /**
     * A signpost to watch.
     *
     * @param id          its id
     * @param description what to look for
     * @param signals     which way it points when observed
     */
    public record Watch(String id, String description, Signal signals) {

        /** Checks the required fields. */
        public Watch {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(signals, "signals");
        }
    }
}
