package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.entente.casefile.CaseFiles;
import org.entente.reference.CountryTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Editing over real HTTP: evidence, events, sources and signposts added, checked, kept, audited; never half-written. */
class EditTest {

    static final String CASE = "/api/cases/russia-dprk";

    @RegisterExtension
    static final Served served = Served.cases();

    static String evidence(String id, String dimension) {
        return "{\"id\": \"" + id + "\", \"claim\": \"Pyongyang's envoys said: \\\"more # to come\\\"\", \"dimension\": \""
                + dimension + "\", \"stance\": \"toward-alignment\", \"strength\": \"moderate\", \"period\": {\"from\": "
                + "\"2025-03\"}, \"sources\": [\"interfax-108291\"]}";
    }

    static Path caseFile() {
        return served.cases.resolve("russia-dprk").resolve(CaseFiles.FILE_NAME);
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void valid_evidence_is_appended_as_text_and_served() {
        List<String> before = read(caseFile()).lines().toList();
        HttpResponse<String> r = served.send("POST", CASE + "/evidence", evidence("ev-added-by-api", "military"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode a = Served.json(r);
        assertThat(a.get("item").asText()).isEqualTo("ev-added-by-api");
        assertThat(r.headers().firstValue("ETag")).hasValue("\"" + a.get("version").asText() + "\"");
        List<String> after = new ArrayList<>(read(caseFile()).lines().toList());
        int line = a.get("line").asInt();
        assertThat(after.get(line - 1)).isEqualTo("  - id: ev-added-by-api");
        assertThat(after.get(line)).contains("claim: \"Pyongyang's envoys said: \\\"more # to come\\\"\"");
        assertThat(after.get(line + 5)).isEqualTo("    sources: [interfax-108291]");
        after.subList(line - 1, line + 6).clear();
        assertThat(after).as("every other line, comments included, as it was").isEqualTo(before);
        JsonNode c = Served.json(served.get(CASE));
        List<String> ids = new ArrayList<>();
        c.get("evidence").forEach(e -> ids.add(e.get("id").asText()));
        assertThat(ids).contains("ev-added-by-api");
        assertThat(served.get(CASE + "/evidence").body()).contains("Pyongyang's envoys said");
    }

    @Test
    void an_invalid_edit_is_refused_with_file_line_and_column_and_nothing_is_written() {
        String was = read(caseFile());
        HttpResponse<String> r = served.send("POST", CASE + "/evidence", evidence("ev-misspelt", "millitary"));
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode body = Served.json(r);
        assertThat(body.get("error").asText()).matches("case\\.yaml:\\d+:\\d+: .*millitary.*");
        JsonNode p = body.get("problems").get(0);
        assertThat(p.get("file").asText()).isEqualTo("case.yaml");
        assertThat(p.get("line").asInt()).isGreaterThan(600);
        assertThat(p.get("column").asInt()).isPositive();
        assertThat(p.get("hint").asText()).contains("military");
        // evidence takes only the scored dimensions: the hint does not offer 'regional', which it would refuse
        assertThat(p.get("hint").asText()).doesNotContain("regional");
        HttpResponse<String> regional = served.send("POST", CASE + "/evidence", evidence("ev-regional", "regional"));
        assertThat(regional.statusCode()).isEqualTo(400);
        JsonNode rp = Served.json(regional).get("problems").get(0);
        assertThat(rp.get("text").asText()).contains("evidence must bear on a scored dimension, not regional");
        assertThat(rp.get("hint").asText()).contains("ideational").doesNotContain("regional");
        assertThat(body.get("hint").asText()).isNotEmpty();
        assertThat(read(caseFile())).isEqualTo(was);

        HttpResponse<String> dangling = served.send("POST", CASE + "/timeline", "{\"id\": \"dangling-event\", \"date\": "
                + "\"2025-02-30\", \"title\": \"x\", \"dimensions\": [\"military\"], \"direction\": \"context\", "
                + "\"sources\": [\"no-such-source\"]}");
        assertThat(dangling.statusCode()).isEqualTo(400);
        String all = Served.json(dangling).get("problems").toString();
        assertThat(all).contains("2025-02-30 does not exist").contains("no-such-source");
        assertThat(read(caseFile())).isEqualTo(was);
    }

    @Test
    void a_stale_version_is_refused_with_409() {
        String etag = served.get(CASE).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> first = served.send("POST", CASE + "/evidence", evidence("ev-first-of-two", "economic"),
                "If-Match", etag);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> second = served.send("POST", CASE + "/evidence", evidence("ev-second-of-two", "economic"),
                "If-Match", etag);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(Served.json(second).get("hint").asText()).contains(Served.json(first).get("version").asText());
        assertThat(read(caseFile())).doesNotContain("ev-second-of-two");
    }

    @Test
    void concurrent_edits_all_land_or_are_refused_never_half_written() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Integer> free = race(pool, "ev-free-a", "ev-free-b", null);
            assertThat(free).containsExactly(201, 201);
            String etag = served.get(CASE).headers().firstValue("ETag").orElseThrow();
            List<Integer> guarded = race(pool, "ev-guarded-a", "ev-guarded-b", etag);
            assertThat(guarded).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        String text = read(caseFile());
        assertThat(text).contains("ev-free-a", "ev-free-b");
        assertThat(text.contains("ev-guarded-a") ^ text.contains("ev-guarded-b")).isTrue();
        assertThat(new CaseFiles(CountryTable.bundled()).check(caseFile()).diagnostics()).isEmpty();
        try (var left = Files.list(caseFile().getParent())) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).isEmpty();
        }
    }

