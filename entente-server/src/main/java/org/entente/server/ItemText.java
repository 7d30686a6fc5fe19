package org.entente.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes one new list item of a case file as YAML text, in the file's own style: one
 * {@code key: value} line per field, lists and nested mappings in flow style ({@code [a, b]},
 * {@code {from: 2022}}). Words, ids and dates are written plain; every other string is written
 * double-quoted with JSON escapes (a JSON string is a valid YAML double-quoted scalar), so no
 * text an analyst types can change the structure around it. Nothing is checked here beyond
 * that: the case-file validator judges the result, with the same messages as the command line.
 */
final class ItemText {

    /** Keys as case files write them. */
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    /** Ids and vocabulary words, safe to write unquoted (and never read as a number or boolean). */
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    /** Dates at any precision, written unquoted as the built-in cases do. */
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}){0,2}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ItemText() {
    }

    /**
     * @param fields the item's fields in the order to write them; null and blank values are left out
     * @param order  the keys to write first, in this order (the case format's own order)
     * @param indent the spaces before the item's dash
     * @return the item's lines, without line ends
     * @throws ApiProblem 400 when a key is not a case-file key or a value has an unsupported shape
     */
    static List<String> item(Map<String, ?> fields, List<String> order, int indent) {
        Map<String, Object> sorted = new LinkedHashMap<>();
        order.stream().filter(fields::containsKey).forEach(k -> sorted.put(k, fields.get(k)));
        fields.forEach(sorted::putIfAbsent);
        List<String> lines = new ArrayList<>();
        String pad = " ".repeat(indent);
        for (Map.Entry<String, Object> f : sorted.entrySet()) {
            if (!KEY.matcher(f.getKey()).matches()) {
                throw ApiProblem.badRequest("'" + Html.clip(f.getKey()) + "' is not a case-file key",
                        "keys are lower-case words joined by underscores; see docs/case-format.md");
            }
            if (absent(f.getValue())) {
                continue;
            }
            lines.add(pad + (lines.isEmpty() ? "- " : "  ") + f.getKey() + ": " + value(f.getValue(), 0));
        }
        if (lines.isEmpty()) {
            throw ApiProblem.badRequest("the item has no fields", "send at least an id");
        }
        return lines;
    }

    /** @return whether a value is left out: null, or a string of blanks */
    static boolean absent(Object v) {
        return v == null || (v instanceof String s && s.isBlank());
    }

    /** @return a value in flow style: a plain or quoted scalar, {@code [..]} or {@code {..}} */
    static String value(Object v, int depth) {
        if (depth > 4) {
            throw ApiProblem.badRequest("the item nests too deeply", "case-file items nest at most a few levels");
        }
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String k = String.valueOf(e.getKey());
                if (!KEY.matcher(k).matches()) {
                    throw ApiProblem.badRequest("'" + Html.clip(k) + "' is not a case-file key", "see docs/case-format.md");
                }
                if (!absent(e.getValue())) {
                    parts.add(k + ": " + value(e.getValue(), depth + 1));
                }
            }
            return "{" + String.join(", ", parts) + "}";
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (Object x : l) {
                parts.add(absent(x) ? "\"\"" : value(x, depth + 1));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return scalar(String.valueOf(v).strip());
    }

    /** @return the string plain when it is a word, id or date, else double-quoted */
    static String scalar(String s) {
        boolean plain = (WORD.matcher(s).matches() && !s.equals("true") && !s.equals("false") && !s.equals("null"))
                || DATE.matcher(s).matches();
        if (plain) {
            return s;
        }
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot quote a string", e);
        }
    }
}
