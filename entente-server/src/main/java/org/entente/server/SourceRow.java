package org.entente.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Appends a source to a case's bibliography table, {@code sources.tsv} (IANA TSV, see
 * docs/case-format.md): one line in the order of the table's own header. A table is started,
 * with the standard header, when the case has none. IANA TSV has no quoting, so a value holding
 * a tab or a line break is refused here; everything else is left to the validator.
 */
final class SourceRow {

    /** The file name, as the case-file reader expects it. */
    static final String FILE = "sources.tsv";
    /** The header of a new table: every column the format knows, in the documented order. */
    static final List<String> COLUMNS = List.of("id", "kind", "title", "author", "publisher", "date", "url",
            "reliability", "endnote");

    private SourceRow() {
    }

    /**
     * @param table  the table's current text ("" when there is none)
     * @param fields the source's fields, by column name
     * @return the new text and the line added
     * @throws ApiProblem 400 for a value with a tab or line break, or a field the table has no column for
     */
    static String[] append(String table, Map<String, ?> fields) {
        String text = table.isEmpty() ? String.join("\t", COLUMNS) + "\n" : table;
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        String header = text.lines().findFirst().orElse("");
        List<String> columns = List.of(header.split("\t", -1));
        Set<String> unknown = new LinkedHashSet<>(fields.keySet());
        columns.forEach(unknown::remove);
        unknown.removeIf(k -> ItemText.absent(fields.get(k)));
        if (!unknown.isEmpty()) {
            throw ApiProblem.badRequest(FILE + " has no column '" + Html.clip(unknown.iterator().next()) + "'",
                    "its columns: " + String.join(", ", columns));
        }
        List<String> row = new ArrayList<>();
        for (String c : columns) {
            Object v = fields.get(c);
            String s = v == null ? "" : String.valueOf(v).strip();
            if (s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                throw ApiProblem.badRequest("the source's '" + c + "' holds a tab or a line break",
                        FILE + " is tab-separated with no quoting: write the value on one line without tabs");
            }
            row.add(s);
        }
        String line = String.join("\t", row);
        String start = text.endsWith("\n") ? text : text + eol;
        return new String[] {start + line + eol, line};
    }

    /** @return the number of lines in the text, i.e. the line (from 1) of a row just appended */
    static int lineCount(String text) {
        return (int) text.lines().count();
    }
}
