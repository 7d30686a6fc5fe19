package org.entente.treaty.clause;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text into lines and classifies each one (see {@link Line.Kind}). Only the shape of
 * a line counts here; the {@link Parser} decides what the lines mean together, e.g. whether bare
 * numbers are articles (when no line says "Article") or paragraph numbers.
 */
final class Scanner {

    private static final Pattern ARTICLE = Pattern.compile(
            "(?i)(?:article|art\\.)\\s+(\\d{1,3}[a-z]?|[ivxlc]{1,7}|[a-z]+(?:-[a-z]+)?)\\s*(?:([.:\\u2014\\u2013-])\\s*(.*))?");
    private static final Pattern BARE = Pattern.compile("(\\d{1,3}|[IVXLC]{1,7})\\.?");
    private static final Pattern NUMBERED = Pattern.compile(
            "(?:(\\d{1,2})[.)]\\s+|\\((\\d{1,2}|[a-z]{1,4})\\)\\.?\\s*|([a-z])[.)]\\s*)(?=\\S)");
    private static final Pattern PART = Pattern.compile(
            "(?i)(?:secret\\s+)?(?:additional\\s+|supplementary\\s+|optional\\s+)?(?:annex|appendix|protocol|schedule)\\b[^.;,]{0,100}\\.?");
    private static final Pattern SECTION = Pattern.compile("(?i)(?:chapter|part|section|title)\\s+[ivxlc\\d]+\\.?");
    private static final Pattern CLOSING = Pattern.compile(
            "(?i)(?:in witness whereof|in faith whereof|done (?:at|in)\\b|signed at\\b|(?-i:Signed|SIGNED) in\\b).*"
                    + "|[A-Z][a-z]+, (?:[A-Z][a-z]+ \\d{1,2}|\\d{1,2} [A-Z][a-z]+),? \\d{4}\\.?");

    private Scanner() {
    }

    /**
     * @param text the normalised text
     * @return its lines, classified, in order
     */
    static List<Line> scan(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            lines.add(classify(text, start, end));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }

    private static Line classify(String text, int start, int end) {
        String raw = text.substring(start, end);
        String line = raw.strip();
        int lead = start + raw.indexOf(line.isEmpty() ? raw : line);
        if (line.isEmpty()) {
            return new Line(Line.Kind.BLANK, start, end, "", -1, end);
        }
        Line heading = article(line, lead, end);
        if (heading != null) {
            return heading;
        }
        if (BARE.matcher(line).matches()) {
            String label = line.replace(".", "");
            return new Line(Line.Kind.BARE_NUMBER, lead, end, label, Numerals.value(label), end);
        }
        if (line.startsWith("[") && line.endsWith("]")) {
            return new Line(Line.Kind.NOTE, lead, end, "", -1, end);
        }
        if (PART.matcher(line).matches() && !line.contains("shall") && Character.isUpperCase(line.charAt(0))) {
            return new Line(Line.Kind.PART, lead, end, line.replaceAll("\\.$", ""), -1, end);
        }
        if (CLOSING.matcher(line).matches()) {
            return new Line(Line.Kind.CLOSING, lead, end, "", -1, lead);
        }
        if (SECTION.matcher(line).matches() || capitals(line)) {
            return new Line(Line.Kind.SECTION, lead, end, line, -1, end);
        }
        Matcher m = NUMBERED.matcher(line);
        if (m.lookingAt()) {
            String label = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            return new Line(Line.Kind.NUMBERED, lead, end, label, Numerals.value(label), lead + m.end());
        }
        return new Line(Line.Kind.TEXT, lead, end, "", -1, lead);
    }

    private static Line article(String line, int lead, int end) {
        Matcher m = ARTICLE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String label = m.group(1);
        int value = Numerals.value(label);
        if (value <= 0) {
            return null;
        }
        int body = m.group(3) == null || m.group(3).isEmpty() ? end : lead + m.start(3);
        return new Line(Line.Kind.ARTICLE, lead, end, label, value, body);
    }

    /** @return whether the line is a short heading in capitals, such as "SECURITY AND DEFENCE" */
    private static boolean capitals(String line) {
        return line.length() <= 120 && line.contains(" ") && line.chars().anyMatch(Character::isLetter)
                && line.chars().noneMatch(Character::isLowerCase) && !line.endsWith(",");
    }
}
