package org.entente.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The write token a server beyond loopback makes for itself when none is configured: generated
 * at the first start, kept in a file only its owner can read ({@link #defaultFile()}), and read
 * back at every later start, so that a restart does not change it.
 *
 * <p>The file is written whole under a temporary name beside it, forced to disk, then linked to
 * its name only if no file has that name yet: a reader never sees half a token, and of two
 * servers starting at once the second takes the first one's token rather than replacing it.
 */
public final class TokenFile {

    /** The file's permissions on a POSIX file system: the owner's alone. */
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    /** The permissions that let someone other than the owner read or change a file. */
    private static final Set<PosixFilePermission> OTHERS = PosixFilePermissions.fromString("---rwxrwx");

    private TokenFile() {
    }

    /**
     * A token and where it is kept.
     *
     * @param value   the token
     * @param file    the file that keeps it
     * @param created whether this start made the file (and so the token must be shown, once)
     */
    public record Token(String value, Path file, boolean created) {
    }

    /** A token file that cannot be read, holds no token, is open to others, or cannot be written. */
    public static final class TokenFileException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final boolean badInput;

        TokenFileException(String message, boolean badInput) {
            super(message);
            this.badInput = badInput;
        }

        /** @return whether the user can put it right (a file or folder to fix), rather than a failure such as a full disk */
        public boolean badInput() {
            return badInput;
        }
    }

    /**
     * @return the system property {@code entente.token.file}, else {@code $XDG_CONFIG_HOME/entente/token},
     * else {@code ~/.config/entente/token}
     */
    public static Path defaultFile() {
        String p = System.getProperty("entente.token.file");
        if (p != null && !p.isBlank()) {
            return Path.of(p);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("entente").resolve("token");
    }

    /**
     * @param file where the token is kept
     * @return the token the file keeps, or, when there is no file yet, a new one saved in it
     * @throws TokenFileException when the file cannot be read, holds no token, can be read by
     *                            others, or cannot be written
     */
    static Token readOrCreate(Path file) {
        Optional<String> kept = read(file);
        if (kept.isPresent()) {
            return new Token(kept.get(), file, false);
        }
        String token = newToken();
        return save(file, token) ? new Token(token, file, true)
                : new Token(read(file).orElseThrow(() -> invalid(file)), file, false);   // made meanwhile by another start
    }

    /**
     * Deletes a file this start made, when the server could not start after all, so that the
     * next start makes (and shows) a token again rather than keeping one nobody saw.
     */
    static void forget(Token token) {
        if (!token.created()) {
            return;
        }
        try {
            if (read(token.file()).filter(token.value()::equals).isPresent()) {
                Files.deleteIfExists(token.file());
            }
        } catch (IOException | RuntimeException e) {
            // the token stays; the server's own failure is the one to report
        }
    }

    /** @return the token in the file, or empty when there is no file */
    static Optional<String> read(Path file) {
        String text;
        try {
            if (Files.isDirectory(file)) {
                throw new TokenFileException("the token file " + file + " is a folder; move it away, so that the token "
                        + "can be kept there, or set ENTENTE_TOKEN", true);
            }
            if (posix(file)) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                java.nio.file.attribute.UserPrincipal owner = Files.getOwner(file);
                Optional<java.nio.file.attribute.UserPrincipal> me = runner(file);
                if (me.isPresent() && !owner.equals(me.get())) {
                    throw new TokenFileException("the token file " + file + " belongs to " + owner.getName() + ", not to "
                            + me.get().getName() + " who runs the server; delete it to have a new token made at the next "
                            + "start, or set ENTENTE_TOKEN", true);
                }
                if (perms.stream().anyMatch(OTHERS::contains)) {
                    throw new TokenFileException("the token file " + file + " can be read or changed by other users ("
                            + PosixFilePermissions.toString(perms) + "); make it yours alone (chmod 600 " + file
                            + "), or delete it to have a new token made at the next start", true);
                }
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (FileSystemException e) {
            if ("Not a directory".equals(e.getReason()) && !Files.isDirectory(file.toAbsolutePath().getParent())) {
                return Optional.empty();   // a file stands where a folder should: no token can be there; saving says why
            }
            throw e instanceof AccessDeniedException ? new TokenFileException("cannot read the token file " + file
                    + " (permission denied); make it readable by the user who runs entente serve, or set ENTENTE_TOKEN", true)
                    : new TokenFileException("cannot read the token file " + file + " (" + reason(e) + "); delete it to "
                            + "have a new token made at the next start, or set ENTENTE_TOKEN", true);
        } catch (IOException | UncheckedIOException e) {
            throw new TokenFileException("cannot read the token file " + file + " (" + reason(e) + "); delete it to have "
                    + "a new token made at the next start, or set ENTENTE_TOKEN", true);
        }
        String token = text.strip();
        if (token.length() < 16 || !token.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw invalid(file);
        }
        return Optional.of(token);
    }

    /** @return the user running the server, as the file system names owners; empty when it cannot say */
    private static Optional<java.nio.file.attribute.UserPrincipal> runner(Path file) {
        try {
            return Optional.of(file.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name")));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();   // no such user in the system's list (a container's bare uid): the mode check remains
        }
    }

    private static TokenFileException invalid(Path file) {
        return new TokenFileException("the token file " + file + " holds no token (one line of 16 or more letters, "
                + "digits or signs, no spaces); delete it to have a new token made at the next start, or set ENTENTE_TOKEN",
                true);
    }

    /** @return whether the file was made; false when another start made it first */
    private static boolean save(Path file, String token) {
        Path folder = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            boolean posix = posix(folder);
            Files.createDirectories(folder, posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FOLDER)}
                    : new FileAttribute<?>[0]);
            temp = posix ? Files.createTempFile(folder, ".token-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(folder, ".token-", ".tmp");
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap((token + "\n").getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
            }
            try {
                Files.createLink(file, temp);   // fails if the name is taken: nothing is replaced
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (Files.exists(file)) {
                    return false;
                }
                Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);   // no hard links here
            }
            return true;
        } catch (AccessDeniedException e) {
            throw new TokenFileException("cannot save the new write token in " + file + " (the folder " + folder
                    + " refuses new files); set XDG_CONFIG_HOME to a folder you can write to, or set ENTENTE_TOKEN", true);
        } catch (FileSystemException e) {
            Path blocking = folder;
            while (blocking != null && !Files.exists(blocking)) {
                blocking = blocking.getParent();
            }
            String why = blocking != null && !Files.isDirectory(blocking) ? blocking + " is a file, not a folder" : reason(e);
            throw new TokenFileException("cannot save the new write token in " + file + " (" + why + "); set "
                    + "XDG_CONFIG_HOME to a folder you can write to, or set ENTENTE_TOKEN", true);
        } catch (IOException e) {
            throw new TokenFileException("cannot save the new write token in " + file + " (" + reason(e) + "); nothing "
                    + "was saved; free space or set ENTENTE_TOKEN, then start again", false);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a stray temporary file beside the token; it holds nothing the token file does not
                }
            }
        }
    }

    private static String reason(Exception e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e instanceof NoSuchFileException ? "no such folder" : String.valueOf(e.getMessage());
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
