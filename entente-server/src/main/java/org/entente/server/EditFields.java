package org.entente.server;

import java.util.List;
import java.util.Map;

/**
 * Checks the fields of an edit's JSON body before anything is built from them. JSON can carry
 * text no file can hold: a {@code \ud800} escape decodes to half of a UTF-16 surrogate pair,
 * which has no UTF-8 form, so writing it would fail half-way through the edit. And JSON has
 * types the case files' fields do not take: a list or a number where text belongs would be
 * written as its Java rendering ({@code [a, b]}, {@code Infinity}) and could pass the validator
 * as text. Both are refused here with the field named, as is a field the edit does not take,
 * which would otherwise be written unchecked or dropped without a word.
 */
final class EditFields {

    /** What a field of an edit holds; a field may always be null or left out. */
    enum Shape {
        /** a JSON string */
        TEXT,
        /** a list of strings (ids, words) */
        TEXTS,
        /** {@code {"from": text, "to": text}} */
        PERIOD,
        /** a list of {@code {"label", "value" (a number), "unit", "qualifier", "date", "sources"}} */
        FIGURES
    }

    private static final Map<String, Shape> PERIOD = Map.of("from", Shape.TEXT, "to", Shape.TEXT);
    private static final Map<String, Shape> FIGURE = Map.of("label", Shape.TEXT, "unit", Shape.TEXT, "qualifier",
            Shape.TEXT, "date", Shape.TEXT, "sources", Shape.TEXTS);

    private EditFields() {
    }

    /** The keys of a figure, in the case format's order. */
    private static final List<String> FIGURE_KEYS = List.of("label", "value", "unit", "qualifier", "date", "sources");

    /**
     * @param fields the edit's fields
     * @param keys   the fields the edit takes, in the case format's order
     * @param shapes what each of them holds
     * @param what   what the edit adds, for the hint: "an evidence item"
     * @throws ApiProblem 400 naming the first field the edit does not take (at any depth), or of the wrong
     *                    type, or holding a number that is not finite
     */
    static void checkTypes(Map<String, ?> fields, List<String> keys, Map<String, Shape> shapes, String what) {
        fields.forEach((k, v) -> {
            Shape shape = shapes.get(k);
            if (shape == null) {
                throw unknown(k, what + " takes " + String.join(", ", keys));
            }
            check(k, v, shape);
        });
    }

    /** @return the refusal of a field an edit does not take, which would otherwise be written or dropped unseen */
    private static ApiProblem unknown(String field, String takes) {
        return ApiProblem.badRequest("unknown field '" + Html.clip(field) + "'", takes);
    }

    private static void check(String field, Object v, Shape shape) {
        if (v == null) {
            return;
        }
        switch (shape) {
            case TEXT -> {
                if (!(v instanceof String)) {
                    throw wrong(field, v, "text", "write it in quotes, as a JSON string");
                }
            }
            case TEXTS -> {
                List<?> l = list(field, v, "a list of text, e.g. [\"brief-2025\"]");
                for (int i = 0; i < l.size(); i++) {
                    check(field + "[" + i + "]", l.get(i) == null ? "" : l.get(i), Shape.TEXT);
                }
            }
            case PERIOD -> object(field, v, PERIOD, List.of("from", "to"), "an object, e.g. {\"from\": \"2025-03\"}");
            case FIGURES -> {
                List<?> l = list(field, v, "a list of figures, e.g. [{\"label\": \"term\", \"value\": 20, "
                        + "\"unit\": \"years\"}]");
                for (int i = 0; i < l.size(); i++) {
                    String at = field + "[" + i + "]";
                    Map<?, ?> figure = object(at, l.get(i), FIGURE, FIGURE_KEYS, "an object, e.g. {\"label\": \"term\", \"value\": "
                            + "20, \"unit\": \"years\"}");
                    Object value = figure.get("value");
                    if (value != null && !(value instanceof Number)) {
                        throw wrong(at + ".value", value, "a number", "write it without quotes, e.g. \"value\": 20");
                    }
                }
            }
            default -> throw new IllegalStateException("unknown shape " + shape);
        }
    }

