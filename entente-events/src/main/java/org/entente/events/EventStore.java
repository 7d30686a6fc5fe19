package org.entente.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.entente.events.cameo.Cameo;
import org.entente.reference.CountryTable;

/**
 * An event store: one embedded DuckDB file with the ledger of ingested files ({@code files}),
 * the rows that could not be read ({@code rejects}), the full events of watched dyads
 * ({@code events}), the dyad-month rollup ({@code dyad_month}, see {@link Rollup}) and each
 * state's monthly event volume ({@code actor_month}). Files are applied one at a time, each in
 * one transaction, and recognised by the SHA-256 of their bytes, so ingesting a file twice, or
 * again after a crash, changes nothing that was already committed.
 */
public final class EventStore implements AutoCloseable {

    private final Path file;
    private final Connection db;
    private final Countries countries;
    private final GroupKeys keys;
    private final IngestProgress progress = new IngestProgress();

    private EventStore(Path file, Connection db, Countries countries) {
        this.file = file;
        this.db = db;
        this.countries = countries;
        // -Dentente.events.reader=rows reads every file row by row: the reference the fast reader is
        // tested and benchmarked against
        this.keys = "rows".equals(System.getProperty("entente.events.reader")) ? null : new GroupKeys(countries);
    }

    /** @return the running count of bytes and rows read by this store's ingests, for progress displays */
    public IngestProgress progress() {
        return progress;
    }

    /**
     * Opens a store, creating the file and its tables if needed.
     *
     * @param file the DuckDB file
     * @return the store
     * @throws EventsException when it cannot be opened (another process holding it, a file that is not DuckDB)
     */
    public static EventStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // called directly: DriverManager's service lookup misses the driver under some class loaders
            Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + file.toAbsolutePath(),
                    new java.util.Properties());
            try (Statement s = c.createStatement()) {
                s.execute(Schema.DDL);
                s.execute(Schema.STAGING);
            }
            return new EventStore(file, c, new Countries(CountryTable.bundled(), Cameo.bundled()));
        } catch (SQLException | IOException e) {
            throw new EventsException(file + ": cannot open the event store: " + e.getMessage()
                    + (String.valueOf(e.getMessage()).contains("lock") ? " (another entente process is using it)" : ""), e);
        }
    }

    /** @return the store's file */
    public Path file() {
        return file;
    }

    /**
     * Ingests files in the order given, each in its own transaction.
     *
     * @param files    the files (see {@link Inputs#expand})
     * @param watches  dyads whose events are kept in full
     * @param progress told about each file once it is committed or skipped
     * @return one report per file
     */
    public List<FileReport> ingest(List<Path> files, List<Watch> watches, Consumer<FileReport> progress) {
        List<FileReport> out = new ArrayList<>();
        for (Path f : files) {
            FileReport r = ingest(f, watches);
            progress.accept(r);
            out.add(r);
        }
        return out;
    }

    /**
     * Ingests one file unless the ledger already holds its bytes.
     *
     * @param path    the file
     * @param watches dyads whose events are kept in full
     * @return what it gave
     */
    public FileReport ingest(Path path, List<Watch> watches) {
        long t0 = System.nanoTime();
        Path abs = path.toAbsolutePath().normalize();
        long size = size(abs);
        FileReading reading = new FileReading(countries, watches, keys, progress, GdeltScan.CHUNK);
        FileBatch b = null;
        String sha;
        // The fast reader computes the checksum while it reads, saving a pass over the file; when the
        // ledger already lists this path and size, a re-ingest is likely, so checksum first and skip.
        if (!listed(abs, size) && reading.fast(abs)) {
            b = reading.read(abs);
            sha = b.sha256;
        } else {
            sha = sha256(abs);
        }
        if (known(sha)) {
            if (b == null) {
                progress.addBytes(size);
            }
            return new FileReport(abs.toString(), size, sha, "", 0, 0, 0, 0, 0, true, List.of());
        }
        if (b == null) {
            b = reading.read(abs);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        FileReport r = new FileReport(abs.toString(), size, sha, b.format(), b.accepted, b.rejects.size(), b.dyadic,
                b.watched.size(), millis, false, b.rejects.subList(0, Math.min(5, b.rejects.size())));
        String w = watches.stream().map(Watch::toString).sorted().collect(Collectors.joining(","));
        try {
            new BatchWriter(db).apply(r, b, w, new LocalDate[] {b.first, b.last});
        } catch (SQLException e) {
            throw new EventsException(file + ": " + abs + " was not stored (the store is unchanged): " + e.getMessage(), e);
        }
        return r;
    }

    private boolean listed(Path abs, long size) {
        try (PreparedStatement s = db.prepareStatement("SELECT count(*) FROM files WHERE path = ? AND size = ?")) {
            s.setString(1, abs.toString());
            s.setLong(2, size);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new EventsException(file + ": cannot read the ledger: " + e.getMessage(), e);
        }
    }

    private boolean known(String sha) {
        try (PreparedStatement s = db.prepareStatement("SELECT count(*) FROM files WHERE sha256 = ?")) {
            s.setString(1, sha);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new EventsException(file + ": cannot read the ledger: " + e.getMessage(), e);
        }
    }

    static String sha256(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new EventsException(p + ": cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new EventsException(p + ": cannot read its size: " + e.getMessage(), e);
        }
    }

    /** @return a read-only view of the store for queries */
    public StoreQueries queries() {
        return new StoreQueries(file, db);
    }

    /**
     * Writes every table to {@code dir/TABLE.parquet} or {@code dir/TABLE.csv} with DuckDB's COPY.
     *
     * @param dir    the folder, created if needed
     * @param format {@code parquet} or {@code csv}
     * @return the files written
     */
    public List<Path> export(Path dir, String format) {
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("parquet") && !f.equals("csv")) {
            throw new IllegalArgumentException("export format '" + format + "' is not parquet or csv");
        }
        List<Path> out = new ArrayList<>();
        try (Statement s = db.createStatement()) {
            Files.createDirectories(dir);
            for (String table : Schema.TABLES) {
                Path target = dir.resolve(table + "." + f).toAbsolutePath();
                s.execute("COPY (SELECT * FROM " + table + " ORDER BY ALL) TO '" + target.toString().replace("'", "''")
                        + "' (FORMAT " + (f.equals("csv") ? "CSV, HEADER" : "PARQUET") + ")");
                out.add(target);
            }
        } catch (SQLException | IOException e) {
            throw new EventsException(file + ": export to " + dir + " failed: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new EventsException(file + ": cannot close the event store: " + e.getMessage(), e);
        }
    }
}