    private static List<Integer> race(ExecutorService pool, String a, String b, String etag) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> out = new ArrayList<>();
        for (String id : List.of(a, b)) {
            Callable<Integer> post = () -> {
                go.await();
                return (etag == null ? served.send("POST", CASE + "/evidence", evidence(id, "diplomatic"))
                        : served.send("POST", CASE + "/evidence", evidence(id, "diplomatic"), "If-Match", etag)).statusCode();
            };
            out.add(pool.submit(post));
        }
        go.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : out) {
            codes.add(f.get());
        }
        return codes;
    }

    @Test
    void every_edit_goes_to_the_audit_trail_with_who_when_and_what() {
        HttpResponse<String> r = served.send("POST", CASE + "/evidence", evidence("ev-audited", "institutional"),
                EditRoutes.USER_HEADER, "Analyst Ada");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(Files.isRegularFile(served.cases.resolve("russia-dprk").resolve(AuditLog.FILE))).isTrue();
        JsonNode trail = Served.json(served.get(CASE + "/audit"));
        JsonNode last = null;
        for (JsonNode e : trail) {
            if (e.get("item").asText().equals("ev-audited")) {
                last = e;
            }
        }
        assertThat(last).isNotNull();
        assertThat(last.get("who").asText()).isEqualTo("Analyst Ada");
        assertThat(last.get("via").asText()).isEqualTo("api");
        assertThat(last.get("action").asText()).isEqualTo("add-evidence");
        assertThat(last.get("at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        // nothing before an addition: null, in the API as in the file (docs/server.md)
        assertThat(last.has("before")).as("before is given").isTrue();
        assertThat(last.get("before").isNull()).as("nothing before an addition").isTrue();
        assertThat(served.get(CASE + "/audit").headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(read(served.cases.resolve("russia-dprk").resolve(AuditLog.FILE))).contains("\"item\":\"ev-audited\"")
                .contains("\"before\":null");
        assertThat(last.get("after").asText()).startsWith("  - id: ev-audited");
        assertThat(last.get("versionAfter").asText()).isEqualTo(Served.json(r).get("version").asText());
        assertThat(last.get("versionBefore").asText()).isNotEqualTo(last.get("versionAfter").asText());
    }

    @Test
    void a_source_goes_to_sources_tsv_and_an_event_to_the_timeline() {
        HttpResponse<String> s = served.send("POST", CASE + "/sources", "{\"id\": \"kcna-2026-01-02\", \"kind\": \"official\", "
                + "\"title\": \"KCNA statement on the treaty\", \"publisher\": \"KCNA\", \"date\": \"2026-01-02\", "
                + "\"url\": \"https://kcna.kp/x\", \"reliability\": \"C3\"}");
        assertThat(s.statusCode()).as(s.body()).isEqualTo(201);
        List<String> rows = read(served.cases.resolve("russia-dprk").resolve("sources.tsv")).lines().toList();
        assertThat(rows.get(rows.size() - 1)).isEqualTo("kcna-2026-01-02\tofficial\tKCNA statement on the treaty\t\tKCNA"
                + "\t2026-01-02\thttps://kcna.kp/x\tC3\t");
        HttpResponse<String> e = served.send("POST", CASE + "/timeline", "{\"id\": \"kcna-statement-2026\", \"date\": "
                + "\"2026-01-02\", \"title\": \"KCNA restates the treaty's mutual-assistance clause\", \"dimensions\": "
                + "[\"institutional\", \"military\"], \"direction\": \"toward-alignment\", \"sources\": [\"kcna-2026-01-02\"]}");
        assertThat(e.statusCode()).as(e.body()).isEqualTo(201);
        String timeline = served.get(CASE + "/timeline?from=2026-01&to=2026-01").body();
        assertThat(timeline).contains("kcna-statement-2026").contains("KCNA statement on the treaty");

        HttpResponse<String> tab = served.send("POST", CASE + "/sources", "{\"id\": \"tabbed\", \"kind\": \"news\", "
                + "\"title\": \"a\\tb\", \"publisher\": \"X\"}");
        assertThat(tab.statusCode()).isEqualTo(400);
        HttpResponse<String> kind = served.send("POST", CASE + "/sources", "{\"id\": \"badkind\", \"kind\": \"rumour\", "
                + "\"title\": \"t\", \"publisher\": \"X\"}");
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(Served.json(kind).get("error").asText()).startsWith("sources.tsv:").contains("rumour");
    }

    @Test
    void a_signpost_observation_changes_one_line_and_unknown_removes_it() {
        String sp = "/signposts/sp-dprk-units-withdrawn";
        HttpResponse<String> yes = served.send("PUT", CASE + sp, "{\"observed\": \"yes\"}");
        assertThat(yes.statusCode()).as(yes.body()).isEqualTo(200);
        assertThat(observed()).isEqualTo("true");
        assertThat(read(caseFile())).contains("      observed: yes\n      sources: [nknews-2025-06-shoigu, babel-118985]");
        assertThat(served.send("PUT", CASE + sp, "{\"observed\": \"no\"}").statusCode()).isEqualTo(200);
        assertThat(observed()).isEqualTo("false");
        assertThat(served.send("PUT", CASE + sp, "{\"observed\": \"unknown\"}").statusCode()).isEqualTo(200);
        assertThat(observed()).isEqualTo("absent");
        assertThat(served.send("PUT", CASE + "/signposts/sp-nope", "{\"observed\": \"yes\"}").statusCode()).isEqualTo(404);
        assertThat(served.send("PUT", CASE + sp, "{\"observed\": \"maybe\"}").statusCode()).isEqualTo(400);
    }

    private static String observed() {
        for (JsonNode s : Served.json(served.get(CASE)).get("outlook").get("signposts")) {
            if (s.get("id").asText().equals("sp-dprk-units-withdrawn")) {
                return s.has("observed") && !s.get("observed").isNull() ? s.get("observed").asText() : "absent";
            }
        }
        throw new AssertionError("signpost missing");
    }

    @Test
    void forms_post_with_the_version_and_come_back_with_problems() {
        String version = CaseEdits.unquote(served.get(CASE).headers().firstValue("ETag").orElseThrow());
        HttpResponse<String> ok = form("/cases/russia-dprk/evidence", Map.of("version", version, "id", "ev-from-form",
                "claim", "Added through the form", "dimension", "economic", "stance", "marks-limit", "strength", "weak",
                "sources", "interfax-108291, tass-1882445", "editor", "Form User"));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(303);
        assertThat(ok.headers().firstValue("Location")).hasValue("/cases/russia-dprk/evidence#ev-from-form");
        HttpResponse<String> stale = form("/cases/russia-dprk/evidence", Map.of("version", version, "id", "ev-stale-form",
                "claim", "x", "dimension", "economic", "stance", "marks-limit", "strength", "weak", "sources", "interfax-108291"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("form-errors").contains("ev-stale-form");
        HttpResponse<String> bad = form("/cases/russia-dprk/evidence", Map.of("id", "ev-bad-form", "claim", "<script>x</script>",
                "dimension", "economic", "stance", "sideways", "strength", "weak", "sources", "interfax-108291"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).containsPattern("case\\.yaml:\\d+:\\d+: [^<]*sideways").doesNotContain("<script>x");
        HttpResponse<String> foreign = served.send(HttpRequest.newBuilder(URI.create(served.base() + "/cases/russia-dprk/evidence"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("id=ev-csrf")));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(read(caseFile())).contains("ev-from-form").doesNotContain("ev-stale-form", "ev-bad-form", "ev-csrf");
    }

    @Test
    void on_a_server_with_a_token_forms_carry_it_in_a_field(@TempDir Path other) {
        String token = "a-token-of-twenty-chars";
        try (Served guarded = Served.start(other, java.util.Optional.of(token))) {
            String page = guarded.get("/cases/russia-dprk/timeline").body();
            assertThat(page).contains("name=\"token\"");
            String body = "id=ev-with-token&claim=x&dimension=economic&stance=marks-limit&strength=weak&sources=interfax-108291";
            HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(guarded.base() + "/cases/russia-dprk/evidence"))
                    .header("Content-Type", "application/x-www-form-urlencoded");
            assertThat(guarded.send(post.POST(HttpRequest.BodyPublishers.ofString(body))).statusCode()).isEqualTo(401);
            assertThat(guarded.send(post.POST(HttpRequest.BodyPublishers.ofString(body + "&token=wrong-token-xxxxxxx")))
                    .statusCode()).isEqualTo(403);
            assertThat(guarded.send(post.POST(HttpRequest.BodyPublishers.ofString(body + "&token=" + token))).statusCode())
                    .isEqualTo(303);
            assertThat(Served.json(guarded.get(CASE + "/audit")).get(0).get("who").asText()).isEqualTo("token holder");
        }
    }

    private static HttpResponse<String> form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return served.send(HttpRequest.newBuilder(URI.create(served.base() + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void an_edit_survives_a_restart() {
        assertThat(served.send("POST", CASE + "/evidence", evidence("ev-kept-over-restart", "energy-nuclear")).statusCode())
                .isEqualTo(201);
        served.restart();
        List<String> ids = new ArrayList<>();
        Served.json(served.get(CASE)).get("evidence").forEach(e -> ids.add(e.get("id").asText()));
        assertThat(ids).contains("ev-kept-over-restart");
        assertThat(Served.json(served.get(CASE + "/audit")).toString()).contains("ev-kept-over-restart");
    }
}
