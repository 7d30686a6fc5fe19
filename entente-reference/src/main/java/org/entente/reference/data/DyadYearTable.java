package org.entente.reference.data;

import java.util.Arrays;
import java.util.List;

/**
 * Number columns keyed by (code 1, code 2, year), held in sorted primitive arrays and found by
 * binary search: compact (16 bytes and up per row) and fast to load and to scan a dyad's years.
 * Tables keyed by one state and year use code 2 = 0.
 */
public final class DyadYearTable {

    private final String name;
    private final long[] keys;
    private final double[][] columns;
    private final int size;

    private DyadYearTable(String name, long[] keys, double[][] columns, int size) {
        this.name = name;
        this.keys = keys;
        this.columns = columns;
        this.size = size;
    }

    /**
     * @param code1 first code, 0-999
     * @param code2 second code, 0-999
     * @param year  year, 0-9999
     * @return the packed key
     */
    static long key(int code1, int code2, int year) {
        return (code1 * 1000L + code2) * 10000L + year;
    }

    /**
     * Reads a bundled file whose first three columns are code 1, code 2 and year (or, with
     * {@code singleCode}, code and year) and whose other listed columns are numbers; an empty
     * field is kept as NaN.
     *
     * @param bundle     the bundle
     * @param file       the file
     * @param header     its columns
     * @param singleCode whether rows are keyed by one code and year
     * @param values     indices of the columns to keep
     * @return the table
     */
    public static DyadYearTable read(Bundle bundle, String file, List<String> header, boolean singleCode, int... values) {
        int rows = (int) bundle.entry(file).rows();
        long[] keys = new long[rows];
        double[][] cols = new double[values.length][rows];
        int[] n = {0};
        Tsv.read(bundle, file, header, row -> {
            int c1 = row.integer(0);
            int c2 = singleCode ? 0 : row.integer(1);
            int year = row.integer(singleCode ? 1 : 2);
            if (c1 < 0 || c1 > 999 || c2 < 0 || c2 > 999 || year < 0 || year > 9999) {
                throw row.error("code or year out of range");
            }
            long k = key(c1, c2, year);
            int i = n[0];
            if (i >= rows) {
                throw row.error("more rows than the manifest's " + rows);
            }
            if (i > 0 && k <= keys[i - 1]) {
                throw row.error("rows are out of order or duplicated (the file must be sorted by codes and year)");
            }
            keys[i] = k;
            for (int c = 0; c < values.length; c++) {
                cols[c][i] = row.decimal(values[c]);
            }
            n[0]++;
        });
        return new DyadYearTable(file, keys, cols, n[0]);
    }

    /** @return the number of rows */
    public int size() {
        return size;
    }

    /**
     * @param code1 first code
     * @param code2 second code (0 for single-code tables)
     * @param year  the year
     * @return the row index, or -1 when there is no row
     */
    public int find(int code1, int code2, int year) {
        int i = Arrays.binarySearch(keys, 0, size, key(code1, code2, year));
        return i >= 0 ? i : -1;
    }

    /**
     * @param row    a row index from {@link #find}
     * @param column the index among the kept columns
     * @return the value, or NaN when the field was empty
     */
    public double value(int row, int column) {
        return columns[column][row];
    }

    /**
     * @param code1  first code
     * @param code2  second code
     * @param year   the year
     * @param column the index among the kept columns
     * @return the value, or NaN when there is no row or the field is empty
     */
    public double get(int code1, int code2, int year, int column) {
        int i = find(code1, code2, year);
        return i < 0 ? Double.NaN : columns[column][i];
    }

    /**
     * Visits every row of one year, for all-dyad computations.
     *
     * @param year    the year
     * @param visitor receives code 1, code 2 and the row index
     */
    public void forYear(int year, RowVisitor visitor) {
        for (int i = 0; i < size; i++) {
            if (keys[i] % 10000L == year) {
                long pair = keys[i] / 10000L;
                visitor.visit((int) (pair / 1000L), (int) (pair % 1000L), i);
            }
        }
    }

    /** Receives the rows of {@link #forYear}. */
    @FunctionalInterface
    public interface RowVisitor {
        /**
         * @param code1 first code
         * @param code2 second code
         * @param row   the row index
         */
        void visit(int code1, int code2, int row);
    }

    @Override
    public String toString() {
        return name + " (" + size + " rows)";
    }
}
