package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The treaty pages and their JSON over real HTTP: obligations with their clauses, absences, comparisons. */
class TreatiesTest {

    @RegisterExtension
    static final Served served = Served.cases(TreatiesTest::hostile);

    /** Also a copy of russia-dprk whose treaty title and article summary carry markup. */
    static void hostile(Path folder, Path scratch) throws IOException {
        Path hostile = folder.resolve("hostile-treaty");
        Served.copy(folder.resolve("russia-dprk"), hostile);
        Path yaml = hostile.resolve("case.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("id: russia-dprk", "id: hostile-treaty")
                .replace("title: Treaty on Comprehensive Strategic Partnership between the Russian Federation and the DPRK",
                        "title: \"<script>alert('t')</script> between\"")
                .replace("its partner gives immediate military", "its partner <img src=x onerror=alert(1)> gives military"));
        Path two = folder.resolve("two-absences");
        Served.copy(folder.resolve("iran-russia"), two);
        Path twoYaml = two.resolve("case.yaml");
        Files.writeString(twoYaml, Files.readString(twoYaml).replace("id: iran-russia\n", "id: two-absences\n")
                .replaceFirst("    absent:\n", "    absent:\n      - id: cspt-no-defence-second\n        obligation: defence\n"
                        + "        note: A second note on the missing defence pledge.\n        sources: [brief-2025]\n"));
    }

    @Test
    void every_absence_of_an_obligation_is_listed() {
        JsonNode defence = obligation(Served.json(served.get("/api/cases/two-absences/treaties")).get(0).get("obligations"),
                "defence");
        assertThat(defence.get("absent")).hasSize(2);
        assertThat(defence.get("absent").get(0).get("id").asText()).isEqualTo("cspt-no-defence-second");
        assertThat(defence.get("absent").get(1).get("id").asText()).isEqualTo("cspt-no-defence");
        JsonNode compared = obligation(Served.json(served.get("/api/treaties/compare?a=two-absences/cspt-2025"
                + "&b=russia-dprk/cspt-2024")).get("obligations"), "defence");
        assertThat(compared.get("a").get("absent")).hasSize(2);
        String page = served.get("/cases/two-absences/treaties/compare?a=cspt-2025&b=russia-dprk/cspt-2024").body();
        assertThat(page).contains("A second note on the missing defence pledge").contains("No promise to help the other");
        assertThat(served.get("/cases/two-absences/treaties").body()).contains("A second note on the missing defence pledge")
                .contains("No promise to help the other");
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void case_treaties_carry_their_obligations_clauses_and_absences() {
        JsonNode list = Served.json(served.get("/api/cases/iran-russia/treaties"));
        JsonNode cspt = list.get(0);
        assertThat(cspt.get("id").asText()).isEqualTo("cspt-2025");
        assertThat(cspt.get("ref").asText()).isEqualTo("iran-russia/cspt-2025");
        assertThat(cspt.get("coding").size()).isGreaterThan(10);
        assertThat(cspt.get("strongest").asText()).isEqualTo("neutrality");
        JsonNode defence = obligation(cspt.get("obligations"), "defence");
        assertThat(defence.get("clauses")).isEmpty();
        assertThat(defence.get("absent").get(0).get("note").asText()).isNotBlank();
        assertThat(ids(obligation(cspt.get("obligations"), "neutrality").get("clauses"))).contains("cspt-art3-3");
        assertThat(cspt.get("subjectCounts").get("security-defence").asInt()).isPositive();
    }

    /** A clause whose article number is not known has no article, not its coding id in that place. */
    @Test
    void a_clause_without_an_article_number_says_it_is_not_established() {
        JsonNode cspt = Served.json(served.get("/api/cases/russia-dprk/treaties")).get(0);
        JsonNode clauses = obligation(cspt.get("obligations"), "non-aggression").get("clauses");
        JsonNode territory = null;
        for (JsonNode c : clauses) {
            territory = c.get("id").asText().equals("cspt-territory") ? c : territory;
        }
        assertThat(territory).isNotNull();
        assertThat(territory.has("article")).isFalse();
        assertThat(clauses.get(0).get("article").asText()).isEqualTo("Art. 5");
        String page = served.get("/cases/russia-dprk/treaties").body();
        assertThat(page).contains("href=\"#cspt-2024--cspt-territory\">(not established)</a>")
                .doesNotContain(">cspt-territory<");
        String compare = served.get("/cases/iran-russia/treaties/compare?a=treaty-2001&b=cspt-2025").body();
        assertThat(compare).contains("<strong class=\"obl\">(not established)</strong>");
    }

    @Test
    void compares_iran_russia_non_assistance_with_russia_dprk_mutual_assistance() {
        HttpResponse<String> r = served.get("/api/treaties/compare?a=iran-russia/cspt-2025&b=russia-dprk/cspt-2024");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode c = Served.json(r);
        assertThat(c.get("a").get("title").asText()).contains("Iran");
        assertThat(c.get("b").get("strongest").asText()).isEqualTo("defence");
        JsonNode defence = obligation(c.get("obligations"), "defence");
        assertThat(defence.get("a").get("clauses")).isEmpty();
        assertThat(defence.get("a").has("absent")).isTrue();
        assertThat(ids(defence.get("b").get("clauses"))).containsExactly("cspt-art4-assist");
        assertThat(defence.get("b").get("clauses").get(0).get("binding").asText()).isEqualTo("binding");
        assertThat(ids(obligation(c.get("obligations"), "neutrality").get("a").get("clauses"))).contains("cspt-art3-3");
        assertThat(c.get("subjects").size()).isPositive();
    }

    @Test
    void compares_within_a_case_by_bare_ids() {
        JsonNode c = Served.json(served.get("/api/cases/iran-russia/treaties/compare?a=cspt-2025&b=treaty-2001"));
        assertThat(c.get("b").get("ref").asText()).isEqualTo("iran-russia/treaty-2001");
    }

    @Test
    void refuses_unknown_and_unqualified_treaties() {
        HttpResponse<String> unknown = served.get("/api/treaties/compare?a=iran-russia/nato&b=russia-dprk/cspt-2024");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Served.json(unknown).get("hint").asText()).contains("cspt-2025");
        assertThat(served.get("/api/treaties/compare?a=cspt-2025&b=russia-dprk/cspt-2024").statusCode()).isEqualTo(400);
        assertThat(served.get("/api/treaties/compare?b=russia-dprk/cspt-2024").statusCode()).isEqualTo(400);
        // not an unknown case: a value that cannot name a treaty, which the parameter is blamed for
        assertThat(served.get("/api/treaties/compare?a=../../etc/cspt&b=russia-dprk/cspt-2024").statusCode()).isEqualTo(400);
    }

