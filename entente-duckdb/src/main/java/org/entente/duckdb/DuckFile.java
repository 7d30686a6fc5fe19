package org.entente.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Opens a DuckDB file as a database, checks it, and on any failure closes it again (so that no
 * lock is left on the file) and says what kind of failure it was.
 */
public final class DuckFile {

    private DuckFile() {
    }

    /** What kept a file from opening as a database. */
    public enum Trouble {
        /** DuckDB takes the file (a CSV, Parquet or JSON file) for data to read into memory: nothing written would be kept. */
        DATA_FILE,
        /** The file is not a DuckDB database. */
        NOT_DUCKDB,
        /** Another process holds the file. */
        LOCKED,
        /** A DuckDB file cut short or corrupted (a copy that stopped half-way, a full disk). */
        DAMAGED,
        /**
         * The system would not let the file be opened or made there: permission denied, a read-only
         * file system, or a folder where no file can be made (under {@code /proc}, where creating
         * one answers "no such file"). {@link OpenFailure#refusal} says which, in words.
         */
        REFUSED,
        /** Anything else; DuckDB's message says what. */
        OTHER
    }

    /** An open that failed, with its kind and DuckDB's message. */
    public static final class OpenFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final Trouble trouble;

        OpenFailure(Trouble trouble, String message, Throwable cause) {
            super(message, cause);
            this.trouble = trouble;
        }

        /** @return what kind of failure */
        public Trouble trouble() {
            return trouble;
        }

