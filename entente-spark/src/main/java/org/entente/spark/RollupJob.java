package org.entente.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.year;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.entente.events.RowRollup;
import scala.Tuple2;

/**
 * The Spark job: reads GDELT 1.0/2.0 and ICEWS files (plain, {@code .gz}, {@code .zip}) from any
 * Hadoop-compatible path and writes, under the output folder,
 * <ul>
 * <li>{@code dyad_month/year=YYYY/*.parquet}: the store's dyad-month rollup;</li>
 * <li>{@code actor_month/year=YYYY/*.parquet}: each state's monthly event volume;</li>
 * <li>{@code rejects/*.parquet}: every rejected row with file, line and reason;</li>
 * <li>{@code files/*.parquet}: the files read, with their {@link org.entente.events.FileChecksum} and counts.</li>
 * </ul>
 * As in the store, a file whose bytes equal another's is read once (the first path in sorted order).
 */
public final class RollupJob {

    /**
     * What a run read.
     *
     * @param files    distinct files read
     * @param accepted rows accepted
     * @param rejected rows rejected
     * @param dyadic   accepted rows between two states
     */
    public record Summary(long files, long accepted, long rejected, long dyadic) {
    }

    /** The output's tables, each a folder under the output folder. */
    static final List<String> TABLES = org.entente.events.RollupImport.TABLES;

    private RollupJob() {
    }

    /** Exit code of a run refused for its arguments or input (usage, an output that exists, a missing input). */
    static final int BAD_INPUT = 2;
    /** Exit code of a run that failed on the way. */
    static final int FAILURE = 1;
    private static final String USAGE = "usage: RollupJob --out DIR INPUT... (files, folders or Hadoop globs; "
            + "docs/scale-out.md)";

