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
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // the driver is called directly: DriverManager's service lookup misses it under some class loaders
            Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + file.toAbsolutePath(), new java.util.Properties());
            try (Statement s = c.createStatement()) {
                s.execute(SCHEMA);
            }
            return new Ledger(file, c);
        } catch (SQLException | java.io.IOException e) {
            throw new LedgerException(file + ": cannot open the forecast ledger: " + e.getMessage()
                    + (String.valueOf(e.getMessage()).contains("lock") ? " (another entente process is using it; try again when it ends)" : ""));
        }
    }

    /**
     * @param p a new forecast
     * @throws LedgerException if a forecast with its id exists
     */
    public void record(Prediction p) {
        if (find(p.id()).isPresent()) {
            throw new LedgerException(file + ": a forecast '" + p.id() + "' is already recorded; choose another id");
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
        Prediction p = find(id).orElseThrow(() -> new LedgerException(file + ": no forecast '" + id + "'"));
        if (!p.outcomes().containsKey(outcome)) {
            throw new LedgerException("forecast '" + id + "' has outcomes " + p.outcomes().keySet() + ", not '" + outcome + "'");
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
            throw new LedgerException(file + ": cannot read the ledger: " + e.getMessage());
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
                return Optional.of(new Prediction(id, r.getString(1), r.getObject(2, LocalDate.class),
                        r.getObject(3, LocalDate.class), outcomes, r.getString(4), r.getString(5),
                        Optional.ofNullable(r.getString(6)), Optional.ofNullable(r.getObject(7, LocalDate.class))));
            }
        } catch (SQLException e) {
            throw new LedgerException(file + ": cannot read forecast '" + id + "': " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    private void transaction(Work work) {
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
            throw new LedgerException(file + ": the change was not made: " + e.getMessage());
        }
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

        LedgerException(String message) {
            super(message);
        }
    }
}
