package org.entente.model;

import java.util.Objects;

/**
 * One of the two states of a dyad.
 *
 * @param code ISO 3166-1 alpha-3 code, e.g. {@code IRN}
 * @param name the name to show
 */
public record Actor(String code, String name) {

    /** Checks the code has the form of an alpha-3 code. */
    public Actor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("state code '" + code + "' is not three capital letters");
        }
    }
}
