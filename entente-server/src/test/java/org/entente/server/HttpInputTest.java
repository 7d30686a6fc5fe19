package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a request may carry beyond its path: only the query parameters its route takes, each
 * with a value that decodes; methods the route takes (405 says which, OPTIONS too); edit bodies
 * with only the fields the edit takes. Each refusal names what is at fault.
 */
class HttpInputTest {

    @RegisterExtension
    static final Served served = Served.cases(HttpInputTest::broken);

    /** A copy of Russia–DPRK whose first event has a misspelt dimension. */
    static void broken(Path folder, Path scratch) throws IOException {
        Path broken = folder.resolve("broken-case");
        Served.copy(folder.resolve("russia-dprk"), broken);
        Path yaml = broken.resolve("case.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("id: russia-dprk", "id: broken-case")
                .replaceFirst("dimensions: \\[military\\]", "dimensions: [millitary]"));
    }

    /** @return the answer, as a browser asking for HTML would get it */
    static HttpResponse<String> page(String path) {
        return served.send(HttpRequest.newBuilder(URI.create(served.base() + path)).header("Accept", "text/html").GET());
    }

    /** @return the JSON problem of a refused request, checked to have the status */
    static JsonNode refused(String path, int status) {
        HttpResponse<String> r = served.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(status);
        return Served.json(r);
    }

