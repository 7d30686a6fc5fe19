package org.entente.casefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.entente.model.PartialDate;
import org.entente.model.Reliability;
import org.entente.model.Source;
import org.entente.model.SourceKind;
import org.entente.model.Spelling;
import org.entente.model.Word;

/**
 * Reads a case's bibliography table, {@code sources.tsv}, kept beside {@code case.yaml}.
 * A bibliography is a table, so it is kept as one: one source per line, easy to sort, filter and
 * edit in a spreadsheet or to fill from a reference manager's export. The format is IANA
 * tab-separated values: a header line naming the columns, then one line per source, fields
 * separated by a single tab, no quoting (a field may not hold a tab or a line break). A problem
 * is reported at the line and the character column where its field starts.
 */
final class Bibliography {

    /** The name of the table inside a case folder. */
    static final String FILE_NAME = "sources.tsv";
    /** The columns, in the order docs/case-format.md gives them and hints list them. */
    private static final List<String> COLUMNS = List.of("id", "kind", "title", "author", "publisher", "date", "url",
            "reliability", "endnote");
    private static final List<String> REQUIRED = List.of("id", "kind", "title");

    private final Path file;
    private final Problems problems;
    private final Ids ids;

    Bibliography(Path file, Problems problems, Ids ids) {
        this.file = file;
        this.problems = problems;
        this.ids = ids;
    }

