package org.entente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.events.EventStore;
import org.entente.events.EventsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code entente events import-rollup PATH}: loads the Parquet output of the Spark job
 * ({@code entente-spark}, docs/scale-out.md) into the store with DuckDB's {@code read_parquet}, in
 * one transaction: its files join the ledger, its rejects the rejects, and its dyad-month groups
 * and state-month volumes are added to the rollup exactly as a local ingest adds a file's. A run
 * that holds a file the ledger already lists is refused, since its sums would be counted twice.
 */
@Command(name = "import-rollup", description = "Load the Parquet output of the Spark rollup job (folders dyad_month, "
        + "actor_month, rejects, files) into the store, so that series and top work on it as on a local ingest.")
final class EventsImportRollup implements Callable<Integer> {

    private static final String GROUPS = "INSERT INTO dyad_month_parts SELECT %d, source, actor1, actor2, month, root, "
            + "CAST(quad_class AS TINYINT), dimension, events, distinct_reports, goldstein_sum, goldstein_weighted, "
            + "mentions, sources, articles, tone_sum, toned FROM read_parquet(%s, hive_partitioning = true)";
    private static final String VOLUMES = "INSERT INTO actor_month_parts SELECT %d, source, actor, month, events "
            + "FROM read_parquet(%s, hive_partitioning = true)";
    private static final String LEDGER = "INSERT INTO files SELECT checksum, path, size, format, rows_accepted, "
            + "rows_rejected, rows_dyadic, 0, 'import-rollup', first_date, last_date, 0, current_timestamp::TIMESTAMP, "
            + "%d + row_number() OVER (ORDER BY path) FROM read_parquet(%s)";

    @ParentCommand
    EventsCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "PATH", description = "The Spark job's output folder.")
    Path dir;

    @Override
    public Integer call() {
        for (String table : new String[] {"dyad_month", "actor_month", "files"}) {
            if (parquet(table) == null) {
                throw new Failures.BadInputException(dir + " holds no " + table + "/ Parquet files: "
                        + "is it the output folder of the Spark rollup job?");
            }
        }
        Path store;
        try (EventStore s = parent.open()) {   // creates the tables of a new store
            store = s.file();
        }
        try (Connection db = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + store.toAbsolutePath(),
                new java.util.Properties()); Statement s = db.createStatement()) {
            long known = count(s, "SELECT count(*) FROM files WHERE checksum IN (SELECT checksum FROM read_parquet("
                    + parquet("files") + "))");
            if (known > 0) {
                throw new Failures.BadInputException(known + " file(s) of " + dir + " are already in " + store
                        + "; importing them again would count them twice (the store is unchanged)");
            }
            db.setAutoCommit(false);
            try {
                // the import's rollup is one part, numbered after the first of its files
                long seq = count(s, "SELECT coalesce(max(seq), 0) FROM files");
                long files = s.executeUpdate(String.format(LEDGER, seq, parquet("files")));
                long rejects = parquet("rejects") == null ? 0 : s.executeUpdate("INSERT INTO rejects SELECT "
                        + "file_checksum, file, line, reason, raw FROM read_parquet(" + parquet("rejects") + ")");
                long groups = s.executeUpdate(String.format(GROUPS, seq + 1, parquet("dyad_month")));
                long volumes = s.executeUpdate(String.format(VOLUMES, seq + 1, parquet("actor_month")));
                db.commit();
                spec.commandLine().getOut().printf("imported %,d files, %,d dyad-month groups, %,d state-month volumes, "
                        + "%,d rejects into %s%n", files, groups, volumes, rejects, store);
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new EventsException(store + ": import of " + dir + " failed (the store is unchanged): "
                    + e.getMessage(), e);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** @return a read_parquet glob (quoted) for the table's files, or null when it has none */
    private String parquet(String table) {
        Path folder = dir.resolve(table);
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            if (files.noneMatch(p -> p.getFileName().toString().endsWith(".parquet"))) {
                return null;
            }
        } catch (IOException e) {
            throw new EventsException(folder + ": cannot list: " + e.getMessage(), e);
        }
        return "'" + folder.toAbsolutePath().toString().replace("'", "''") + "/**/*.parquet'";
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
