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

    /** One file's dyad-month groups, in {@link FileRead}'s row order: the key's columns, then the sums. */
    static final StructType GROUPS = schema("source", StringType, "actor1", StringType, "actor2", StringType,
            "month", DateType, "root", StringType, "quad_class", IntegerType, "dimension", StringType,
            "events", LongType, "distinct_reports", LongType, "goldstein_sum", DoubleType,
            "goldstein_weighted", DoubleType, "mentions", LongType, "sources", LongType, "articles", LongType,
            "tone_sum", DoubleType, "toned", LongType);
    /** The dyad-month rollup's key columns. */
    static final List<String> GROUP_KEY = names(GROUPS, 0, 7);
    /** The dyad-month rollup's measures, every one a sum. */
    static final List<String> GROUP_SUMS = names(GROUPS, 7, GROUPS.size());

    /** One file's state-month volumes: the key's columns, then the count. */
    static final StructType VOLUMES = schema("source", StringType, "actor", StringType, "month", DateType,
            "events", LongType);
    /** The volumes' key columns. */
    static final List<String> VOLUME_KEY = names(VOLUMES, 0, 3);

    /** Rejected rows, as in the store's {@code rejects} table. */
    static final StructType REJECTS = schema("file_checksum", StringType, "file", StringType, "line", LongType,
            "reason", StringType, "raw", StringType);

    /** The files read, a subset of the store's ledger columns. */
    static final StructType FILES = schema("checksum", StringType, "path", StringType, "size", LongType,
            "format", StringType, "rows_accepted", LongType, "rows_rejected", LongType, "rows_dyadic", LongType,
            "first_date", DateType, "last_date", DateType);

    private static List<String> names(StructType t, int from, int to) {
        return java.util.Arrays.stream(t.fieldNames(), from, to).toList();
    }

    private static StructType schema(Object... namesAndTypes) {
        StructField[] f = new StructField[namesAndTypes.length / 2];
        for (int i = 0; i < f.length; i++) {
            f[i] = DataTypes.createStructField((String) namesAndTypes[2 * i], (DataType) namesAndTypes[2 * i + 1],
                    true);
        }
        return DataTypes.createStructType(f);
    }
}
