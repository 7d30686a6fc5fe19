package org.entente.casefile;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem in a case file, located to its line and column (both counted from 1).
 *
 * @param file    the file
 * @param line    the line
 * @param column  the column
 * @param message what is wrong
 * @param hint    what to do about it
 */
public record Diagnostic(Path file, int line, int column, String message, String hint) {

    /** Checks the required fields. */
    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    /** @return {@code path:line:column: message}, then the hint on its own indented line */
    public String format() {
        String where = file + ":" + line + ":" + column + ": " + message;
        return hint.isEmpty() ? where : where + System.lineSeparator() + "    hint: " + hint;
    }
}
