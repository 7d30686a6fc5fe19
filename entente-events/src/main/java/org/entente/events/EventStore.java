package org.entente.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.entente.duckdb.DuckFile;
import org.entente.reference.data.IoReasons;

/**
 * An event store: one embedded DuckDB file with the ledger of ingested files ({@code files}),
 * the rows that could not be read ({@code rejects}), the full events of watched dyads
 * ({@code events}), the dyad-month rollup ({@code dyad_month}, see {@link Rollup}) and each
 * state's monthly event volume ({@code actor_month}). Files are applied one at a time, each in
 * one transaction, and recognised by the checksum of their bytes ({@link FileChecksum}), so ingesting a file twice, or
 * again after a crash, changes nothing that was already committed.
 */
public final class EventStore implements AutoCloseable {

    private final Path file;
    private final Connection db;
    /** Opened by {@link #openForQueries}. */
    private final boolean readOnly;
    private final IngestProgress progress = new IngestProgress();
    /** What only ingest needs, made on the first ingest so that a store opened for queries stays cheap. */
    private Countries countries;
    private GroupKeys keys;

    /** The option that named the store ({@code --store}, or {@code assess --events}), for messages that ask for another. */
    private final String option;

    private EventStore(Path file, Connection db, boolean readOnly, String option) {
        this.file = file;
        this.db = db;
        this.readOnly = readOnly;
        this.option = option;
    }

    private void writable(String what) {
        if (readOnly) {
            throw new IllegalStateException(file + " was opened for queries only; " + what + " needs EventStore.open");
        }
    }

