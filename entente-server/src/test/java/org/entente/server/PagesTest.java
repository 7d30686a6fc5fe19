package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The server-rendered pages over real HTTP: they render, and they escape hostile text. */
class PagesTest {

    @RegisterExtension
    static final Served served = Served.cases(PagesTest::hostile);

    /** A copy of russia-dprk whose title, evidence and sources carry markup and script URLs. */
    static void hostile(Path folder, Path scratch) throws IOException {
        Path hostile = folder.resolve("hostile");
        Served.copy(folder.resolve("russia-dprk"), hostile);
        Path yaml = hostile.resolve("case.yaml");
        String text = Files.readString(yaml).replace("id: russia-dprk", "id: hostile")
                .replace("title: Russia and North Korea", "title: \"<script>alert('title')</script> & Co\"")
                .replace("North Korean soldiers fought to retake Kursk,", "<img src=x onerror=alert(1)> fought,");
        Files.writeString(yaml, text);
        Path tsv = hostile.resolve("sources.tsv");
        Files.writeString(tsv, Files.readString(tsv).replace("https://tass.com/world/1882445", "javascript:alert(2)")
                .replace("TASS report on the treaty's entry into force", "</a><script>alert(3)</script>"));
    }

    @Test
    void every_page_renders_as_html() {
        for (String path : List.of("/", "/cases/iran-russia", "/cases/russia-china/timeline", "/cases/russia-dprk/evidence",
                "/cases/iran-russia/scenarios", "/dyads", "/dyads?a=IRN&b=RUS", "/dyads/USA/JPN", "/api-docs")) {
            HttpResponse<String> r = served.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("text/html"));
            assertThat(r.body()).as(path).startsWith("<!DOCTYPE html>");
        }
    }

    @Test
    void overview_draws_the_band_on_the_spectrum_with_reasons_and_citations() {
        String page = served.get("/cases/iran-russia").body();
        assertThat(page).contains("<li class=\"band-strategic-transactionalism current\"");
        assertThat(page).contains("data-chart=\"dimensions\"", "data-chart=\"commitment\"", "data-chart=\"trajectory\"");
        assertThat(page).contains("Top reasons", "class=\"cite\"");
        assertThat(page).contains("id=\"page-data\"");
    }

    @Test
    void hostile_case_text_is_escaped_everywhere() {
        for (String path : List.of("/", "/cases/hostile", "/cases/hostile/evidence", "/cases/hostile/timeline",
                "/cases/hostile/scenarios")) {
            var response = served.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);   // an error page would pass the checks below
            String page = response.body();
            assertThat(page).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .doesNotContain("href=\"javascript:").doesNotContain("</a><script>");
        }
        String overview = served.get("/cases/hostile").body();
        assertThat(overview).contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; Co");
        assertThat(overview).contains("\\u003cscript\\u003e");
        assertThat(served.get("/cases/hostile/evidence").body()).contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void a_bad_filter_gives_an_escaped_error_page_for_browsers() {
        HttpResponse<String> r = served.send(HttpRequest.newBuilder(URI.create(served.base()
                + "/cases/iran-russia/timeline?from=%3Cscript%3Ex")).header("Accept", "text/html").GET());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("&lt;script&gt;x").doesNotContain("<script>x");
    }

    @Test
    void unknown_case_page_is_404() {
        HttpResponse<String> r = served.send(HttpRequest.newBuilder(URI.create(served.base() + "/cases/nope"))
                .header("Accept", "text/html").GET());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("no case").contains("iran-russia");
    }

    /**
     * The anchors the forms redirect to exist (a timeline event's id, an indicator's signpost id),
     * and the indicator board tells the marked answer by aria-pressed, not by colour alone.
     */
    @Test
    void items_carry_their_ids_and_the_board_says_which_answer_is_marked() {
        assertThat(served.get("/cases/iran-russia/timeline").body()).contains("<li id=\"treaty-2001-signed\" ")
                .contains("id treaty-2001-signed");
        String board = served.get("/cases/iran-russia/scenarios").body();
        assertThat(board).contains("<tr id=\"sp-su35-delivered\" data-indicator=\"sp-su35-delivered\"")
                .containsPattern("data-answer=\"unknown\" aria-pressed=\"true\" aria-label=\"Su-35 fighters are "
                        + "confirmed to have arrived in Iran: unknown\"")
                .contains("data-answer=\"yes\" aria-pressed=\"false\"");
    }

    @Test
    void timeline_form_keeps_the_chosen_filter() {
        String page = served.get("/cases/iran-russia/timeline?dimension=energy-nuclear&direction=marks-limit").body();
        assertThat(page).contains("<option selected>energy-nuclear</option>", "<option selected>marks-limit</option>");
    }

    /** The dyad page reads the data-only assessment as the overview reads a case's, and as the CLI prints it. */
    @Test
    void a_case_has_a_data_tab_showing_its_pairs_panel_under_the_case_navigation() {
        HttpResponse<String> r = served.get("/cases/iran-russia/data?from=2010&to=2020");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("<h1>Iran and Russia</h1>").contains("<nav class=\"case-nav\">")
                .contains("<a href=\"/cases/iran-russia/data\">Data</a>").contains("id=\"chart-votes\"")
                .contains("<h2>Coverage</h2>");
        // the same panel as the pair's own page, which has no case navigation
        String any = served.get("/dyads/IRN/RUS?from=2010&to=2020").body();
        assertThat(any).doesNotContain("case-nav");
        assertThat(pageData(r.body())).isEqualTo(pageData(any)).contains("\"years\":[{");
        assertThat(served.get("/cases/nowhere/data").statusCode()).isEqualTo(404);
        assertThat(served.get("/cases/iran-russia").body()).contains("<a href=\"/cases/iran-russia/data\">Data</a>");
    }

    @Test
    void dyad_page_shows_the_edge_what_would_change_it_and_commitment() {
        String page = served.get("/dyads/IRN/RUS").body();
        assertThat(page).contains("<p class=\"rule edge\">On a threshold: diplomatic 54.5 is just under the breadth "
                + "threshold of 55: over it, the band would be strategic-transactionalism</p>");
        assertThat(page).contains("What would change it:</p><ul class=\"would\"><li>would be strategic-transactionalism "
                + "with overall 45 or more and 3 broad dimensions");
        assertThat(page).contains("strongest obligation in force <strong>neutrality</strong>", "Hedging not measured.");
    }

    /**
     * Scores in the API come to two decimals, so rounding one once gives the whole number the page
     * shows (Iran-Russia 2010: 48.48 and 48, where one decimal gave 48.5 beside the text's 48).
     */
    @Test
    void dyad_page_and_api_give_scores_that_round_alike() {
        com.fasterxml.jackson.databind.JsonNode a = Served.json(served.get("/api/dyads/IRN/RUS?year=2010")).get("assessment");
        double score = a.get("score").asDouble();
        assertThat(score).isNotEqualTo(Math.round(score * 10) / 10.0);
        assertThat(served.get("/dyads/IRN/RUS?year=2010").body()).contains("transactional</span> \u00b7 overall "
                + Math.round(score) + " (interval");
    }

    @Test
    void pair_form_offers_the_states() {
        String page = served.get("/dyads").body();
        assertThat(page).contains("<datalist id=\"states\">", "<option value=\"IRN\">");
    }

    /** @return the page's embedded data, as written */
    private static String pageData(String page) {
        int at = page.indexOf("id=\"page-data\">");
        assertThat(at).as("the page embeds its data").isPositive();
        return page.substring(at, page.indexOf("</script>", at));
    }
}
