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

    /** How the reason of a broken archive's reject ({@code .gz} or {@code .zip} cut short or corrupt) starts. */
    public static final String BROKEN_ARCHIVE = "truncated or broken archive";

    /**
     * @return whether this is the reject of a broken archive: the cause of a file's trouble, which
     * may also have garbled the rows before it (a corrupt archive is only found out at its end)
     */
    public boolean brokenArchive() {
        return reason.startsWith(BROKEN_ARCHIVE);
    }

    /**
     * @param all a file's rejects, in line order
     * @param n   how many to give besides those of a broken archive
     * @return the rejects of a broken archive first (the cause, though found last), then the first
     * {@code n} others in line order
     */
    public static java.util.List<Reject> first(java.util.List<Reject> all, int n) {
        java.util.List<Reject> first = new java.util.ArrayList<>();
        java.util.List<Reject> others = new java.util.ArrayList<>();
        for (Reject r : all) {
            if (r.brokenArchive()) {
                first.add(r);
            } else if (others.size() < n) {
                others.add(r);
            }
        }
        first.addAll(others);
        return first;
    }

    /** @return {@code file:line: reason} */
    public String format() {
        return file + ":" + line + ": " + reason;
    }
}