    @Test
    void treaty_page_colours_articles_and_marks_obligations() {
        HttpResponse<String> r = served.get("/cases/russia-dprk/treaties");
        assertThat(r.statusCode()).isEqualTo(200);
        String page = r.body();
        assertThat(page).contains("data-chart=\"treaty-subjects\"", "class=\"article subj-security-defence obliges\"",
                "<span class=\"obl\">defence</span>", "href=\"/cases/russia-dprk/treaties\"");
        assertThat(served.get("/cases/iran-russia/treaties").body()).contains("class=\"absent\">absent: ");
    }

    @Test
    void compare_page_sets_the_two_treaties_side_by_side() {
        String page = served.get("/cases/iran-russia/treaties/compare?a=cspt-2025&b=russia-dprk/cspt-2024").body();
        assertThat(page).contains("Comprehensive Strategic Partnership Treaty (Russia\u2013Iran, 2025)",
                "Treaty on Comprehensive Strategic Partnership between the Russian Federation and the DPRK",
                "<option value=\"russia-dprk/cspt-2024\" selected>", "data-chart=\"treaty-compare\"", "td class=\"obliges\"");
    }

    @Test
    void the_overview_links_the_new_pages() {
        String page = served.get("/cases/iran-russia").body();
        assertThat(page).contains("href=\"/cases/iran-russia/treaties\"", "href=\"/cases/iran-russia/events\"",
                "href=\"/forecasts\"");
    }

    @Test
    void hostile_treaty_text_is_escaped() {
        for (String path : List.of("/cases/hostile-treaty/treaties",
                "/cases/hostile-treaty/treaties/compare?a=cspt-2024&b=iran-russia/cspt-2025")) {
            String page = served.get(path).body();
            assertThat(page).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .contains("&lt;img src=x onerror=alert(1)&gt;");
        }
    }

    private static JsonNode obligation(JsonNode rows, String name) {
        for (JsonNode r : rows) {
            if (r.get("obligation").asText().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + name + " in " + rows);
    }

    private static List<String> ids(JsonNode clauses) {
        List<String> out = new ArrayList<>();
        clauses.forEach(c -> out.add(c.get("id").asText()));
        return out;
    }
}
