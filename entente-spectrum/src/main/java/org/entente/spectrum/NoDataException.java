package org.entente.spectrum;

/**
 * A data-only assessment of a dyad in a year no dataset reaches: no UN votes, arms transfers,
 * trade, IGOs, alliance or rivalry within the look-back window. Scoring it would print the
 * prior (every dimension at arm's length) as if it were a measured result.
 */
public final class NoDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoDataException(String message) {
        super(message);
    }
}
