package org.entente.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What {@link EventStore#importRollup} added to a store from the Spark rollup job's output
 * (docs/scale-out.md): its files join the ledger, its rejects the rejects, and its dyad-month
 * groups and state-month volumes become one part of the rollup, exactly as a local ingest adds a
 * file's.
 *
 * @param files   ledger rows added
 * @param groups  dyad-month groups added
 * @param volumes state-month volumes added
 * @param rejects rejected rows added
 */
public record RollupImport(long files, long groups, long volumes, long rejects) {

    /**
     * What an imported file's ledger row has in place of watches: the job keeps no events, so a
     * later local ingest of the file with {@code --watch} reads it again for the watched dyads.
     */
    static final String ORIGIN = "import-rollup";

    /** @return whether a ledger row's watches carry the import's mark */
    static boolean imported(String ledgerWatches) {
        return java.util.Arrays.asList(ledgerWatches.split(",")).contains(ORIGIN);
    }

    private static final String GROUPS = "INSERT INTO dyad_month_parts SELECT %d, source, actor1, actor2, month, root, "
            + "CAST(quad_class AS TINYINT), dimension, events, distinct_reports, goldstein_sum, goldstein_weighted, "
            + "mentions, sources, articles, tone_sum, toned FROM read_parquet(%s, hive_partitioning = true)";
    private static final String VOLUMES = "INSERT INTO actor_month_parts SELECT %d, source, actor, month, events "
            + "FROM read_parquet(%s, hive_partitioning = true)";
    /** A path in quotes in DuckDB's message: the file it could not read. */
    private static final Pattern QUOTED = Pattern.compile("(['\"])(/[^'\"]*|[A-Za-z]:\\\\[^'\"]*)\\1");
    private static final String REJECTS = "INSERT INTO rejects SELECT file_checksum, file, line, reason, raw "
            + "FROM read_parquet(%2$s)";
    private static final String LEDGER = "INSERT INTO files SELECT checksum, path, size, format, rows_accepted, "
            + "rows_rejected, rows_dyadic, 0, '" + ORIGIN + "', first_date, last_date, 0, current_timestamp::TIMESTAMP, "
            + "%d + row_number() OVER (ORDER BY path), NULL, NULL, NULL, NULL FROM read_parquet(%s)";

    /**
     * Loads the job's Parquet folders with DuckDB's {@code read_parquet}, in one transaction. A run
     * holding a file the ledger already lists is refused, since its sums would count twice.
     *
     * @throws EventsException bad input when {@code dir} is not the job's output, repeats a stored
     *                         file or holds a Parquet file that cannot be read; otherwise when the store cannot be written (it is then unchanged)
     */
    static RollupImport into(Connection db, Path store, Path dir) {
        Map<String, String> globs = check(dir);
        try (Statement s = db.createStatement()) {
            long known = !globs.containsKey("files") ? 0 : count(s, "SELECT count(*) FROM files WHERE checksum IN "
                    + "(SELECT checksum FROM read_parquet(" + globs.get("files") + "))");
            if (known > 0) {
                throw EventsException.badInput(known + " file(s) of " + dir + " are already in " + store
                        + "; importing them again would count them twice (the store is unchanged)");
            }
            // the store's connection runs DuckDB on one thread (right beside a reader); a Spark
            // output may be large, so the import has DuckDB's default, every core
            s.execute("RESET threads");
            long[] counts = new long[4];
            try {
                Transaction.run(db, () -> {
                    // the import's rollup is one part, numbered after the first of its files
                    long seq = count(s, "SELECT coalesce(max(seq), 0) FROM files");
                    // a table Spark wrote no rows of is absent: nothing to add from it
                    counts[0] = insert(s, LEDGER, seq, globs.get("files"));
                    counts[3] = insert(s, REJECTS, seq, globs.get("rejects"));
                    counts[1] = insert(s, GROUPS, seq + 1, globs.get("dyad_month"));
                    counts[2] = insert(s, VOLUMES, seq + 1, globs.get("actor_month"));
                });
            } finally {
                restore(db);
            }
            return new RollupImport(counts[0], counts[1], counts[2], counts[3]);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Constraint Error") || m.contains("union_by_name") || m.contains("Binder Error")
                    || m.contains("Conversion Error")) {
                // the folder passed the shape check, but its files do not fit together: the input's fault
                throw EventsException.badInput(dir + ": its Parquet files are not one output of the Spark rollup job "
                        + "(tables with other columns, or one input file listed twice, as when two runs' outputs are "
                        + "mixed); import each run's own output folder. The store is unchanged. DuckDB said: "
                        + m.lines().findFirst().orElse(m));
            }
            if (m.startsWith("Invalid Input Error") || m.startsWith("Invalid Error")) {
                // DuckDB could not read a Parquet file: damaged, or copied in part
                Matcher f = QUOTED.matcher(m);
                throw EventsException.badInput(dir + ": " + (f.find() ? f.group(2) : "one of its Parquet files")
                        + " cannot be read as Parquet: it is damaged or was copied in part; copy the job's output "
                        + "again (aws s3 sync, hdfs dfs -get) and import that. The store is unchanged. DuckDB said: "
                        + m.lines().findFirst().orElse(m));
            }
            throw EventsException.ofStore(store, "import of " + dir + " failed (the store is unchanged)", e, "--store");
        }
    }

    /** The tables the Spark rollup job writes, each a folder of Parquet files. */
    public static final java.util.List<String> TABLES = java.util.List.of("dyad_month", "actor_month", "rejects", "files");

    /**
     * Checks, before any store is opened, that a folder is the Spark job's output.
     *
     * @param dir the folder
     * @return a read_parquet glob for each of its tables that has Parquet files: not for rejects
     *         when it has none, nor for a table folder holding only Spark's {@code _SUCCESS} mark (a
     *         run that gave no rows of it, as when no input row was dyadic: Spark writes no Parquet
     *         file for a partitioned table without rows)
     * @throws EventsException bad input when it lacks one of the job's other Parquet tables
     */
    public static Map<String, String> check(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw EventsException.badInput(dir + (Files.exists(dir) ? " is a file, not a folder" : ": no such folder")
                    + ": give the output folder of the Spark rollup job (docs/scale-out.md)");
        }
        Map<String, String> globs = new HashMap<>();
        for (String table : TABLES) {
            String glob = parquet(dir, table);
            if (glob != null) {
                globs.put(table, glob);
            } else if (!table.equals("rejects") && !Files.isRegularFile(dir.resolve(table).resolve("_SUCCESS"))) {
                throw EventsException.badInput(dir + " holds no " + table + "/ Parquet files: "
                        + "give the output folder of the Spark rollup job (docs/scale-out.md)");
            }
        }
        return globs;
    }

    /** Puts the connection back as the store keeps it; a failure here does not undo a commit, so it is not reported as one. */
    private static void restore(Connection db) {
        try {
            try (Statement s = db.createStatement()) {
                s.execute(Schema.ONE_THREAD);
            }
        } catch (SQLException ignored) {
            // the import's outcome stands; the connection is closed with the command
        }
    }

    /** @return a read_parquet glob (quoted) for the table's files, or null when it has none */
    private static String parquet(Path dir, String table) {
        Path folder = dir.resolve(table);
        if (!Files.isDirectory(folder)) {
            return null;
        }
        List<String> parts;
        try (Stream<Path> files = Files.walk(folder)) {
            parts = files.filter(p -> p.getFileName().toString().endsWith(".parquet") && Files.isRegularFile(p))
                    .map(p -> "'" + p.toAbsolutePath().toString().replace("'", "''") + "'").sorted().toList();
        } catch (IOException e) {
            throw new EventsException(folder + ": cannot list: " + e.getMessage(), e);
        }
        // the files by name, not a glob: a folder named like a pattern (roll[1]) matched nothing
        return parts.isEmpty() ? null : "[" + String.join(", ", parts) + "]";
    }

    /** @return the rows added by one of the INSERTs above from the files of {@code glob}, 0 when there are none */
    private static long insert(Statement s, String sql, long seq, String glob) throws SQLException {
        return glob == null ? 0 : s.executeUpdate(String.format(sql, seq, glob));
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
