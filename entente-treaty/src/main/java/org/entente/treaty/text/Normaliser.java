package org.entente.treaty.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans extracted text so that the structure parser sees one treaty, not its typesetting:
 * drops a byte-order mark, turns CRLF and CR into LF, joins words hyphenated across a line
 * break when a lower-case letter stands on both sides ("defen-\nce" becomes "defence"; a break
 * before a capital, as in "Franco-\nGerman", is left alone), removes footnote markers (superscript digits, bracketed
 * numbers such as {@code [12]}, and asterisks stuck to a word) and trailing spaces.
 */
final class Normaliser {

    private static final Pattern HYPHEN_BREAK = Pattern.compile("(\\p{Ll})-[ \\t]*\\n[ \\t]*(\\p{Ll})");
    private static final Pattern SUPERSCRIPT = Pattern.compile("[\\u00B9\\u00B2\\u00B3\\u2070-\\u2079]+");
    private static final Pattern BRACKET_NOTE = Pattern.compile("(?<=[\\p{L}.,;:)\"'\\u201D])\\[\\d{1,3}]");
    private static final Pattern STAR_NOTE = Pattern.compile("(?<=[\\p{L}.,;:])\\*{1,3}(?=[\\s.,;:]|$)");
    private static final Pattern TRAILING = Pattern.compile("[ \\t\\u00A0]+\\n");

    private Normaliser() {
    }

    /**
     * @param raw the text as decoded
     * @return the text cleaned as described in the class comment
     */
    static String normalise(String raw) {
        String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').replace("\f", "\n");
        s = SUPERSCRIPT.matcher(s).replaceAll("");
        s = BRACKET_NOTE.matcher(s).replaceAll("");
        s = STAR_NOTE.matcher(s).replaceAll("");
        s = joinHyphenated(s);
        s = TRAILING.matcher(s).replaceAll("\n");
        return s.strip();
    }

    private static String joinHyphenated(String s) {
        Matcher m = HYPHEN_BREAK.matcher(s);
        return m.replaceAll("$1$2");
    }
}
