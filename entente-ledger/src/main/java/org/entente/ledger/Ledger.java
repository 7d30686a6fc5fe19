package org.entente.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.duckdb.DuckFile;

/**
 * The forecast ledger in an embedded DuckDB file. Each change runs in one transaction, so an
 * interrupted command leaves the ledger as it was.
 */
public final class Ledger implements AutoCloseable {

    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS forecasts (
              id VARCHAR PRIMARY KEY, question VARCHAR NOT NULL, made DATE NOT NULL, resolves DATE NOT NULL,
              model VARCHAR NOT NULL, subject VARCHAR NOT NULL, outcome VARCHAR, resolved_on DATE);
            CREATE TABLE IF NOT EXISTS forecast_outcomes (
              id VARCHAR NOT NULL, outcome VARCHAR NOT NULL, probability DOUBLE NOT NULL, PRIMARY KEY (id, outcome));
            """;

    private final Path file;
    private final Connection db;

    private Ledger(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /**
     * Opens the ledger, creating the file and its tables if needed.
     *
     * @param file the DuckDB file
     * @return the ledger
     */
    public static Ledger open(Path file) {
        return open(file, LOCK_WAIT);
    }

    /**
     * How long a command waits for another process that has the ledger open: recording or
     * resolving a forecast holds it for well under a second.
     */
    public static final java.time.Duration LOCK_WAIT = java.time.Duration.ofSeconds(30);

    /**
     * As {@link #open(Path)}, waiting at most {@code wait} for another process that has it open.
     *
     * @param file the DuckDB file
     * @param wait the longest wait
     * @return the ledger
     */
    public static Ledger open(Path file, java.time.Duration wait) {
        if (Files.isDirectory(file)) {
            throw new LedgerException(file + ": this is a folder; name a file for the forecast ledger, e.g. --ledger "
                    + file.resolve("ledger.duckdb"), true);
        }
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            // refused by the system (permission denied, a file in the way, under /proc): the path is
            // at fault, exit 2; a failing disk (full, an I/O error) is a failure, exit 1
            String refused = DuckFile.folderRefusal(e);
            throw new LedgerException(file + ": cannot create the folder " + parent + " for the forecast ledger ("
                    + (refused != null ? refused : reason(e)) + "); " + WRITABLE, refused != null);
        }
        return connect(file, false, wait);
    }

    /**
     * Opens the ledger to read it only: nothing in the file changes, a ledger one may not write can
     * be read, and several processes may read at once. With no file there, an empty ledger in
     * memory (nothing is created on disk).
     *
     * @param file the DuckDB file
     * @return the ledger; {@link #record} and {@link #resolve} fail on it
     */
    public static Ledger openForReading(Path file) {
        if (Files.isDirectory(file)) {
            throw new LedgerException(file + ": this is a folder; name the forecast ledger's file with --ledger FILE", true);
        }
        if (Files.exists(file)) {
            return connect(file, true, LOCK_WAIT);
        }
        try {
            Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:", new java.util.Properties());
            try (Statement s = c.createStatement()) {
                s.execute(SCHEMA);
            }
            return new Ledger(file, c);
        } catch (SQLException e) {
            throw new LedgerException(file + ": cannot open an empty forecast ledger: " + e.getMessage());
        }
    }

    private static Ledger connect(Path file, boolean readOnly, java.time.Duration wait) {
        try {
            Connection c = DuckFile.openWaiting(file, readOnly, wait, db -> {
                try (Statement s = db.createStatement()) {
                    long ours;
                    long all;
                    try (ResultSet r = s.executeQuery("SELECT count(*) FILTER (WHERE table_name IN ('forecasts', "
                            + "'forecast_outcomes')), count(*) FROM information_schema.tables")) {
                        r.next();
                        ours = r.getLong(1);
                        all = r.getLong(2);
                    }
                    if (ours == 0 && all > 0) {
                        // another program's database (or an event store): adding the ledger's tables would change it
                        throw new LedgerException(file + ": this DuckDB file holds other tables, not a forecast ledger; "
                                + "name a new file for the ledger with --ledger FILE", true);
                    }
                    if (!readOnly) {
                        s.execute(SCHEMA);
                    } else if (ours < 2) {
                        throw new LedgerException(file + ": this DuckDB file holds no forecast ledger; name the "
                                + "ledger with --ledger FILE", true);
                    }
                }
            });
            return new Ledger(file, c);
        } catch (DuckFile.OpenFailure f) {
            throw switch (f.trouble()) {
                case DATA_FILE -> dataFile(file);
                case NOT_DUCKDB -> new LedgerException(file + ": this file is not a DuckDB database, so not a forecast "
                        + "ledger; name the ledger with --ledger FILE", true);
                case LOCKED -> new LedgerException(file + ": cannot open the forecast ledger: another process still had it "
                        + "open after " + wait.toSeconds() + " s of waiting (" + f.getMessage() + "); try again when that "
                        + "process ends");
                case DAMAGED -> damaged(file, f.getMessage());
                case REFUSED -> new LedgerException(file + ": cannot open the forecast ledger: " + f.refusal() + "; "
                        + WRITABLE, true);
                case OTHER -> new LedgerException(file + ": cannot open the forecast ledger: " + f.getMessage());
            };
        }
    }

    /** What to do when the system will not let the ledger be made or written where it was named. */
    private static final String WRITABLE = "choose a folder you can write to, or name another ledger with --ledger FILE";

    /** @return the system's reason for a failed file operation (Java's message is often the path alone) */
    private static String reason(java.io.IOException e) {
        return e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(e.getMessage());
    }

    private static LedgerException dataFile(Path file) {
        return new LedgerException(file + ": DuckDB takes this file for data to read, not for a database, so nothing "
                + "recorded would be kept; name the ledger with a new file, e.g. --ledger ledger.duckdb", true);
    }

    /**
     * @param p a new forecast
     * @throws LedgerException if a forecast with its id exists
     */
    public void record(Prediction p) {
        if (find(p.id()).isPresent()) {
            throw new LedgerException(file + ": a forecast '" + p.id() + "' is already recorded; choose another id", true);
        }
        transaction(() -> {
            try (PreparedStatement f = db.prepareStatement("INSERT INTO forecasts VALUES (?, ?, ?, ?, ?, ?, NULL, NULL)");
                 PreparedStatement o = db.prepareStatement("INSERT INTO forecast_outcomes VALUES (?, ?, ?)")) {
                f.setString(1, p.id());
                f.setString(2, p.question());
                f.setObject(3, p.made());
                f.setObject(4, p.resolves());
                f.setString(5, p.model());
                f.setString(6, p.subject());
                f.executeUpdate();
                for (Map.Entry<String, Double> e : p.outcomes().entrySet()) {
                    o.setString(1, p.id());
                    o.setString(2, e.getKey());
                    o.setDouble(3, e.getValue());
                    o.executeUpdate();
                }
            }
        });
    }

    /**
     * @param id      a recorded forecast
     * @param outcome what happened
     * @param on      when it was resolved
     */
    public void resolve(String id, String outcome, LocalDate on) {
        resolve(id, outcome, on, false);
    }

    /**
     * @param id      a recorded forecast
     * @param outcome what happened
     * @param on      when it was resolved
     * @param correct whether a different earlier resolution may be replaced (a correction); without
     *                it, resolving again with the same outcome changes nothing and another is refused
     */
    public void resolve(String id, String outcome, LocalDate on, boolean correct) {
        Prediction p = find(id).orElseThrow(() -> new LedgerException(file + ": no forecast '" + id
                + "'; 'entente forecast list' shows the recorded ones", true));
        if (!p.outcomes().containsKey(outcome)) {
            throw new LedgerException("forecast '" + id + "' has outcomes " + p.outcomes().keySet() + ", not '" + outcome
                    + "'", true);
        }
        if (on.isBefore(p.made())) {
            throw new LedgerException("forecast '" + id + "' was made on " + p.made() + "; it cannot be resolved on "
                    + on + ", before that", true);
        }
        if (on.isBefore(p.resolves()) && !(p.outcomes().keySet().equals(java.util.Set.of("yes", "no")) && outcome.equals("yes"))) {
            // a yes/no question asks whether something happens by its date, so it may come true early; its
            // "no", and the outcome of any other question (a band at the end of a year), is known only on that date
            throw new LedgerException("forecast '" + id + "' resolves on " + p.resolves() + "; its outcome cannot be known on "
                    + on + ". Resolve it on or after " + p.resolves() + " (only a yes/no question may be resolved 'yes' "
                    + "earlier, once what it asks has happened)", true);
        }
        if (p.outcome().isPresent() && !correct) {
            if (p.outcome().get().equals(outcome)) {
                return;
            }
            throw new LedgerException("forecast '" + id + "' is already resolved as '" + p.outcome().get() + "' (on "
                    + p.resolvedOn().map(Object::toString).orElse("?") + "); to correct that, resolve it again with "
                    + "--correct", true);
        }
        transaction(() -> {
            try (PreparedStatement s = db.prepareStatement("UPDATE forecasts SET outcome = ?, resolved_on = ? WHERE id = ?")) {
                s.setString(1, outcome);
                s.setObject(2, on);
                s.setString(3, id);
                s.executeUpdate();
            }
        });
    }

    /** @return every forecast, oldest first */
    public List<Prediction> all() {
        List<Prediction> out = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM forecasts ORDER BY made, id")) {
            while (r.next()) {
                find(r.getString(1)).ifPresent(out::add);
            }
        } catch (SQLException e) {
            throw failed("cannot read the ledger", e);
        }
        return out;
    }

    /**
     * @param id a forecast id
     * @return the forecast, if recorded
     */
    public Optional<Prediction> find(String id) {
        try (PreparedStatement f = db.prepareStatement("SELECT question, made, resolves, model, subject, outcome, "
                + "resolved_on FROM forecasts WHERE id = ?");
             PreparedStatement o = db.prepareStatement("SELECT outcome, probability FROM forecast_outcomes WHERE id = ? "
                     + "ORDER BY outcome")) {
            f.setString(1, id);
            try (ResultSet r = f.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Map<String, Double> outcomes = new LinkedHashMap<>();
                o.setString(1, id);
                try (ResultSet q = o.executeQuery()) {
                    while (q.next()) {
                        outcomes.put(q.getString(1), q.getDouble(2));
                    }
                }
                try {
                    return Optional.of(new Prediction(id, r.getString(1), r.getObject(2, LocalDate.class),
                            r.getObject(3, LocalDate.class), outcomes, r.getString(4), r.getString(5),
                            Optional.ofNullable(r.getString(6)), Optional.ofNullable(r.getObject(7, LocalDate.class))));
                } catch (IllegalArgumentException e) {
                    // recorded by an earlier version that checked less (a NaN probability, say)
                    throw new LedgerException(file + ": the recorded forecast '" + id + "' is not valid: " + e.getMessage()
                            + "; remove it with DuckDB, or start a new ledger with --ledger FILE");
                }
            }
        } catch (SQLException e) {
            throw failed("cannot read forecast '" + id + "'", e);
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    /**
     * Runs several changes as one: a process killed half-way leaves none of them.
     *
     * @param work the changes, made through this ledger's methods
     */
    public void atomically(Runnable work) {
        transaction(work::run);
    }

    private int depth;

    private void transaction(Work work) {
        if (depth > 0) {   // inside atomically(): the outer transaction commits
            try {
                work.run();
            } catch (SQLException e) {
                throw failed("the change was not made", e);
            }
            return;
        }
        depth++;
        try {
            db.setAutoCommit(false);
            try {
                work.run();
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed("the change was not made", e);
        } finally {
            depth--;
        }
    }

    /** @return the failure told as damage when DuckDB found the file cut short or corrupt, else as it came */
    private LedgerException failed(String what, SQLException e) {
        return DuckFile.damaged(e) ? damaged(file, e.getMessage()) : new LedgerException(file + ": " + what + ": " + e.getMessage());
    }

    private static LedgerException damaged(Path file, String why) {
        return new LedgerException(file + ": the forecast ledger is damaged (cut short or corrupt: " + why
                + "); restore a copy of it, or start a new ledger with --ledger FILE", true);
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new LedgerException(file + ": cannot close the ledger: " + e.getMessage());
        }
    }

    /** A ledger that cannot be opened, read or changed; the message names the file. */
    public static final class LedgerException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean badInput;

        LedgerException(String message) {
            this(message, false);
        }

        LedgerException(String message, boolean badInput) {
            super(message);
            this.badInput = badInput;
        }

        /** @return whether the caller's input is at fault (an unknown id, a repeated one), not the ledger */
        public boolean badInput() {
            return badInput;
        }
    }
}
