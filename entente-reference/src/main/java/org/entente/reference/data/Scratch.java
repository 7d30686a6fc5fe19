package org.entente.reference.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scratch files and folders that are written first and renamed into place when complete. Their
 * names carry the id of the process that writes them, so that a later run can tell what a killed
 * run left behind (its process is gone) from what a running one is still writing (never touched).
 */
public final class Scratch {

    private Scratch() {
    }

    /** @return the id that this process puts in its scratch names */
    public static long pid() {
        return ProcessHandle.current().pid();
    }

    /**
     * Removes the files and folders in {@code folder} whose names match {@code name} (its first
     * group is the writer's process id) and whose writer is no longer running. Any failure is
     * ignored: scratch never stops the work it is cleared for.
     *
     * @param folder the folder to clear
     * @param name   the scratch names, with the process id as group 1
     * @return how many were removed
     */
    public static int sweep(Path folder, Pattern name) {
        int removed = 0;
        try (var entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                Matcher m = name.matcher(p.getFileName().toString());
                if (m.matches() && !alive(m.group(1)) && delete(p)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable folder: the scratch stays until a later run can clear it
        }
        return removed;
    }

    /** @return whether the process is running; a number too large to be an id counts as running (kept) */
    static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /**
     * Deletes a file, or a folder with all it holds, as far as it can; what cannot be deleted stays.
     *
     * @param p the file or folder
     * @return whether it is gone
     */
    public static boolean delete(Path p) {
        try (var all = Files.walk(p)) {
            all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return !Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }
}
