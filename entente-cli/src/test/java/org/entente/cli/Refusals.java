package org.entente.cli;

import java.util.regex.Pattern;

/**
 * The reasons the system may give for refusing a file or folder under /sys: it depends on who
 * asks (root or not) and on how /sys is mounted (read-only in most containers), so a test that
 * uses /sys accepts any of them, and nothing else.
 */
final class Refusals {

    /** Stands, in an expected message, for "one of the refusals /sys may give". */
    static final String ANY = "\u0000";

    private static final String ONE_OF = "(?:permission denied|a read-only file system|the system does not permit it"
            + "|the system does not let a (?:file|folder) be made there)";

    private Refusals() {
    }

    /** @return a pattern matching the text as written, or any refusal where it is {@link #ANY} */
    static String pattern(String expected) {
        return expected.equals(ANY) ? ONE_OF : expected.contains(ANY)
                ? Pattern.quote(expected.substring(0, expected.indexOf(ANY))) + ONE_OF
                : Pattern.quote(expected);
    }
}
