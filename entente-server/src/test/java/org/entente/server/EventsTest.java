package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The events pages and {@code /api/events/{A}/{B}} over real HTTP, over a store made from
 * entente-events' real samples, and without a store.
 */
class EventsTest {

    @RegisterExtension
    static final Served served = Served.cases((cases, scratch) -> Fixtures.events(Served.events(cases), scratch));

    @RegisterExtension
    static final Served empty = Served.cases();

    /** A server whose event store is a file that is not one. */
    @RegisterExtension
    static final Served broken = Served.cases((cases, scratch) -> Files.writeString(Served.events(cases), "not a store\n"));

    @Test
    void gives_the_dyad_month_by_month() {
        HttpResponse<String> r = served.get("/api/events/IRN/RUS?by=month");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode d = Served.json(r);
        assertThat(d.get("a").asText()).isEqualTo("IRN");
        assertThat(d.get("watched").asBoolean()).isTrue();
        List<String> periods = new ArrayList<>();
        d.get("series").forEach(s -> periods.add(s.get("period").asText()));
        assertThat(periods).contains("2015-10", "2019-10", "2019-11");
        d.get("series").forEach(s -> assertThat(s.get("events").asLong()).isPositive());
        assertThat(d.get("coverage").size()).isPositive();
        assertThat(Served.json(served.get("/api/events/Iran/Russia?by=year")).get("series").get(0).get("period").asText())
                .isEqualTo("2015");
    }

    /** The API gives the series in time order, the sources of one period by name, as the CLI does. */
    @Test
    void gives_the_series_in_time_order_across_sources() {
        List<String> rows = new ArrayList<>();
        Served.json(served.get("/api/events/IRN/RUS?by=year")).get("series")
                .forEach(s -> rows.add(s.get("period").asText() + " " + s.get("source").asText()));
        assertThat(rows).containsExactly("2015 gdelt", "2018 icews", "2019 gdelt");
    }

    /** One direction, the Goldstein mean by mentions, and the shifts tested, as the CLI's series gives them. */
    @Test
    void gives_one_direction_weighted_by_mentions_with_the_shifts_tested() {
        JsonNode d = Served.json(served.get("/api/events/IRN/RUS?by=year&direction=ab&weight=mentions"));
        assertThat(d.get("direction").asText()).isEqualTo("ab");
        assertThat(d.get("weight").asText()).isEqualTo("mentions");
        assertThat(d.get("series").size()).isPositive();
        d.get("series").forEach(r -> {
            assertThat(r.get("direction").asText()).isEqualTo("ab");
            assertThat(r.get("events").asLong()).isEqualTo(r.get("eventsAB").asLong());
            assertThat(r.get("perThousandA").asDouble()).isPositive();
        });
        assertThat(d.get("shifts").isArray()).isTrue();
        assertThat(d.get("shiftsTested").has("gdelt")).isTrue();
        JsonNode both = Served.json(served.get("/api/events/IRN/RUS?by=year"));
        assertThat(both.get("direction").asText()).isEqualTo("both");
        assertThat(both.get("weight").asText()).isEqualTo("events");
        assertThat(served.get("/api/events/IRN/RUS?direction=sideways").statusCode()).isEqualTo(400);
        assertThat(served.get("/api/events/IRN/RUS?weight=articles").statusCode()).isEqualTo(400);
        String page = served.get("/events/IRN/RUS?by=year&direction=ba").body();
        assertThat(page).contains("RUS\u2192IRN only").contains("<option value=\"ba\" selected>")
                .contains("Shifts in the monthly Goldstein mean");
    }

    @Test
    void drills_into_a_month_with_source_urls() {
        JsonNode d = Served.json(served.get("/api/events/IRN/RUS?month=2019-10&limit=3"));
        assertThat(d.get("month").asText()).isEqualTo("2019-10");
        assertThat(d.get("top").size()).isBetween(1, 3);
        d.get("top").forEach(e -> assertThat(e.get("url").asText()).startsWith("http"));
    }

    /** The articles kept from a mentions file show under their event, in the API and folded in the page, escaped. */
    @Test
    void drill_down_shows_the_articles_that_mentioned_an_event() {
        JsonNode d = Served.json(served.get("/api/events/IRN/RUS?month=2019-10&limit=10"));
        List<String> outlets = new ArrayList<>();
        d.get("top").forEach(e -> e.get("articles").forEach(a -> outlets.add(a.get("outlet").asText())));
        assertThat(outlets).containsExactly("tass.com", "<i>outlet</i>");
        String page = served.get("/events/IRN/RUS?month=2019-10").body();
        assertThat(page).contains("2 article(s) mentioned it", "<a href=\"https://tass.com/politics/1\"",
                "&lt;i&gt;outlet&lt;/i&gt;", "javascript:alert(2)").doesNotContain("<i>outlet").doesNotContain("href=\"javascript:");
    }

