package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What an edit's body may hold: text that a file can store, and values of the type each field
 * takes. Anything else is refused with 400 naming the field, and neither case file changes.
 */
class EditInputTest {

    static final String CASE = "/api/cases/iran-russia";

    @RegisterExtension
    static final Served served = Served.cases();

    /** An evidence item for Iran–Russia with its claim given as raw JSON. */
    static String evidence(String id, String claimJson) {
        return "{\"id\": \"" + id + "\", \"claim\": " + claimJson + ", \"dimension\": \"military\", \"stance\": "
                + "\"toward-alignment\", \"strength\": \"moderate\", \"period\": {\"from\": \"2025-03\"}, \"sources\": "
                + "[\"brief-2025\"]}";
    }

    static String read(String file) {
        try {
            return Files.readString(served.cases.resolve("iran-russia").resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String both() {
        return read("case.yaml") + "\u0000" + read("sources.tsv");
    }

    static HttpResponse<String> form(String path, String body) {
        return served.send(HttpRequest.newBuilder(URI.create(served.base() + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** @return the problems a refused form came back with, or the start of the body when it has none */
    static String errors(HttpResponse<String> r) {
        String b = r.body();
        int at = b.indexOf("<div class=\"form-errors\"");
        return at < 0 ? b.substring(0, Math.min(300, b.length())) : b.substring(at, b.indexOf("</div>", at));
    }

    @Test
    void a_lone_surrogate_in_json_is_refused_naming_the_field_and_nothing_is_written() {
        String was = both();
        HttpResponse<String> claim = served.send("POST", CASE + "/evidence", evidence("ev-lone-surrogate", "\"Su-35s \\ud800\""));
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(400);
        JsonNode body = Served.json(claim);
        assertThat(body.get("error").asText()).isEqualTo("'claim' is not valid text: character 8 is a lone surrogate (\\ud800)");
        assertThat(body.get("hint").asText()).contains("pairs");

        HttpResponse<String> title = served.send("POST", CASE + "/sources", "{\"id\": \"tass-2026-01-05\", \"kind\": \"news\", "
                + "\"title\": \"\\udc00\", \"publisher\": \"TASS\", \"date\": \"2026-01-05\", \"reliability\": \"C3\"}");
        assertThat(title.statusCode()).as(title.body()).isEqualTo(400);
        assertThat(Served.json(title).get("error").asText()).startsWith("'title' is not valid text");

        String nested = evidence("ev-nested-surrogate", "\"ok\"").replace("[\"brief-2025\"]", "[\"brief-2025\", \"x\\ud83d\"]");
        HttpResponse<String> list = served.send("POST", CASE + "/evidence", nested);
        assertThat(list.statusCode()).isEqualTo(400);
        assertThat(Served.json(list).get("error").asText()).startsWith("'sources[1]' is not valid text");
        assertThat(both()).isEqualTo(was);
    }

    @Test
    void a_surrogate_pair_is_one_character_and_is_kept() {
        HttpResponse<String> r = served.send("POST", CASE + "/evidence", evidence("ev-emoji-claim",
                "\"Tehran \\u2013 Moscow \\ud83d\\udea2 shipments\""));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(read("case.yaml")).contains("claim: \"Tehran \u2013 Moscow \ud83d\udea2 shipments\"");
    }

    @Test
    void form_bytes_that_are_not_utf8_are_refused_naming_the_field_and_nothing_is_written() {
        String was = both();
        String rest = "&dimension=military&stance=toward-alignment&strength=weak&sources=brief-2025";
        for (String bad : new String[] {"%ED%A0%80", "%ff%fe", "Su-35%C3"}) {
            HttpResponse<String> r = form("/cases/iran-russia/evidence", "id=ev-bad-bytes&claim=" + bad + rest);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(errors(r)).contains("&#39;claim&#39; is not valid text: its bytes are not UTF-8");
        }
        HttpResponse<String> source = form("/cases/iran-russia/sources", "id=bad-bytes-source&kind=news&title=%ff&publisher=X");
        assertThat(source.statusCode()).isEqualTo(400);
        assertThat(errors(source)).contains("&#39;title&#39; is not valid text");
        assertThat(both()).isEqualTo(was).doesNotContain("\ufffd");
    }

    @Test
    void a_form_with_broken_percent_escapes_is_called_malformed() {
        String was = both();
        HttpResponse<String> r = form("/cases/iran-russia/evidence", "id=%zz&claim=%");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(errors(r)).contains("the form&#39;s encoding is malformed: &#39;%zz&#39; in the field &#39;id&#39;")
                .doesNotContain("has no fields");
        HttpResponse<String> name = form("/cases/iran-russia/evidence", "id=ev-ok&cl%aim=x");
        assertThat(errors(name)).contains("the form&#39;s encoding is malformed: &#39;%ai&#39; in a field&#39;s name");
        HttpResponse<String> value = form("/cases/iran-russia/evidence", "id=ev-ok&claim=50%");
        assertThat(errors(value)).contains("the form&#39;s encoding is malformed: &#39;%&#39; in the field &#39;claim&#39;");
        // the refused form comes back as typed, the broken escape included, so that nothing typed is lost
        HttpResponse<String> typed = form("/cases/iran-russia/evidence", "id=ev-keepme&claim=caf%C3%A9+rises+50%zz");
        assertThat(typed.statusCode()).isEqualTo(400);
        assertThat(typed.body()).contains("ev-keepme").contains("caf\u00e9 rises 50%zz");
        assertThat(both()).isEqualTo(was);
    }

    @Test
    void a_form_in_utf8_is_saved_as_typed() {
        HttpResponse<String> r = form("/cases/iran-russia/evidence", "id=ev-utf8-form&claim=Tehran+%E2%80%93+Moscow%3A+"
                + "%F0%9F%9A%A2+arrive&dimension=military&stance=toward-alignment&strength=weak&sources=brief-2025");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(read("case.yaml")).contains("claim: \"Tehran \u2013 Moscow: \ud83d\udea2 arrive\"");
    }

    static String error(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        return Served.json(r).get("error").asText();
    }

    @Test
    void a_value_of_the_wrong_json_type_is_refused_naming_the_field_and_nothing_is_written() {
        String was = both();
        assertThat(error(served.send("POST", CASE + "/sources", "{\"id\": \"tass-2026-01-06\", \"kind\": \"news\", "
                + "\"title\": [\"a\", \"b\"], \"publisher\": \"TASS\", \"date\": \"2026-01-06\", \"reliability\": \"C3\"}")))
                .isEqualTo("'title' must be text, not a list");
        assertThat(error(served.send("POST", CASE + "/evidence", evidence("ev-infinite-claim", "1e999"))))
                .isEqualTo("'claim' must be text, not a number");
        assertThat(error(served.send("POST", CASE + "/evidence", evidence("ev-numeric-claim", "12345"))))
                .isEqualTo("'claim' must be text, not a number");
        assertThat(error(served.send("POST", CASE + "/evidence", evidence("ev-boolean-claim", "true"))))
                .isEqualTo("'claim' must be text, not true");
        assertThat(error(served.send("POST", CASE + "/evidence", evidence("ev-bare-period", "\"x\"")
                .replace("{\"from\": \"2025-03\"}", "\"2025-03\"")))).isEqualTo("'period' must be an object, not text");
        assertThat(error(served.send("POST", CASE + "/evidence", evidence("ev-numeric-from", "\"x\"")
                .replace("\"2025-03\"", "2025.03")))).isEqualTo("'period.from' must be text, not a number");
        assertThat(error(served.send("POST", CASE + "/evidence", evidence("ev-sources-text", "\"x\"")
                .replace("[\"brief-2025\"]", "\"brief-2025\"")))).isEqualTo("'sources' must be a list of text, not text");
        assertThat(error(served.send("POST", CASE + "/evidence", evidence("ev-sources-number", "\"x\"")
                .replace("[\"brief-2025\"]", "[\"brief-2025\", 7]")))).isEqualTo("'sources[1]' must be text, not a number");
        assertThat(both()).isEqualTo(was).doesNotContain("Infinity", "[a, b]", "12345");
    }

    @Test
    void a_key_given_twice_is_refused_with_its_place_and_nothing_is_written() {
        String was = both();
        String twice = evidence("ev-claim-twice", "\"first claim\"").replace("\"dimension\"",
                "\"claim\": \"second claim\", \"dimension\"");
        String message = error(served.send("POST", CASE + "/evidence", twice));
        assertThat(message).startsWith("the body is not valid JSON: Duplicate field 'claim'").contains("(line 1, column ");
        assertThat(both()).isEqualTo(was).doesNotContain("ev-claim-twice");
    }

    @Test
    void a_body_that_is_not_json_is_refused_with_the_line_and_column_of_the_fault() {
        String was = both();
        String message = error(served.send("POST", CASE + "/evidence", "{\"id\": \"ev-cut\",\n  \"claim\": tru}"));
        assertThat(message).startsWith("the body is not valid JSON: ").contains("'tru'").endsWith("(line 2, column 12)");
        // a second value after the object: refused, not read as the first alone
        String sp = CASE + "/signposts/sp-su35-delivered";
        assertThat(error(served.send("PUT", sp, "{\"observed\": \"yes\"} {\"observed\": \"no\"}")))
                .startsWith("the body is not valid JSON: Trailing token").contains("(line 1, column ");
        assertThat(error(served.send("PUT", sp, "{\"observed\": \"no\"} trailing"))).startsWith("the body is not valid JSON: ");
        assertThat(error(served.send("PUT", sp, " \n"))).isEqualTo("the body is empty");
        assertThat(both()).isEqualTo(was);
    }

    static String event(String id, String figures) {
        return "{\"id\": \"" + id + "\", \"date\": \"2026-01-07\", \"title\": \"Su-35 deliveries confirmed\", "
                + "\"dimensions\": [\"military\"], \"direction\": \"toward-alignment\", \"figures\": " + figures
                + ", \"sources\": [\"brief-2025\"]}";
    }

    @Test
    void a_figure_takes_a_finite_number_as_its_value() {
        String was = both();
        assertThat(error(served.send("POST", CASE + "/timeline", event("su35-infinite",
                "[{\"label\": \"aircraft\", \"value\": 1e999, \"unit\": \"aircraft\"}]"))))
                .isEqualTo("'figures[0].value' must be a finite number, not Infinity");
        assertThat(error(served.send("POST", CASE + "/timeline", event("su35-quoted",
                "[{\"label\": \"aircraft\", \"value\": \"2\", \"unit\": \"aircraft\"}]"))))
                .isEqualTo("'figures[0].value' must be a number, not text");
        assertThat(error(served.send("POST", CASE + "/timeline", event("su35-flat", "{\"label\": \"aircraft\"}"))))
                .isEqualTo("'figures' must be a list of figures, not an object");
        assertThat(both()).isEqualTo(was);
        HttpResponse<String> ok = served.send("POST", CASE + "/timeline", event("su35-two-arrive",
                "[{\"label\": \"aircraft\", \"value\": 2, \"unit\": \"aircraft\"}]"));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(read("case.yaml")).contains("figures: [{label: aircraft, value: 2, unit: aircraft}]");
    }

    @Test
    void a_signpost_is_observed_only_as_yes_no_or_unknown_text() {
        String was = both();
        String sp = CASE + "/signposts/sp-su35-delivered";
        for (String v : new String[] {"true", "false", "1"}) {
            assertThat(error(served.send("PUT", sp, "{\"observed\": " + v + "}")))
                    .startsWith("'observed' must be the text \"yes\", \"no\" or \"unknown\", not ");
        }
        assertThat(both()).isEqualTo(was);
        assertThat(served.send("PUT", sp, "{\"observed\": \"yes\"}").statusCode()).isEqualTo(200);
        assertThat(read("case.yaml")).isNotEqualTo(was.substring(0, was.indexOf('\u0000')));
    }

    /** A JSON edit sent with the given Content-Type, or none when null. */
    static HttpResponse<String> typed(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(served.base() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return served.send(b);
    }

    /**
     * The API reads a body as JSON only when it is sent as JSON, as its hints ask: a valid JSON
     * body sent as text, as a form or with no type is refused with 415 naming the header to send,
     * before it is read, and nothing is written; a charset or capitals in the type do not matter.
     */
    @Test
    void a_json_edit_not_sent_as_application_json_is_415_and_nothing_is_written() {
        String was = both();
        String item = evidence("ev-sent-as-text", "\"Russia delivers two Su-35s to Iran\"");
        for (String type : new String[] {"text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/jsonp", null}) {
            HttpResponse<String> r = typed("POST", CASE + "/evidence", type, item);
            assertThat(r.statusCode()).as(type + ": " + r.body()).isEqualTo(415);
            JsonNode p = Served.json(r);
            assertThat(p.get("error").asText()).isEqualTo(type == null
                    ? "the body is sent without a Content-Type; this route reads JSON only"
                    : "the body is sent as " + type.split(";")[0] + "; this route reads JSON only");
            assertThat(p.get("hint").asText()).contains("Content-Type: application/json");
        }
        assertThat(typed("PUT", CASE + "/signposts/sp-su35-delivered", "text/plain", "{\"observed\": \"yes\"}").statusCode())
                .isEqualTo(415);
        assertThat(typed("POST", CASE + "/sources", "text/plain", "{\"id\": \"src-typed\"}").statusCode()).isEqualTo(415);
        assertThat(both()).isEqualTo(was);
        HttpResponse<String> ok = typed("POST", CASE + "/evidence", "Application/JSON; charset=utf-8", item);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(read("case.yaml")).contains("id: ev-sent-as-text");
    }
}
