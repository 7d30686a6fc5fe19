package org.entente.treaty.text;

import java.util.Objects;

/**
 * A treaty's text as extracted and normalised; every character offset Entente reports points
 * into {@link #text()}.
 *
 * @param name   the file name it came from
 * @param format the format it was read as
 * @param text   the normalised text
 */
public record ExtractedText(String name, Format format, String text) {

    /** The formats Entente reads. */
    public enum Format { TEXT, HTML, PDF }

    /** Checks the fields. */
    public ExtractedText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
    }
}