        /** @return for {@link Trouble#REFUSED}, why in words (e.g. "permission denied"); else null */
        public String refusal() {
            return trouble == Trouble.REFUSED ? DuckFile.refusal(getMessage()) : null;
        }
    }

    /** The checks a store makes on a database file once it is open. */
    @FunctionalInterface
    public interface Check {
        /**
         * @param c the open connection
         * @throws SQLException when a query fails (then classified like a failed open)
         */
        void check(Connection c) throws SQLException;
    }

    /** The file DuckDB keeps the database in: null when it opened a data file into memory. */
    private static final String DATABASE_FILE = "SELECT path FROM duckdb_databases() WHERE database_name = current_database()";

    /**
     * @param file     the DuckDB file
     * @param readOnly whether to open it for reading only (several processes may then read it at once)
     * @param check    the caller's checks; an exception it throws (its own, or an SQLException) closes
     *                 the file and is passed on, SQLExceptions as an {@link OpenFailure}
     * @return the connection
     * @throws OpenFailure when the file cannot be opened as a database
     */
    public static Connection open(Path file, boolean readOnly, Check check) throws OpenFailure {
        Connection c;
        try {
            Properties p = new Properties();
            if (readOnly) {
                p.setProperty("duckdb.read_only", "true");
            }
            // the driver is called directly: DriverManager's service lookup misses it under some class loaders
            c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + file.toAbsolutePath(), p);
        } catch (SQLException e) {
            throw failure(e);
        }
        try {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(DATABASE_FILE)) {
                if (!r.next() || r.getString(1) == null) {
                    throw new OpenFailure(Trouble.DATA_FILE, file + " was read as data, not opened as a database", null);
                }
            }
            check.check(c);
            return c;
        } catch (SQLException | RuntimeException | OpenFailure e) {
            try {
                c.close();   // nothing may keep the file open (and locked) after a failed open
            } catch (SQLException x) {
                e.addSuppressed(x);
            }
            if (e instanceof SQLException x) {
                throw failure(x);
            }
            if (e instanceof RuntimeException x) {
                throw x;
            }
            throw (OpenFailure) e;
        }
    }

    /**
     * As {@link #open}, but a file another process holds is tried again, with pauses that grow from
     * 20 ms to half a second, until it opens or {@code wait} has passed. DuckDB lets one process
     * write a file at a time, and refuses the others at once; commands that change a file briefly
     * (a forecast recorded) then queue instead of failing.
     *
     * @param wait the longest time to wait for the other process
     * @return the connection
     * @throws OpenFailure as {@link #open}; {@link Trouble#LOCKED} when the file was still held after {@code wait}
     */
    public static Connection openWaiting(Path file, boolean readOnly, java.time.Duration wait, Check check)
            throws OpenFailure {
        long deadline = System.nanoTime() + wait.toNanos();
        long pause = 20;
        java.util.SplittableRandom jitter = new java.util.SplittableRandom();
        while (true) {
            try {
                return open(file, readOnly, check);
            } catch (OpenFailure f) {
                if (f.trouble() != Trouble.LOCKED || System.nanoTime() > deadline) {
                    throw f;
                }
            }
            try {
                // random jitter, so that waiting processes do not all retry at the same moment
                Thread.sleep(pause + jitter.nextLong(pause));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OpenFailure(Trouble.LOCKED, file + " is held by another process; stopped waiting", e);
            }
            pause = Math.min(pause * 2, 500);
        }
    }

    /**
     * @param e a failure, at opening or in a later query (DuckDB reads blocks as it needs them)
     * @return whether it says the file is cut short or corrupt
     */
    public static boolean damaged(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("Could not read enough bytes") || m.contains("Corrupt database file");
    }

    /**
     * @param message DuckDB's error, at opening or in a later write (of the file or its {@code .wal})
     * @return why the system refused the file, in words a user can act on ("permission denied", "a
     * read-only file system", "the system does not let a file be made there"); null when it is
     * not such a refusal
     */
    public static String refusal(String message) {
        String m = String.valueOf(message);
        if (m.contains("Permission denied")) {
            return "permission denied";
        }
        if (m.contains("Read-only file system")) {
            return "a read-only file system";
        }
        if (m.contains("Operation not permitted")) {
            return "the system does not permit it";
        }
        // the folder is there (it is made before the file is opened), yet the file cannot be made:
        // under /proc, creating a file answers "no such file"
        if (m.contains("Cannot open file") && m.contains("No such file or directory")) {
            return "the system does not let a file be made there";
        }
        return null;
    }

    private static OpenFailure failure(SQLException e) {
        String m = String.valueOf(e.getMessage());
        Trouble t = m.contains("in-memory database") ? Trouble.DATA_FILE
                : m.contains("not a valid DuckDB database file") ? Trouble.NOT_DUCKDB
                : m.contains("Could not set lock") ? Trouble.LOCKED
                : damaged(e) ? Trouble.DAMAGED : refusal(m) != null ? Trouble.REFUSED : Trouble.OTHER;
        return new OpenFailure(t, m, e);
    }

    /** DuckDB's database files carry "DUCK" after their first 8 bytes (a checksum). */
    private static final byte[] MAGIC = {'D', 'U', 'C', 'K'};

    /**
     * @param file a file
     * @return whether it is a DuckDB database, by its header; false for anything else, or a file
     * that cannot be read (whoever reads it says why)
     */
    public static boolean isDatabase(java.nio.file.Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return false;
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return isDatabase(in);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * @param in a file's bytes from its start (up to 12 of them are read; the caller closes it)
     * @return whether they start a DuckDB database
     * @throws java.io.IOException when they cannot be read
     */
    public static boolean isDatabase(java.io.InputStream in) throws java.io.IOException {
        byte[] head = in.readNBytes(8 + MAGIC.length);
        return head.length == 8 + MAGIC.length && java.util.Arrays.equals(head, 8, head.length, MAGIC, 0, MAGIC.length);
    }

    /**
     * @param e why the folder for a database file could not be made
     * @return why the system refused it, in words ("permission denied", "a file is in the way", "the
     * system does not let a folder be made there", as under {@code /proc}, "a read-only file
     * system"); null when the path is not at fault (a full disk, an I/O error)
     */
    public static String folderRefusal(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the system does not let a folder be made there";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            return "a file is in the way";
        }
        String reason = e instanceof java.nio.file.FileSystemException f ? String.valueOf(f.getReason()) : "";
        return reason.contains("Not a directory") ? "a file is in the way"
                : reason.contains("Read-only file system") ? "a read-only file system"
                : reason.contains("Operation not permitted") ? "the system does not permit it" : null;
    }
}