    @Test
    void refuses_bad_parameters() {
        assertThat(served.get("/api/events/IRN/RUS?by=week").statusCode()).isEqualTo(400);
        assertThat(served.get("/api/events/IRN/RUS?month=2019-13").statusCode()).isEqualTo(400);
        assertThat(served.get("/api/events/IRN/RUS?month=2019-10&limit=0").statusCode()).isEqualTo(400);
        assertThat(served.get("/api/events/IRN/IRN").statusCode()).isEqualTo(400);
        assertThat(served.get("/api/events/IRN/Atlantis").statusCode()).isEqualTo(404);
    }

    @Test
    void case_page_charts_the_series_and_links_each_month() {
        HttpResponse<String> r = served.get("/cases/iran-russia/events");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("data-chart=\"events\"", "href=\"/cases/iran-russia/events?month=2019-10#drill\"");
        // the table runs in time order across sources: ICEWS's 2018-06 between GDELT's 2015-10 and 2019-10
        String body = r.body();
        int table = body.indexOf("<table class=\"series\"");
        assertThat(body.indexOf("?month=2015-10#", table)).isLessThan(body.indexOf("?month=2018-06#", table));
        assertThat(body.indexOf("?month=2018-06#", table)).isLessThan(body.indexOf("?month=2019-10#", table));
    }

    @Test
    void drill_down_links_only_web_urls_and_escapes_the_rest() {
        String oct = served.get("/cases/iran-russia/events?month=2019-10").body();
        assertThat(oct).contains("<h2 id=\"drill\">2019-10", "<a href=\"https://www.bworldonline.com/",
                "rel=\"noopener noreferrer\"");
        String nov = served.get("/events/IRN/RUS?month=2019-11").body();
        assertThat(nov).contains("&lt;b&gt;IRANIAN&lt;/b&gt;", "javascript:alert(1)").doesNotContain("<b>IRANIAN")
                .doesNotContain("href=\"javascript:");
    }

    @Test
    void without_a_store_says_how_to_make_one() {
        HttpResponse<String> api = empty.get("/api/events/IRN/RUS");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(Served.json(api).get("hint").asText()).contains("entente events ingest");
        HttpResponse<String> page = empty.get("/cases/iran-russia/events");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("There is no event store yet", "entente events ingest FILES... --watch IRN:RUS");
        assertThat(Files.exists(Served.events(empty.cases))).isFalse();
    }

    @Test
    void the_events_form_shows_what_the_store_covers_and_links_its_watched_pairs() {
        String page = served.get("/events").body();
        assertThat(page).contains("<h2>The store</h2>", "<td>gdelt</td>", "<td>icews</td>", "<td>gdelt-mentions</td>")
                .contains("kept in full", "href=\"/events/CHN/RUS\"", "href=\"/events/IRN/RUS\"", "href=\"/events/PRK/RUS\"")
                .doesNotContain("event files)");   // every event file was read watching all three
        JsonNode pairs = Served.json(served.get("/api/events/IRN/RUS")).get("watchedPairs");
        assertThat(pairs.size()).isEqualTo(3);
        // the fixture's four event files (two GDELT 2.0 exports, an ICEWS sample, a hostile export); the mentions file is none
        pairs.forEach(p -> assertThat(p.get("files").asLong()).as(p.toString()).isEqualTo(4).isEqualTo(p.get("of").asLong()));
        String none = empty.get("/events").body();
        assertThat(none).contains("There is no event store yet", "entente events ingest");
        assertThat(Files.exists(Served.events(empty.cases))).isFalse();
    }

    @Test
    void a_store_that_cannot_be_read_is_told_with_its_reason_and_the_form_still_works() {
        HttpResponse<String> page = broken.get("/events");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("action=\"/events\"", "cannot be read now: ").doesNotContain("Exception");
        HttpResponse<String> api = broken.get("/api/events/IRN/RUS");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(Served.json(api).get("error").asText()).startsWith("the event store cannot be read now: ")
                .contains("events.duckdb");
        assertThat(Served.json(api).get("hint").asText()).contains("name another store");
    }

    @Test
    void the_events_form_offers_the_cases_pairs() {
        assertThat(served.get("/events").body()).contains("href=\"/cases/russia-dprk/events\"", "action=\"/events\"");
        assertThat(served.get("/events?a=IRN&b=RUS").body()).contains("data-chart=\"events\"");
    }
}
