package org.entente.events;

/**
 * An event file or store that cannot be used as asked (a path that names nothing, a store that
 * cannot be opened or written); the message names the file and what failed. {@link #badInput}
 * marks what the user gave wrongly (fix the input), as against what failed on the way.
 */
public final class EventsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean badInput;

    /** @param message what failed, starting with the file concerned */
    public EventsException(String message) {
        this(message, null, false);
    }

    /**
     * @param message what failed, starting with the file concerned
     * @param cause   the underlying error
     */
    public EventsException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private EventsException(String message, Throwable cause, boolean badInput) {
        super(message, cause);
        this.badInput = badInput;
    }

    /**
     * @param message what is wrong with the input and what to give instead, starting with the file concerned
     * @return an exception for input the user should fix
     */
    static EventsException badInput(String message) {
        return new EventsException(message, null, true);
    }

    /** @return whether the input given was wrong (rather than something failing on the way) */
    public boolean badInput() {
        return badInput;
    }
}
