package org.entente.treaty.coding;

import java.util.Objects;

/**
 * A condition a clause attaches to an obligation.
 *
 * @param kind   what kind of condition
 * @param phrase the words that state it
 */
public record Condition(Kind kind, String phrase) {

    /** Kinds of condition. */
    public enum Kind {
        /** the obligation applies to an attack on a party's territory. */
        ATTACK_ON_TERRITORY,
        /** the obligation names the adversary. */
        SPECIFIC_ADVERSARY,
        /** the obligation is limited to an area. */
        GEOGRAPHIC_SCOPE,
        /** the clause invokes self-defence under Article 51 of the UN Charter. */
        UN_CHARTER_51,
        /** the clause defers to each party's constitutional processes or national law. */
        DOMESTIC_PROCEDURE,
        /** the obligation applies only when a party asks. */
        AT_REQUEST,
        /** the obligation applies once a party is in a state of war. */
        STATE_OF_WAR,
        /** the crisis or threat that sets off a consultation. */
        THREAT
    }

    /** Checks the fields. */
    public Condition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(phrase, "phrase");
    }
}
