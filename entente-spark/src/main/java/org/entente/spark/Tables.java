package org.entente.spark;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's output tables, with the column names and meanings of the embedded store's tables of
 * the same names (docs/events.md), so that {@code entente events import-rollup} can load them as they are.
 */
final class Tables {

    private Tables() {
    }

    /** The dyad-month rollup's key columns. */
    static final List<String> GROUP_KEY = List.of("source", "actor1", "actor2", "month", "root", "quad_class",
            "dimension");
    /** The dyad-month rollup's measures, every one a sum. */
    static final List<String> GROUP_SUMS = List.of("events", "distinct_reports", "goldstein_sum",
            "goldstein_weighted", "mentions", "sources", "articles", "tone_sum", "toned");

    /** One file's dyad-month groups, in {@link FileRead}'s row order. */
    static final StructType GROUPS = schema("source", StringType, "actor1", StringType, "actor2", StringType,
            "month", DateType, "root", StringType, "quad_class", IntegerType, "dimension", StringType,
            "events", LongType, "distinct_reports", LongType, "goldstein_sum", DoubleType,
            "goldstein_weighted", DoubleType, "mentions", LongType, "sources", LongType, "articles", LongType,
            "tone_sum", DoubleType, "toned", LongType);

    /** One file's state-month volumes. */
    static final StructType VOLUMES = schema("source", StringType, "actor", StringType, "month", DateType,
            "events", LongType);

    /** Rejected rows, as in the store's {@code rejects} table. */
    static final StructType REJECTS = schema("file_checksum", StringType, "file", StringType, "line", LongType,
            "reason", StringType, "raw", StringType);

    /** The files read, a subset of the store's ledger columns. */
    static final StructType FILES = schema("checksum", StringType, "path", StringType, "size", LongType,
            "format", StringType, "rows_accepted", LongType, "rows_rejected", LongType, "rows_dyadic", LongType,
            "first_date", DateType, "last_date", DateType);

    private static StructType schema(Object... namesAndTypes) {
        StructField[] f = new StructField[namesAndTypes.length / 2];
        for (int i = 0; i < f.length; i++) {
            f[i] = DataTypes.createStructField((String) namesAndTypes[2 * i], (DataType) namesAndTypes[2 * i + 1],
                    true);
        }
        return DataTypes.createStructType(f);
    }
}
