package org.entente.reference.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * A small bundle holding only the rows about a few states, cut from the full bundle once and
 * kept in a cache folder, so that assessing one partnership does not parse every row of every
 * dataset. It has the same files, format and manifest checks as the full bundle; its folder
 * name carries the states and the full bundle's fingerprint, so a changed bundle is never
 * read through a stale extract. The folder is written under a temporary name and renamed when
 * complete: an interrupted run leaves no half-written extract.
 */
public final class DyadExtract {

    /** Per file, the columns that hold state codes; a row is kept when all of them are among the states. */
    private static final Map<String, int[]> CODES = Map.ofEntries(
            Map.entry("un-votes.tsv.gz", new int[] {1}),
            Map.entry("atop-ddy.tsv.gz", new int[] {0, 1}),
            Map.entry("cow-alliance-dy.tsv.gz", new int[] {0, 1}),
            Map.entry("sipri-tiv.tsv.gz", new int[] {0, 1}),
            Map.entry("sipri-imports.tsv.gz", new int[] {0}),
            Map.entry("cow-trade-dyadic.tsv.gz", new int[] {0, 1}),
            Map.entry("cow-trade-national.tsv.gz", new int[] {0}),
            Map.entry("igo-dyadic.tsv.gz", new int[] {0, 1}),
            Map.entry("nmc.tsv.gz", new int[] {0}),
            Map.entry("mids-dyadic.tsv.gz", new int[] {1, 2}),
            Map.entry("leaders.tsv.gz", new int[] {0}));

    private DyadExtract() {
    }

    /**
     * Where extracts are kept unless told otherwise: the system property {@code entente.cache},
     * else {@code $ENTENTE_CACHE}, else {@code $XDG_CACHE_HOME/entente/extracts}, else
     * {@code ~/.cache/entente/extracts}. Deleting the folder is always safe.
     *
     * @return the folder
     */
    public static Path defaultFolder() {
        String property = System.getProperty("entente.cache");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String explicit = System.getenv("ENTENTE_CACHE");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("entente").resolve("extracts");
    }

    /**
     * @param source the full bundle
     * @param cache  the folder that holds extracts
     * @param states the COW codes to keep
     * @return the extract for those states, written now if it is not in the cache yet
     */
    public static Bundle of(Bundle source, Path cache, Set<Integer> states) {
        return of(source, cache, states, why -> System.err.println("entente: note: " + why));
    }

    /**
     * As {@link #of(Bundle, Path, Set)}; when the cache cannot be written (a folder without write
     * permission, a file in the way, a full disk) the full bundle is returned instead, which gives
     * the same figures, only more slowly, and {@code note} is told why, once per process.
     *
     * @param note takes the reason and what to do about it
     * @return the extract, or the full bundle
     */
    public static Bundle of(Bundle source, Path cache, Set<Integer> states, java.util.function.Consumer<String> note) {
        try {
            return extract(source, cache, states);
        } catch (Unrepairable e) {
            if (damagedNoted.add(e.dir)) {
                note.accept(e.getMessage() + " (" + IoReasons.of(e.getCause()) + "); the full data are read instead, "
                        + "which is slower. Delete the folder " + e.dir + " so that the next run cuts it again");
            }
            return source;
        } catch (UncheckedIOException e) {
            if (!noted) {
                noted = true;
                note.accept(e.getMessage() + " (" + IoReasons.of(e.getCause()) + "); the full data are read instead, which is "
                        + "slower. Set ENTENTE_CACHE to a folder you can write to");
            }
            return source;
        }
    }

    /** A damaged extract that could not be replaced; told once per folder, since deleting it is the cure. */
    private static final class Unrepairable extends UncheckedIOException {
        private static final long serialVersionUID = 1L;
        private final transient Path dir;

        Unrepairable(Path dir, IOException cause) {
            super("the data extract " + dir + " is damaged and cannot be cut again", cause);
            this.dir = dir;
        }
    }

    /** The damaged extracts told of in this process. */
    private static final Set<Path> damagedNoted = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Whether the cache's failure has been told in this process. */
    private static volatile boolean noted;


    /**
     * @return what follows an extract's name in the name of its temporary folder while this thread
     * writes it: the process id, for the sweep of killed runs' folders, then the thread's id, as two
     * threads of one process cutting the same extract must not write into one folder
     */
    static String scratchSuffix() {
        return ".tmp-" + Scratch.pid() + "-t" + Thread.currentThread().getId();
    }

    /** An extract being written: its final name, then {@link #scratchSuffix()}. */
    private static final java.util.regex.Pattern SCRATCH = java.util.regex.Pattern.compile(".+\\.tmp-(\\d+)([-.].*)?");

    private static Bundle extract(Bundle source, Path cache, Set<Integer> states) {
        String name = new TreeSet<>(states).stream().map(String::valueOf).collect(Collectors.joining("-"))
                + "." + source.fingerprint();
        Path dir = cache.resolve(name);
        Scratch.sweep(cache, SCRATCH);   // half-written extracts of killed runs
        if (!Files.exists(dir)) {
            write(source, dir, states);
        } else if (!intact(dir, source)) {
            // damaged since it was cut (a full disk, a hand): cut again from the bundle and swapped in
            try {
                write(source, dir, states);
            } catch (UncheckedIOException e) {
                throw new Unrepairable(dir, e.getCause());
            }
        }
        return Bundle.in(dir);
    }

