package org.entente.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.entente.casefile.CaseFiles;
import org.entente.casefile.Diagnostic;
import org.entente.reference.data.Scratch;

/**
 * Applies edits to the case files, which stay the only record of a case. Each edit changes one
 * file ({@code case.yaml} or {@code sources.tsv}) as text; while the case's lock is held it is
 * checked against the version the client saw, the candidate is written into a temporary copy of
 * the case folder and validated there with the command line's validator, and only a valid
 * candidate replaces the file (written beside it, forced to disk, renamed over it). The edit
 * then goes to the case's audit trail.
 */
final class CaseEdits {

    /** One change to one file of a case. */
    interface Edit {
        /** @return what the edit does, e.g. {@code add-evidence} */
        String action();

        /** @return the file it changes, relative to the case folder */
        String file();

        /** @return the id of the item added or changed */
        String item();

        /** @return the file's new text given its current text ("" when absent) */
        Change apply(String current);
    }

    /**
     * @param text   the file's new text
     * @param line   the line (from 1) where the change is
     * @param before the changed text as it was (null when added)
     * @param after  the changed text as it is now (null when removed)
     */
    record Change(String text, int line, String before, String after) {
    }

    /** Who made an edit, and how: a name from a header or form field, "api" or "form", the address. */
    record Who(String name, String via, String address) {
    }

    /** An edit in place: where it went and the case's new version. */
    record Applied(String caseId, String action, String item, String file, int line, String version, boolean changed) {
    }

    private final Library library;
    private final AuditLog audit;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    CaseEdits(Library library, AuditLog audit) {
        this.library = library;
        this.audit = audit;
    }

    AuditLog audit() {
        return audit;
    }

    /** @return the case's version: SHA-256 over its case file and bibliography table, in hex */
    String version(String id) {
        return version(library.folder(id));
    }

    /**
     * Applies one edit, serialised with every other edit of the same case.
     *
     * @param id      the case id
     * @param edit    the change
     * @param ifMatch the version the client edited, or empty to edit whatever is current
     * @param who     who asks
     * @return where the edit went and the new version
     * @throws ApiProblem 409 when the version is stale, 400 with located problems when the result does not validate
     */
    Applied apply(String id, Edit edit, Optional<String> ifMatch, Who who) {
        Path folder = library.folder(id);
        ReentrantLock lock = locks.computeIfAbsent(id, k -> new ReentrantLock(true));
        lock.lock();
        try {
            String before = version(folder);
            String expected = ifMatch.map(CaseEdits::unquote).orElse("*");
            if (!expected.equals("*") && !expected.equals(before)) {
                throw new ApiProblem(409, "the case has changed since version " + Html.clip(expected),
                        "reload it (current version " + before + ") and make the edit again");
            }
            Path target = folder.resolve(edit.file());
            String current = Files.isRegularFile(target) ? Files.readString(target, StandardCharsets.UTF_8) : "";
            Change change = edit.apply(current);
            if (change.text().equals(current)) {
                return new Applied(id, edit.action(), edit.item(), edit.file(), change.line(), before, false);
            }
            validate(folder, id, edit.file(), change.text());
            if (!version(folder).equals(before)) {
                throw new ApiProblem(409, "the case file changed on disk during the edit", "reload it and try again");
            }
            write(target, change.text());
            library.forget(id);
            String after = version(folder);
            audit.append(folder, entry(id, edit, change, who, before, after));
            return new Applied(id, edit.action(), edit.item(), edit.file(), change.line(), after, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot edit case " + id, e);
        } finally {
            lock.unlock();
        }
    }

    private static Map<String, Object> entry(String id, Edit edit, Change change, Who who, String before, String after) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("at", Instant.now().toString());
        e.put("who", who.name());
        e.put("via", who.via());
        e.put("address", who.address());
        e.put("case", id);
        e.put("action", edit.action());
        e.put("item", edit.item());
        e.put("file", edit.file());
        e.put("line", change.line());
        e.put("versionBefore", before);
        e.put("versionAfter", after);
        e.put("before", change.before());
        e.put("after", change.after());
        return e;
    }

    /** Validates the candidate in a temporary copy of the case folder, named as the case so its id still matches. */
    private void validate(Path folder, String id, String file, String text) throws IOException {
        Path scratch = Path.of(System.getProperty("java.io.tmpdir"));
        Scratch.sweep(scratch, EDIT_COPY);   // copies a killed server left
        Path tmp = Files.createTempDirectory(scratch, "entente-edit-" + Scratch.pid() + "-");
        try {
            Path copy = tmp.resolve(id);
            copyCase(folder, copy);
            Files.writeString(copy.resolve(file), text, StandardCharsets.UTF_8);
            CaseFiles.Outcome o = library.files().check(copy.resolve(CaseFiles.FILE_NAME));
            if (!o.valid()) {
                List<Map<String, Object>> problems = o.diagnostics().stream().limit(50).map(CaseEdits::problem).toList();
                Diagnostic first = o.diagnostics().get(0);
                throw new ApiProblem(400, (String) problems.get(0).get("text"), first.hint(), problems);
            }
        } finally {
            Scratch.delete(tmp);
        }
    }

    /** @return a diagnostic as JSON, named by the file's name in the case folder (not the temporary copy's path) */
    static Map<String, Object> problem(Diagnostic d) {
        String name = d.file().getFileName().toString();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("file", name);
        p.put("line", d.line());
        p.put("column", d.column());
        p.put("message", d.message());
        p.put("hint", d.hint());
        p.put("text", name + ":" + d.line() + ":" + d.column() + ": " + d.message());
        return p;
    }

    private static void copyCase(Path from, Path to) throws IOException {
        try (var all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path rel = from.relativize(p);
                String name = p.getFileName().toString();
                if (!rel.toString().isEmpty() && (name.startsWith(".") || name.equals(AuditLog.FILE))) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Temporary copies made to validate an edit: the server's process id, then a random number. */
    private static final Pattern EDIT_COPY = Pattern.compile("entente-edit-(\\d+)-\\d*");

    /**
     * Writes beside the target, forces the bytes to disk, then renames over it: readers see the old
     * file or the new, never half. The scratch name carries the process id, so that scratch a killed
     * server left beside the target is removed here, and a running one's is not.
     */
    static void write(Path target, String text) throws IOException {
        String name = target.getFileName().toString();
        Scratch.sweep(target.getParent(), Pattern.compile("\\." + Pattern.quote(name) + "\\.(\\d+)-[0-9a-f-]+\\.tmp"));
        Path tmp = target.resolveSibling("." + name + "." + Scratch.pid() + "-" + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (b.hasRemaining()) {
                    out.write(b);
                }
                out.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform can sync a directory; the rename itself is still atomic
        }
    }

    static String version(Path folder) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : List.of(CaseFiles.FILE_NAME, SourceRow.FILE)) {
                Path p = folder.resolve(name);
                sha.update((name + "\0").getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(p)) {
                    sha.update(Files.readAllBytes(p));
                }
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the case in " + folder, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** @return an ETag or form value without its quotes and weak marker */
    static String unquote(String tag) {
        String t = tag.strip();
        if (t.startsWith("W/")) {
            t = t.substring(2);
        }
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}
