package org.entente.reference.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Why a file could not be read or written, in words a user can act on. Java's file exceptions
 * often carry only the path as their message ("/data/a.csv"), which says where but not why.
 */
public final class IoReasons {

    private IoReasons() {
    }

    /**
     * @param e what the file system answered
     * @return e.g. "permission denied", "a file is in the way", or the system's own reason
     */
    public static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException
                || e instanceof FileSystemException f && f.getReason() != null && f.getReason().contains("Not a directory")) {
            return "a file is in the way";
        }
        if (e instanceof FileSystemException f) {
            if (f.getReason() != null) {
                return f.getReason();
            }
            return f.getFile() != null && Files.exists(Path.of(f.getFile())) ? "a file of that name is in the way"
                    : "the system gave no reason";
        }
        return String.valueOf(e.getMessage());
    }
}
