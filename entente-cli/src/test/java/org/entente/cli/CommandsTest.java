package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void cases_lists_the_three_built_in_cases() throws Exception {
        Run r = Run.entente("cases", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode rows = json(r.out());
        assertThat(rows.findValuesAsText("id")).containsExactly("iran-russia", "russia-china", "russia-dprk");
        assertThat(rows.findValuesAsText("dyad")).containsExactly("IRN\u2013RUS", "RUS\u2013CHN", "RUS\u2013PRK");
        for (JsonNode row : rows) {
            assertThat(row.get("events").asInt()).isPositive();
            assertThat(row.get("first").asText()).isLessThan(row.get("last").asText());
        }
        Run text = Run.entente("cases");
        assertThat(text.out()).contains("iran-russia").contains("IRN\u2013RUS").contains("AS OF");
        for (JsonNode row : rows) {   // each row gives the date the case was brought up to, from its file
            String line = text.out().lines().filter(l -> l.startsWith(row.get("id").asText() + " ")).findFirst().orElseThrow();
            assertThat(line).contains(" " + row.get("asOf").asText() + " ");
        }
    }

    @Test
    void show_gives_the_overview_of_a_case() throws Exception {
        Run r = Run.entente("show", "iran-russia");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Iran (IRN, COW 630)").contains("Russia (RUS, COW 365)")
                .contains("Latest developments").contains("Drivers").contains("Limits").contains("Treaties")
                .contains("conspicuously absent: defence");
        JsonNode o = json(Run.entente("show", "iran-russia", "--json").out());
        assertThat(o.get("counts").get("events").asInt()).isGreaterThan(50);
        assertThat(o.get("dimensions").get("military").get("events").asInt()).isPositive();
        assertThat(o.get("latest")).hasSize(Overview.LATEST);
    }

    @Test
    void show_full_json_holds_every_item_with_dates_at_their_precision() throws Exception {
        JsonNode c = json(Run.entente("show", "iran-russia", "--json", "--full").out());
        assertThat(c.get("dyad").get(0).get("code").asText()).isEqualTo("IRN");
        assertThat(c.get("timeline").findValuesAsText("date")).extracting(String::length)
                .as("year, month and day precision all kept as written").contains(4, 7, 10);
        assertThat(c.get("treaties").get(0).get("status").asText()).isIn("in-force", "superseded");
        // every item of every list in the case file, read here with a YAML parser of its own
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> file = (java.util.Map<String, Object>) new org.snakeyaml.engine.v2.api.Load(
                org.snakeyaml.engine.v2.api.LoadSettings.builder().build())
                .loadFromString(java.nio.file.Files.readString(java.nio.file.Path.of("..", "cases", "iran-russia", "case.yaml")));
        for (String list : List.of("timeline", "indicators", "evidence", "drivers", "limits", "treaties", "scenarios",
                "judgements")) {
            assertThat(c.get(list).size()).as(list).isEqualTo(((List<?>) file.get(list)).size());
        }
        long sources = java.nio.file.Files.readAllLines(java.nio.file.Path.of("..", "cases", "iran-russia", "sources.tsv"))
                .stream().skip(1).filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        assertThat(c.get("sources").size()).isEqualTo(sources);
    }

    @Test
    void assess_defaults_to_the_built_in_iran_russia_case() {
        Run r = Run.entente("assess", "--no-data");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Iran and Russia \u2014 as of 2026-11-27").contains("Band: ")
                .contains("What draws them together").contains("What holds them back").contains("What would change it");
    }

    @Test
    void validate_passes_the_built_in_cases() {
        Run r = Run.entente("validate", Run.CASES);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 case file(s) valid");
    }

    @Test
    void validate_takes_a_case_id_from_the_library() {
        Run r = Run.entente("validate", "russia-dprk");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("russia-dprk/case.yaml").contains("1 case file(s) valid");
        Run missing = Run.entente("validate", "russia-dprkk");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("russia-dprkk does not exist");
    }

    @Test
    void validate_exits_2_and_lists_every_error_with_its_place(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad");
        Files.createDirectories(bad);
        String text = Files.readString(Path.of(Run.CASES, "russia-dprk", "case.yaml"))
                .replaceFirst("id: russia-dprk", "id: bad")
                .replaceFirst("dimensions: \\[", "dimensions: [millitary, ");
        Files.writeString(bad.resolve("case.yaml"), text + "colour: blue\n");
        Files.copy(Path.of(Run.CASES, "russia-dprk", "sources.tsv"), bad.resolve("sources.tsv"));
        Run r = Run.entente("validate", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).containsPattern(bad.resolve("case.yaml") + ":\\d+:\\d+: unknown dimension 'millitary'")
                .contains("hint: did you mean 'military'?")
                .containsPattern(":\\d+:1: unknown key 'colour' in case");
        assertThat(r.out()).contains("2 problem(s) in 1 of 1 case file(s)");
        JsonNode results = json(Run.entente("validate", bad.toString(), "--json").out());
        assertThat(results.get(0).get("valid").asBoolean()).isFalse();
        assertThat(results.get(0).get("problems")).hasSize(2);
    }

    @Test
    void other_commands_refuse_an_invalid_case_with_the_same_messages(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("case.yaml"), "schema: 1\nid: bad\ntitle: [oops\n");
        Run validate = Run.entente("validate", bad.toString());
        Run show = Run.entente("show", bad.toString());
        assertThat(show.code()).isEqualTo(2);
        assertThat(validate.err().lines().filter(l -> l.contains("case.yaml:")).toList())
                .isNotEmpty()
                .allSatisfy(l -> assertThat(show.err()).contains(l));
        assertThat(show.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void an_unknown_case_is_bad_input_with_a_suggestion() {
        Run r = Run.entente("show", "iran-rusia");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no case 'iran-rusia'").contains("did you mean iran-russia?");
    }

    /** A folder with no case in it says so, instead of an empty list of known cases. */
    @Test
    void an_empty_case_folder_says_it_holds_no_cases(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Run r = Run.in(dir.toString(), "assess");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no case 'iran-russia' in " + dir).contains("hint: " + dir + " holds no cases (a case "
                + "is a folder with a case.yaml)").doesNotContain("known cases:");
    }

    @Test
    void bad_usage_exits_2_with_a_hint() {
        Run r = Run.entente("show", "iran-russia", "--jsn");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--jsn'").contains("--json");
        assertThat(Run.entente("frobnicate").code()).isEqualTo(2);
    }
}
