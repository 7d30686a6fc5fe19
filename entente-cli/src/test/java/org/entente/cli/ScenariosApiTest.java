package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.server.EntenteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenarios API takes the command line's options as query parameters and answers what
 * {@code entente scenarios --json} prints with them, an observation's label aside: the command line
 * calls it "command line", the API "request".
 */
class ScenariosApiTest {

    @TempDir
    static Path scratch;
    static EntenteServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = EntenteServer.start(ServeCommand.options("127.0.0.1", 0, Path.of(Run.CASES).toAbsolutePath(), Optional.empty())
                .withLedger(scratch.resolve("ledger.duckdb")).withEvents(scratch.resolve("events.duckdb")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/cases/" + query))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The assessment route answers what {@code entente assess --json} prints, with its year-ends
     * (the event record, shown by the command when a store is found, is the events route's).
     */
    @Test
    void the_assessment_route_answers_as_assess_json() throws Exception {
        ObjectMapper m = new ObjectMapper();
        String[][] asked = {{"iran-russia/assessment", "iran-russia"}, {"russia-dprk/assessment", "russia-dprk"},
            {"iran-russia/assessment?asOf=2018-12-31", "iran-russia", "--as-of", "2018-12-31"}};
        for (String[] a : asked) {
            HttpResponse<String> r = get(a[0]);
            assertThat(r.statusCode()).as(a[0]).isEqualTo(200);
            List<String> args = new ArrayList<>(List.of("assess"));
            args.addAll(List.of(a).subList(1, a.length));
            args.add("--json");
            Run cli = Run.entente(args.toArray(String[]::new));
            assertThat(cli.code()).as(cli.err()).isZero();
            com.fasterxml.jackson.databind.node.ObjectNode expected = (com.fasterxml.jackson.databind.node.ObjectNode) m.readTree(cli.out());
            expected.remove("events");
            JsonNode api = m.readTree(r.body());
            assertThat(api.get("recentYearEnds")).as(a[0]).hasSize(5);
            assertThat(api).as(a[0]).isEqualTo(expected);
        }
    }

    /** Each case: the API's query, then the same options on the command line. */
    @Test
    void the_api_answers_as_the_command_line_with_the_same_options() throws Exception {
        String[][] asked = {
            {"iran-russia/scenarios?runs=500", "iran-russia", "--runs", "500"},
            {"iran-russia/scenarios?runs=500&scenario=sc-us-iran-deal&horizon=2030&seed=7&observe=sp-su35-delivered:yes",
                "iran-russia", "--runs", "500", "--scenario", "sc-us-iran-deal", "--horizon", "2030", "--seed", "7",
                "--observe", "sp-su35-delivered=yes"},
            {"iran-russia/scenarios?runs=500&asOf=2025-06-05&observe=sp-joint-naval-drill:yes", "iran-russia", "--runs", "500",
                "--as-of", "2025-06-05", "--observe", "sp-joint-naval-drill:yes"},
            {"russia-dprk/scenarios?runs=500&horizon=2040&seed=11", "russia-dprk", "--runs", "500", "--horizon", "2040",
                "--seed", "11"},
        };
        ObjectMapper json = new ObjectMapper();
        for (String[] a : asked) {
            HttpResponse<String> api = get(a[0]);
            assertThat(api.statusCode()).as(a[0] + ": " + api.body()).isEqualTo(200);
            List<String> args = new ArrayList<>(List.of("scenarios", "--json"));
            args.addAll(List.of(a).subList(1, a.length));
            Run cli = Run.entente(args.toArray(String[]::new));
            assertThat(cli.code()).as(cli.err()).isZero();
            JsonNode fromCli = json.readTree(cli.out());
            assertThat(api.body()).as(a[0]).isEqualTo(json.writeValueAsString(fromCli).replace("command line", "request"));
        }
    }

    /** A value the command line refuses is refused with its words, the parameter named as the API names it. */
    @Test
    void the_api_refuses_what_the_command_line_refuses_in_its_words() throws Exception {
        String[][] asked = {
            {"iran-russia/scenarios?horizon=2026", "--horizon", "2026", "horizon 2026 is not after the start (2026-11-27)"},
            {"iran-russia/scenarios?horizon=2090", "--horizon", "2090", "horizon 2090 is more than 50 years after 2026"},
            {"iran-russia/scenarios?asOf=1900", "--as-of", "1900", "asOf 1900-12-31 is more than 50 years before the case's horizon"},
            {"iran-russia/scenarios?asOf=2030", "--as-of", "2030", "asOf 2030 is after the case's as_of date"},
            {"iran-russia/scenarios?scenario=sc-nothing", "--scenario", "sc-nothing", "no scenario 'sc-nothing' in iran-russia"},
        };
        ObjectMapper json = new ObjectMapper();
        for (String[] a : asked) {
            HttpResponse<String> api = get(a[0]);
            assertThat(api.statusCode()).as(a[0] + ": " + api.body()).isEqualTo(400);
            String error = json.readTree(api.body()).get("error").asText();
            assertThat(error).as(a[0]).startsWith(a[3]);
            Run cli = Run.entente("scenarios", "--runs", "500", a[1], a[2]);
            assertThat(cli.code()).as(a[0]).isEqualTo(2);
            // the same words, the option named where the API names its parameter
            String param = a[0].substring(a[0].indexOf('?') + 1, a[0].indexOf('='));
            assertThat(cli.err()).as(a[0]).contains(a[3].startsWith(param) ? a[1] + a[3].substring(param.length()) : error);
        }
        // each refusal's hint fits its own check: a start too far back is not mended by leaving horizon out
        String far = json.readTree(get("iran-russia/scenarios?asOf=1900").body()).get("hint").asText();
        assertThat(far).startsWith("give an asOf from 1985 on");
        String late = json.readTree(get("iran-russia/scenarios?horizon=2090").body()).get("hint").asText();
        assertThat(late).startsWith("leave horizon out");
        assertThat(get("iran-russia/scenarios?seed=x").statusCode()).isEqualTo(400);
        assertThat(get("iran-russia/scenarios?until=2030").statusCode()).isEqualTo(400);
    }
}
