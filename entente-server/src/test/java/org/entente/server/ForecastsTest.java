package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The forecast ledger page and {@code /api/forecasts} over real HTTP, with a ledger and without one. */
class ForecastsTest {

    @RegisterExtension
    static final Served served = Served.cases((cases, scratch) -> Fixtures.ledger(Served.ledger(cases)));

    @RegisterExtension
    static final Served empty = Served.cases();

    @Test
    void lists_forecasts_with_scores_and_calibration() {
        HttpResponse<String> r = served.get("/api/forecasts");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode d = Served.json(r);
        assertThat(d.get("exists").asBoolean()).isTrue();
        assertThat(d.get("recorded").asInt()).isEqualTo(4);
        assertThat(d.get("resolved").asInt()).isEqualTo(3);
        JsonNode first = d.get("forecasts").get(0);
        assertThat(first.get("id").asText()).isEqualTo("rus-prk-troops-2025");
        assertThat(first.get("outcome").asText()).isEqualTo("yes");
        // Brier over both outcomes: (0.8 - 1)^2 + (0.2 - 0)^2 = 0.08; log score -ln 0.8
        assertThat(first.get("brier").asDouble()).isEqualTo(0.08);
        assertThat(first.get("log").asDouble()).isCloseTo(-Math.log(0.8), org.assertj.core.data.Offset.offset(1e-4));
        double mean = (0.08 + 0.02 + (0.16 + 0.09 + 0.01)) / 3;
        assertThat(d.get("meanBrier").asDouble()).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(d.get("calibration").size()).isPositive();
        JsonNode open = d.get("forecasts").get(3);
        assertThat(open.get("status").asText()).isEqualTo("open");
        assertThat(open.has("brier")).isFalse();
    }

    @Test
    void page_shows_the_ledger_escaped_with_its_calibration_chart() {
        String page = served.get("/forecasts").body();
        assertThat(page).contains("data-chart=\"calibration\"", "Will North Korean troops fight in Kursk?",
                "&lt;b&gt;a mutual-defence&lt;/b&gt;", "<a href=\"/forecasts\">Forecasts</a>").doesNotContain("<b>a mutual");
    }

    @Test
    void without_a_ledger_says_so_and_creates_none() {
        JsonNode d = Served.json(empty.get("/api/forecasts"));
        assertThat(d.get("exists").asBoolean()).isFalse();
        assertThat(d.get("hint").asText()).contains("entente forecast record");
        HttpResponse<String> page = empty.get("/forecasts");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("There is no forecast ledger", "entente forecast record");
        assertThat(Files.exists(Served.ledger(empty.cases))).isFalse();
    }
}
