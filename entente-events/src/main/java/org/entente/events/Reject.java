package org.entente.events;

/**
 * A row that could not be read, kept in the store's rejects table.
 *
 * @param file   the file, with {@code !entry} for a member of a zip archive
 * @param line   its line number, 1-based
 * @param reason why it was rejected
 * @param raw    the start of the row as found (at most 500 characters)
 */
public record Reject(String file, long line, String reason, String raw) {

    /** Keeps the stored text short. */
    public Reject {
        raw = raw.length() > 500 ? raw.substring(0, 500) : raw;
    }

    /** @return {@code file:line: reason} */
    public String format() {
        return file + ":" + line + ": " + reason;
    }
}
