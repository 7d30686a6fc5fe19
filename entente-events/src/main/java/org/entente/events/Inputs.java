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
 * into regular files (Markdown files inside folders are passed over), in a stable sorted order, so that a re-run applies files in the same order.
 */
public final class Inputs {

    private Inputs() {
    }

    /**
     * @param args paths, folders (read recursively) or globs
     * @return the files, sorted and without duplicates
     * @throws EventsException when an argument names nothing
     */
    public static List<Path> expand(List<String> args) {
        TreeSet<Path> out = new TreeSet<>();
        for (String arg : args) {
            TreeSet<Path> matched = new TreeSet<>();   // this argument's own, even if an earlier one listed them too
            Path p = Path.of(arg);
            if (isGlob(arg) && !Files.exists(p)) {   // a file named data[1].CSV is that file, not a pattern
                glob(arg, matched);
            } else if (Files.isDirectory(p)) {
                // folders of event data usually carry their documentation; it is not event data
                walk(p, path -> !path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md"), matched);
            } else if (Files.isRegularFile(p)) {
                matched.add(p.toAbsolutePath().normalize());
            } else if (Files.exists(p)) {
                throw EventsException.badInput(arg + ": not a regular file (a device or a pipe); name event files, "
                        + "folders of them or patterns");
            } else {
                throw EventsException.badInput(arg + ": no such file or folder");
            }
            if (matched.isEmpty()) {
                throw EventsException.badInput(arg + (Files.isDirectory(p)
                        ? ": the folder holds no event files (its *.md documentation is left out)"
                        : ": the pattern matches no file"));
            }
            out.addAll(matched);
        }
        return new ArrayList<>(out);
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
