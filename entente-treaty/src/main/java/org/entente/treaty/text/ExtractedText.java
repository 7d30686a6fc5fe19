package org.entente.treaty.text;

import java.util.Objects;

/**
 * A treaty's text as extracted and normalised; every character offset Entente reports points
 * into {@link #text()}.
 *
 * @param name     the file name it came from
 * @param format   the format it was read as
 * @param text     the normalised text
 * @param warnings what was lost in reading, e.g. the pages of a damaged PDF that gave no text; empty for a whole text
 */
public record ExtractedText(String name, Format format, String text, java.util.List<String> warnings) {

    /** The formats Entente reads. */
    public enum Format { TEXT, HTML, PDF }

    /** Checks the fields and copies the list. */
    public ExtractedText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        warnings = java.util.List.copyOf(warnings);
    }

    /**
     * A text read whole.
     *
     * @param name   the file name it came from
     * @param format the format it was read as
     * @param text   the normalised text
     */
    public ExtractedText(String name, Format format, String text) {
        this(name, format, text, java.util.List.of());
    }
}
