package org.entente.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    private RollupJob() {
    }

    /**
     * {@code spark-submit ... entente-spark.jar --out DIR INPUT...}.
     *
     * @param args {@code --out DIR} and one or more input paths, folders or globs
     */
    public static void main(String[] args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) {
                out = args[++i];
            } else {
                inputs.add(args[i]);
            }
        }
        if (out == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("usage: RollupJob --out DIR INPUT... (got " + List.of(args) + ")");
        }
        SparkSession spark = SparkSession.builder().appName("entente-events-rollup").getOrCreate();
        try {
            long t0 = System.nanoTime();
            Summary s = run(spark, inputs, out);
            System.out.printf(Locale.ROOT, "%d files, %d rows accepted, %d rejected, %d dyadic; %.1f s%n", s.files(),
                    s.accepted(), s.rejected(), s.dyadic(), (System.nanoTime() - t0) / 1e9);
        } finally {
            spark.stop();
        }
    }

    /**
     * Runs the rollup.
     *
     * @param spark  the session
     * @param inputs files, folders (read recursively, Markdown passed over) or globs, as Hadoop paths
     * @param out    the output folder; it must not hold the tables yet
     * @return counts of what was read
     */
    public static Summary run(SparkSession spark, List<String> inputs, String out) {
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        JavaRDD<FileRead> read = jsc.binaryFiles(String.join(",", inputs), jsc.defaultParallelism())
                .filter(f -> !f._1().toLowerCase(Locale.ROOT).endsWith(".md"))
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
}
