package org.entente.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Expands what the user names (files, folders, glob patterns such as {@code data/2019*.CSV.zip})
 * into regular files, in a stable sorted order, so that a re-run applies files in the same order.
 * Folders and patterns pass over what is not event data: Markdown files (a data set's
 * documentation), DuckDB databases (known by their header: an event store, a forecast ledger) with
 * their write-ahead logs ({@code FILE.wal}) and temporary folders ({@code FILE.tmp}), and the store
 * being written with its own, whether it exists yet or not. A file named on its own is taken as
 * named, except the store and its companions, which are refused.
 */
public final class Inputs {

    private Inputs() {
    }

    /**
     * The files to ingest, and the DuckDB files the folders and patterns held that were left out.
     *
     * @param files   the files, sorted and without duplicates
     * @param leftOut the files left out, sorted
     */
    public record Expansion(List<Path> files, List<Path> leftOut) {
    }

    /**
     * @param args paths, folders (read recursively) or globs
     * @return the files, sorted and without duplicates
     * @throws EventsException when an argument names nothing
     */
    public static List<Path> expand(List<String> args) {
        return expand(args, null);
    }

    /**
     * @param args  paths, folders (read recursively) or globs
     * @param store the event store the files go into, or null
     * @return the files, sorted and without duplicates
     * @throws EventsException when an argument names nothing, or names the store or its companions
     */
    public static List<Path> expand(List<String> args, Path store) {
        return expansion(args, store).files();
    }

