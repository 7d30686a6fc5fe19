package org.entente.reference.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads one bundled gzip TSV file line by line, checking its header, its row count and its
 * checksum against the manifest. Fields are split on single tabs; there is no quoting.
 */
public final class Tsv {

    /** The value stored for an empty (missing) integer field. */
    public static final int MISSING = Integer.MIN_VALUE;

    /** Receives each data row. */
    @FunctionalInterface
    public interface RowHandler {
        /**
         * @param row the current row; valid only during the call
         */
        void accept(Row row);
    }

    private Tsv() {
    }

    /**
     * Reads a file of the bundle.
     *
     * @param bundle  the bundle
     * @param file    the file's name in the bundle
     * @param header  the expected column names
     * @param handler receives each data row
     * @throws BundleException if the file is missing, damaged, or does not match the manifest
     */
    public static void read(Bundle bundle, String file, List<String> header, RowHandler handler) {
        Bundle.Entry entry = bundle.entry(file);
        MessageDigest sha = sha256();
        long rows = 0;
        Row row = new Row(file, header);
        try (InputStream raw = bundle.open(file);
             DigestInputStream digest = new DigestInputStream(raw, sha);
             BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(digest, 1 << 16),
                     StandardCharsets.UTF_8), 1 << 16)) {
            String first = in.readLine();
            if (first == null || !first.equals(String.join("\t", header))) {
                throw new BundleException(file, 1, "header is '" + first + "', expected '" + String.join("\t", header) + "'");
            }
            String line;
            while ((line = in.readLine()) != null) {
                rows++;
                row.set(line, rows + 1);
                handler.accept(row);
            }
            digest.transferTo(OutputSink.INSTANCE); // digest any trailing bytes
        } catch (IOException e) {
            throw new BundleException(file, "truncated or corrupt after " + rows + " data rows: " + e.getMessage(), e);
        }
        if (rows != entry.rows()) {
            throw new BundleException(file, rows + 1, "holds " + rows + " data rows, the manifest says " + entry.rows());
        }
        String hex = HexFormat.of().formatHex(sha.digest());
        if (!hex.equals(entry.sha256())) {
            throw new BundleException(file, 0, "checksum " + hex + " differs from the manifest's " + entry.sha256());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    /** Discards bytes. */
    private static final class OutputSink extends java.io.OutputStream {
        static final OutputSink INSTANCE = new OutputSink();

        @Override
        public void write(int b) {
            // discard
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // discard
        }
    }

    /** The current line of a file, split into fields on demand. */
    public static final class Row {
        private final String file;
        private final List<String> header;
        private final int[] starts;
        private final int[] ends;
        private String line;
        private long number;

        Row(String file, List<String> header) {
            this.file = file;
            this.header = header;
            this.starts = new int[header.size()];
            this.ends = new int[header.size()];
        }

        void set(String text, long lineNumber) {
            this.line = text;
            this.number = lineNumber;
            int field = 0;
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\t') {
                    if (field >= starts.length) {
                        throw error("has more than " + starts.length + " fields");
                    }
                    starts[field] = start;
                    ends[field] = i;
                    field++;
                    start = i + 1;
                }
            }
            if (field != starts.length) {
                throw error("has " + field + " fields, expected " + starts.length);
            }
        }

        /** @return the whole line as read */
        public String line() {
            return line;
        }

        /** @return the line number in the file (the header is line 1) */
        public long number() {
            return number;
        }

        /**
         * @param i a field index
         * @return the field as text
         */
        public String text(int i) {
            return line.substring(starts[i], ends[i]);
        }

        /**
         * @param i a field index
         * @return the field as an integer, or {@link #MISSING} when empty
         */
        public int integer(int i) {
            int s = starts[i];
            int e = ends[i];
            if (s == e) {
                return MISSING;
            }
            boolean negative = line.charAt(s) == '-';
            int p = negative ? s + 1 : s;
            if (p == e) {
                throw error("field '" + header.get(i) + "' is '-', not a whole number");
            }
            long v = 0;
            for (; p < e; p++) {
                char c = line.charAt(p);
                if (c < '0' || c > '9' || v > Integer.MAX_VALUE) {
                    throw error("field '" + header.get(i) + "' is '" + text(i) + "', not a whole number");
                }
                v = v * 10 + (c - '0');
            }
            return (int) (negative ? -v : v);
        }

        /**
         * @param i a field index
         * @return the field as a number, or NaN when empty
         */
        public double decimal(int i) {
            if (starts[i] == ends[i]) {
                return Double.NaN;
            }
            if (isWhole(i)) {
                return integer(i);
            }
            try {
                return Double.parseDouble(text(i));
            } catch (NumberFormatException e) {
                throw error("field '" + header.get(i) + "' is '" + text(i) + "', not a number");
            }
        }

        private boolean isWhole(int i) {
            int p = line.charAt(starts[i]) == '-' ? starts[i] + 1 : starts[i];
            if (p == ends[i] || ends[i] - p > 9) {
                return false;
            }
            for (; p < ends[i]; p++) {
                if (line.charAt(p) < '0' || line.charAt(p) > '9') {
                    return false;
                }
            }
            return true;
        }

        /**
         * @param message what is wrong with this line
         * @return an exception naming the file and line
         */
        public BundleException error(String message) {
            return new BundleException(file, number, message);
        }
    }
}