    /**
     * @return whether the extract lists every file of the source, each there with the checksum its
     * manifest gives, with the source's datasets table (an extract is some hundred kilobytes:
     * checking costs a few milliseconds)
     */
    static boolean intact(Path dir, Bundle source) {
        try {
            Bundle extract = Bundle.in(dir);
            Set<String> listed = extract.entries().stream().map(Bundle.Entry::file).collect(Collectors.toSet());
            Set<String> wanted = source.entries().stream().map(Bundle.Entry::file).collect(Collectors.toSet());
            if (!listed.equals(wanted) || !java.util.Arrays.equals(extract.bytes("datasets.tsv"), source.bytes("datasets.tsv"))) {
                return false;   // an empty or cut manifest passes every checksum it holds
            }
            for (Bundle.Entry e : extract.entries()) {
                MessageDigest sha = sha256();
                sha.update(Files.readAllBytes(dir.resolve(e.file())));
                if (!HexFormat.of().formatHex(sha.digest()).equals(e.sha256())) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;   // a missing or unreadable file, or a malformed manifest
        }
    }

    /**
     * Cuts the extract into a temporary folder and renames it to {@code dir}. A run that loses the
     * rename to another run cutting the same extract takes the other's folder when it is intact.
     */
    static void write(Bundle source, Path dir, Set<Integer> states) {
        Path tmp = dir.resolveSibling(dir.getFileName() + scratchSuffix());
        try {
            Files.createDirectories(tmp);
            StringBuilder manifest = new StringBuilder("file\trows\tsha256\tdataset\n");
            for (Bundle.Entry e : source.entries()) {
                String[] written = copy(source, e, tmp, CODES.get(e.file()), states);
                manifest.append(e.file()).append('\t').append(written[0]).append('\t').append(written[1]).append('\t')
                        .append(e.dataset()).append('\n');
            }
            Files.write(tmp.resolve("datasets.tsv"), source.bytes("datasets.tsv"));
            Files.writeString(tmp.resolve("MANIFEST.tsv"), manifest, StandardCharsets.UTF_8);
            if (Files.exists(dir) && !intact(dir, source)) {
                swap(tmp, dir, source);
                return;
            }
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir);
            }
        } catch (IOException e) {
            Scratch.delete(tmp);
            if (intact(dir, source)) {
                // another run finished the same extract first and ours lost the rename. On Linux that
                // says only "Directory not empty" (a plain FileSystemException, not the
                // DirectoryNotEmptyException a non-atomic move gives), so the folder itself is checked
                return;
            }
            throw new UncheckedIOException("cannot write the data extract " + dir, e);
        }
    }

    /** Copies the header and the kept rows; returns the row count and the new file's checksum. */
    private static String[] copy(Bundle source, Bundle.Entry e, Path dir, int[] codes, Set<Integer> states)
            throws IOException {
        MessageDigest sha = sha256();
        long[] rows = {0};
        List<String> header = header(source, e.file());
        try (OutputStream file = Files.newOutputStream(dir.resolve(e.file()));
             DigestOutputStream digest = new DigestOutputStream(file, sha);
             GZIPOutputStream gz = new GZIPOutputStream(digest, 1 << 16)) {
            gz.write((String.join("\t", header) + "\n").getBytes(StandardCharsets.UTF_8));
            Tsv.read(source, e.file(), header, row -> {
                if (keep(row, codes, states)) {
                    try {
                        gz.write((row.line() + "\n").getBytes(StandardCharsets.UTF_8));
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                    rows[0]++;
                }
            });
        }
        return new String[] {String.valueOf(rows[0]), HexFormat.of().formatHex(sha.digest())};
    }

    private static boolean keep(Tsv.Row row, int[] codes, Set<Integer> states) {
        if (codes == null) {
            return true; // small tables are kept whole
        }
        for (int c : codes) {
            if (!states.contains(row.integer(c))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> header(Bundle source, String file) throws IOException {
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
                source.open(file)), StandardCharsets.UTF_8))) {
            return List.of(in.readLine().split("\t", -1));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    /**
     * Replaces a damaged extract with a complete one: the damaged folder is renamed aside (under a
     * scratch name, so that a run killed here leaves nothing a later run keeps), the new one is
     * renamed in, and the old is deleted. Each step is one rename: no reader sees half a folder.
     */
    private static void swap(Path tmp, Path dir, Bundle source) throws IOException {
        Path aside = tmp.resolveSibling(tmp.getFileName() + "-damaged");
        if (intact(dir, source)) {
            Scratch.delete(tmp);   // another run has swapped its complete extract in since this one looked
            return;
        }
        try {
            Files.move(dir, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.NoSuchFileException gone) {
            // another run moved it aside first
        }
        try {
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.FileSystemException raced) {
            // another run swapped its own complete extract in first (on Linux a lost rename says
            // only "Directory not empty", so the folder itself is checked, as in write)
            Scratch.delete(tmp);
            Scratch.delete(aside);
            if (!intact(dir, source)) {
                throw raced;
            }
            return;
        }
        Scratch.delete(aside);
    }
}
