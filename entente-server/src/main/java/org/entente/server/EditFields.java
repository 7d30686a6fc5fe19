package org.entente.server;

import java.util.List;
import java.util.Map;

/**
 * Checks the fields of an edit's JSON body before anything is built from them. JSON can carry
 * text no file can hold: a {@code \ud800} escape decodes to half of a UTF-16 surrogate pair,
 * which has no UTF-8 form, so writing it would fail half-way through the edit. Such text is
 * refused here with the field named.
 */
final class EditFields {

    private EditFields() {
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
