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

    private static OpenFailure failure(SQLException e) {
        String m = String.valueOf(e.getMessage());
        Trouble t = m.contains("in-memory database") ? Trouble.DATA_FILE
                : m.contains("not a valid DuckDB database file") ? Trouble.NOT_DUCKDB
                : m.contains("Could not set lock") ? Trouble.LOCKED
                : damaged(e) ? Trouble.DAMAGED : Trouble.OTHER;
        return new OpenFailure(t, m, e);
    }
}