    /**
     * Input or arguments the job refuses, found before any work is done: the message names the
     * path and says what to give instead.
     */
    static final class BadInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }

    /**
     * {@code spark-submit ... entente-spark.jar --out DIR INPUT...}. Exits with 2 when the
     * arguments or the input are wrong, with 1 when the run fails; one line on standard error
     * either way, with the stack trace only when the environment variable ENTENTE_DEBUG is set.
     *
     * @param args {@code --out DIR} and one or more input paths, folders or globs
     */
    public static void main(String[] args) {
        SparkSession[] made = new SparkSession[1];
        int code;
        try {
            code = exec(args, System.out, System.err, System.getenv("ENTENTE_DEBUG") != null,
                    () -> made[0] = SparkSession.builder().appName("entente-events-rollup").getOrCreate());
        } finally {
            if (made[0] != null) {
                made[0].stop();
            }
        }
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * What {@link #main} does, short of stopping the session and exiting.
     *
     * @param args    the command line
     * @param out     where the summary goes
     * @param err     where a refusal or failure goes, as one line (with the stack trace when {@code debug})
     * @param debug   whether to print stack traces
     * @param session makes the session, once the arguments are known to be usable
     * @return the exit code: 0, {@link #BAD_INPUT} or {@link #FAILURE}
     */
    static int exec(String[] args, PrintStream out, PrintStream err, boolean debug, Supplier<SparkSession> session) {
        List<String> inputs = new ArrayList<>();
        String target = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out")) {
                if (i + 1 == args.length || target != null) {
                    err.println("RollupJob: --out takes one folder, given once. " + USAGE);
                    return BAD_INPUT;
                }
                target = args[++i];
            } else {
                inputs.add(args[i]);
            }
        }
        if (target == null || inputs.isEmpty()) {
            err.println("RollupJob: " + (target == null ? "no --out folder given" : "no input given") + ". " + USAGE);
            return BAD_INPUT;
        }
        try {
            long t0 = System.nanoTime();
            Summary s = run(session.get(), inputs, target);
            out.printf(Locale.ROOT, "%d files, %d rows accepted, %d rejected, %d dyadic; %.1f s%n", s.files(),
                    s.accepted(), s.rejected(), s.dyadic(), (System.nanoTime() - t0) / 1e9);
            out.flush();
            return 0;
        } catch (BadInput e) {
            report(err, "RollupJob: " + e.getMessage(), e, debug);
            return BAD_INPUT;
        } catch (Exception e) {   // Spark passes on Hadoop's checked IOExceptions undeclared
            String missing = missingInput(e);
            if (missing != null) {   // a path that vanished after the check, or a form the check does not see
                report(err, "RollupJob: " + missing + "; give existing files, folders or globs that match", e, debug);
                return BAD_INPUT;
            }
            report(err, "RollupJob: the rollup into " + target + " failed: " + firstLine(e) + rootCause(e)
                    + (debug ? "" : " (set ENTENTE_DEBUG=1 to see the stack trace)"), e, debug);
            return FAILURE;
        }
    }

    private static void report(PrintStream err, String line, Throwable e, boolean debug) {
        err.println(line);
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
    }

    /** @return Hadoop's one-line message when a cause is its InvalidInputException (an input that matches nothing) */
    private static String missingInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("InvalidInputException")) {
                return firstLine(t);
            }
        }
        return null;
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
        return m.lines().findFirst().orElse(m).strip();
    }

    /** @return the deepest cause's first line, when there is one other than the top's */
    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? "" : " (cause: " + root.getClass().getSimpleName() + ": " + firstLine(root) + ")";
    }

    /**
     * Runs the rollup.
     *
     * @param spark  the session
     * @param inputs files, folders (read recursively, Markdown and DuckDB databases passed over, as the
     *               local ingest passes over its store and other databases) or globs, as Hadoop paths
     * @param out    the output folder; it must not hold the tables yet
     * @return counts of what was read
     */
    public static Summary run(SparkSession spark, List<String> inputs, String out) {
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        check(jsc.hadoopConfiguration(), inputs, out);
        var all = jsc.binaryFiles(String.join(",", inputs), jsc.defaultParallelism());
        // DuckDB databases (an old store, a ledger) and their write-ahead logs and temporary folders are not event
        // data: the same rule as the local ingest's (Inputs), by header first, then by name beside a database
        Set<String> databases = Set.copyOf(all.filter(f -> database(f._2())).keys().collect());
        Broadcast<Set<String>> known = jsc.broadcast(databases);
        JavaRDD<FileRead> read = all
                .filter(f -> !f._1().toLowerCase(Locale.ROOT).endsWith(".md") && !known.value().contains(f._1())
                        && !companion(f._1(), known.value()))
                .mapPartitions(RollupJob::readAll)
                .persist(StorageLevel.MEMORY_AND_DISK());
        List<Listed> listed = read.map(f -> new Listed(f.checksum, f.path, f.accepted, f.rejects.size(), f.dyadic))
                .collect();
        Map<String, String> firstPath = new HashMap<>();   // checksum to the first path with it
        for (Listed l : listed) {
            firstPath.merge(l.checksum(), l.path(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        Set<String> kept = Set.copyOf(firstPath.values());
        Broadcast<Set<String>> keep = jsc.broadcast(kept);
        JavaRDD<FileRead> files = read.filter(f -> keep.value().contains(f.path));
        write(spark, files, out);
        read.unpersist();
        List<Listed> counted = listed.stream().filter(l -> kept.contains(l.path())).toList();
        return new Summary(firstPath.size(), counted.stream().mapToLong(Listed::accepted).sum(),
                counted.stream().mapToLong(Listed::rejected).sum(), counted.stream().mapToLong(Listed::dyadic).sum());
    }

    /**
     * Refuses, before anything is read, an output folder that already holds one of the tables (Spark
     * would fail only after the whole read) and an input that names nothing.
     *
     * @throws BadInput naming the path and what to do
     */
    static void check(Configuration conf, List<String> inputs, String out) {
        for (String table : TABLES) {
            Path p = new Path(out, table);
            try {
                if (p.getFileSystem(conf).exists(p)) {
                    throw new BadInput(out + " already holds " + table + "/ (an earlier run's output?): "
                            + "give a new --out folder, or remove that one first");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(p + ": cannot check whether it exists: " + e.getMessage(), e);
            }
        }
        for (String input : inputs) {
            Path p = new Path(input);
            FileStatus[] found;
            try {
                found = p.getFileSystem(conf).globStatus(p);
            } catch (IOException e) {
                throw new UncheckedIOException(input + ": cannot list: " + e.getMessage(), e);
            }
            if (found == null || found.length == 0) {
                throw new BadInput(input + ": no such file or folder"
                        + (input.matches(".*[*?\\[{].*") ? " (the pattern matches nothing)" : "")
                        + "; give existing files, folders or globs that match");
            }
        }
    }

    /** What the driver learns of each file read: enough to keep one path per checksum, and to count. */
    private record Listed(String checksum, String path, long accepted, long rejected, long dyadic)
            implements java.io.Serializable {
    }

    private static Iterator<FileRead> readAll(Iterator<Tuple2<String, PortableDataStream>> files) {
        RowRollup reader = new RowRollup();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public FileRead next() {
                Tuple2<String, PortableDataStream> f = files.next();
                return FileRead.of(reader, f._1(), f._2());
            }
        };
    }

    private static void write(SparkSession spark, JavaRDD<FileRead> files, String out) {
        Dataset<Row> groups = spark.createDataFrame(files.flatMap(f -> f.groups.iterator()), Tables.GROUPS);
        List<Column> sums = new ArrayList<>();
        for (String m : Tables.GROUP_SUMS) {
            sums.add(sum(m).as(m));
        }
        Dataset<Row> dyadMonth = groups.groupBy(columns(Tables.GROUP_KEY))
                .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new));
        byYear(dyadMonth, Tables.GROUP_KEY).write().partitionBy("year").parquet(out + "/dyad_month");

        Dataset<Row> volumes = spark.createDataFrame(files.flatMap(f -> f.volumes.iterator()), Tables.VOLUMES);
        Dataset<Row> actorMonth = volumes.groupBy(columns(Tables.VOLUME_KEY)).agg(sum("events").as("events"));
        byYear(actorMonth, Tables.VOLUME_KEY).write().partitionBy("year").parquet(out + "/actor_month");

        spark.createDataFrame(files.flatMap(f -> f.rejects.iterator()), Tables.REJECTS)
                .coalesce(1).sortWithinPartitions("file", "line").write().parquet(out + "/rejects");
        spark.createDataFrame(files.map(FileRead::ledger), Tables.FILES)
                .coalesce(1).sortWithinPartitions("path").write().parquet(out + "/files");
    }

    /** One task, and so one file, per year, rows in key order: few, well-compressed files. */
    private static Dataset<Row> byYear(Dataset<Row> table, List<String> key) {
        return table.withColumn("year", year(col("month"))).repartition(col("year"))
                .sortWithinPartitions(columns(key));
    }

    private static Column[] columns(List<String> names) {
        return names.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }

    /**
     * @param path      a file's path as Spark lists it
     * @param databases the DuckDB databases among the inputs
     * @return whether it is a database's write-ahead log ({@code FILE.wal}) or lies in its temporary
     * folder ({@code FILE.tmp/})
     */
    static boolean companion(String path, Set<String> databases) {
        if (path.endsWith(".wal") && databases.contains(path.substring(0, path.length() - 4))) {
            return true;
        }
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash);
        return folder.endsWith(".tmp") && databases.contains(folder.substring(0, folder.length() - 4));
    }

    /** @return whether a file read by Spark is a DuckDB database (an event store or ledger left in an input folder) */
    private static boolean database(org.apache.spark.input.PortableDataStream file) {
        try (java.io.DataInputStream in = file.open()) {
            return org.entente.duckdb.DuckFile.isDatabase(in);
        } catch (java.io.IOException e) {
            return false;   // read as any other file: the reader says why it cannot be
        }
    }
}