    /**
     * @return the sources of the table; when the table cannot be read at all (not UTF-8, no
     * usable header), that is reported once and references to sources are not checked, since
     * each would only repeat it
     */
    List<Source> read() {
        Optional<List<String>> lines = lines();
        if (lines.isEmpty() || lines.get().isEmpty()) {
            lines.ifPresent(l -> at(1, 1, "the bibliography is empty", "the first line names the columns: "
                    + String.join("\t", COLUMNS)));
            ids.unread(Ids.Kind.SOURCE);
            return List.of();
        }
        Optional<Map<String, Integer>> header = header(lines.get().get(0));
        if (header.isEmpty()) {
            ids.unread(Ids.Kind.SOURCE);
            return List.of();
        }
        List<Source> out = new ArrayList<>();
        for (int i = 1; i < lines.get().size(); i++) {
            String line = lines.get().get(i);
            if (!line.isBlank()) {
                row(i + 1, line, header.get()).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<List<String>> lines() {
        byte[] bytes = new byte[0];
        try {
            bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replace("\r\n", "\n");
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            if (lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1); // the final line break ends the last line
            }
            return Optional.of(lines);
        } catch (CharacterCodingException e) {
            org.entente.model.Utf8Fault f = org.entente.model.Utf8Fault.find(bytes).orElseThrow();
            at(f.line(), f.column(), "the bibliography is not valid UTF-8 (byte 0x" + String.format("%02X", f.value())
                    + " at offset " + f.offset() + ")", "save it as UTF-8 (spreadsheets: 'UTF-8 tab-separated')");
        } catch (IOException e) {
            at(1, 1, "cannot read the bibliography: " + e.getMessage(), "check that it is readable");
        }
        return Optional.empty();
    }

    private Optional<Map<String, Integer>> header(String line) {
        Map<String, Integer> index = new HashMap<>();
        String[] names = line.split("\t", -1);
        int column = 1;
        boolean ok = true;
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip();
            if (!COLUMNS.contains(name)) {
                List<String> near = Spelling.nearest(name, COLUMNS, 1);
                at(1, column, "unknown column '" + name + "' in the bibliography",
                        near.isEmpty() ? "columns: " + String.join(", ", COLUMNS) : "did you mean '" + near.get(0) + "'?");
                ok = false;
            } else if (index.putIfAbsent(name, i) != null) {
                at(1, column, "column '" + name + "' appears twice", "keep one");
                ok = false;
            }
            column += names[i].length() + 1;
        }
        for (String r : REQUIRED) {
            if (!index.containsKey(r)) {
                at(1, 1, "the bibliography has no '" + r + "' column", "add it to the header line");
                ok = false;
            }
        }
        return ok ? Optional.of(index) : Optional.empty();
    }

    private Optional<Source> row(int lineNo, String line, Map<String, Integer> header) {
        int before = problems.count();
        Row r = new Row(lineNo, line.split("\t", -1));
        if (r.fields.length != header.size()) {
            at(lineNo, 1, "the line has " + r.fields.length + " fields, the header " + header.size(),
                    "separate fields with exactly one tab; leave a field empty rather than out");
            return Optional.empty();
        }
        Optional<String> id = r.text(header, "id");
        id.filter(i -> !i.matches("[a-z0-9][a-z0-9-]{0,63}")).ifPresent(i -> r.error(header, "id",
                "id '" + i + "' is not of the form lower-case-words-with-hyphens", "use a-z, 0-9 and '-'"));
        id.filter(i -> i.matches("[a-z0-9][a-z0-9-]{0,63}"))
                .ifPresent(i -> ids.define(i, Ids.Kind.SOURCE, r.place(header, "id")));
        Optional<SourceKind> kind = r.text(header, "kind").flatMap(k -> Word.parse(SourceKind.class, k).or(() -> {
            r.error(header, "kind", "unknown kind '" + k + "'", "valid: " + String.join(", ", Word.ids(SourceKind.class)));
            return Optional.empty();
        }));
        Optional<String> title = r.text(header, "title");
        Optional<String> author = r.optional(header, "author");
        Optional<String> publisher = r.optional(header, "publisher");
        if (author.isEmpty() && publisher.isEmpty()) {
            at(lineNo, 1, "source names neither author nor publisher", "fill the 'author' or 'publisher' column");
        }
        Optional<PartialDate> date = r.optional(header, "date").flatMap(d -> r.date(header, d));
        Optional<Reliability> grade = r.optional(header, "reliability").flatMap(g -> r.grade(header, g));
        OptionalInt endnote = r.optional(header, "endnote").map(e -> r.endnote(header, e)).orElse(OptionalInt.empty());
        if (problems.count() != before) {
            return Optional.empty();
        }
        return Optional.of(new Source(id.get(), kind.get(), title.get(), author, publisher, date,
                r.optional(header, "url"), grade, endnote));
    }

    private void at(int line, int column, String message, String hint) {
        problems.at(new Problems.Place(file, line, column), message, hint);
    }

    /** One line of the table, with the character column of each field. */
    private final class Row {
        private final int line;
        private final String[] fields;

        Row(int line, String[] fields) {
            this.line = line;
            this.fields = fields;
        }

        Problems.Place place(Map<String, Integer> header, String column) {
            int col = 1;
            for (int i = 0; i < header.get(column); i++) {
                col += fields[i].length() + 1;
            }
            return new Problems.Place(file, line, col);
        }

        void error(Map<String, Integer> header, String column, String message, String hint) {
            problems.at(place(header, column), message, hint);
        }

        Optional<String> optional(Map<String, Integer> header, String column) {
            Integer i = header.get(column);
            return i == null || fields[i].isBlank() ? Optional.empty() : Optional.of(fields[i].strip());
        }

        Optional<String> text(Map<String, Integer> header, String column) {
            Optional<String> v = optional(header, column);
            if (v.isEmpty()) {
                error(header, column, "missing required field '" + column + "'", "fill the column");
            }
            return v;
        }

        Optional<PartialDate> date(Map<String, Integer> header, String text) {
            try {
                Optional<PartialDate> d = PartialDate.parse(text);
                if (d.isEmpty()) {
                    error(header, "date", "'" + text + "' is not a date", "write YYYY, YYYY-MM or YYYY-MM-DD");
                }
                return d;
            } catch (IllegalArgumentException e) {
                error(header, "date", "impossible date '" + text + "': " + e.getMessage(), "check the month and day");
                return Optional.empty();
            }
        }

        Optional<Reliability> grade(Map<String, Integer> header, String text) {
            try {
                return Optional.of(Reliability.parse(text));
            } catch (IllegalArgumentException e) {
                error(header, "reliability", "'reliability' " + text + ": " + e.getMessage(), "Admiralty code, e.g. B2");
                return Optional.empty();
            }
        }

        OptionalInt endnote(Map<String, Integer> header, String text) {
            if (text.matches("\\d{1,4}")) {
                return OptionalInt.of(Integer.parseInt(text));
            }
            error(header, "endnote", "'endnote' must be a whole number, found '" + text + "'", "write e.g. 14");
            return OptionalInt.empty();
        }
    }
}
