package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Query parameters the API refuses as the command line refuses the same options, and how it labels what a request gave. */
class QueryParametersTest {

    static final String SCENARIOS = "/api/cases/iran-russia/scenarios?runs=200";

    @RegisterExtension
    static final Served served = Served.cases();

    static JsonNode refused(String path) {
        HttpResponse<String> r = served.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(400);
        return Served.json(r);
    }

    @Test
    void a_signpost_observed_both_yes_and_no_is_refused() {
        JsonNode both = refused(SCENARIOS + "&observe=sp-su35-delivered:yes&observe=sp-su35-delivered:no");
        assertThat(both.get("error").asText()).isEqualTo("observe sp-su35-delivered is given both yes and no; give it once");
        assertThat(both.get("hint").asText()).contains("observe=sp-su35-delivered:yes");
        assertThat(refused(SCENARIOS + "&observe=sp-su35-delivered=no&observe=sp-su35-delivered:unknown").get("error")
                .asText()).isEqualTo("observe sp-su35-delivered is given both no and unknown; give it once");
        HttpResponse<String> twice = served.get(SCENARIOS + "&observe=sp-su35-delivered:yes&observe=sp-su35-delivered=yes");
        assertThat(twice.statusCode()).as("the same answer twice says one thing").isEqualTo(200);
    }

    /** The API's documented ID:yes and the command line's ID=yes are one observation on both surfaces. */
    @Test
    void an_observation_takes_a_colon_or_an_equals_sign() {
        HttpResponse<String> colon = served.get(SCENARIOS + "&observe=sp-su35-delivered:yes");
        HttpResponse<String> equals = served.get(SCENARIOS + "&observe=sp-su35-delivered=yes");
        assertThat(colon.statusCode()).as(colon.body()).isEqualTo(200);
        assertThat(equals.statusCode()).as(equals.body()).isEqualTo(200);
        assertThat(Served.json(equals).get("observations").get("sp-su35-delivered").asText()).isEqualTo("yes (request)");
        assertThat(equals.body()).isEqualTo(colon.body());
    }

    @Test
    void observations_are_labelled_as_from_the_request_or_the_case_file() {
        JsonNode f = Served.json(served.get(SCENARIOS + "&observe=sp-su35-delivered:yes&observe=sp-putin-in-tehran:no"));
        JsonNode seen = f.get("observations");
        assertThat(seen.get("sp-su35-delivered").asText()).isEqualTo("yes (request)");
        assertThat(seen.get("sp-putin-in-tehran").asText()).isEqualTo("no (request)");
        assertThat(seen.get("sp-joint-naval-drill").asText()).isEqualTo("yes (case file)");
        assertThat(f.toString()).doesNotContain("command line");
        for (JsonNode i : f.get("indicators")) {
            String expected = switch (i.get("id").asText()) {
                case "sp-su35-delivered", "sp-putin-in-tehran" -> "request";
                case "sp-joint-naval-drill" -> "case";
                // the rest: observed in the case file, or not at all
                default -> i.get("observation").asText().equals("unknown") ? "none" : "case";
            };
            assertThat(i.get("from").asText()).as(i.get("id").asText()).isEqualTo(expected);
        }
    }

    @Test
    void every_date_or_year_outside_1816_to_2100_is_refused_as_the_command_line_refuses_it() {
        String[][] asked = {
            {"/api/cases/iran-russia/assessment?asOf=1000", "asOf 1000"},
            {"/api/cases/iran-russia/assessment?asOf=1815-12-31", "asOf 1815"},
            {"/api/cases/iran-russia/trajectory?from=1000&to=1010", "from 1000"},
            {"/api/cases/iran-russia/timeline?from=1200", "from 1200"},
            {"/api/cases/iran-russia/timeline?to=2101-01", "to 2101"},
            {"/api/events/IRN/RUS?month=1000-01", "month 1000"},
            {"/api/dyads/IRN/RUS?year=1700", "year 1700"},
            {"/api/dyads/IRN/RUS?to=2500", "to 2500"},
        };
        for (String[] a : asked) {
            JsonNode r = refused(a[0]);
            assertThat(r.get("error").asText()).as(a[0]).isEqualTo(a[1] + " is outside the years the data can cover");
            assertThat(r.get("hint").asText()).as(a[0])
                    .isEqualTo("give a year from 1816 (the start of the Correlates of War state system) to 2100");
        }
        assertThat(served.get("/api/cases/iran-russia/assessment?asOf=2020").statusCode()).isEqualTo(200);
        assertThat(served.get("/api/cases/iran-russia/timeline?from=1816&to=2026").statusCode()).isEqualTo(200);
    }

    @Test
    void a_dyad_span_too_long_is_refused_saying_what_the_limit_is() {
        for (String path : new String[] {"/api/dyads/IRN/RUS?from=1816&to=2100", "/dyads/IRN/RUS?from=1816&to=2100"}) {
            JsonNode r = refused(path);
            assertThat(r.get("error").asText()).as(path)
                    .isEqualTo("years 1816 to 2100 are 285 years; a panel covers at most 251 at a time");
            assertThat(r.get("hint").asText()).as(path).startsWith("ask for fewer, e.g. from=1816&to=2066; the bundled data "
                    + "ends in ").doesNotContain("both between");
        }
        HttpResponse<String> page = served.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(served.base() + "/dyads/IRN/RUS?from=1816&to=2100")).header("Accept", "text/html"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("a panel covers at most 251 at a time");

        assertThat(refused("/api/dyads/IRN/RUS?from=2010&to=2000").get("error").asText()).isEqualTo("from 2010 is after to 2000");
        assertThat(refused("/api/dyads/IRN/RUS?from=2090").get("error").asText()).startsWith("from 2090 is after to 20")
                .endsWith("(the default to: the last year the bundled data covers)");
        JsonNode early = Served.json(served.get("/api/dyads/GBR/FRA?to=1830"));
        assertThat(early.get("from").asInt()).as("thirty years back, but not before 1816").isEqualTo(1816);
        JsonNode longest = Served.json(served.get("/api/dyads/IRN/RUS?from=1816&to=2066"));
        assertThat(longest.get("years")).hasSize(251);
    }

    /** The dyad page honours year as the API does, and checks it; the events page refuses a state paired with itself. */
    @Test
    void pages_check_their_parameters_as_the_api_does() {
        java.util.function.Function<String, HttpResponse<String>> page = path -> served.send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(served.base() + path)).header("Accept", "text/html"));
        JsonNode api = Served.json(served.get("/api/dyads/USA/JPN?year=2010"));
        String asOf = api.get("assessment").get("asOf").asText();
        assertThat(asOf).isEqualTo("2010-12-31");
        HttpResponse<String> in2010 = page.apply("/dyads/USA/JPN?year=2010");
        assertThat(in2010.statusCode()).isEqualTo(200);
        assertThat(in2010.body()).contains("Data only, " + asOf);
        assertThat(page.apply("/dyads/USA/JPN?year=1700").statusCode()).isEqualTo(400);
        assertThat(page.apply("/dyads/USA/JPN?year=abc").statusCode()).isEqualTo(400);
        HttpResponse<String> self = page.apply("/events/IRN/IRN");
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(self.body()).contains("a dyad needs two different states, not IRN twice");
    }
}
