package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DyadCommandTest {

    @Test
    void prints_a_compact_table_with_no_data_marked_and_coverage() {
        Run r = Run.entente("dyad", "IRN", "RUS", "--from", "2012", "--to", "2016");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Iran (IRN) \u2013 Russia (RUS), 2012\u20132016")
                .containsPattern("(?m)^2014 .* NAC .* 39 no")       // ATOP both ways, 39 shared IGOs
                .containsPattern("(?m)^2016 .* 413 ")               // Russian arms deliveries to Iran
                .contains("Coverage: unvotes 1946");
        assertThat(r.out().lines().filter(l -> l.startsWith("2015")).findFirst().orElseThrow())
                .as("COW trade ends in 2014: no data, not zero").contains(" . ");
    }

    @Test
    void csv_has_every_column_and_leaves_no_data_empty() {
        Run r = Run.entente("dyad", "Iran", "365", "--from", "2014", "--to", "2015", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().split("\\R");
        assertThat(lines[0]).startsWith("year,un_n,un_agree,un_s,un_kappa,un_pi,un_me_n");
        assertThat(lines).hasSize(3);
        int trade = java.util.Arrays.asList(lines[0].split(",")).indexOf("trade_a_imports");
        assertThat(lines[1].split(",", -1)[trade]).isEqualTo("1460.0");
        assertThat(lines[2].split(",", -1)[trade]).isEmpty();
    }

    /** A rivalry list that ends (Thompson-Dreyer, 2010) leaves later years empty; Germany's 1990 keeps its IGOs (filed under 255). */
    @Test
    void csv_tells_no_data_from_none_across_a_list_s_end_and_a_change_of_code() {
        String[] india = Run.entente("dyad", "IND", "PAK", "--from", "2010", "--to", "2011", "--format", "csv").out().split("\\R");
        int td = java.util.Arrays.asList(india[0].split(",")).indexOf("rivalry_td");
        int tss = java.util.Arrays.asList(india[0].split(",")).indexOf("rivalry_tss");
        assertThat(india[1].split(",", -1)[td]).isNotEmpty().isNotEqualTo("no");
        assertThat(india[2].split(",", -1)[td]).isEmpty();
        assertThat(india[2].split(",", -1)[tss]).isNotEmpty().isNotEqualTo("no");
        String[] germany = Run.entente("dyad", "DEU", "USA", "--from", "1990", "--to", "1990", "--format", "csv").out().split("\\R");
        int igos = java.util.Arrays.asList(germany[0].split(",")).indexOf("igos");
        assertThat(germany[1].split(",", -1)[igos]).isEqualTo("59");
    }

    @Test
    void json_gives_the_panel_with_coverage() throws Exception {
        Run r = Run.entente("dyad", "PRK", "RUS", "--from", "2010", "--to", "2010", "--format", "json");
        JsonNode panel = new ObjectMapper().readTree(r.out());
        assertThat(panel.get("a").asText()).isEqualTo("PRK");
        assertThat(panel.get("years").get(0).get("year").asInt()).isEqualTo(2010);
        assertThat(panel.get("coverage").findValuesAsText("id")).contains("unvotes", "atop", "sipri");
    }

    @Test
    void partners_lists_the_closest_states() {
        Run r = Run.entente("dyad", "IRN", "--partners", "--year", "2014", "--by", "un-s", "--top", "5");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Iran's closest partners in 2014 by un-s").containsPattern("(?m)^  5 ");
        assertThat(r.out()).doesNotContainPattern("(?m)^  6 ");
    }

    /** A state's partners in a year are read under its code that year, as its panel is: DEU in 1980 is COW 260. */
    @Test
    void partners_of_germany_before_1990_are_the_federal_republic_s() {
        Run votes = Run.entente("dyad", "DEU", "--partners", "--year", "1980", "--by", "un-s", "--top", "3");
        assertThat(votes.code()).as(votes.err()).isZero();
        assertThat(votes.out()).contains("Germany's closest partners in 1980 by un-s").containsPattern("(?m)^  3 ");
        Run trade = Run.entente("dyad", "DEU", "--partners", "--year", "1980", "--by", "trade");
        assertThat(trade.code()).as(trade.err()).isZero();
        assertThat(trade.out()).containsPattern("(?m)^  1  BEL ").containsPattern("(?m)^  2  LUX ");
        Run after = Run.entente("dyad", "DEU", "--partners", "--year", "2000", "--by", "trade", "--top", "1");
        assertThat(after.code()).as(after.err()).isZero();
    }

    /**
     * Trade and arms partners say their unit, and which way each flow goes: to the state (its
     * imports, or deliveries to it) and from it; both ways is their sum, as in JSON.
     */
    @Test
    void partners_by_trade_and_arms_give_the_unit_and_each_direction() throws Exception {
        Run trade = Run.entente("dyad", "IRN", "--partners", "--year", "2014", "--by", "trade", "--top", "3");
        assertThat(trade.code()).as(trade.err()).isZero();
        assertThat(trade.out()).contains("Iran's closest partners in 2014 by trade, in millions of current US dollars "
                + "(COW Dyadic Trade):").containsPattern("(?m)^ +both ways +to IRN +from IRN$")
                .satisfies(o -> assertThat(o.replaceAll("\\s+", " ")).contains("to IRN: Iran's imports from the "
                        + "partner; from IRN: the partner's imports from Iran"));
        Run arms = Run.entente("dyad", "IRN", "--partners", "--year", "2014", "--by", "arms", "--top", "3");
        assertThat(arms.code()).as(arms.err()).isZero();
        assertThat(arms.out()).contains("Iran's closest partners in 2014 by arms, in SIPRI trend-indicator values (TIV, "
                + "millions), deliveries:").containsPattern("(?m)^ +both ways +to IRN +from IRN$")
                .satisfies(o -> assertThat(o.replaceAll("\\s+", " ")).contains("to IRN: deliveries to Iran from "
                        + "the partner; from IRN: Iran's deliveries to the partner"));
        for (String by : new String[] {"trade", "arms"}) {
            String text = Run.entente("dyad", "IRN", "--partners", "--year", "2014", "--by", by, "--top", "3").out();
            JsonNode list = new ObjectMapper().readTree(Run.entente("dyad", "IRN", "--partners", "--year", "2014", "--by",
                    by, "--top", "3", "--json").out());
            assertThat(list).hasSize(3);
            for (int i = 0; i < 3; i++) {
                JsonNode p = list.get(i);
                assertThat(p.get("inbound").asDouble() + p.get("outbound").asDouble()).as(by)
                        .isCloseTo(p.get("value").asDouble(), org.assertj.core.api.Assertions.within(1e-6));
                assertThat(text).containsPattern("(?m)^  " + (i + 1) + "  " + p.get("state").asText() + " .* "
                        + Math.round(p.get("value").asDouble()) + " +" + Math.round(p.get("inbound").asDouble()) + " +"
                        + Math.round(p.get("outbound").asDouble()) + "$");
            }
        }
    }

    @Test
    void json_works_for_sources_and_partners_too() throws Exception {
        JsonNode sources = new ObjectMapper().readTree(Run.entente("dyad", "--sources", "--json").out());
        assertThat(sources.findValuesAsText("id")).contains("unvotes", "atop", "sipri");
        JsonNode partners = new ObjectMapper().readTree(Run.entente("dyad", "IRN", "--partners", "--year", "2014", "--json",
                "--top", "3").out());
        assertThat(partners).hasSize(3);
        // the same ranking as the text listing, row for row
        String text = Run.entente("dyad", "IRN", "--partners", "--year", "2014", "--top", "3").out();
        for (int i = 0; i < 3; i++) {
            JsonNode p = partners.get(i);
            assertThat(p.get("sharedVotes").asInt()).isPositive();
            assertThat(text).containsPattern("(?m)^  " + (i + 1) + "  " + p.get("state").asText() + "  "
                    + java.util.regex.Pattern.quote(p.get("name").asText()) + " .*"
                    + String.format(java.util.Locale.ROOT, "%.3f", p.get("value").asDouble()) + "  \\("
                    + p.get("sharedVotes").asInt() + " votes\\)");
        }
    }

    @Test
    void sources_lists_each_dataset_with_its_citation() {
        Run r = Run.entente("dyad", "--sources");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Alliance Treaty Obligations and Provisions").contains("Cite: ")
                .contains("SIPRI").contains("Archigos");
    }

    @Test
    void unknown_and_ambiguous_states_get_suggestions() {
        Run unknown = Run.entente("dyad", "Rusia", "IRN");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no state 'Rusia'").contains("RUS (Russia)");
        Run ambiguous = Run.entente("dyad", "Korea", "RUS");
        assertThat(ambiguous.code()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("matches several states").contains("PRK").contains("KOR");
        assertThat(Run.entente("dyad", "IRN").code()).isEqualTo(2);
    }

    /** Options that do nothing with what was asked are refused, not ignored. */
    @Test
    void options_that_do_not_go_with_the_request_are_refused() {
        String[][][] cases = {
            {{"dyad", "IRN", "--partners", "--year", "2014", "--format", "csv"}, {"--format csv gives the panel of a pair"}},
            {{"dyad", "--sources", "--format", "csv"}, {"--format csv gives the panel of a pair"}},
            {{"dyad", "IRN", "--partners", "--year", "2014", "--from", "2000"}, {"--from and --to go with a pair's panel"}},
            {{"dyad", "IRN", "RUS", "--top", "3"}, {"--by, --year and --top go with --partners"}},
        };
        for (String[][] c : cases) {
            Run r = Run.entente(c[0]);
            assertThat(r.code()).as(String.join(" ", c[0])).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", c[0])).contains(c[1][0]);
        }
    }
}