    /** Loads the reference tables, and fills the per-connection tables, that ingest needs; once. */
    private void forIngest() throws SQLException {
        if (countries != null) {
            return;
        }
        countries = Countries.bundled();
        // -Dentente.events.reader=rows reads every file row by row: the reference the fast reader is
        // tested and benchmarked against
        keys = "rows".equals(System.getProperty("entente.events.reader")) ? null : new GroupKeys(countries);
        codes();
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
        notAFolder(file, STORE_OPTION);
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            // the path given is at fault (bad input) when the system refuses it: a folder the user may
            // not write to, a file where the folder should be, a place where no folder can be made
            // (under /proc, whose mkdir answers "no such file"), a read-only file system; rather than
            // a failing disk (a full one, an I/O error)
            String refused = DuckFile.folderRefusal(e);
            String why = "cannot create the folder " + parent + " for the event store (" + (refused != null ? refused
                    : IoReasons.of(e)) + "); choose a folder you can write to, or name another store with --store FILE";
            throw refused != null ? EventsException.badInput(file + ": " + why) : new EventsException(file + ": " + why, e);
        }
        return connect(file, false, true, STORE_OPTION);
    }

    /** The option of the events commands that names the store. */
    private static final String STORE_OPTION = "--store";

    private static void notAFolder(Path file, String option) {
        if (Files.isDirectory(file)) {
            throw EventsException.badInput((file.toString().isEmpty() ? "the current folder" : file.toString())
                    + ": this is a folder; name a file for the event store, e.g. " + option + " "
                    + file.resolve("events.duckdb"));
        }
    }

    /**
     * @param file the file, or archive member, that could not be read
     * @param e    why
     * @return a failure naming the file, the reason in words and what to do
     */
    static EventsException cannotRead(Object file, Throwable e) {
        String why = e instanceof IOException io ? IoReasons.of(io) : String.valueOf(e.getMessage());
        return new EventsException(file + ": cannot read: " + why + "; " + (e instanceof java.nio.file.AccessDeniedException
                ? "give read access to it or leave it out, then" : "check the file, then") + " run the ingest again (the "
                + "files stored before it are kept and are not read twice)", e);
    }


    /**
     * Opens an existing store for queries only ({@link #queries}, {@link #export}): nothing in the
     * file is changed, and several processes may read it at once (though not while one writes it).
     *
     * @param file the DuckDB file
     * @return the store; {@link #ingest} and {@link #importRollup} refuse to run on it
     * @throws EventsException bad input when there is no store at {@code file}; otherwise when it
     *                         cannot be opened (a file that is not DuckDB, an ingest holding it)
     */
    public static EventStore openForQueries(Path file) {
        return openForQueries(file, STORE_OPTION);
    }

    /**
     * As {@link #openForQueries(Path)}, for a command that names the store with another option
     * (e.g. {@code assess --events FILE}): messages that ask for another store name that option,
     * while those that ask for an ingest name the ingest's own {@code --store}.
     *
     * @param file   the DuckDB file
     * @param option the command's option that named it
     * @return the store
     */
    public static EventStore openForQueries(Path file, String option) {
        existing(file, option);
        return connect(file, true, false, option);
    }

    /**
     * Opens an existing store for writing ({@link #remove}), with the checks and messages of
     * {@link #openForQueries}: nothing is created.
     *
     * @param file the DuckDB file
     * @return the store
     * @throws EventsException bad input when there is no store at {@code file}
     */
    public static EventStore openExisting(Path file) {
        existing(file, STORE_OPTION);
        return connect(file, false, false, STORE_OPTION);
    }

    private static void existing(Path file, String option) {
        notAFolder(file, option);
        if (!Files.isRegularFile(file)) {
            throw EventsException.badInput(file + ": there is no event store here; create one with "
                    + "'entente events ingest FILES... --store " + file + "', or name another with " + option + " FILE");
        }
    }

    /**
     * @param readOnly whether to open for queries only
     * @param create   whether a file without the store's tables gets them (only {@link #open})
     * @param option   the command's option that named the store, for messages that ask for another
     */
    private static EventStore connect(Path file, boolean readOnly, boolean create, String option) {
        try {
            Connection c = DuckFile.open(file, readOnly, db -> {
                try (Statement s = db.createStatement()) {
                    try (ResultSet r = s.executeQuery(Schema.OLD_LAYOUT)) {
                        if (r.next() && r.getLong(1) > 0) {
                            throw new EventsException(file + ": this event store was written by an earlier version of "
                                    + "Entente (ledger keyed by SHA-256); ingest the files again into a new store "
                                    + "(--store NEW_FILE), or delete this one", null);
                        }
                    }
                    String layout = layout(s);
                    if (layout != null && !layout.equals(Schema.LAYOUT) && !Schema.EARLIER.contains(layout)) {
                        throw new EventsException(file + ": this event store has layout " + layout + ", written by a "
                                + "newer version of Entente; this version reads layout " + Schema.LAYOUT + ". Use the "
                                + "newer version, or ingest the files again into a new store (--store NEW_FILE)", null);
                    }
                    // bounded memory whatever the store's size: DuckDB spills to disk beyond this
                    s.execute("SET memory_limit = '128MB'");
                    s.execute(Schema.ONE_THREAD);
                    if (layout == null && tables(s) > 0) {
                        // another program's database: adding the store's tables to it would change it
                        throw EventsException.badInput(file + ": this DuckDB file holds other tables, not an event "
                                + "store; name " + (create ? "a new file for the store" : "the event store") + " with "
                                + option + " FILE");
                    }
                    if (layout == null && !create) {
                        throw EventsException.badInput(file + ": this DuckDB file holds no event store yet; create it "
                                + "with 'entente events ingest FILES... --store " + file + "'");
                    }
                    if (!readOnly) {
                        // in one transaction, so that a process killed while creating a store leaves all
                        // of it or none
                        Transaction.run(db, () -> {
                            if (layout != null && Schema.EARLIER.contains(layout)) {
                                s.execute(Schema.upgrade(layout));   // the ledger gains its id ranges and samples
                            }
                            s.execute(Schema.DDL);
                            s.execute(Schema.STAGING);
                        });
                    }
                }
            });
            return new EventStore(file, c, readOnly, option);
        } catch (DuckFile.OpenFailure f) {
            throw switch (f.trouble()) {
                case DATA_FILE -> notADatabase(file, create, option);
                case NOT_DUCKDB -> EventsException.badInput(file + ": this file is not a DuckDB database, so not an "
                        + "event store; name " + (create ? "the store with a new file" : "the event store") + " ("
                        + option + " FILE)" + (create ? ", or move this one away" : ""));
                case LOCKED -> new EventsException(file + ": cannot open the event store: " + f.getMessage()
                        + " (another entente process has it open; run this again when that one ends)", f);
                case DAMAGED -> EventsException.damaged(file, f.getMessage(), option);
                case REFUSED -> EventsException.refused(file, f.refusal(), option);
                case OTHER -> new EventsException(file + ": cannot open the event store: " + f.getMessage(), f);
            };
        }
    }

    /** DuckDB reads a CSV, Parquet or JSON file given as a database into memory: nothing would be kept. */
    private static EventsException notADatabase(Path file, boolean create, String option) {
        return EventsException.badInput(file + ": DuckDB takes this file for data to read, not for a database, so "
                + (create ? "nothing ingested would be kept; name the store with a new file"
                        : "it holds no event store; name the event store's file") + ", e.g. " + option + " events.duckdb");
    }

    /** @return how many tables and views the file holds */
    private static long tables(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** @return the layout the store's {@code meta} table names, or null in a new file that has none yet */
    private static String layout(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery(Schema.HAS_META)) {
            if (!r.next() || r.getLong(1) == 0) {
                return null;
            }
        }
        try (ResultSet r = s.executeQuery(Schema.STORED_LAYOUT)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    /** Fills the per-connection tables that decode the fast reader's packed keys. */
    private void codes() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(Schema.CODES);
        }
        if (keys == null) {
            return;
        }
        try (Statement s = db.createStatement()) {
            s.execute("DELETE FROM state_codes; DELETE FROM dimension_codes;");
            s.execute("INSERT INTO state_codes VALUES " + values(keys.states()));
            s.execute("INSERT INTO dimension_codes VALUES " + values(GroupKeys.dimensionIds()));
        }
    }

    private static String values(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append('(').append(i).append(", '").append(names.get(i).replace("'", "''"))
                    .append("')");
        }
        return sb.toString();
    }

    /** @return the store's file */
    public Path file() {
        return file;
    }

    /**
     * Ingests files in the order given, each in its own transaction, except that GDELT 2.0
     * mentions files come after the event files: a mentions file keeps the mentions of the events
     * the store keeps when it is read, so it is read once every file before it is written. Event
     * files are read several at a time (one per core, so that compressed files are inflated in
     * parallel) while the one before is written; the store is only touched by one thread, which
     * commits files in that order, so the result is the same as ingesting them one by one.
     *
     * @param files    the files (see {@link Inputs#expand})
     * @param watches  dyads whose events are kept in full
     * @param progress told about each file once it is committed or skipped
     * @return one report per file, in the order committed
     */
    public List<FileReport> ingest(List<Path> files, List<Watch> watches, Consumer<FileReport> progress) {
        writable("ingest");
        try {
            forIngest();
        } catch (SQLException e) {
            throw EventsException.ofStore(file, "cannot prepare the event store for ingest", e, STORE_OPTION);
        }
        Map<String, String> known = new java.util.HashMap<>();   // checksum -> watches
        Set<String> listed = new HashSet<>();   // path|size
        ledger(known, listed);
        // the writer's own: files committed so far, and files read again for new watches in this run
        Set<String> committed = new HashSet<>(known.keySet());
        Set<String> rewatched = new HashSet<>();
        List<FileReport> out = new ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(READERS, daemon("event-file-reader"));
        ExecutorService writer = Executors.newSingleThreadExecutor(daemon("event-store-writer"));
        ArrayDeque<Future<Read>> ahead = new ArrayDeque<>();
        // mentions files after every event file of the run, so that they find the events they
        // mention; archives holding both before those holding mentions only
        Map<FileReading.Holds, List<Path>> byKind = new java.util.EnumMap<>(FileReading.Holds.class);
        for (FileReading.Holds h : FileReading.Holds.values()) {
            byKind.put(h, new ArrayList<>());
        }
        for (Path f : files) {
            byKind.get(FileReading.holds(f)).add(f);
        }
        List<Path> ordered = new ArrayList<>(byKind.get(FileReading.Holds.EVENTS));
        ordered.addAll(byKind.get(FileReading.Holds.BOTH));
        ordered.addAll(byKind.get(FileReading.Holds.MENTIONS));
        Set<Path> withMentions = new HashSet<>(byKind.get(FileReading.Holds.BOTH));
        withMentions.addAll(byKind.get(FileReading.Holds.MENTIONS));
        Set<Path> withBoth = new HashSet<>(byKind.get(FileReading.Holds.BOTH));
        int next = 0;   // the next of the ordered files to read
        Future<?> pending = null;
        KeptEvents kept = null;   // the store's kept events; read again only after an archive that adds events
        try {
            while (true) {
                while (ahead.size() < READERS && next < ordered.size()) {
                    Path f = ordered.get(next);
                    if (withMentions.contains(f) && kept == null) {
                        // a mentions file keeps the mentions of the events stored before it, so it is
                        // read once the files before it are written, and the store is quiet
                        if (!ahead.isEmpty()) {
                            break;
                        }
                        await(pending);
                        kept = keptEvents();
                    }
                    next++;
                    KeptEvents k = withMentions.contains(f) ? kept : null;
                    ahead.add(readers.submit(() -> read(f, watches, known, listed, k)));
                    if (withBoth.contains(f)) {
                        kept = null;   // it stores events the files after it may mention
                    }
                }
                if (ahead.isEmpty()) {
                    break;
                }
                Read read = result(ahead.poll());
                await(pending);
                pending = writer.submit(() -> {
                    FileReport r = read.report();
                    if (!r.rewatched().isEmpty() && !rewatched.add(r.checksum())) {
                        r = skipped(r);   // the same bytes came earlier in this run, and were read again then
                    } else if (!r.rewatched().isEmpty()) {
                        r = rewatch(r, read.batch(), known.get(r.checksum()));
                    } else if (read.batch() != null && !committed.add(r.checksum())) {
                        r = skipped(r);   // the same bytes came earlier in this run
                    } else if (read.batch() != null) {
                        r = apply(r, read.batch(), watches);
                    }
                    progress.accept(r);
                    out.add(r);
                });
            }
            await(pending);
        } catch (RuntimeException | Error e) {
            for (Future<Read> f : ahead) {
                f.cancel(true);
            }
            finishing(e, pending);
            throw e;
        } finally {
            readers.shutdownNow();
            writer.shutdown();
        }
        return out;
    }

    /**
     * The GDELT events the store keeps in full (those of watched dyads): their ids, sorted, and
     * for each the number of its pair of states in {@code pairs}; 12 bytes an event, so that a
     * store watching millions of events still fits the ingest's small heap.
     */
    private record KeptEvents(long[] ids, int[] pair, List<String[]> pairs) {

        /** @return whether the store keeps the event */
        boolean contains(long id) {
            return java.util.Arrays.binarySearch(ids, id) >= 0;
        }

        /** @return a test for the events of the given watches only */
        java.util.function.LongPredicate covering(List<Watch> watches) {
            boolean[] covered = new boolean[pairs.size()];
            for (int i = 0; i < covered.length; i++) {
                String[] p = pairs.get(i);
                covered[i] = watches.stream().anyMatch(w -> w.covers(p[0], p[1]));
            }
            return id -> {
                int at = java.util.Arrays.binarySearch(ids, id);
                return at >= 0 && covered[pair[at]];
            };
        }
    }

    private KeptEvents keptEvents() {
        long[] ids = new long[1024];
        int[] pair = new int[1024];
        List<String[]> pairs = new ArrayList<>();
        Map<String, Integer> pairNumbers = new java.util.HashMap<>();
        int n = 0;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT DISTINCT CAST(event_id AS BIGINT) AS id, "
                + "actor1, actor2 FROM events WHERE source = 'gdelt' AND regexp_full_match(event_id, '[0-9]{1,18}') "
                + "ORDER BY id")) {
            while (r.next()) {
                if (n == ids.length) {
                    ids = java.util.Arrays.copyOf(ids, 2 * n);
                    pair = java.util.Arrays.copyOf(pair, 2 * n);
                }
                String a = r.getString(2);
                String b = r.getString(3);
                ids[n] = r.getLong(1);
                pair[n++] = pairNumbers.computeIfAbsent(a + ":" + b, k -> {
                    pairs.add(new String[] {a, b});
                    return pairs.size() - 1;
                });
            }
        } catch (SQLException e) {
            throw EventsException.ofStore(file, "cannot read the stored events", e, STORE_OPTION);
        }
        return new KeptEvents(java.util.Arrays.copyOf(ids, n), java.util.Arrays.copyOf(pair, n), pairs);
    }

    /** Files read at once: one per core, so that several {@code .gz} files are inflated in parallel. */
    private static final int READERS = FileBatch.FILES_AT_ONCE;

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static FileReport skipped(FileReport r) {
        return skipped(r.path(), r.size(), r.checksum());
    }

    private static FileReport skipped(String path, long size, String checksum) {
        return new FileReport(path, size, checksum, "", 0, 0, 0, 0, 0, true, List.of(), "");
    }

    /**
     * Waits for the write in flight when an ingest fails, so that the file being written is
     * finished (or rolled back) before the failure is reported.
     *
     * @param e       the failure
     * @param pending the write in flight, or null
     * @return {@code e}, with the write's own failure added as suppressed when it is another one
     * (when the write's failure is {@code e} itself, awaited a second time, nothing is added: a
     * throwable cannot suppress itself, and trying would mask the real message)
     */
    static <E extends Throwable> E finishing(E e, Future<?> pending) {
        try {
            await(pending);
        } catch (RuntimeException | Error other) {
            if (other != e) {
                e.addSuppressed(other);
            }
        }
        return e;
    }

    private static <T> T result(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventsException("interrupted while reading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new EventsException(String.valueOf(e.getCause()), e.getCause());
        }
    }

    /**
     * Ingests one file unless the ledger already holds its bytes.
     *
     * @param path    the file
     * @param watches dyads whose events are kept in full
     * @return what it gave
     */
    public FileReport ingest(Path path, List<Watch> watches) {
        return ingest(List.of(path), watches, r -> { }).get(0);
    }

    /** A file read and not yet written: its report, and its batch unless it is skipped. */
    private record Read(FileReport report, FileBatch batch) {
    }

    private static void await(Future<?> f) {
        if (f != null) {
            result(f);
        }
    }

    /**
     * Reads a file, or finds that the ledger already had its bytes; touches no table, runs on reader
     * threads. A file the ledger has, but read before a dyad asked for now was watched, is read
     * again for that dyad's events only.
     */
    private Read read(Path path, List<Watch> watches, Map<String, String> known, Set<String> listed, KeptEvents kept) {
        long t0 = System.nanoTime();
        Path abs = path.toAbsolutePath().normalize();
        long size = size(abs);
        FileReading reading = new FileReading(countries, watches, keys, progress, GdeltScan.CHUNK);
        if (kept != null) {
            reading.keepingMentionsOf(kept::contains);
        }
        FileBatch b = null;
        String checksum;
        // Reading computes the checksum on the way, saving a pass over the file; when the ledger
        // already lists this path and size, a re-ingest is likely, so checksum first and skip.
        if (!listed.contains(abs + "|" + size)) {
            try {
                b = reading.read(abs);
                checksum = b.checksum;
            } catch (EventsException e) {
                // read for every watch, as a new file is; if its bytes are in the ledger under another
                // path (a copy, a moved file), only the dyads it was not read for are needed: read
                // it again for them below
                if (!e.overHeldLimit()) {
                    throw e;
                }
                checksum = checksum(abs);
                if (!known.containsKey(checksum)) {
                    throw e;
                }
            }
        } else {
            checksum = checksum(abs);
        }
        if (known.containsKey(checksum)) {
            List<Watch> added = uncovered(watches, known.get(checksum));
            if (added.isEmpty()) {
                if (b == null) {
                    progress.addBytes(size);
                }
                return new Read(skipped(abs.toString(), size, checksum), null);
            }
            FileBatch again = b != null ? b : new FileReading(countries, added, keys, progress, GdeltScan.CHUNK)
                    .keepingMentionsOf(kept == null ? id -> false : kept.covering(added)).read(abs);
            again.watched.removeIf(l -> !Watch.anyCovers(added, l.event()));
            if (kept != null) {
                java.util.function.LongPredicate of = kept.covering(added);
                Set<String> here = again.watched.stream().map(l -> l.event().id()).collect(Collectors.toSet());
                again.mentions.removeIf(l -> !of.test(l.mention().eventId())
                        && !here.contains(Long.toString(l.mention().eventId())));
            }
            String names = added.stream().map(Watch::toString).sorted().collect(Collectors.joining(","));
            return new Read(new FileReport(abs.toString(), size, checksum, again.format(), 0, 0, 0,
                    again.watched.size() + again.mentions.size(),
                    (System.nanoTime() - t0) / 1_000_000, true, List.of(), names, members(again)), again);
        }
        if (b == null) {
            b = reading.read(abs);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        FileReport r = new FileReport(abs.toString(), size, checksum, b.format(), b.accepted, b.rejects.size(), b.dyadic,
                b.watched.size() + b.mentions.size(), millis, false, Reject.first(b.rejects, 5), "", members(b));
        return new Read(r, b);
    }

    /** @return the formats of a zip archive's members when it has several, else none */
    private static List<FileReport.Member> members(FileBatch b) {
        return b.members.size() > 1 ? b.members : List.of();
    }

    /**
     * @return the watches that a ledger entry's watches (comma-joined {@code A:B}, and the mark of
     * an imported file) do not cover, either way round
     */
    static List<Watch> uncovered(List<Watch> watches, String ledger) {
        Set<String> had = new HashSet<>();
        for (Watch x : Watch.ofLedger(ledger)) {
            had.add(x.a() + ":" + x.b());
            had.add(x.b() + ":" + x.a());
        }
        return watches.stream().filter(w -> !had.contains(w.a() + ":" + w.b())).distinct().toList();
    }

    /**
     * Adds the events (or mentions) of newly watched dyads from a file the ledger has, and the
     * watches to its ledger row.
     *
     * @return the report, counting what was added
     */
    private FileReport rewatch(FileReport r, FileBatch b, String had) {
        TreeSet<String> all = new TreeSet<>();
        for (String w : (had + "," + r.rewatched()).split(",")) {
            if (!w.isBlank()) {
                all.add(w);
            }
        }
        try {
            long added = new BatchWriter(db).rewatch(r.checksum(), b, String.join(",", all));
            return new FileReport(r.path(), r.size(), r.checksum(), r.format(), r.accepted(), r.rejected(), r.dyadic(), added,
                    r.millis(), r.skipped(), r.firstRejects(), r.rewatched(), r.members());
        } catch (SQLException e) {
            throw EventsException.ofStore(file, "the events of " + r.rewatched() + " in " + r.path()
                    + " were not stored (the store is unchanged)", e, STORE_OPTION);
        }
    }

    /** Writes a file's batch and ledger row in one transaction. */
    private FileReport apply(FileReport r, FileBatch b, List<Watch> watches) {
        String w = watches.stream().map(Watch::toString).sorted().collect(Collectors.joining(","));
        try {
            new BatchWriter(db).apply(r, b, w, new LocalDate[] {b.first, b.last});
        } catch (SQLException e) {
            throw EventsException.ofStore(file, r.path() + " was not stored (the store is unchanged)", e, STORE_OPTION);
        }
        return r;
    }

    /** Reads the ledger once: each file's watches by checksum, and its path and size. */
    private void ledger(Map<String, String> watchesByChecksum, Set<String> pathAndSize) {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT checksum, watches, path, size FROM files")) {
            while (r.next()) {
                watchesByChecksum.put(r.getString(1), r.getString(2));
                pathAndSize.add(r.getString(3) + "|" + r.getLong(4));
            }
        } catch (SQLException e) {
            throw EventsException.ofStore(file, "cannot read the ledger", e, STORE_OPTION);
        }
    }

    static String checksum(Path p) {
        try {
            return FileChecksum.of(p);
        } catch (IOException e) {
            throw cannotRead(p, e);
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
        return new StoreQueries(file, db, option);
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
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw EventsException.badInput(dir + ": a file is in the way; name a folder to export to");
        }
        java.util.Set<String> has = queries().tables();   // a store older than mentions files has no mentions table
        List<String> tables = Schema.TABLES.stream().filter(has::contains).toList();
        List<Path> out = new ArrayList<>();
        for (String table : tables) {
            Path t = target.resolve(table + "." + f);
            if (Files.isDirectory(t)) {
                throw EventsException.badInput(t + ": a folder is in the way of the export's file; move it, or "
                        + "export to another folder");
            }
            out.add(t);
        }
        // every table is written to a scratch folder inside the target (so on the same disk), then moved
        // into place: a failure before the moves leaves the target as it was
        List<Path> made = new ArrayList<>();
        Path scratch = null;
        int moved = 0;
        try {
            for (Path p = target; p != null && !Files.exists(p); p = p.getParent()) {
                made.add(0, p);
            }
            try {
                Files.createDirectories(target);
                // named with this process's id, so that the next export clears what a killed one left
                org.entente.reference.data.Scratch.sweep(target, EXPORT_SCRATCH);
                scratch = Files.createTempDirectory(target, ".export-" + org.entente.reference.data.Scratch.pid() + "-");
            } catch (IOException e) {
                String refused = DuckFile.folderRefusal(e);
                if (refused != null) {
                    // the system will not make or write the folder (under /proc, read-only, a file
                    // in the way, permission denied): the path given is at fault
                    cleanUp(scratch, made);
                    throw EventsException.badInput(dir + ": cannot export there (" + refused + "); nothing was "
                            + "written; choose a folder you can write to");
                }
                throw e;
            }
            try (Statement s = db.createStatement()) {
                for (int i = 0; i < tables.size(); i++) {
                    Path t = scratch.resolve(out.get(i).getFileName());
                    s.execute("COPY (SELECT * FROM " + tables.get(i) + " ORDER BY ALL) TO '"
                            + t.toString().replace("'", "''") + "' (FORMAT " + (f.equals("csv") ? "CSV, HEADER" : "PARQUET") + ")");
                }
            }
            for (Path t : out) {
                Files.move(scratch.resolve(t.getFileName()), t, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                moved++;
            }
            Files.delete(scratch);
        } catch (SQLException | IOException e) {
            cleanUp(scratch, moved == 0 ? made : List.of());
            if (e instanceof SQLException x && org.entente.duckdb.DuckFile.damaged(x)) {
                throw EventsException.ofStore(file, "export failed", x, STORE_OPTION);
            }
            String why = e instanceof IOException io ? IoReasons.of(io) : EventsException.firstLine(e.getMessage());
            String refused = e instanceof SQLException ? DuckFile.refusal(why) : null;
            if (refused != null) {   // DuckDB could not write the scratch folder's files
                throw EventsException.badInput(dir + ": cannot export there (" + refused + "); nothing was "
                        + "written; choose a folder you can write to");
            }
            // DuckDB's COPY says so in its own words when the disk fills; Java's reason is the system's
            boolean full = why.contains("No space left on device") || why.contains("Disk quota exceeded");
            throw new EventsException(file + ": export to " + dir + " failed (" + why + "); " + (moved == 0
                    ? "nothing was written there" : moved + " of the " + out.size() + " tables were replaced before "
                    + "it failed, the others are as they were") + (full
                    ? "; free the space or choose another folder, and run it again"
                    : e instanceof IOException ? "; check the folder, or choose another, and run it again"
                    : "; the store could not be read: check it with 'entente events stores'"), e);
        }
        return out;
    }

    /** An export's scratch folder: ".export-", the writing process's id, "-" and a random part. */
    private static final java.util.regex.Pattern EXPORT_SCRATCH = java.util.regex.Pattern.compile("\\.export-(\\d+)-.*");

    /** Removes what a failed export made: its scratch folder and the empty folders it created. */
    private static void cleanUp(Path scratch, List<Path> made) {
        try {
            if (scratch != null && Files.isDirectory(scratch)) {
                try (var files = Files.list(scratch)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(scratch);
            }
            for (int i = made.size() - 1; i >= 0; i--) {
                Files.deleteIfExists(made.get(i));   // only empty ones: a folder with anything else in it stays
            }
        } catch (IOException ignored) {
            // what could not be removed is scratch only; the message already says the export failed
        }
    }

    /** Drops mentions whose event the store no longer keeps, and recounts what mentions files keep. */
    private static final String ORPHAN_MENTIONS = "DELETE FROM mentions WHERE event_id NOT IN "
            + "(SELECT event_id FROM events WHERE source = 'gdelt'); "
            + "UPDATE files SET rows_watched = (SELECT count(*) FROM events e WHERE e.file_checksum = files.checksum) "
            + "+ (SELECT count(*) FROM mentions m WHERE m.file_checksum = files.checksum) WHERE format LIKE '%mentions%'";

    /**
     * Takes files out of the store, in one transaction: their ledger rows, rejects, kept events
     * and mentions, and parts of the rollup, and the mentions other files kept for the events
     * removed, so that the store is what it would be had they never been ingested.
     * Ingesting one again then reads it as new. This is how a truncated download is replaced by a
     * complete copy, or a file ingested twice in different containers (plain and .gz) counted once.
     *
     * @param which ledger paths (as given, or absolute), file names (the last part of one stored
     *              file's path, as {@code events stores} shows it), or checksums or their first 8 or
     *              more characters
     * @return the ledger rows removed, in ledger order
     * @throws EventsException bad input when an argument names no stored file, is a file name
     *                         several stored files have, or names a file that
     *                         came with {@code import-rollup} (whose files share one part of the
     *                         rollup); the store is unchanged then
     */
    public List<FileReport> remove(List<String> which) {
        writable("remove");
        List<FileReport> stored = queries().files();
        Map<String, Long> seqs = new java.util.HashMap<>();
        Map<String, String> watches = new java.util.HashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT checksum, seq, watches FROM files")) {
            while (r.next()) {
                seqs.put(r.getString(1), r.getLong(2));
                watches.put(r.getString(1), r.getString(3));
            }
        } catch (SQLException e) {
            throw EventsException.ofStore(file, "cannot read the ledger", e, STORE_OPTION);
        }
        Set<String> checksums = new java.util.LinkedHashSet<>();
        for (String w : which) {
            String absolute = Path.of(w).toAbsolutePath().normalize().toString();
            List<FileReport> hit = stored.stream().filter(f -> f.path().equals(w) || f.path().equals(absolute)).toList();
            if (hit.isEmpty() && w.length() >= 8 && w.matches("[0-9a-f]+")) {
                hit = stored.stream().filter(f -> f.checksum().startsWith(w)).toList();   // the start 'stores' prints
            }
            if (hit.isEmpty() && !w.isEmpty() && !w.contains("/") && !w.contains(java.io.File.separator)) {
                // the name 'stores' shows: enough when one stored file has it
                hit = stored.stream().filter(f -> baseName(f.path()).equals(w)).toList();
                if (hit.size() > 1) {
                    List<String> paths = hit.stream().map(FileReport::path).toList();
                    boolean distinct = new HashSet<>(paths).size() == paths.size();
                    throw EventsException.badInput(w + ": " + hit.size() + " stored files have this name: "
                            + hit.stream().map(f -> f.path() + (distinct ? "" : " (checksum " + f.checksum() + ")"))
                            .collect(Collectors.joining(", ")) + "; give the " + (distinct ? "full path" : "checksum")
                            + " of the one to remove (the store is unchanged)");
                }
            }
            if (hit.isEmpty()) {
                throw EventsException.badInput(w + ": no file of this path, name or checksum in " + file
                        + " (the store is unchanged); give a path as ingested, a file name as 'entente events stores' "
                        + "shows it, or a checksum or its first 8 or more characters ('entente events stores --json' "
                        + "lists each file's path and checksum)");
            }
            if (hit.size() > 1) {
                throw EventsException.badInput(w + ": names " + hit.size() + " stored files (checksums "
                        + hit.stream().map(FileReport::checksum).collect(Collectors.joining(", ")) + "); give the checksum "
                        + "of the one to remove (the store is unchanged)");
            }
            String checksum = hit.get(0).checksum();
            if (RollupImport.imported(watches.get(checksum))) {
                throw EventsException.badInput(w + ": came with import-rollup, whose files share one part of "
                        + "the rollup, so it cannot be taken out alone (the store is unchanged)");
            }
            checksums.add(checksum);
        }
        try {
            Transaction.run(db, () -> {
                try (PreparedStatement ledger = db.prepareStatement("DELETE FROM files WHERE checksum = ?");
                     PreparedStatement rejects = db.prepareStatement("DELETE FROM rejects WHERE file_checksum = ?");
                     PreparedStatement events = db.prepareStatement("DELETE FROM events WHERE file_checksum = ?");
                     PreparedStatement mentions = db.prepareStatement("DELETE FROM mentions WHERE file_checksum = ?");
                     PreparedStatement groups = db.prepareStatement("DELETE FROM dyad_month_parts WHERE file_seq = ?");
                     PreparedStatement volumes = db.prepareStatement("DELETE FROM actor_month_parts WHERE file_seq = ?")) {
                    for (String c : checksums) {
                        for (PreparedStatement p : List.of(ledger, rejects, events, mentions)) {
                            p.setString(1, c);
                            p.executeUpdate();
                        }
                        for (PreparedStatement p : List.of(groups, volumes)) {
                            p.setLong(1, seqs.get(c));
                            p.executeUpdate();
                        }
                    }
                }
                try (Statement s = db.createStatement()) {
                    // mentions kept for events no longer stored go too, and their files count what they keep
                    s.execute(ORPHAN_MENTIONS);
                }
            });
        } catch (SQLException e) {
            throw EventsException.ofStore(file, "the files were not removed (the store is unchanged)", e, STORE_OPTION);
        }
        return stored.stream().filter(f -> checksums.contains(f.checksum())).toList();
    }

    /** @return the file name of a ledger path (a zip member's path is the archive's) */
    private static String baseName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf(java.io.File.separatorChar));
        return path.substring(slash + 1);
    }

    /**
     * Adds the Spark rollup job's output (its Parquet folders {@code dyad_month}, {@code actor_month},
     * {@code files} and {@code rejects}) to the store in one transaction, so that queries see it as
     * they see a local ingest.
     *
     * @param dir the job's output folder
     * @return what was added
     * @throws EventsException bad input when {@code dir} is not the job's output, or holds a file the
     *                         store already has; otherwise when the store cannot be written; the
     *                         store is unchanged either way
     */
    public RollupImport importRollup(Path dir) {
        writable("import-rollup");
        return RollupImport.into(db, file, dir);
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw EventsException.ofStore(file, "cannot close the event store", e, STORE_OPTION);
        }
    }
}
