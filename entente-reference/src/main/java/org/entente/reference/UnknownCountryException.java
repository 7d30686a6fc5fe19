package org.entente.reference;

import java.util.List;

/** A country the user named is unknown or ambiguous; carries the nearest candidates. */
public final class UnknownCountryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> candidates;

    /**
     * @param message    what went wrong
     * @param candidates the states the user may have meant, as "ISO (name)"
     */
    public UnknownCountryException(String message, List<String> candidates) {
        super(message);
        this.candidates = List.copyOf(candidates);
    }

    /** @return the states the user may have meant */
    public List<String> candidates() {
        return candidates;
    }
}