    /**
     * A GET sent with its address exactly as written: java.net.http refuses to send a broken
     * percent escape, HttpURLConnection sends what it is given.
     *
     * @return the status and the JSON body
     */
    static Object[] raw(String path) {
        try {
            @SuppressWarnings("deprecation")
            HttpURLConnection c = (HttpURLConnection) new URL(served.base() + path).openConnection();
            int status = c.getResponseCode();
            try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                return new Object[] {status, new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8))};
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String caseId) {
        try {
            return Files.readString(served.cases.resolve(caseId).resolve("case.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void an_unknown_query_parameter_is_refused_naming_it_and_the_ones_the_route_takes() {
        JsonNode plural = refused("/api/cases/iran-russia/timeline?dimensions=military", 400);
        assertThat(plural.get("error").asText()).isEqualTo("unknown query parameter 'dimensions'");
        assertThat(plural.get("hint").asText())
                .isEqualTo("did you mean 'dimension'? this route takes dimension, direction, from, to");
        assertThat(refused("/api/cases/iran-russia/assessment?as_of=2020", 400).get("hint").asText())
                .isEqualTo("did you mean 'asOf'? this route takes asOf");
        for (String q : new String[] {"until=2030", "as_of=2025-06-01", "scenarios=x"}) {
            JsonNode r = refused("/api/cases/iran-russia/scenarios?runs=200&" + q, 400);
            assertThat(r.get("error").asText()).isEqualTo("unknown query parameter '" + q.substring(0, q.indexOf('=')) + "'");
            assertThat(r.get("hint").asText()).endsWith("this route takes observe, runs, asOf, scenario, horizon, seed");
        }
        assertThat(refused("/api/cases?limit=2", 400).get("hint").asText()).isEqualTo("this route takes no query parameters");
        HttpResponse<String> evidence = page("/cases/iran-russia/evidence?asOf=2020");
        assertThat(evidence.statusCode()).isEqualTo(400);
        assertThat(evidence.body()).startsWith("<!DOCTYPE html>").contains("unknown query parameter &#39;asOf&#39;")
                .contains("this route takes no query parameters");
        // a write takes none either: what it changes is in its body
        HttpResponse<String> write = served.send("PUT", "/api/cases/iran-russia/signposts/sp-su35-delivered?dryRun=1",
                "{\"observed\": \"yes\"}");
        assertThat(write.statusCode()).isEqualTo(400);
        assertThat(Served.json(write).get("error").asText()).isEqualTo("unknown query parameter 'dryRun'");
    }

    @Test
    void what_the_pages_themselves_send_is_still_taken() {
        // the timeline's filter form sends its fields empty when left at "any"; so do the pair forms
        HttpResponse<String> blank = page("/cases/iran-russia/timeline?dimension=&direction=&from=&to=");
        assertThat(blank.statusCode()).as(blank.body()).isEqualTo(200);
        assertThat(page("/cases/iran-russia/timeline?dimension=military&direction=&from=2020&to=").statusCode())
                .isEqualTo(200);
        assertThat(page("/dyads?a=&b=").statusCode()).isEqualTo(200);
        assertThat(page("/dyads?a=IRN&b=RUS").statusCode()).isEqualTo(200);
        assertThat(page("/cases/iran-russia/treaties/compare?a=cspt-2025&b=treaty-2001").statusCode()).isEqualTo(200);
        // the indicator board's request, and a static file asked for with a cache-busting query
        assertThat(served.get("/api/cases/iran-russia/scenarios?observe=sp-su35-delivered%3Ayes&observe=sp-putin-in-tehran"
                + "%3Aunknown&runs=200").statusCode()).isEqualTo(200);
        assertThat(served.get("/static/entente.css?v=2").statusCode()).isEqualTo(200);
        // the scenarios page's options form, sent without its script: blank fields are not given
        HttpResponse<String> options = page("/cases/iran-russia/scenarios?scenario=&horizon=&asOf=&runs=&seed=");
        assertThat(options.statusCode()).as(options.body()).isEqualTo(200);
        assertThat(options.body()).doesNotContain("holding").contains("20000 runs, seed 20250605");
        HttpResponse<String> some = page("/cases/iran-russia/scenarios?scenario=&horizon=&asOf=&runs=300&seed=");
        assertThat(some.statusCode()).isEqualTo(200);
        assertThat(some.body()).contains("300 runs, seed 20250605");
        // an empty value elsewhere is refused all the same: on another page, and by the API itself
        HttpResponse<String> asOf = page("/cases/iran-russia?asOf=");
        assertThat(asOf.statusCode()).isEqualTo(400);
        assertThat(asOf.body()).contains("the query parameter &#39;asOf&#39; is empty");
        assertThat(served.get("/api/cases/iran-russia/scenarios?runs=").statusCode()).isEqualTo(400);
    }

    @Test
    void an_empty_or_undecodable_value_is_refused_naming_the_parameter() {
        for (String q : new String[] {"asOf=2020%zz", "asOf=%zz", "asOf=2020%"}) {
            Object[] r = raw("/api/cases/iran-russia/assessment?" + q);
            assertThat(r[0]).as(q).isEqualTo(400);
            assertThat(((JsonNode) r[1]).get("error").asText()).as(q)
                    .startsWith("the query is malformed: '%").contains("' in the query parameter 'asOf' is not a percent escape");
        }
        Object[] bytes = raw("/api/cases/iran-russia/assessment?asOf=%ff");
        assertThat(bytes[0]).isEqualTo(400);
        assertThat(((JsonNode) bytes[1]).get("error").asText()).isEqualTo("'asOf' is not valid text: its bytes are not UTF-8");
        Object[] runs = raw("/api/cases/iran-russia/scenarios?runs=%zz");
        assertThat(runs[0]).isEqualTo(400);
        assertThat(((JsonNode) runs[1]).get("error").asText()).contains("the query parameter 'runs'");
        Object[] observe = raw("/api/cases/iran-russia/scenarios?runs=200&observe=%zz");
        assertThat(observe[0]).isEqualTo(400);
        assertThat(((JsonNode) observe[1]).get("error").asText()).contains("the query parameter 'observe'");
        for (String q : new String[] {"asOf=", "asOf", "asOf=%20"}) {
            JsonNode r = refused("/api/cases/iran-russia/assessment?" + q, 400);
            assertThat(r.get("error").asText()).as(q).isEqualTo("the query parameter 'asOf' is empty");
            assertThat(r.get("hint").asText()).as(q).isEqualTo("give it a value, e.g. asOf=2024-06, or leave it out");
        }
        assertThat(refused("/api/dyads/USA/JPN?year=", 400).get("error").asText())
                .isEqualTo("the query parameter 'year' is empty");
    }

    @Test
    void the_error_page_of_a_case_that_does_not_validate_lists_its_problems() {
        JsonNode json = refused("/api/cases/broken-case", 409);
        assertThat(json.get("details").get(0).asText()).startsWith("broken-case/case.yaml:").contains("'millitary'");
        HttpResponse<String> page = page("/cases/broken-case");
        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("<li>broken-case/case.yaml:").contains("unknown dimension &#39;millitary&#39;");
    }

    @Test
    void a_year_without_data_is_a_400_naming_year_and_the_years_that_have_data() {
        for (String y : new String[] {"1850"}) {
            JsonNode r = refused("/api/dyads/USA/JPN?year=" + y, 400);
            assertThat(r.get("error").asText()).as(y)
                    .isEqualTo("year " + y + ": the bundled datasets have nothing on USA\u2013JPN within the look-back before it");
            assertThat(r.get("hint").asText()).as(y).matches("give a year with data on the pair, from 1\\d{3} to 20\\d\\d "
                    + "\\(there may be gaps\\), e\\.g\\. year=2018").doesNotContain("UN votes");
            // the last year offered is one the route accepts: not after this year
            int offered = Integer.parseInt(r.get("hint").asText().replaceAll(".* to (\\d{4}) .*", "$1"));
            assertThat(offered).isLessThanOrEqualTo(java.time.Year.now().getValue());
        }
        // a date that does not exist says why, as the command line does
        assertThat(refused("/api/cases/iran-russia/assessment?asOf=2020-00", 400).get("error").asText())
                .isEqualTo("asOf: '2020-00' is not a date: month 00 does not exist; write YYYY for a date known to the year");
        HttpResponse<String> page = page("/dyads/USA/JPN?year=1850");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("year 1850");
        // a year after this one: the last years' data would be carried forward under a future date
        int next = java.time.Year.now().getValue() + 1;
        for (int y : new int[] {next, 2050}) {
            JsonNode r = refused("/api/dyads/USA/JPN?year=" + y, 400);
            assertThat(r.get("error").asText()).isEqualTo("year " + y + " is after this year (" + (next - 1)
                    + "): the data record no later year");
        }
    }

    @Test
    void a_405_names_the_method_as_sent_and_the_allowed_ones_and_options_answers() {
        HttpResponse<String> delete = served.send(HttpRequest.newBuilder(URI.create(served.base() + "/api/cases/iran-russia"))
                .DELETE());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertThat(Served.json(delete).get("error").asText()).isEqualTo("DELETE is not allowed on /api/cases/iran-russia");
        HttpResponse<String> foo = served.send(HttpRequest.newBuilder(URI.create(served.base() + "/api/cases"))
                .method("FOO", HttpRequest.BodyPublishers.noBody()));
        assertThat(foo.statusCode()).isEqualTo(405);
        assertThat(Served.json(foo).get("error").asText()).isEqualTo("FOO is not allowed on /api/cases");
        assertThat(foo.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        for (String[] o : new String[][] {{"/api/cases/iran-russia/timeline", "GET, HEAD, POST, OPTIONS"},
            {"/api/cases/iran-russia/signposts/sp-su35-delivered", "PUT, OPTIONS"}, {"/cases/iran-russia", "GET, HEAD, OPTIONS"}}) {
            HttpResponse<String> r = served.send(HttpRequest.newBuilder(URI.create(served.base() + o[0]))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertThat(r.statusCode()).as(o[0]).isEqualTo(204);
            assertThat(r.headers().firstValue("Allow")).as(o[0]).hasValue(o[1]);
        }
        assertThat(served.send(HttpRequest.newBuilder(URI.create(served.base() + "/nothing/here"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(404);
    }

    @Test
    void an_edit_body_with_a_field_the_edit_does_not_take_is_refused_and_nothing_changes() {
        String was = read("iran-russia");
        HttpResponse<String> put = served.send("PUT", "/api/cases/iran-russia/signposts/sp-su35-delivered",
                "{\"observed\": \"yes\", \"extra\": 1}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(400);
        assertThat(Served.json(put).get("error").asText()).isEqualTo("unknown field 'extra'");
        assertThat(Served.json(put).get("hint").asText()).contains("takes only observed");
        HttpResponse<String> evidence = served.send("POST", "/api/cases/iran-russia/evidence", EditInputTest.evidence(
                "ev-extra", "\"a claim\"").replace("{\"id\"", "{\"weight\": 3, \"id\""));
        assertThat(evidence.statusCode()).as(evidence.body()).isEqualTo(400);
        assertThat(Served.json(evidence).get("error").asText()).isEqualTo("unknown field 'weight'");
        assertThat(Served.json(evidence).get("hint").asText())
                .isEqualTo("an evidence item takes id, claim, dimension, stance, strength, period, events, sources");
        HttpResponse<String> period = served.send("POST", "/api/cases/iran-russia/evidence", EditInputTest.evidence(
                "ev-until", "\"a claim\"").replace("{\"from\": \"2025-03\"}", "{\"from\": \"2025-03\", \"until\": \"2026\"}"));
        assertThat(Served.json(period).get("error").asText()).isEqualTo("unknown field 'period.until'");
        HttpResponse<String> source = served.send("POST", "/api/cases/iran-russia/sources", "{\"id\": \"x-2026\", \"kind\": "
                + "\"news\", \"title\": \"T\", \"publisher\": \"P\", \"date\": \"2026\", \"reliability\": \"C3\", \"pages\": \"4\"}");
        assertThat(Served.json(source).get("error").asText()).isEqualTo("unknown field 'pages'");
        assertThat(read("iran-russia")).isEqualTo(was);
    }

    @Test
    void a_form_field_given_twice_is_refused_like_a_repeated_query_parameter() {
        String was = read("iran-russia");
        HttpResponse<String> r = served.send(HttpRequest.newBuilder(URI.create(served.base() + "/cases/iran-russia/timeline"))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString( "id=a-event&id=b-event&date=2026-01-02"
                + "&title=Twice&dimensions=military&dimensions=economic&direction=toward-alignment&sources=brief-2025")));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(EditInputTest.errors(r)).contains("the field &#39;id&#39; is given 2 times");
        assertThat(read("iran-russia")).isEqualTo(was);
    }

    @Test
    void a_number_that_is_not_one_gets_an_example_of_its_own_parameter() {
        assertThat(refused("/api/events/IRN/RUS?month=2019-10&limit=abc", 400).get("hint").asText()).isEqualTo("e.g. limit=20");
        assertThat(refused("/api/cases/iran-russia/scenarios?runs=many", 400).get("hint").asText()).isEqualTo("e.g. runs=20000");
        assertThat(refused("/api/dyads/USA/JPN?year=soon", 400).get("hint").asText()).isEqualTo("e.g. year=2015");
    }

    @Test
    void a_treaty_parameter_that_cannot_name_a_treaty_is_blamed_not_a_missing_case() {
        JsonNode r = refused("/api/cases/iran-russia/treaties/compare?a=../../etc/passwd&b=cspt-2025", 400);
        assertThat(r.get("error").asText()).isEqualTo("a: '../../etc/passwd' is not a treaty id of iran-russia or case/treaty");
        assertThat(r.get("hint").asText()).contains("a=cspt-2025");
        JsonNode any = refused("/api/treaties/compare?a=iran-russia/cspt-2025&b=..%2F..%2Fx", 400);
        assertThat(any.get("error").asText()).isEqualTo("b: '../../x' is not case/treaty");
        JsonNode missing = refused("/api/treaties/compare?a=iran-russia/cspt-2025&b=nowhere/cspt-2025", 404);
        assertThat(missing.get("error").asText()).startsWith("b: no case 'nowhere'");
    }

    /** The overview takes asOf as the assessment API does: the same date read, the same refusals in the same words. */
    @Test
    void the_overview_takes_asOf_with_the_assessment_apis_validation() {
        HttpResponse<String> r = page("/cases/iran-russia?asOf=2025-06-05");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode api = Served.json(served.get("/api/cases/iran-russia/assessment?asOf=2025-06-05"));
        assertThat(r.body()).contains("<p class=\"as-of\">Assessed as of <strong>2025-06-05</strong>, not at the case's own date")
                .contains("Why: " + Html.text(api.get("rule").asText()))
                .contains("\"asOf\":\"2025-06-05\"");
        assertThat(page("/cases/iran-russia").body()).doesNotContain("class=\"as-of\"");
        // the trajectory chart ends with the year assessed, not with the case's own
        String earlier = page("/cases/iran-russia?asOf=2020").body();
        assertThat(earlier).contains("{\"year\":2020,").doesNotContain("{\"year\":2021,");
        assertThat(page("/cases/iran-russia").body()).contains("{\"year\":2021,");
        for (String bad : new String[] {"2025-02-30", "soon", "1700", "2099"}) {
            JsonNode problem = refused("/api/cases/iran-russia/assessment?asOf=" + bad, 400);
            HttpResponse<String> p = page("/cases/iran-russia?asOf=" + bad);
            assertThat(p.statusCode()).as(bad).isEqualTo(400);
            assertThat(p.body()).as(bad).contains(Html.text(problem.get("error").asText()));
        }
    }
}
