package org.entente.events;

/**
 * An event file or store that cannot be used as asked (a path that names nothing, a store that
 * cannot be opened or written); the message names the file and what failed.
 */
public final class EventsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, starting with the file concerned */
    public EventsException(String message) {
        super(message);
    }

    /**
     * @param message what failed, starting with the file concerned
     * @param cause   the underlying error
     */
    public EventsException(String message, Throwable cause) {
        super(message, cause);
    }
}
