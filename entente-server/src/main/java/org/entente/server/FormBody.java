package org.entente.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes a page's form body ({@code application/x-www-form-urlencoded}, UTF-8) strictly. The
 * servlet container's own decoding puts U+FFFD in place of bytes that are not UTF-8 and drops
 * fields whose percent escapes are broken, so an edit would save a replacement character, or
 * be refused for the wrong reason; here either is refused with the field named. A query string
 * has the same encoding, and is checked the same way ({@link #query}).
 */
final class FormBody {

    /** What is decoded, for the words of a refusal. */
    private enum Kind {
        FORM("the form's encoding is malformed: ", "the field", "a field's name",
                "send the form as the page does: URL-encoded UTF-8"),
        QUERY("the query is malformed: ", "the query parameter", "a query parameter's name",
                "percent-encode the parameter as UTF-8, e.g. asOf=2024-06 or observe=sp-su35-delivered%3Ayes");

        final String malformed;
        final String field;
        final String name;
        final String hint;

        Kind(String malformed, String field, String name, String hint) {
            this.malformed = malformed;
            this.field = field;
            this.name = name;
            this.hint = hint;
        }
    }

    private FormBody() {
    }

    /**
     * Refuses a parameter given more than once, of which a reader would silently keep the first.
     *
     * @param params     the decoded parameters
     * @param repeatable those that may repeat
     * @param what       what a parameter is called in the refusal: "the query parameter", "the field"
     * @param hint       what to send instead
     * @throws ApiProblem 400 naming the first one given twice
     */
    static void once(Map<String, List<String>> params, java.util.Set<String> repeatable, String what, String hint) {
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            if (p.getValue().size() > 1 && !repeatable.contains(p.getKey())) {
                throw ApiProblem.badRequest(what + " '" + Html.clip(p.getKey()) + "' is given " + p.getValue().size()
                        + " times", hint);
            }
        }
    }

    /**
     * @param body the raw body
     * @return every field's values, in the order sent
     * @throws ApiProblem 400 when a percent escape is broken or a name or value is not UTF-8
     */
    static Map<String, List<String>> parse(byte[] body) {
        return parse(body, true, Kind.FORM);
    }

    /**
     * @param raw a query string as sent, not yet decoded
     * @return every parameter's values, in the order sent
     * @throws ApiProblem 400 naming the parameter when a percent escape is broken or its bytes are not UTF-8
     */
    static Map<String, List<String>> query(String raw) {
        return parse(raw.getBytes(StandardCharsets.UTF_8), true, Kind.QUERY);
    }

    /**
     * @param body the raw body
     * @return every field's values as near to what was typed as they can be shown: a broken percent
     * escape kept as typed, bytes that are not UTF-8 as U+FFFD; for redrawing a refused form, never
     * for saving
     */
    static Map<String, List<String>> lenient(byte[] body) {
        return parse(body, false, Kind.FORM);
    }

    private static Map<String, List<String>> parse(byte[] body, boolean strict, Kind kind) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        int start = 0;
        while (start <= body.length) {
            int end = indexOf(body, (byte) '&', start, body.length);
            if (end > start) {
                int eq = indexOf(body, (byte) '=', start, end);
                String name = decode(body, start, eq, null, strict, kind);
                String value = eq < end ? decode(body, eq + 1, end, name, strict, kind) : "";
                out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
            start = end + 1;
        }
        return out;
    }

    private static int indexOf(byte[] b, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == wanted) {
                return i;
            }
        }
        return to;
    }

    /** Decodes one name or value: '+' is a space, %XX a byte; the bytes must be UTF-8. */
    private static String decode(byte[] b, int from, int to, String field, boolean strict, Kind kind) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            if (b[i] == '%') {
                int hi = i + 2 < to ? Character.digit(b[i + 1], 16) : -1;
                int lo = hi >= 0 ? Character.digit(b[i + 2], 16) : -1;
                if (lo < 0 && !strict) {
                    bytes.write(b[i]);   // kept as typed
                    continue;
                }
                if (lo < 0) {
                    String escape = new String(b, i, Math.min(3, to - i), StandardCharsets.ISO_8859_1);
                    throw ApiProblem.badRequest(kind.malformed + "'" + Html.clip(escape) + "' in "
                            + where(field, kind) + " is not a percent escape (% and two hex digits)", kind.hint);
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.write(b[i] == '+' ? ' ' : b[i]);
            }
        }
        if (!strict) {
            return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw ApiProblem.badRequest((field == null ? kind.name : "'" + Html.clip(field) + "'")
                    + " is not valid text: its bytes are not UTF-8", kind.hint);
        }
    }

    private static String where(String field, Kind kind) {
        return field == null ? kind.name : kind.field + " '" + Html.clip(field) + "'";
    }
}
