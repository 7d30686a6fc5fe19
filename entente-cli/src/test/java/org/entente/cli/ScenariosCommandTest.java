package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenariosCommandTest {

    private static JsonNode json(String... args) throws Exception {
        Run r = Run.entente(args);
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void json_keys_band_distributions_by_band_id_and_lists_indicators() throws Exception {
        JsonNode f = json("scenarios", "--runs", "2000", "--json");
        JsonNode year = f.get("baseline").get(0);
        assertThat(year.get("bands").fieldNames()).toIterable().containsExactly("adversarial", "transactional",
                "strategic-transactionalism", "strategic-alignment", "alliance");
        assertThat(f.get("baseline").get(f.get("baseline").size() - 1).get("year").asInt()).isEqualTo(2035);
        assertThat(f.get("indicators").size()).isGreaterThan(5);
        assertThat(f.get("indicators").get(0).has("id")).isTrue();
        assertThat(f.get("indicators").get(0).has("name")).isTrue();
        assertThat(f.get("indicators").get(0).has("observation")).isTrue();
        assertThat(f.get("scenarios").size()).isGreaterThan(3);
        assertThat(f.get("sensitivity").get(0).get("range").asDouble())
                .isGreaterThanOrEqualTo(f.get("sensitivity").get(1).get("range").asDouble());
    }

    /** --observe takes the API's ID:yes as well as its own ID=yes, and means the same by both. */
    @Test
    void an_observation_takes_a_colon_or_an_equals_sign() throws Exception {
        JsonNode equals = json("scenarios", "--runs", "500", "--json", "--observe", "sp-su35-delivered=yes");
        JsonNode colon = json("scenarios", "--runs", "500", "--json", "--observe", "sp-su35-delivered:yes");
        assertThat(colon.get("observations").get("sp-su35-delivered").asText()).isEqualTo("yes (command line)");
        assertThat(colon).isEqualTo(equals);
        Run bare = Run.entente("scenarios", "--runs", "500", "--observe", "sp-su35-delivered");
        assertThat(bare.code()).isEqualTo(2);
        assertThat(bare.err()).contains("is not ID=yes|no|unknown (or ID:yes|no|unknown)");
    }

    @Test
    void the_same_seed_gives_the_same_forecast() throws Exception {
        JsonNode a = json("scenarios", "--runs", "2000", "--seed", "5", "--json");
        JsonNode b = json("scenarios", "--runs", "2000", "--seed", "5", "--json");
        assertThat(a.get("baseline")).isNotNull();
        assertThat(a).isEqualTo(b);
        assertThat(a.get("seed").asLong()).isEqualTo(5);
        // another seed draws other futures: the seed given is the one used
        JsonNode c = json("scenarios", "--runs", "2000", "--seed", "6", "--json");
        assertThat(c.get("baseline")).isNotEqualTo(a.get("baseline"));
    }

    @Test
    void the_table_names_each_scenario_by_its_title_and_says_where_the_runs_start() throws Exception {
        Run r = Run.entente("scenarios");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode f = json("scenarios", "--json");
        String[] lines = r.out().split("\n");
        for (JsonNode s : f.get("scenarios")) {
            int row = java.util.stream.IntStream.range(0, lines.length).filter(i -> lines[i].startsWith("  " + s.get("id").asText() + " "))
                    .findFirst().orElseThrow();
            assertThat(lines[row + 1].strip()).isEqualTo(s.get("title").asText());
        }
        assertThat(r.out()).contains("(every run starts from the scores as assessed on " + f.get("asOf").asText()
                + ", overall " + Math.round(f.get("startScore").asDouble()) + ":");
    }

    /**
     * "unknown" leaves out what the case file records for a signpost: the forecast is the one of the
     * same case with that observation taken out of its file.
     */
    @Test
    void an_observation_given_as_unknown_is_left_out(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path copy = dir.resolve("iran-russia");
        java.nio.file.Files.createDirectories(copy);
        for (String f : List.of("case.yaml", "sources.tsv")) {
            java.nio.file.Files.copy(java.nio.file.Path.of(Run.CASES, "iran-russia", f), copy.resolve(f));
        }
        String yaml = java.nio.file.Files.readString(copy.resolve("case.yaml"));
        String observed = "      variable: west-pressure\n      likelihood: {steady: 0.85, easing: 0.60, escalating: 0.90}\n"
                + "      observed: yes\n";
        assertThat(yaml).contains("- id: sp-joint-naval-drill\n").contains(observed);
        java.nio.file.Files.writeString(copy.resolve("case.yaml"), yaml.replace(observed, observed.replace("      observed: yes\n", "")));
        ObjectMapper m = new ObjectMapper();
        JsonNode unknown = m.readTree(Run.entente("scenarios", "--runs", "2000", "--json", "--observe",
                "sp-joint-naval-drill=unknown").out());
        JsonNode unrecorded = m.readTree(Run.in(dir.toString(), "scenarios", "--runs", "2000", "--json").out());
        JsonNode recorded = m.readTree(Run.entente("scenarios", "--runs", "2000", "--json").out());
        assertThat(recorded.get("observations").has("sp-joint-naval-drill")).isTrue();
        assertThat(unknown.get("observations").has("sp-joint-naval-drill")).isFalse();
        assertThat(unknown.get("baseline")).isEqualTo(unrecorded.get("baseline")).isNotEqualTo(recorded.get("baseline"));
    }

    /**
     * Each year gives the shares of runs meeting strategic-transactionalism's two conditions; a run
     * meeting both is in that band or above it (Iran-Russia has no defence pledge and no rivalry, so
     * nothing above it but alignment), so "both" is exactly the share of those bands.
     */
    @Test
    void each_year_gives_the_shares_meeting_the_conditions_above_transactional() throws Exception {
        Run r = Run.entente("scenarios", "--json");
        JsonNode f = new ObjectMapper().readTree(r.out());
        for (JsonNode y : f.get("baseline")) {
            JsonNode met = y.get("cooperation");
            JsonNode bands = y.get("bands");
            assertThat(met.get("overallAt").asDouble()).isEqualTo(45);
            assertThat(met.get("breadthAt").asInt()).isEqualTo(3);
            double above = bands.get("strategic-transactionalism").asDouble() + bands.get("strategic-alignment").asDouble()
                    + bands.get("alliance").asDouble();
            assertThat(met.get("both").asDouble()).as(y.get("year").asText()).isCloseTo(above, within(1e-9));
            assertThat(met.get("overall").asDouble()).isGreaterThanOrEqualTo(met.get("both").asDouble());
            assertThat(met.get("breadth").asDouble()).isGreaterThanOrEqualTo(met.get("both").asDouble());
        }
        JsonNode last = f.get("baseline").get(f.get("baseline").size() - 1);
        JsonNode met = last.get("cooperation");
        assertThat(Run.entente("scenarios").out().replaceAll("\\s+", " ")).contains(String.format(java.util.Locale.ROOT,
                "(what lifts a run above transactional, in %d: overall 45 or more in %s of runs, 3 or more broad "
                + "dimensions in %s, both in %s)", last.get("year").asInt(), ScenariosText.share(met.get("overall").asDouble()),
                ScenariosText.share(met.get("breadth").asDouble()), ScenariosText.share(met.get("both").asDouble())));
        // a share is never rounded to all or none when it is neither
        assertThat(ScenariosText.share(0.9996)).isEqualTo("over 99.9%");
        assertThat(ScenariosText.share(1)).isEqualTo("100.0%");
        assertThat(ScenariosText.share(0.0004)).isEqualTo("under 0.1%");
        assertThat(ScenariosText.share(0)).isEqualTo("0.0%");
        assertThat(ScenariosText.share(0.48)).isEqualTo("48.0%");
        Run before = Run.entente("scenarios", "--horizon", "2026");
        assertThat(before.code()).isEqualTo(2);
        assertThat(before.err()).contains("--horizon 2026 is not after the start (2026-11-27): the forecast begins with "
                + "2027; give --horizon 2027 or later");
    }

    /**
     * Russia–DPRK: alliance's rule asks for no breadth, so a run short of strategic-transactionalism's
     * two conditions can still be alliance. The line under the table no longer says the two
     * conditions are what lifts a run above transactional, and gives the share alliance's rule adds.
     */
    @Test
    void the_line_under_the_table_counts_the_runs_another_rule_places_above_transactional() throws Exception {
        JsonNode f = json("scenarios", "russia-dprk", "--json");
        for (JsonNode y : f.get("baseline")) {
            JsonNode met = y.get("cooperation");
            double above = 1 - y.get("bands").get("adversarial").asDouble() - y.get("bands").get("transactional").asDouble();
            double others = 0;
            for (JsonNode p : met.get("otherRules")) {
                others += p.asDouble();
            }
            assertThat(met.get("both").asDouble() + others).as(y.get("year").asText()).isCloseTo(above, within(1e-9));
        }
        JsonNode last = f.get("baseline").get(f.get("baseline").size() - 1);
        JsonNode met = last.get("cooperation");
        double alliance = met.get("otherRules").get("alliance").asDouble();
        assertThat(alliance).isGreaterThan(0.01);
        assertThat(met.get("otherRules").size()).isEqualTo(1);
        String text = Run.entente("scenarios", "russia-dprk").out().replaceAll("\\s+", " ");
        assertThat(text).doesNotContain("what lifts a run above transactional").contains(String.format(java.util.Locale.ROOT,
                "(strategic-transactionalism's two conditions, in %d: overall 45 or more in %s of runs, 3 or more broad "
                + "dimensions in %s, both in %s; placed above transactional without both, by another band's rule: %s "
                + "(alliance, which asks for no breadth))", last.get("year").asInt(),
                ScenariosText.share(met.get("overall").asDouble()), ScenariosText.share(met.get("breadth").asDouble()),
                ScenariosText.share(met.get("both").asDouble()), ScenariosText.share(alliance)));
        // Iran–Russia has no defence pledge, so no other rule: its line is as it was
        JsonNode ir = json("scenarios", "--runs", "2000", "--json");
        for (JsonNode y : ir.get("baseline")) {
            assertThat(y.get("cooperation").get("otherRules").size()).as(y.get("year").asText()).isZero();
        }
    }

    /**
     * Under --scenario, the sensitivity and the drivers are given the scenario as the table is: a
     * state it rules out is not shown, and a driver it fixes does not vary.
     */
    @Test
    void the_sensitivity_and_the_drivers_are_given_the_scenario() throws Exception {
        JsonNode free = json("scenarios", "--runs", "2000", "--json");
        JsonNode deal = json("scenarios", "--runs", "2000", "--json", "--scenario", "sc-us-iran-deal");
        assertThat(free.get("held").size()).isZero();
        assertThat(deal.get("held").get("us-iran-deal")).hasToString("[\"interim\",\"comprehensive\"]");
        assertThat(deal.get("sensitivity")).isNotEqualTo(free.get("sensitivity"));
        assertThat(deal.get("drivers")).isNotEqualTo(free.get("drivers"));
        for (JsonNode s : deal.get("sensitivity")) {
            if (s.get("variable").asText().equals("us-iran-deal")) {
                assertThat(s.get("byState").fieldNames()).toIterable().containsExactly("interim", "comprehensive");
            }
        }
        for (String drivers : List.of("priorDrivers", "drivers")) {
            assertThat(deal.get(drivers).get("us-iran-deal").get("none").asDouble()).as(drivers).isZero();
        }
        Run text = Run.entente("scenarios", "--runs", "2000", "--scenario", "sc-us-iran-deal");
        assertThat(text.out()).contains("Sensitivity, with sc-us-iran-deal held: ")
                .contains("What the observations did to the drivers, with sc-us-iran-deal held (before -> after):")
                .doesNotContain("none 7%").doesNotContain("none 51->");
        assertThat(text.out().lines().filter(l -> l.startsWith("  us-iran-deal ")))
                .hasSize(2).allMatch(l -> !l.contains("none") && l.endsWith("(the states the scenario allows)"));
        // a scenario that fixes a driver to one state: shown as fixed, not varied
        JsonNode west = json("scenarios", "--runs", "2000", "--json", "--scenario", "sc-escalation-with-west");
        assertThat(west.get("drivers").get("west-pressure").get("escalating").asDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(Run.entente("scenarios", "--runs", "2000", "--scenario", "sc-escalation-with-west").out().lines()
                .filter(l -> l.startsWith("  west-pressure "))).hasSize(2)
                .allMatch(l -> l.equals("  west-pressure              fixed by the scenario: escalating"));
    }

    @Test
    void an_as_of_date_too_far_before_the_horizon_is_bad_input() {
        Run r = Run.entente("scenarios", "--as-of", "1900-01-01");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--as-of 1900-01-01 is more than 50 years before the case's horizon (2035)")
                .contains("from 1985 on");
        // a nearer --horizon only prints fewer years: the runs still go on to the case's horizon
        Run near = Run.entente("scenarios", "--as-of", "1900-01-01", "--horizon", "1920", "--runs", "200");
        assertThat(near.code()).isEqualTo(2);
        assertThat(near.err()).contains("more than 50 years before the case's horizon (2035)");
    }

    @Test
    void an_impossible_as_of_date_is_bad_input() {
        Run r = Run.entente("scenarios", "--as-of", "2025-13");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--as-of '2025-13'").contains("month 13");
    }

    @Test
    void observing_a_signpost_moves_its_driver() throws Exception {
        JsonNode before = json("scenarios", "--runs", "1000", "--json");
        JsonNode after = json("scenarios", "--runs", "1000", "--json", "--observe", "sp-us-iran-accord-signed=yes");
        double was = before.get("drivers").get("us-iran-deal").get("none").asDouble();
        double now = after.get("drivers").get("us-iran-deal").get("none").asDouble();
        assertThat(now).isLessThan(was);
        assertThat(after.get("observations").get("sp-us-iran-accord-signed").asText()).startsWith("yes");
    }

    @Test
    void replay_from_the_brief_ignores_later_observations() throws Exception {
        JsonNode replay = json("scenarios", "--as-of", "2025-06-05", "--runs", "1000", "--json");
        assertThat(replay.get("asOf").asText()).isEqualTo("2025-06-05");
        assertThat(replay.get("observations").size()).isZero();
        assertThat(replay.get("baseline").get(0).get("year").asInt()).isEqualTo(2026);
    }

    @Test
    void a_scenario_can_be_run_alone_and_bad_observations_are_refused() {
        Run r = Run.entente("scenarios", "--runs", "1000", "--scenario", "sc-escalation-with-west");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Scenario sc-escalation-with-west held true");
        assertThat(Run.entente("scenarios", "--observe", "nonsense=yes").code()).isEqualTo(2);
        assertThat(Run.entente("scenarios", "--observe", "sp-su35-delivered=maybe").code()).isEqualTo(2);
        assertThat(Run.entente("scenarios", "--scenario", "nope").code()).isEqualTo(2);
    }

    /**
     * A scenario run alone gives, at the horizon, the very P(band | scenario) the table gives for
     * it: both condition the drivers' joint distribution after the observations on the scenario.
     */
    @Test
    void a_scenario_run_alone_agrees_with_its_row_in_the_table() throws Exception {
        JsonNode table = json("scenarios", "--runs", "2000", "--json");
        JsonNode alone = json("scenarios", "--runs", "2000", "--json", "--scenario", "sc-us-iran-deal");
        assertThat(alone.get("scenario").asText()).isEqualTo("sc-us-iran-deal");
        JsonNode row = null;
        for (JsonNode s : table.get("scenarios")) {
            row = s.get("id").asText().equals("sc-us-iran-deal") ? s : row;
        }
        JsonNode horizon = alone.get("baseline").get(alone.get("baseline").size() - 1).get("bands");
        assertThat(horizon).isEqualTo(row.get("bands"));
        assertThat(alone.get("scenarios")).hasSize(1);
        assertThat(alone.get("scenarios").get(0).get("bands")).isEqualTo(row.get("bands"));
    }

    /**
     * The drivers' priors are their states by the case's horizon (2035), whatever --horizon prints:
     * a shorter one cuts the same forecast short, a longer one carries it on; the same for a
     * scenario held true.
     */
    @Test
    void a_years_numbers_do_not_depend_on_how_far_out_the_forecast_is_printed() throws Exception {
        for (String[] scenario : new String[][] {{}, {"--scenario", "sc-us-iran-deal"}}) {
            JsonNode own = json(args(scenario, "scenarios", "--runs", "2000", "--json"));
            JsonNode shorter = json(args(scenario, "scenarios", "--runs", "2000", "--json", "--horizon", "2028"));
            JsonNode middle = json(args(scenario, "scenarios", "--runs", "2000", "--json", "--horizon", "2030"));
            JsonNode longer = json(args(scenario, "scenarios", "--runs", "2000", "--json", "--horizon", "2045"));
            assertThat(own.get("baseline")).hasSize(9);   // 2027 to 2035
            assertThat(shorter.get("baseline")).hasSize(2);
            assertThat(longer.get("baseline")).hasSize(19);
            for (JsonNode f : List.of(shorter, middle, longer)) {
                for (JsonNode year : f.get("baseline")) {
                    int y = year.get("year").asInt();
                    if (y <= 2035) {
                        assertThat(year).as("%s %d", java.util.Arrays.toString(scenario), y)
                                .isEqualTo(own.get("baseline").get(y - 2027));
                    }
                }
            }
        }
    }

    @Test
    void years_after_the_cases_horizon_say_what_they_are() throws Exception {
        Run r = Run.entente("scenarios", "--runs", "500", "--horizon", "2038");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("(after 2035, the case's horizon, the drivers stay in the states they reached by then");
        assertThat(Run.entente("scenarios", "--runs", "500").out()).doesNotContain("the case's horizon");
        // --json gives the case's horizon, so that a reader can tell the years after it
        JsonNode f = new ObjectMapper().readTree(Run.entente("scenarios", "--runs", "500", "--horizon", "2038", "--json").out());
        assertThat(f.get("caseHorizon").asInt()).isEqualTo(2035);
        assertThat(f.get("baseline").get(f.get("baseline").size() - 1).get("year").asInt()).isEqualTo(2038);
    }

    /** The signposts' footnote is a list, by where each observation came from, not a printed map. */
    @Test
    void the_signpost_footnote_lists_the_observations_by_where_they_came_from() {
        Run r = Run.entente("scenarios", "--runs", "500", "--observe", "sp-su35-delivered=no");
        assertThat(r.code()).as(r.err()).isZero();
        String out = r.out();
        // a long list goes on over lines indented under it
        String note = out.substring(out.indexOf("  * observed, in the case file: ")).replace("\n      ", " ");
        assertThat(note).startsWith("  * observed, in the case file: sp-us-iran-talks-new-leader (yes), "
                + "sp-unsc-abstention-on-iran (yes), sp-russian-arms-under-attack (no),");
        assertThat(note).contains("sp-joint-naval-drill (yes)\n");
        assertThat(out).contains("\n  * observed, given on the command line: sp-su35-delivered (no)\n");
        assertThat(out).doesNotContain("{sp-").doesNotContain("=yes (case file)");
        assertThat(Run.entente("scenarios", "--runs", "500", "--as-of", "2025-06-05").out())
                .contains("  (* observed; nothing observed yet)");
    }

    private static String[] args(String[] first, String... rest) {
        List<String> all = new java.util.ArrayList<>(List.of(rest));
        all.addAll(List.of(first));
        return all.toArray(String[]::new);
    }

    /** With --events, the starting assessment counts the store's record, as assess does, and the record is shown. */
    @Test
    void an_event_store_counts_in_the_start_and_shows_as_indicators(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String store = dir.resolve("e.duckdb").toString();
        assertThat(Run.entente("events", "ingest", EventsCommandTest.DATA.toString(), "--watch", "IRN:RUS",
                "--store", store).code()).isZero();
        String low = java.nio.file.Files.writeString(dir.resolve("low.yaml"), "events:\n  min_verbal_events: 1\n").toString();
        JsonNode plain = json("scenarios", "--as-of", "2019-12-31", "--runs", "500", "--config", low, "--json");
        JsonNode with = json("scenarios", "--as-of", "2019-12-31", "--runs", "500", "--config", low, "--events", store, "--json");
        JsonNode assessed = json("assess", "--as-of", "2019-12-31", "--config", low, "--events", store, "--json");
        assertThat(with.get("startScore").asDouble()).isGreaterThan(plain.get("startScore").asDouble())
                .isCloseTo(assessed.get("score").asDouble(), org.assertj.core.api.Assertions.within(0.05));
        assertThat(with.get("events").get("quarters").get(2).get("period").asText()).isEqualTo("2019-Q4");
        Run text = Run.entente("scenarios", "--as-of", "2019-12-31", "--runs", "500", "--events", store);
        assertThat(text.out()).contains("Event record (" + store + ")").containsPattern("2019-Q4 +gdelt +5 +5 +0 +1\\.00");
    }
}
