package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {

    private static JsonNode json(Run r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    /**
     * With an event store, the briefing ends with the dyad's last quarters: the counts of the real
     * fixtures (Iran-Russia: 2 in 2015, 5 in 2019, 4 + 4 in the two ICEWS samples), cut at --as-of;
     * without a store, nothing; a named store that does not exist is bad input.
     */
    @Test
    void shows_the_event_record_of_the_dyad_from_an_event_store(@TempDir Path dir) throws Exception {
        String store = dir.resolve("e.duckdb").toString();
        assertThat(Run.entente("events", "ingest", EventsCommandTest.DATA.toString(), "--watch", "IRN:RUS",
                "--store", store).code()).isZero();
        Run text = Run.entente("assess", "iran-russia", "--events", store);
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("Event record (" + store + ")")
                .containsPattern("2015-Q4 +gdelt +2 +0 +2 +-1\\.00")
                .containsPattern("2018-Q2 +icews +8 +8 +0 +1\\.00")
                .containsPattern("2019-Q4 +gdelt +5 +5 +0 +1\\.00");
        // the store ends seven years before the date assessed: said, so that old quarters are not read as recent ones
        assertThat(text.out().replaceAll("\\s+", " ")).contains("note: the store's events end in 2020-Q3, before the "
                + "assessment's quarter (2026-Q4)");
        // the quarter before the assessment's is recent enough: its news may still be coming in
        assertThat(Run.entente("assess", "iran-russia", "--events", store, "--as-of", "2020-01").out())
                .doesNotContain("note: the store");
        // the store reaches 2019-Q4; at 2019-Q2 the two's last events (2018-Q2) are older: quiet, not a stale store
        assertThat(Run.entente("assess", "iran-russia", "--events", store, "--as-of", "2019-06-30").out()
                .replaceAll("\\s+", " ")).contains("note: no events between the two after 2018-Q2, though the store reaches "
                + "2019-Q2");
        JsonNode j = json(Run.entente("assess", "iran-russia", "--events", store, "--json", "--as-of", "2018-12-31"));
        JsonNode q = j.get("events").get("quarters");
        assertThat(q).hasSize(2);
        assertThat(q.get(1).get("period").asText()).isEqualTo("2018-Q2");
        assertThat(q.get(1).get("eventsAB").asLong()).isEqualTo(4);
        assertThat(q.get(1).get("eventsBA").asLong()).isEqualTo(4);
        Run without = Run.entente("assess", "iran-russia");
        assertThat(without.code()).isZero();
        assertThat(without.out()).contains("Band:").doesNotContain("Event record");
        Path none = dir.resolve("none.duckdb");
        Run missing = Run.entente("assess", "iran-russia", "--events", none.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("entente: " + none + ": there is no event store here")
                .contains("entente events ingest").doesNotContain("Exception");
        assertThat(none).doesNotExist();
    }

    /**
     * A store named with --events that is not one: each message asks for another store with
     * --events (assess's option) and for an ingest with --store (the ingest's), exit 2.
     */
    @Test
    void a_named_store_that_is_not_one_is_refused_naming_each_command_s_own_option(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.duckdb");
        try (var c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + empty, new java.util.Properties())) {
            assertThat(c).isNotNull();   // a DuckDB file with no tables
        }
        Run noStore = Run.entente("assess", "iran-russia", "--events", empty.toString());
        assertThat(noStore.code()).isEqualTo(2);
        assertThat(noStore.err()).isEqualTo("entente: " + empty + ": this DuckDB file holds no event store yet; create it "
                + "with 'entente events ingest FILES... --store " + empty + "'\n");
        Run folder = Run.entente("assess", "iran-russia", "--events", dir.toString());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).contains("this is a folder").contains("e.g. --events " + dir.resolve("events.duckdb"))
                .doesNotContain("--store");
        Path text = Files.writeString(dir.resolve("notes.duckdb"), "not a database\n");
        Run notDuck = Run.entente("assess", "iran-russia", "--events", text.toString());
        assertThat(notDuck.code()).isEqualTo(2);
        assertThat(notDuck.err()).contains("not a DuckDB database").contains("(--events FILE)").doesNotContain("--store");
    }

    /**
     * A store that cannot be read (here: a newer layout) fails the assessment when named with
     * --events (exit 1), and as the default store gives a note in place of the quarters (exit 0).
     */
    @Test
    void an_unreadable_store_fails_only_when_named(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("e.duckdb");
        assertThat(Run.entente("events", "ingest", EventsCommandTest.DATA.toString(), "--store", store.toString())
                .code()).isZero();
        try (var c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + store, new java.util.Properties());
             var s = c.createStatement()) {
            s.execute("UPDATE meta SET value = '99' WHERE key = 'layout'");
        }
        Run named = Run.entente("assess", "iran-russia", "--events", store.toString());
        assertThat(named.code()).isEqualTo(1);
        assertThat(named.err()).startsWith("entente: " + store + ": this event store has layout 99");
        String before = System.getProperty("entente.events");
        System.setProperty("entente.events", store.toString());
        try {
            Run byDefault = Run.entente("assess", "iran-russia");
            assertThat(byDefault.code()).as(byDefault.err()).isZero();
            assertThat(byDefault.out()).contains("Band:").contains("Event record (" + store + ")")
                    .contains("the store could not be read: " + store + ": this event store has layout 99");
        } finally {
            if (before == null) {
                System.clearProperty("entente.events");
            } else {
                System.setProperty("entente.events", before);
            }
        }
    }

    @Test
    void json_has_the_documented_shape() throws Exception {
        JsonNode a = json(Run.entente("assess", "iran-russia", "--json"));
        assertThat(a.get("case").asText()).isEqualTo("iran-russia");
        assertThat(a.get("asOf").asText()).isEqualTo("2026-11-27");
        assertThat(a.get("band").asText()).isEqualTo("strategic-transactionalism");
        assertThat(a.get("interval")).hasSize(2);
        assertThat(a.get("dimensions").fieldNames()).toIterable().containsExactly("military", "economic", "energy-nuclear",
                "diplomatic", "institutional", "ideational");
        assertThat(a.get("dimensions").get("military").get("interval")).hasSize(2);
        assertThat(a.get("commitment").get("defence").asBoolean()).isFalse();
        assertThat(a.get("hedging").get("score").asDouble()).isPositive();
        assertThat(a.get("explanation").size()).isGreaterThan(20);
    }

    @Test
    void briefing_draws_the_spectrum_and_cites_its_reasons() {
        Run r = Run.entente("assess");
        assertThat(r.code()).as(r.err()).isZero();
        // the bands named, the overall score on a gauge of its own with the band rules' thresholds (20, 45, 50) on it
        assertThat(r.out()).contains("bands    adversarial \u00b7 transactional \u00b7 >STRATEGIC-TRANSACTIONALISM<")
                .containsPattern("overall  0 [\u00b7\u250a\u2550\u25cf]{61} 100   \\(59, interval 48\u201368\\)")
                .containsPattern("\\n {25}20 {13}45 50   \\(the band rules' thresholds on the overall score\\)\\n")
                .contains("Commitment").contains("conspicuously absent: defence").contains("Hedging")
                .containsPattern("brief n\\.\\d+").contains("Data: UN votes: 2019");
    }

    /**
     * Iran–Russia at the end of 2018 is transactional with its economic score two tenths under the
     * breadth threshold of 55 (a fifth broad dimension would make it strategic-transactionalism):
     * the briefing, the year-ends, the trajectory and --json all say so, and the figure they give
     * is the one --json gives.
     */
    @Test
    void a_band_resting_on_a_threshold_is_marked_wherever_it_is_shown() throws Exception {
        JsonNode end2018 = json(Run.entente("assess", "iran-russia", "--as-of", "2018-12-31", "--json"));
        assertThat(end2018.get("band").asText()).isEqualTo("transactional");
        double economic = end2018.get("dimensions").get("economic").get("score").asDouble();
        assertThat(economic).isBetween(54.5, 55.0);
        String edge = end2018.get("edges").get(0).asText();
        assertThat(edge).isEqualTo("economic " + String.format(java.util.Locale.ROOT, "%.1f", economic)
                + " is just under the breadth threshold of 55: over it, the band would be strategic-transactionalism");
        assertThat(Run.entente("assess", "iran-russia", "--as-of", "2018-12-31").out().replaceAll("\\s+", " "))
                .contains("Edge: " + edge);
        assertThat(json(Run.entente("assess", "iran-russia", "--json")).get("edges")).isEmpty();
        assertThat(Run.entente("assess", "iran-russia").out().replaceAll("\\s+", " ")).doesNotContain("Edge:");
        assertThat(Run.entente("assess", "iran-russia", "--as-of", "2020-12-31").out().replaceAll("\\s+", " "))
                .doesNotContain("Edge:").contains("end of 2015–2018 transactional (2018: " + edge + ")");
        String trajectory = Run.entente("assess", "iran-russia", "--trajectory", "2017:2019").out();
        assertThat(trajectory).contains("2018-12-31 transactional *").doesNotContain("2017-12-31 transactional *");
        assertThat(trajectory.replaceAll("\\s+", " ")).contains("* 2018-12-31: " + edge);
    }

    /** The short lists say how many items they leave out, counted from the full explanation in --json. */
    @Test
    void the_briefing_says_how_many_reasons_each_list_leaves_out() throws Exception {
        JsonNode a = json(Run.entente("assess", "iran-russia", "--json"));
        int draws = 0;
        int limits = 0;
        int against = 0;
        for (JsonNode c : a.get("explanation")) {
            draws += c.get("overall").asDouble() > 0 ? 1 : 0;
            limits += c.get("kind").asText().equals("limit") ? 1 : 0;
            against += c.get("kind").asText().equals("evidence") && c.get("effect").asDouble() < 0 ? 1 : 0;
        }
        assertThat(limits).isEqualTo(a.get("hedging").get("limits").size());
        String text = Run.entente("assess", "iran-russia").out();
        assertThat(text).contains("(" + (draws - 8) + " more drawing them together: entente assess --explain")
                .contains("(" + (limits - 4) + " more limit(s): ").contains("(" + (against - 4) + " more item(s) of evidence against: ");
    }

    @Test
    void explain_lists_every_contribution_and_as_of_goes_back_in_time() throws Exception {
        Run all = Run.entente("assess", "iran-russia", "--explain");
        assertThat(all.out()).contains("Every contribution").contains("[limit]").contains("[data]");
        // the five year-ends before the date, as the trajectory gives them, consecutive years in one band joined
        JsonNode traj = json(Run.entente("assess", "iran-russia", "--trajectory", "2021:2025", "--json"));
        JsonNode recent = json(Run.entente("assess", "iran-russia", "--json")).get("recentYearEnds");
        assertThat(recent).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(recent.get(i).get("asOf").asText()).isEqualTo((2021 + i) + "-12-31");
            assertThat(recent.get(i).get("band").asText()).isEqualTo(traj.get(i).get("band").asText());
        }
        assertThat(all.out().replaceAll("\\s+", " ")).contains("Before: end of 2021 " + traj.get(0).get("band").asText());
        // the effects account for the overall score, for each case (the DPRK's commitment reaches the cap of 100)
        for (String id : new String[] {"iran-russia", "russia-dprk", "russia-china"}) {
            String out = Run.entente("assess", id, "--explain").out().replaceAll("\\s+", " ");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                    "overall (\\d+\\.\\d) = (\\d+\\.\\d\\d), the prior .*?, ([+-]\\d+\\.\\d\\d), the effects").matcher(out);
            assertThat(m.find()).as(id).isTrue();
            assertThat(Double.parseDouble(m.group(2)) + Double.parseDouble(m.group(3))).as(id)
                    .isCloseTo(Double.parseDouble(m.group(1)), org.assertj.core.data.Offset.offset(0.06));
        }
        JsonNode then = json(Run.entente("assess", "iran-russia", "--as-of", "2012", "--json"));
        assertThat(then.get("asOf").asText()).isEqualTo("2012-12-31");
        assertThat(then.get("band").asText()).isEqualTo("transactional");
        assertThat(Run.entente("assess", "--as-of", "2012-13").code()).isEqualTo(2);
    }

    @Test
    void trajectory_gives_one_row_per_year() throws Exception {
        JsonNode years = json(Run.entente("assess", "russia-dprk", "--trajectory", "2022:2025", "--json"));
        assertThat(years).hasSize(4);
        assertThat(years.get(0).get("band").asText()).isNotEqualTo("alliance");
        assertThat(years.get(3).get("band").asText()).isEqualTo("alliance");
        assertThat(Run.entente("assess", "--trajectory", "2025:2020").code()).isEqualTo(2);
    }

    /**
     * A store named with --events feeds the diplomatic score with the window's net verbal
     * cooperation once it holds enough verbal events (the real fixtures: 5 cooperative GDELT events
     * in 2019-Q4, none conflictual, so the pull is toward 50 + 40 x 1.00 = 90); below the minimum it
     * is shown and not counted; the default store is never counted.
     */
    @Test
    void a_named_event_store_counts_in_the_diplomatic_score(@TempDir Path dir) throws Exception {
        String store = dir.resolve("e.duckdb").toString();
        assertThat(Run.entente("events", "ingest", EventsCommandTest.DATA.toString(), "--watch", "IRN:RUS",
                "--store", store).code()).isZero();
        Path low = Files.writeString(dir.resolve("low.yaml"), "events:\n  min_verbal_events: 1\n");
        JsonNode without = json(Run.entente("assess", "--as-of", "2019-12-31", "--json"));
        JsonNode few = json(Run.entente("assess", "--as-of", "2019-12-31", "--events", store, "--json"));
        JsonNode counted = json(Run.entente("assess", "--as-of", "2019-12-31", "--events", store, "--config", low.toString(),
                "--json"));
        double before = without.get("dimensions").get("diplomatic").get("score").asDouble();
        assertThat(few.get("dimensions").get("diplomatic").get("score").asDouble()).isEqualTo(before);
        assertThat(few.get("coverage").toString()).contains("events: gdelt 2019-Q1 to 2019-Q4, 5 verbal events, too few "
                + "to count (fewer than 50)");
        assertThat(counted.get("dimensions").get("diplomatic").get("score").asDouble()).isGreaterThan(before);
        assertThat(counted.get("dimensions").get("diplomatic").get("data").asInt())
                .isEqualTo(without.get("dimensions").get("diplomatic").get("data").asInt() + 1);
        assertThat(counted.get("explanation").toString()).contains("GDELT events 2019-Q1 to 2019-Q4: net verbal cooperation "
                + "1.00 over 5 verbal events (5 cooperative, 0 conflictual)");
        // the window is the whole quarters ended by the date: on 2019-10-01 the 2019-Q4 events (24 October) lie after it
        JsonNode before2019q4 = json(Run.entente("assess", "--as-of", "2019-10-01", "--events", store, "--config",
                low.toString(), "--json"));
        assertThat(before2019q4.get("coverage").toString()).contains("events: 2018-Q4 to 2019-Q3, 0 verbal events, "
                + "nothing to count");
        assertThat(before2019q4.get("explanation").toString()).doesNotContain("GDELT events");
        // at the end of 2018 only the ICEWS quarter is in it
        JsonNode earlier = json(Run.entente("assess", "--as-of", "2018-12-31", "--events", store, "--config", low.toString(),
                "--json"));
        assertThat(earlier.get("explanation").toString()).contains("ICEWS events 2018-Q1 to 2018-Q4: net verbal "
                + "cooperation");
    }

    /**
     * The event record stops at the assessment's month: the ICEWS sample's Iran–Russia events are
     * of June 2018, so a date in April leaves 2018-Q2 out (it had counted the whole quarter);
     * the GDELT sample's are of 24 October 2019, so a date at the end of October shows 2019-Q4,
     * saying it is counted only to October.
     */
    @Test
    void the_event_record_stops_at_the_assessments_month(@TempDir Path dir) throws Exception {
        String store = dir.resolve("e.duckdb").toString();
        assertThat(Run.entente("events", "ingest", EventsCommandTest.DATA.resolve("events.2018.sample.tab").toString(),
                EventsCommandTest.V2, "--store", store).code()).isZero();
        JsonNode april = json(Run.entente("assess", "--as-of", "2018-04-30", "--events", store, "--json")).get("events");
        assertThat(april.get("quarters")).isEmpty();
        assertThat(april.get("note").asText()).isEqualTo("no events between IRN and RUS up to 2018-Q2 "
                + "(entente events ingest FILES --watch IRN:RUS)");
        // June ends its quarter: the quarter is whole, and nothing is said of it
        JsonNode june = json(Run.entente("assess", "--as-of", "2018-06-15", "--events", store, "--json")).get("events");
        assertThat(june.get("quarters")).singleElement().satisfies(q -> assertThat(q.get("period").asText()).isEqualTo("2018-Q2"));
        assertThat(june.has("recency")).isFalse();
        JsonNode october = json(Run.entente("assess", "--as-of", "2019-10-31", "--events", store, "--json")).get("events");
        assertThat(october.get("quarters")).extracting(q -> q.get("period").asText()).endsWith("2019-Q4");
        assertThat(october.get("recency").asText()).isEqualTo("2019-Q4 counts its months up to 2019-10, the assessment's "
                + "month, not the rest of the quarter");
    }

    @Test
    void a_year_holding_the_case_date_assesses_on_the_case_date() throws Exception {
        JsonNode j = json(Run.entente("assess", "iran-russia", "--as-of", "2026", "--json"));
        assertThat(j.get("asOf").asText()).isEqualTo("2026-11-27");
        assertThat(json(Run.entente("assess", "iran-russia", "--as-of", "2025", "--json")).get("asOf").asText())
                .isEqualTo("2025-12-31");
    }

    /** A case assessed before its first evidence says that, not that there is no case. */
    @Test
    void hedging_unmeasured_on_a_case_says_why() {
        Run r = Run.entente("assess", "--as-of", "1900");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Hedging: not measured (no evidence in the case dated by 1900-12-31 to weigh the "
                + "limits against)").doesNotContain("no case");
    }

    @Test
    void data_only_dyads_say_what_they_could_not_see() {
        Run r = Run.entente("assess", "--dyad", "USA", "JPN", "--year", "2015");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("USA-JPN (data only)").contains(">ALLIANCE<")
                .contains("Hedging: not measured (no case: limits and third-party ties come from a case's evidence)");
    }

    /**
     * The dimensions marked broad are the ones the band rule counts, and a score of 55 or more
     * without support is not one of them: in a copy of the Russia-DPRK case whose Art. 4 is coded as
     * no obligation, energy-nuclear scores 55+ on weak items only.
     */
    @Test
    void the_dimensions_marked_broad_are_those_the_band_rule_counts(@TempDir Path dir) throws Exception {
        Path copy = Files.createDirectories(dir.resolve("russia-dprk"));
        for (String f : new String[] {"case.yaml", "sources.tsv"}) {
            Files.copy(Path.of(Run.CASES, "russia-dprk", f), copy.resolve(f));
        }
        String yaml = Files.readString(copy.resolve("case.yaml"));
        assertThat(yaml.split("\n        obligation: defence\n", -1)).hasSize(2);
        Files.writeString(copy.resolve("case.yaml"), yaml.replace("\n        obligation: defence\n", "\n        obligation: none\n"));
        JsonNode a = json(Run.in(dir.toString(), "assess", "russia-dprk", "--json"));
        int broad = 0;
        int atThreshold = 0;
        for (JsonNode d : a.get("dimensions")) {
            broad += d.get("broad").asBoolean() ? 1 : 0;
            atThreshold += d.get("score").asDouble() >= 55 ? 1 : 0;
            assertThat(d.get("broad").asBoolean() && d.get("score").asDouble() < 55).isFalse();
        }
        assertThat(atThreshold).as("a dimension at 55 or more that is not broad").isGreaterThan(broad);
        assertThat(a.get("rule").asText()).contains("across " + broad + " dimensions scoring 55 or more with support");
        String text = Run.in(dir.toString(), "assess", "russia-dprk").out();
        for (var d : (Iterable<java.util.Map.Entry<String, JsonNode>>) a.get("dimensions")::fields) {
            String row = text.lines().filter(l -> l.startsWith("  " + d.getKey() + " ")).findFirst().orElseThrow();
            assertThat(row.endsWith("  broad")).as(row).isEqualTo(d.getValue().get("broad").asBoolean());
        }
        assertThat(text).contains("(broad: counts toward the band rules' breadth");
    }

    @Test
    void a_bad_config_file_is_bad_input(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("c.yaml"), "bands:\n  nonsense: 1\n");
        Run r = Run.entente("assess", "--config", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("c.yaml").contains("unknown setting 'bands.nonsense'");
    }

    /** --sample N keeps one in N: 0 once divided by zero and a negative N was read as its opposite. */
    @Test
    void validate_model_refuses_a_sample_under_one() {
        for (String n : new String[] {"0", "-3"}) {
            Run r = Run.entente("validate-model", "--sample", n);
            assertThat(r.code()).as(n).isEqualTo(2);
            assertThat(r.err()).as(n).contains("--sample " + n + ": give N to keep one in N").doesNotContain("bug");
            assertThat(r.out()).as(n).isEmpty();
        }
    }

    @Test
    void validate_model_meets_the_case_expectations_and_reports_both_halves() throws Exception {
        JsonNode v = json(Run.entente("validate-model", "--json", "--sample", "80"));
        assertThat(v.get("checks").findValuesAsText("what")).as("the checks of docs/validation.md")
                .hasSizeGreaterThanOrEqualTo(12).contains("iran-russia 2022-2025");
        for (JsonNode check : v.get("checks")) {
            assertThat(check.get("ok").asBoolean()).as(check.toString()).isTrue();
            if (check.get("what").asText().equals("iran-russia 2022-2025")) {
                // the end of 2025 held on hedging alone (docs/validation.md): 50.7 over the alignment
                // threshold of 50 since the modest drills are coded as marking a limit; 49.9 before
                assertThat(check.get("got").asText()).isEqualTo("[strategic-transactionalism, "
                        + "strategic-transactionalism, strategic-transactionalism, strategic-transactionalism]");
            }
        }
        assertThat(v.get("report").get("alliance").get("alliance").asInt()).isPositive();
        assertThat(v.get("report").get("adversarial").get("adversarial").asInt()).isPositive();
    }

    /**
     * A score is never shown reaching a threshold it does not reach: Iran-Russia's diplomatic score in
     * 2018 is 54.5, under the breadth threshold of 55, and rounded it read 55. And the JSON gives two
     * decimals, so rounding its score once gives the overall the text shows (2010: 48.48, text 48;
     * one decimal gave 48.5, which rounds to 49).
     */
    @Test
    void a_score_under_a_threshold_is_not_shown_at_it_and_the_json_rounds_to_the_text() throws Exception {
        Run r = Run.entente("assess", "--dyad", "IRN", "RUS", "--year", "2018");
        assertThat(r.out()).containsPattern("\\n  diplomatic +54\\.5  ").doesNotContainPattern("diplomatic +55 ");
        Run text = Run.entente("assess", "--dyad", "IRN", "RUS", "--year", "2010");
        JsonNode a = json(Run.entente("assess", "--dyad", "IRN", "RUS", "--year", "2010", "--json"));
        double score = a.get("score").asDouble();
        assertThat(score).isEqualTo(Math.round(score * 100) / 100.0).isNotEqualTo(Math.round(score * 10) / 10.0);
        assertThat(text.out()).contains("Band: transactional   overall " + Math.round(score) + " (")
                .contains("Why:  overall " + Math.round(score) + ",");
    }
}
