package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over real HTTP, against the built-in cases. */
class ApiTest {

    @RegisterExtension
    static final Served served = Served.cases();

    @Test
    void lists_every_case_with_its_band() {
        HttpResponse<String> r = served.get("/api/cases");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode cases = Served.json(r);
        List<String> ids = new ArrayList<>();
        cases.forEach(c -> ids.add(c.get("id").asText()));
        assertThat(ids).containsExactly("iran-russia", "russia-china", "russia-dprk");
        assertThat(cases.get(1).get("title").asText()).startsWith("Russia and China");
        assertThat(cases.get(0).get("band").asText()).isEqualTo("strategic-transactionalism");
        cases.forEach(c -> assertThat(c.get("interval")).hasSize(2));
    }

    @Test
    void assessment_has_the_shape_of_assess_json() {
        JsonNode a = Served.json(served.get("/api/cases/iran-russia/assessment"));
        List<String> keys = new ArrayList<>();
        a.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).startsWith("case", "asOf", "band", "score", "interval", "dimensions", "commitment", "hedging",
                "rule", "wouldChange", "edges", "explanation");
        // the OpenAPI document describes every key the route gives, and no other
        List<String> documented = new ArrayList<>();
        Served.json(served.get("/openapi.json")).get("components").get("schemas").get("Assessment").get("properties")
                .fieldNames().forEachRemaining(documented::add);
        assertThat(documented).containsExactlyElementsOf(keys);
        assertThat(a.get("case").asText()).isEqualTo("iran-russia");
        assertThat(a.get("band").asText()).isEqualTo("strategic-transactionalism");
        assertThat(a.get("score").asDouble()).isBetween(45.0, 75.0);
        assertThat(a.get("dimensions").get("military").get("interval")).hasSize(2);
        assertThat(a.get("commitment").get("strongest").asText()).isEqualTo("neutrality");
        assertThat(a.get("explanation").get(0).has("sources")).isTrue();
        assertThat(a.get("edges")).isEmpty();
        // at the end of 2018 the band rests on the breadth threshold (economic 54.8), and the overview says so
        JsonNode end2018 = Served.json(served.get("/api/cases/iran-russia/assessment?asOf=2018-12-31"));
        assertThat(end2018.get("edges").get(0).asText()).startsWith("economic 54.").endsWith("is just under the breadth threshold of 55: over it, the band would be strategic-transactionalism");
    }

    @Test
    void assessment_as_of_an_earlier_date_uses_that_date() {
        JsonNode a = Served.json(served.get("/api/cases/russia-dprk/assessment?asOf=2020"));
        assertThat(a.get("asOf").asText()).isEqualTo("2020-12-31");
    }

    @Test
    void rejects_a_malformed_date_with_400_and_a_hint() {
        HttpResponse<String> r = served.get("/api/cases/iran-russia/assessment?asOf=yesterday");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode e = Served.json(r);
        assertThat(e.get("status").asInt()).isEqualTo(400);
        assertThat(e.get("error").asText()).contains("not a date");
        assertThat(e.get("hint").asText()).contains("YYYY");
    }

    @Test
    void trajectory_gives_one_assessment_per_year() {
        // by default the 20 years to the case's date, both ends counted, as docs/server.md says
        JsonNode all = Served.json(served.get("/api/cases/iran-russia/trajectory"));
        String caseDate = Served.json(served.get("/api/cases/iran-russia")).get("asOf").asText();
        int last = Integer.parseInt(caseDate.substring(0, 4));
        assertThat(all).hasSize(20);
        assertThat(all.get(0).get("asOf").asText()).isEqualTo((last - 19) + "-12-31");
        assertThat(all.get(19).get("asOf").asText()).startsWith(String.valueOf(last));
        JsonNode t = Served.json(served.get("/api/cases/iran-russia/trajectory?from=2015&to=2020"));
        assertThat(t).hasSize(6);
        assertThat(t.get(0).get("asOf").asText()).isEqualTo("2015-12-31");
        assertThat(served.get("/api/cases/iran-russia/trajectory?from=2020&to=2015").statusCode()).isEqualTo(400);
        assertThat(served.get("/api/cases/iran-russia/trajectory?from=abc").statusCode()).isEqualTo(400);
        // the same limit as the CLI's --trajectory: 60 years counting both ends
        assertThat(Served.json(served.get("/api/cases/iran-russia/trajectory?from=1967&to=2026"))).hasSize(60);
        HttpResponse<String> long61 = served.get("/api/cases/iran-russia/trajectory?from=1966&to=2026");
        assertThat(long61.statusCode()).isEqualTo(400);
        assertThat(long61.body()).contains("covers 61 years");
        HttpResponse<String> later = served.get("/api/cases/iran-russia/trajectory?from=2030&to=2035");
        assertThat(later.statusCode()).isEqualTo(400);
        assertThat(later.body()).contains("after the case's as_of date");
    }

    @Test
    void scenarios_change_when_a_signpost_is_marked() {
        JsonNode before = Served.json(served.get("/api/cases/iran-russia/scenarios?runs=2000"));
        JsonNode indicators = before.get("indicators");
        String id = null;
        for (JsonNode i : indicators) {
            if (i.get("observation").asText().equals("unknown")) {
                id = i.get("id").asText();
                break;
            }
        }
        assertThat(id).as("a signpost not yet observed").isNotNull();
        JsonNode yes = Served.json(served.get("/api/cases/iran-russia/scenarios?runs=2000&observe=" + id + ":yes"));
        JsonNode no = Served.json(served.get("/api/cases/iran-russia/scenarios?runs=2000&observe=" + id + ":no"));
        assertThat(yes.get("drivers")).isNotEqualTo(no.get("drivers"));
        assertThat(yes.get("observations").has(id)).isTrue();
    }

    @Test
    void refuses_an_unknown_signpost_or_answer() {
        HttpResponse<String> r = served.get("/api/cases/iran-russia/scenarios?observe=no-such-thing:yes");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Served.json(r).get("hint").asText()).startsWith("signposts:");
        for (String answer : new String[] {"maybe", "", "YES"}) {
            HttpResponse<String> bad = served.get("/api/cases/iran-russia/scenarios?observe=sp-su35-delivered:" + answer);
            assertThat(bad.statusCode()).as(answer).isEqualTo(400);
            assertThat(Served.json(bad).get("error").asText())
                    .isEqualTo("observe sp-su35-delivered: answer yes, no or unknown, not '" + answer + "'");
        }
        HttpResponse<String> bare = served.get("/api/cases/iran-russia/scenarios?observe=sp-su35-delivered");
        assertThat(bare.statusCode()).isEqualTo(400);
        assertThat(served.get("/api/cases/iran-russia/scenarios?runs=5").statusCode()).isEqualTo(400);
    }

    @Test
    void timeline_filters_by_dimension_and_period() {
        JsonNode all = Served.json(served.get("/api/cases/iran-russia/timeline"));
        JsonNode some = Served.json(served.get("/api/cases/iran-russia/timeline?dimension=military&from=2022&to=2024"));
        assertThat(some.size()).isPositive().isLessThan(all.size());
        some.forEach(e -> {
            assertThat(e.get("dimensions").toString()).contains("military");
            assertThat(e.get("date").asText()).matches("202[234].*");
        });
        assertThat(served.get("/api/cases/iran-russia/timeline?dimension=naval").statusCode()).isEqualTo(400);
        HttpResponse<String> reversed = served.get("/api/cases/iran-russia/timeline?from=2026&to=2001");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(Served.json(reversed).get("error").asText()).isEqualTo("from 2026 is after to 2001");
        assertThat(Served.json(served.get("/api/cases/iran-russia/scenarios?runs=many")).get("hint").asText())
                .isEqualTo("e.g. runs=20000");
    }

    @Test
    void evidence_says_what_each_item_moves() {
        JsonNode e = Served.json(served.get("/api/cases/iran-russia/evidence"));
        JsonNode first = e.get("evidence").get(0);
        assertThat(first.get("moves")).isNotEmpty();
        assertThat(first.get("sources").get(0).has("citation")).isTrue();
        assertThat(e.get("sources").size()).isGreaterThan(100);
    }

    @Test
    void any_pair_of_states_has_a_panel_and_a_data_only_assessment() {
        JsonNode d = Served.json(served.get("/api/dyads/IRN/Russia?from=2000&to=2010"));
        assertThat(d.get("a").get("iso3").asText()).isEqualTo("IRN");
        assertThat(d.get("b").get("iso3").asText()).isEqualTo("RUS");
        assertThat(d.get("years")).hasSize(11);
        assertThat(d.get("assessment").get("band").asText()).isNotEmpty();
        assertThat(served.get("/api/dyads/IRN/Narnia").statusCode()).isEqualTo(404);
        assertThat(served.get("/api/dyads/IRN/IRN").statusCode()).isEqualTo(400);
        // a year no dataset reaches is not scored as the prior: the parameter is at fault, so 400 naming it
        HttpResponse<String> blind = served.get("/api/dyads/IRN/RUS?year=1850");
        assertThat(blind.statusCode()).isEqualTo(400);
        assertThat(Served.json(blind).get("error").asText()).startsWith("year 1850: ");
    }

    @Test
    void head_answers_as_get_would_without_a_body() {
        for (String path : new String[] {"/api/cases/iran-russia", "/cases/iran-russia", "/api/cases/nope", "/cases/nope"}) {
            HttpResponse<String> get = served.get(path);
            HttpResponse<String> head = served.send(HttpRequest.newBuilder(java.net.URI.create(served.base() + path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()));
            assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
            assertThat(head.headers().firstValue("Content-Type")).as(path).isEqualTo(get.headers().firstValue("Content-Type"));
        }
        assertThat(served.get("/api/cases/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void a_query_parameter_given_twice_is_refused_unless_it_may_repeat() {
        HttpResponse<String> twice = served.get("/api/cases/iran-russia/assessment?asOf=2020&asOf=2024");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(Served.json(twice).get("error").asText()).contains("'asOf' is given 2 times");
        assertThat(served.get("/api/cases/iran-russia/assessment?asOf=2020").statusCode()).isEqualTo(200);
        // a period holding the case's date means the case's date; one after it is refused
        assertThat(Served.json(served.get("/api/cases/iran-russia/assessment?asOf=2026")).get("asOf").asText())
                .isEqualTo("2026-11-27");
        HttpResponse<String> later = served.get("/api/cases/iran-russia/assessment?asOf=2030");
        assertThat(later.statusCode()).isEqualTo(400);
        assertThat(Served.json(later).get("error").asText()).contains("after the case's as_of date");
    }

    @Test
    void unknown_case_is_404_json_without_a_stack_trace() {
        HttpResponse<String> r = served.get("/api/cases/iran-rusia/assessment");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Served.json(r).get("error").asText()).contains("iran-rusia");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void case_ids_cannot_leave_the_cases_folder() {
        for (String id : List.of("..", "%2e%2e", "..%2F..%2Fetc", "%2Fetc%2Fpasswd", "iran-russia%2F..%2F..", "IRAN-RUSSIA")) {
            HttpResponse<String> r = served.get("/api/cases/" + id);
            assertThat(r.statusCode()).as(id).isIn(400, 404);
            assertThat(r.body()).as(id).doesNotContain("root:").doesNotContain("Exception");
        }
    }

    /**
     * A case file broken on disk is the file's fault: 409 with its problems placed in the library
     * (no server path, no Java object's text). A known path with the wrong method is 405; a form
     * that is not URL-encoded is 415, refused before its body is read.
     */
    @Test
    void a_broken_case_is_409_a_wrong_method_405_and_a_multipart_form_415(@TempDir Path other) throws Exception {
        try (Served s = Served.start(other)) {
            Path yaml = other.resolve("russia-china").resolve("case.yaml");
            java.nio.file.Files.writeString(yaml, java.nio.file.Files.readString(yaml)
                    .replace("title: Russia and China", "title: [unclosed"));
            java.nio.file.Files.setLastModifiedTime(yaml, java.nio.file.attribute.FileTime.fromMillis(
                    System.currentTimeMillis() + 5_000));
            HttpResponse<String> r = s.get("/api/cases/russia-china/assessment");
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(Served.json(r).get("details").get(0).asText()).matches("russia-china/case\\.yaml:\\d+:\\d+: .+");
            assertThat(r.body()).doesNotContain("Diagnostic[").doesNotContain(other.toString());
            // the list of cases names the problem the same way, without the server's folders
            HttpResponse<String> list = s.get("/api/cases");
            assertThat(list.body()).doesNotContain(other.toString());
            JsonNode broken = java.util.stream.StreamSupport.stream(Served.json(list).spliterator(), false)
                    .filter(c -> c.get("id").asText().equals("russia-china")).findFirst().orElseThrow();
            assertThat(broken.get("problem").asText()).matches("russia-china/case\\.yaml:\\d+:\\d+: .+");
            assertThat(s.get("/").body()).doesNotContain(other.toString());
            for (String[] m : new String[][] {{"DELETE", "/api/cases/iran-russia"}, {"POST", "/api/cases/iran-russia/assessment"},
                {"PATCH", "/api/cases/iran-russia/evidence"}}) {
                HttpResponse<String> w = s.send(m[0], m[1], "{}");
                assertThat(w.statusCode()).as(m[0] + " " + m[1]).isEqualTo(405);
                assertThat(Served.json(w).get("error").asText()).contains(m[0] + " is not allowed");
            }
            HttpResponse<String> form = s.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base()
                    + "/cases/iran-russia/evidence")).header("Content-Type", "multipart/form-data; boundary=xx")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("garbage")));
            assertThat(form.statusCode()).isEqualTo(415);
            assertThat(form.body()).doesNotContain("Exception");
        }
    }

    @Test
    void unknown_route_is_404_json() {
        HttpResponse<String> r = served.get("/api/nothing-here");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Served.json(r).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void refuses_a_body_over_the_limit_with_413() {
        String big = "x".repeat((int) Guard.MAX_BODY + 1);
        HttpResponse<String> r = served.send(HttpRequest.newBuilder(URI.create(served.base() + "/api/cases"))
                .POST(HttpRequest.BodyPublishers.ofString(big)));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(Served.json(r).get("error").asText()).contains("KB");
    }

    @Test
    void serves_an_openapi_document_naming_every_route() {
        JsonNode doc = Served.json(served.get("/openapi.json"));
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/cases", "/api/cases/{id}/assessment", "/api/cases/{id}/scenarios",
                "/api/dyads/{a}/{b}", "/api/treaties/compare", "/api/forecasts", "/api/events/{a}/{b}");
    }

    /** The routes check requests against Routes.QUERY; the document must say the same, route by route. */
    @Test
    void the_openapi_document_lists_exactly_the_query_parameters_each_route_takes() {
        JsonNode doc = Served.json(served.get("/openapi.json"));
        List<String> documented = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            List<String> query = new ArrayList<>();
            op.getValue().path("parameters").forEach(p -> {
                if (p.path("in").asText().equals("query")) {
                    query.add(p.get("name").asText());
                }
            });
            if (op.getKey().equals("get")) {
                documented.add(path.getKey());
                assertThat(query).as(path.getKey()).containsExactlyInAnyOrderElementsOf(Routes.QUERY.get(path.getKey()));
            } else {
                assertThat(query).as(op.getKey() + " " + path.getKey()).isEmpty();
            }
        }));
        assertThat(documented).as("every GET route under /api is documented")
                .containsAll(Routes.QUERY.keySet().stream().filter(p -> p.startsWith("/api/")).toList());
    }

    @Test
    void serves_swagger_ui_and_echarts_from_their_webjars() {
        assertThat(served.get("/api-docs").body()).contains(Layout.SWAGGER + "swagger-ui-bundle.js");
        assertThat(served.get(Layout.SWAGGER + "swagger-ui-bundle.js").statusCode()).isEqualTo(200);
        assertThat(served.get(Layout.ECHARTS).statusCode()).isEqualTo(200);
        assertThat(served.get("/static/entente.js").statusCode()).isEqualTo(200);
    }

    @Test
    void rereads_a_case_when_its_file_changes() throws java.io.IOException {
        assertThat(Served.json(served.get("/api/cases/russia-china")).get("title").asText()).isEqualTo("Russia and China");
        Path yaml = served.cases.resolve("russia-china").resolve("case.yaml");
        java.nio.file.Files.writeString(yaml, java.nio.file.Files.readString(yaml)
                .replace("title: Russia and China", "title: Russia and China, revised"));
        java.nio.file.Files.setLastModifiedTime(yaml, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() + 5_000));
        assertThat(Served.json(served.get("/api/cases/russia-china")).get("title").asText())
                .isEqualTo("Russia and China, revised");
    }

    @Test
    void sets_security_headers() {
        HttpResponse<String> r = served.get("/");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(Guard.CSP);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
}
