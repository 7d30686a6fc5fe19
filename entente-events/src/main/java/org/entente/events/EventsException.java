package org.entente.events;

/**
 * An event file or store that cannot be used as asked (a path that names nothing, a store that
 * cannot be opened or written); the message names the file and what failed. {@link #badInput}
 * marks what the user gave wrongly (fix the input), as against what failed on the way.
 */
public final class EventsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean badInput;
    /** Whether a file held more watched events than an ingest keeps in memory ({@link FileBatch#checkHeld}). */
    private final boolean overHeldLimit;

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
        this(message, cause, badInput, false);
    }

    private EventsException(String message, Throwable cause, boolean badInput, boolean overHeldLimit) {
        super(message, cause);
        this.badInput = badInput;
        this.overHeldLimit = overHeldLimit;
    }

    /**
     * @param message the file, the limit and what to do
     * @return bad input: a file with more events of watched dyads than an ingest keeps in memory
     */
    static EventsException overHeldLimit(String message) {
        return new EventsException(message, null, true, true);
    }

    /** @return whether a file held more events of watched dyads than an ingest keeps in memory */
    boolean overHeldLimit() {
        return overHeldLimit;
    }

    /**
     * @param message what is wrong with the input and what to give instead, starting with the file concerned
     * @return an exception for input the user should fix
     */
    static EventsException badInput(String message) {
        return new EventsException(message, null, true);
    }

    /**
     * Tells a failure of the store's database the way a user can act on it. Damage (a file cut
     * short or corrupt) is told as when it is found at open; a denied permission says where to put
     * the store; anything else names what failed, in DuckDB's first line. The SQL is never shown.
     *
     * @param store  the store's file
     * @param what   what failed, e.g. "query failed"
     * @param e      DuckDB's error
     * @param option the option that names the store, e.g. {@code --store}
     * @return the failure to throw
     */
    static EventsException ofStore(java.nio.file.Path store, String what, java.sql.SQLException e, String option) {
        String why = firstLine(e.getMessage());
        if (org.entente.duckdb.DuckFile.damaged(e)) {
            return damaged(store, why, option);
        }
        String refused = org.entente.duckdb.DuckFile.refusal(why);
        if (refused != null) {
            java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("\"([^\"]+)\"").matcher(why);
            String other = quoted.find() && !storesOwn(store, quoted.group(1)) ? quoted.group(1) : null;
            if (other == null) {
                return refused(store, refused, option);
            }
            // another file DuckDB was asked to read (a Parquet file to import, say): it is that file the system refused
            return badInput(store + ": " + what + ": the system refused to open " + other + " (" + refused
                    + "); make it readable, or leave it out");
        }
        return new EventsException(store + ": " + what + ": " + why, e);
    }

    /** @return whether a path DuckDB quotes is the store's: the file, its write-ahead log, or its temporary folder */
    private static boolean storesOwn(java.nio.file.Path store, String quoted) {
        String own = store.toAbsolutePath().normalize().toString();
        String q;
        try {
            q = java.nio.file.Path.of(quoted).toAbsolutePath().normalize().toString();
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
        return q.equals(own) || q.equals(own + ".wal") || q.startsWith(own + ".tmp");
    }

    /** @return bad input: a store cut short or corrupt, found at open or by a later read */
    static EventsException damaged(java.nio.file.Path store, String why, String option) {
        return badInput(store + ": the event store is damaged (cut short or corrupt: " + firstLine(why)
                + "); restore a copy, or ingest the event files again into a new store (" + option + " FILE)");
    }

    /**
     * @param why why, in words: "permission denied", "the system does not let a file be made there"
     * @return bad input: the system would not let the store (or its write-ahead log) be opened or written
     */
    static EventsException refused(java.nio.file.Path store, String why, String option) {
        return badInput(store + ": cannot open the event store: " + why + "; choose a folder you can write "
                + "to, or name another store with " + option + " FILE");
    }

    /** DuckDB adds the statement's text after the first line of some errors: it is left out. */
    static String firstLine(String message) {
        String m = String.valueOf(message);
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** @return whether the input given was wrong (rather than something failing on the way) */
    public boolean badInput() {
        return badInput;
    }
}
