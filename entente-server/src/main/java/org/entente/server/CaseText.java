package org.entente.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case file as lines of text, edited in place so that its comments, blank lines and layout
 * survive: a new item goes in as text after the last line of its section, and nothing else in
 * the file is rewritten. (Loading the YAML and writing it back would lose every comment.)
 */
final class CaseText {

    private static final Pattern ITEM = Pattern.compile("^( *)- ");

    private final List<String> lines;
    private final String eol;
    private final boolean finalEol;

    /** One line set, changed or removed: its number (from 1), and its text before and after (null when absent). */
    record Changed(int line, String before, String after) {
    }

    CaseText(String text) {
        this.eol = text.contains("\r\n") ? "\r\n" : "\n";
        this.finalEol = text.isEmpty() || text.endsWith("\n");
        String body = finalEol && !text.isEmpty() ? text.substring(0, text.length() - (text.endsWith("\r\n") ? 2 : 1)) : text;
        this.lines = body.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(body.split("\r?\n", -1)));
    }

    List<String> lines() {
        return lines;
    }

    @Override
    public String toString() {
        return String.join(eol, lines) + (finalEol || !lines.isEmpty() ? eol : "");
    }

    /**
     * Appends an item at the end of a top-level list such as {@code evidence:}, creating the
     * section at the end of the file when it is missing or written as {@code []}.
     *
     * @param section the top-level key
     * @param item    renders the item's lines given the indentation of the list's dashes
     * @return the line (from 1) where the item now starts
     */
    int append(String section, java.util.function.IntFunction<List<String>> item) {
        Pattern header = Pattern.compile("^" + Pattern.quote(section) + ":\\s*(\\[\\s*\\])?\\s*(#.*)?$");
        int h = -1;
        for (int i = 0; i < lines.size() && h < 0; i++) {
            if (header.matcher(lines.get(i)).matches()) {
                h = i;
            }
        }
        if (h < 0) {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
                lines.add("");
            }
            lines.add(section + ":");
            return insert(lines.size(), item.apply(2));
        }
        if (lines.get(h).contains("[")) {
            lines.set(h, section + ":");
            return insert(h + 1, item.apply(2));
        }
        int last = h;
        int indent = -1;
        for (int i = h + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            if (!l.startsWith(" ") && !l.startsWith("-")) {
                break;
            }
            last = i;
            Matcher m = ITEM.matcher(l);
            if (indent < 0 && m.find()) {
                indent = m.group(1).length();
            }
        }
        return insert(last + 1, item.apply(indent < 0 ? 2 : indent));
    }

    private int insert(int at, List<String> item) {
        lines.addAll(at, item);
        return at + 1;
    }

    /**
     * Sets, changes or removes one {@code key: value} line of a block mapping.
     *
     * @param keyLine   the line (from 0) of the key, or -1 when the mapping has no such key
     * @param insertAt  where to add the line when the key is missing (from 0)
     * @param indent    the mapping's key indentation
     * @param key       the key
     * @param value     the new plain value, or null to remove the line
     * @return the line's number (from 1) and text as it was and as it is now (either null when absent)
     */
    Changed setKey(int keyLine, int insertAt, int indent, String key, String value) {
        if (keyLine < 0) {
            if (value == null) {
                return new Changed(insertAt + 1, null, null);
            }
            String added = " ".repeat(indent) + key + ": " + value;
            lines.add(insertAt, added);
            return new Changed(insertAt + 1, null, added);
        }
        String old = lines.get(keyLine);
        Matcher m = Pattern.compile("^(\\s*" + Pattern.quote(key) + ":\\s*)(\\S+)(\\s*(#.*)?)$").matcher(old);
        if (!m.matches()) {
            throw new ApiProblem(409, "the line " + (keyLine + 1) + " holding '" + key + "' is not a simple 'key: value' line",
                    "edit that line by hand, then try again");
        }
        if (value == null) {
            lines.remove(keyLine);
            return new Changed(keyLine + 1, old, null);
        }
        String now = m.group(1) + value + m.group(3);
        lines.set(keyLine, now);
        return new Changed(keyLine + 1, old, now);
    }
}