    /**
     * @param args  paths, folders (read recursively) or globs
     * @param store the event store the files go into, or null
     * @return the files, and the DuckDB files left out
     * @throws EventsException when an argument names nothing, or names the store or its companions
     */
    public static Expansion expansion(List<String> args, Path store) {
        Duck duck = new Duck(store);
        TreeSet<Path> out = new TreeSet<>();
        TreeSet<Path> leftOut = new TreeSet<>();
        for (String arg : args) {
            TreeSet<Path> matched = new TreeSet<>();   // this argument's own, even if an earlier one listed them too
            Path p = Path.of(arg);
            if (isGlob(arg) && !Files.exists(p)) {   // a file named data[1].CSV is that file, not a pattern
                glob(arg, matched);
            } else if (Files.isDirectory(p)) {
                // folders of event data usually carry their documentation; it is not event data
                walk(p, path -> !path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md"), matched);
            } else if (Files.isRegularFile(p)) {
                Path file = p.toAbsolutePath().normalize();
                String own = duck.storesOwn(file);
                if (own != null) {
                    throw EventsException.badInput(arg + ": this is " + own + (own.equals(STORE) ? " being written" : "")
                            + " (--store), not event data; leave it out of the files to ingest");
                }
                matched.add(file);
            } else if (Files.exists(p)) {
                throw EventsException.badInput(arg + ": not a regular file (a device or a pipe); name event files, "
                        + "folders of them or patterns");
            } else {
                throw EventsException.badInput(arg + ": no such file or folder");
            }
            int duckFiles = 0;
            if (!Files.isRegularFile(p)) {
                for (java.util.Iterator<Path> i = matched.iterator(); i.hasNext(); ) {
                    Path f = i.next();
                    if (duck.leaveOut(f)) {
                        i.remove();
                        leftOut.add(f);
                        duckFiles++;
                    }
                }
            }
            if (matched.isEmpty()) {
                throw EventsException.badInput(arg + (Files.isDirectory(p)
                        ? ": the folder holds no event files (its *.md documentation and DuckDB files are left out)"
                        : duckFiles > 0 ? ": the pattern matches no file but DuckDB files, which are left out"
                        : ": the pattern matches no file"));
            }
            out.addAll(matched);
        }
        return new Expansion(new ArrayList<>(out), new ArrayList<>(leftOut));
    }

    /**
     * @param file  a file left out
     * @param store the event store, or null
     * @return what it is, for a note: e.g. "the event store", "the event store's write-ahead log";
     * empty for another DuckDB file or its companions
     */
    public static String whose(Path file, Path store) {
        String own = new Duck(store).storesOwn(file);
        return own == null ? "" : own;
    }

    private static final String STORE = "the event store";

    /** Tells DuckDB's files, and the store's own, from event data. */
    private static final class Duck {
        /** The store, its folder's real path resolved (so that a folder reached through a link is known), or null. */
        private final Path store;
        private final Path storeAsGiven;

        Duck(Path store) {
            this.storeAsGiven = store == null ? null : store.toAbsolutePath().normalize();
            this.store = storeAsGiven == null ? null : real(storeAsGiven);
        }

        /** @return what the file is when it is the store's ("the event store", its write-ahead log or temporary file), else null */
        String storesOwn(Path file) {
            if (store == null) {
                return null;
            }
            Path f = real(file);
            if (f.equals(store) || f.equals(storeAsGiven) || same(file, storeAsGiven)) {
                return STORE;
            }
            for (Path s : List.of(store, storeAsGiven)) {
                if (f.toString().equals(s + ".wal")) {
                    return STORE + "'s write-ahead log";
                }
                if (f.getParent() != null && f.getParent().toString().equals(s + ".tmp")) {
                    return "a temporary file of " + STORE;
                }
            }
            return null;
        }

        /** @return whether a file found in a folder or by a pattern is the store's, or DuckDB's */
        boolean leaveOut(Path file) {
            if (storesOwn(file) != null || database(file)) {
                return true;
            }
            String name = file.getFileName().toString();
            if (name.endsWith(".wal") && database(file.resolveSibling(name.substring(0, name.length() - 4)))) {
                return true;   // a database's write-ahead log: no header of its own
            }
            Path folder = file.getParent();
            String folderName = folder == null || folder.getFileName() == null ? "" : folder.getFileName().toString();
            return folderName.endsWith(".tmp")
                    && database(folder.resolveSibling(folderName.substring(0, folderName.length() - 4)));
        }

        private static boolean same(Path a, Path b) {
            try {
                return Files.exists(b) && Files.isSameFile(a, b);
            } catch (IOException e) {
                return false;
            }
        }

        /** @return the path with its folder's links resolved, when the folder exists */
        private static Path real(Path p) {
            Path parent = p.getParent();
            try {
                return parent == null ? p : parent.toRealPath().resolve(p.getFileName());
            } catch (IOException e) {
                return p;
            }
        }
    }

    /** @return whether the file is a DuckDB database, by its header ({@link DuckFile#isDatabase(Path)}) */
    static boolean database(Path file) {
        return org.entente.duckdb.DuckFile.isDatabase(file);
    }

    private static boolean isGlob(String arg) {
        return arg.contains("*") || arg.contains("?") || arg.contains("[") || arg.contains("{");
    }

    private static void glob(String arg, TreeSet<Path> out) {
        Path abs = Path.of(arg.replaceAll("[*?\\[{].*", "x")).toAbsolutePath().normalize();
        Path base = abs.getParent();
        while (base != null && !Files.isDirectory(base)) {
            base = base.getParent();
        }
        if (base == null) {
            throw EventsException.badInput(arg + ": no folder to search");
        }
        String pattern = Path.of(arg).isAbsolute() ? arg : Path.of("").toAbsolutePath().resolve(arg).normalize().toString();
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        walk(base, m::matches, out);
    }

    private static void walk(Path dir, java.util.function.Predicate<Path> keep, TreeSet<Path> out) {
        // links are followed, to folders too: a folder of data is often a link to a shared disk
        try (Stream<Path> s = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            s.filter(Files::isRegularFile).map(p -> p.toAbsolutePath().normalize()).filter(keep)
                    .filter(p -> !p.getFileName().toString().startsWith(".")).forEach(out::add);
        } catch (IOException | UncheckedIOException e) {
            Throwable c = e instanceof UncheckedIOException u ? u.getCause() : e;
            throw EventsException.badInput(dir + ": cannot list the folder (" + (c instanceof java.nio.file.FileSystemLoopException
                    ? "a link inside it leads back into it" : c instanceof IOException io ? org.entente.reference.data.IoReasons.of(io)
                    : c.getMessage()) + ")");
        }
    }
}