    private static List<?> list(String field, Object v, String what) {
        if (v instanceof List<?> l) {
            return l;
        }
        throw wrong(field, v, what.substring(0, what.indexOf(',')), "send " + what.substring(what.indexOf(',') + 2));
    }

    private static Map<?, ?> object(String field, Object v, Map<String, Shape> shapes, List<String> keys, String what) {
        if (!(v instanceof Map<?, ?> m)) {
            throw wrong(field, v, what.substring(0, what.indexOf(',')), "send " + what.substring(what.indexOf(',') + 2));
        }
        m.forEach((k, x) -> {
            String at = field + "." + k;
            if (!keys.contains(String.valueOf(k))) {
                throw unknown(at, "'" + field + "' takes " + String.join(", ", keys));
            }
            Shape shape = shapes.get(String.valueOf(k));
            if (shape == null) {
                finite(at, x);
            } else {
                check(at, x, shape);
            }
        });
        return m;
    }

    /** Refuses NaN and infinities (JSON's 1e999 reads as infinity) wherever they are. */
    private static void finite(String field, Object v) {
        if ((v instanceof Double d && !Double.isFinite(d)) || (v instanceof Float f && !Float.isFinite(f))) {
            throw ApiProblem.badRequest("'" + Html.clip(field) + "' must be a finite number, not " + v,
                    "give a number a file can hold, e.g. 1.5e6");
        } else if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> finite(field + "." + k, x));
        } else if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                finite(field + "[" + i + "]", l.get(i));
            }
        }
    }

    /**
     * @param body a signpost observation's body
     * @return its {@code observed}, "" when absent
     * @throws ApiProblem 400 when it is not text (JSON true and false are not among the answers)
     */
    static String observed(Map<String, Object> body) {
        for (String k : body.keySet()) {
            if (!k.equals("observed")) {
                throw unknown(k, "an observation takes only observed, e.g. {\"observed\": \"yes\"}");
            }
        }
        Object v = body.get("observed");
        if (v != null && !(v instanceof String)) {
            throw ApiProblem.badRequest("'observed' must be the text \"yes\", \"no\" or \"unknown\", not " + kind(v),
                    "e.g. {\"observed\": \"yes\"}");
        }
        return v == null ? "" : (String) v;
    }

    private static ApiProblem wrong(String field, Object v, String what, String hint) {
        return ApiProblem.badRequest("'" + Html.clip(field) + "' must be " + what + ", not " + kind(v), hint);
    }

    private static String kind(Object v) {
        if (v instanceof String) {
            return "text";
        }
        if (v instanceof Number) {
            return "a number";
        }
        if (v instanceof Boolean) {
            return v + "";
        }
        return v instanceof List ? "a list" : v instanceof Map ? "an object" : "null";
    }

    /**
     * @param body the parsed body
     * @throws ApiProblem 400 naming the first field, at any depth, whose name or text is not valid
     */
    static void checkText(Map<String, Object> body) {
        body.forEach((k, v) -> {
            name(k);
            text(k, v);
        });
    }

    private static void text(String field, Object v) {
        if (v instanceof String s) {
            int at = loneSurrogate(s);
            if (at >= 0) {
                throw ApiProblem.badRequest("'" + Html.clip(field) + "' is not valid text: character " + (at + 1)
                        + " is a lone surrogate (\\u" + Integer.toHexString(s.charAt(at)) + ")",
                        "JSON escapes from \\ud800 to \\udfff come only in pairs that make one character; send the text "
                                + "as UTF-8");
            }
        } else if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> {
                name(String.valueOf(k));
                text(field + "." + k, x);
            });
        } else if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                text(field + "[" + i + "]", l.get(i));
            }
        }
    }

    private static void name(String key) {
        if (loneSurrogate(key) >= 0) {
            throw ApiProblem.badRequest("a field's name is not valid text: it holds a lone surrogate",
                    "name fields as docs/server.md lists them");
        }
    }

    /** @return the index of the first surrogate not paired with its partner, or -1 */
    static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
