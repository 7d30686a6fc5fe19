package org.entente.events;

/**
 * Why one row of an event file cannot be read. Thrown by the row readers and caught by the
 * ingest, which adds the file and line and keeps the row in the rejects table; never escapes.
 */
final class BadRowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRowException(String reason) {
        super(reason, null, false, false);
    }
}
