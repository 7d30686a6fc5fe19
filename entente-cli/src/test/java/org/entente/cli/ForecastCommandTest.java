package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {

    @TempDir
    Path dir;

    private Run forecast(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "forecast";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--ledger";
        all[args.length + 2] = dir.resolve("ledger.duckdb").toString();
        return Run.entente(all);
    }

    @Test
    void record_resolve_and_score_a_forecast() throws Exception {
        Run first = forecast("record", "--id", "q1", "--question", "Su-35s confirmed in Iran by November 2026?",
                "--resolves", "2026-11-30", "--probability", "0.3", "--made", "2026-01-05");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(forecast("record", "--id", "q2", "--question", "Band at end of 2027?", "--resolves", "2027",
                "--outcomes", "transactional=0.4,strategic-transactionalism=0.6").code()).isZero();
        assertThat(forecast("resolve", "q1", "--outcome", "no", "--on", "2026-11-30").code()).isZero();
        JsonNode s = new ObjectMapper().readTree(forecast("score", "--json").out());
        assertThat(s.get("resolved").asInt()).isEqualTo(1);
        // P(no) = 0.7: Brier (0.3-0)^2 + (0.7-1)^2 = 0.18
        assertThat(s.get("meanBrier").asDouble()).isCloseTo(0.18, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(forecast("list").out()).contains("q1").contains("-> no").contains("q2").contains("open")
                .contains("yes 30.0%, no 70.0%").contains("strategic-transactionalism 60.0%, transactional 40.0%")
                .doesNotContain("overdue");
        // a forecast still open after its date is flagged, with what to do
        assertThat(forecast("record", "--id", "q3", "--question", "Signed by mid-2026?", "--resolves", "2026-06-30",
                "--probability", "0.2", "--made", "2026-01-10").code()).isZero();
        assertThat(forecast("list").out()).containsPattern("q3 +made 2026-01-10 resolves 2026-06-30  open, overdue")
                .contains("1 open forecast(s) past their resolution date: resolve them with 'entente forecast resolve");
    }

    @Test
    void a_named_ledger_that_is_not_there_is_bad_input() {
        Run r = Run.entente("forecast", "list", "--ledger", dir.resolve("nope/x.duckdb").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("x.duckdb: there is no forecast ledger here");
        assertThat(Run.entente("forecast", "score", "--ledger", dir.resolve("y.duckdb").toString()).code()).isEqualTo(2);
        assertThat(dir.resolve("y.duckdb")).doesNotExist();
        Run resolve = Run.entente("forecast", "resolve", "q1", "--outcome", "yes", "--ledger", dir.resolve("z.duckdb").toString());
        assertThat(resolve.code()).isEqualTo(2);
        assertThat(resolve.err()).contains("z.duckdb: there is no forecast ledger here, so nothing to resolve");
        assertThat(dir.resolve("z.duckdb")).doesNotExist();
    }

    @Test
    void bad_forecasts_are_refused_without_changing_the_ledger() {
        assertThat(forecast("record", "--id", "q0", "--question", "?", "--resolves", "2027", "--probability", "0.5").code())
                .isZero();
        assertThat(forecast("record", "--id", "q", "--question", "?", "--resolves", "2027", "--probability", "1.4").code())
                .isEqualTo(2);
        assertThat(forecast("record", "--id", "q", "--question", "?", "--resolves", "2027-02-30", "--probability", "0.4")
                .code()).isEqualTo(2);
        assertThat(forecast("resolve", "missing", "--outcome", "yes").code()).isEqualTo(2);
        String[][] outcomes = {
            {"=0.5,b=0.5", "--outcomes: '=0.5' names no outcome; write NAME=P"},
            {"a=0.5,a=0.5", "--outcomes: 'a' is given twice; name each outcome once"},
            {"a=0.5,b", "--outcomes: 'b' has no probability; write NAME=P"},
            {"a=half,b=0.5", "--outcomes: 'a=half': 'half' is not a probability"},
            {"a=0x1p-1,b=0.5", "'0x1p-1' is not a probability; write a decimal number"},
            {"a=0.5f,b=0.5d", "'0.5f' is not a probability"}};
        for (String[] o : outcomes) {
            Run r = forecast("record", "--id", "q", "--question", "?", "--resolves", "2027", "--outcomes", o[0]);
            assertThat(r.code()).as(o[0]).isEqualTo(2);
            assertThat(r.err()).as(o[0]).contains(o[1]);
        }
        Run list = forecast("list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("q0").doesNotContain("-> yes").doesNotContain("\nq ");
    }

    @Test
    void replay_records_the_case_signposts_and_scores_the_observed_ones() throws Exception {
        Run r = forecast("replay", "iran-russia");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("\\d+ forecasts recorded, \\d+ resolved");
        assertThat(r.out().replaceAll("\\s+", " ")).contains("the outlook (its drivers, their odds and the signposts) was written on 2026-11-27")
                .contains("in-sample");
        assertThat(forecast("replay", "iran-russia").out()).contains("0 forecasts recorded, 0 resolved");
        JsonNode s = new ObjectMapper().readTree(forecast("score", "--json").out());
        JsonNode all = new ObjectMapper().readTree(forecast("list", "--json").out());
        // each forecast names the software that made it, so a later model's are told apart
        String version = Run.entente("--version").out().strip();
        assertThat(version).matches("Entente \\d+\\.\\d+\\.\\d+");
        assertThat(all).isNotEmpty().allSatisfy(p -> assertThat(p.get("model").asText()).startsWith(version + ", "));
        double sum = 0;
        int resolved = 0;
        for (JsonNode p : all) {
            if (p.get("outcome") != null && !p.get("outcome").isNull()) {
                String happened = p.get("outcome").asText();
                var names = p.get("outcomes").fieldNames();
                while (names.hasNext()) {
                    String k = names.next();
                    double d = p.get("outcomes").get(k).asDouble() - (k.equals(happened) ? 1 : 0);
                    sum += d * d;
                }
                resolved++;
            }
        }
        // the case records four signposts as observed; the mean Brier score recomputed from the list
        assertThat(resolved).isEqualTo(4).isEqualTo(s.get("resolved").asInt());
        assertThat(s.get("meanBrier").asDouble()).isCloseTo(sum / resolved, org.assertj.core.api.Assertions.within(1e-9));
    }

    /**
     * A ledger the system will not create where it was asked for is bad input, exit 2, naming the
     * file with what to do, as for the event store: a file under /proc (creating it answers "no
     * such file"), a folder under /proc (none can be made), and under /sys when it is read-only.
     */
    @Test
    void a_ledger_the_system_will_not_create_is_bad_input_with_a_hint() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
        java.util.Map<String, String> expected = new java.util.TreeMap<>(java.util.Map.of(
                "/proc/entente-l.duckdb", "cannot open the forecast ledger: the system does not let a file be made there",
                "/proc/entente-no-such-folder/l.duckdb", "cannot create the folder /proc/entente-no-such-folder for the "
                        + "forecast ledger (the system does not let a folder be made there)"));
        if (java.nio.file.Files.isDirectory(Path.of("/sys/kernel")) && !java.nio.file.Files.isWritable(Path.of("/sys"))) {
            // the reason /sys gives depends on who asks and how it is mounted (denied, or read-only)
            expected.put("/sys/entente-l.duckdb", "cannot open the forecast ledger: \u0000");
        }
        for (java.util.Map.Entry<String, String> e : expected.entrySet()) {
            Run r = Run.entente("forecast", "record", "--ledger", e.getKey(), "--id", "a", "--question", "q",
                    "--probability", "0.5", "--resolves", "2030-01-01");
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).matches(java.util.regex.Pattern.quote("entente: " + e.getKey() + ": ")
                    + Refusals.pattern(e.getValue())
                    + java.util.regex.Pattern.quote("; choose a folder you can write to, or name another ledger with --ledger FILE\n"));
        }
    }

    /**
     * Input errors exit 2 with the ledger untouched; reading a ledger that is not there creates
     * none: the default one reads as empty, a named one is a mistyped path.
     */
    @Test
    void input_errors_exit_2_and_reading_creates_no_ledger() throws Exception {
        Path ledger = dir.resolve("ledger.duckdb");
        assertThat(forecast("list").code()).isEqualTo(2);
        assertThat(forecast("score").code()).isEqualTo(2);
        assertThat(ledger).doesNotExist();
        String before = System.getProperty("entente.ledger");
        System.setProperty("entente.ledger", ledger.toString());
        try {
            Run empty = Run.entente("forecast", "list");
            assertThat(empty.code()).as(empty.err()).isZero();
            assertThat(empty.out()).isEmpty();
            assertThat(Run.entente("forecast", "score").code()).isZero();
        } finally {
            if (before == null) {
                System.clearProperty("entente.ledger");
            } else {
                System.setProperty("entente.ledger", before);
            }
        }
        assertThat(ledger).doesNotExist();
        Run nan = forecast("record", "--id", "q", "--question", "?", "--resolves", "2027", "--probability", "NaN");
        assertThat(nan.code()).isEqualTo(2);
        assertThat(nan.err()).contains("--probability NaN: probabilities must lie in 0-1");
        Run odd = forecast("record", "--id", "a b", "--question", "?", "--resolves", "2027", "--probability", "0.5");
        assertThat(odd.code()).isEqualTo(2);
        assertThat(odd.err()).contains("must be 1 to 120 letters");
        assertThat(ledger).doesNotExist();
        assertThat(forecast("record", "--id", "q", "--question", "?", "--resolves", "2026-05-31", "--probability", "0.5",
                "--made", "2026-01-01").code()).isZero();
        Run again = forecast("record", "--id", "q", "--question", "?", "--resolves", "2027", "--probability", "0.5");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("a forecast 'q' is already recorded");
        assertThat(forecast("resolve", "q", "--outcome", "no", "--on", "2026-06-01").code()).isZero();
        Run flip = forecast("resolve", "q", "--outcome", "yes", "--on", "2026-06-01");
        assertThat(flip.code()).isEqualTo(2);
        assertThat(flip.err()).contains("already resolved as 'no'");
        assertThat(forecast("list").out()).contains("-> no");
        assertThat(forecast("resolve", "q", "--outcome", "yes", "--on", "2026-06-01", "--correct").code()).isZero();
        assertThat(forecast("list").out()).contains("-> yes");
        // dates after today: a forecast is made, and resolved, no later than now
        String tomorrow = java.time.LocalDate.now().plusDays(1).toString();
        Run made = forecast("record", "--id", "later", "--question", "?", "--resolves", "2999-01-01", "--probability", "0.5",
                "--made", tomorrow);
        assertThat(made.code()).isEqualTo(2);
        assertThat(made.err()).contains("--made " + tomorrow + " is in the future");
        Run on = forecast("resolve", "q", "--outcome", "no", "--on", tomorrow, "--correct");
        assertThat(on.code()).isEqualTo(2);
        assertThat(on.err()).contains("--on " + tomorrow + " is in the future");
        assertThat(forecast("list").out()).contains("-> yes").doesNotContain("later");
        // this year, or this month, is no later than today: taken as today
        String year = Integer.toString(java.time.LocalDate.now().getYear());
        Run thisYear = forecast("record", "--id", "this-year", "--question", "?", "--resolves", "2999-01-01",
                "--probability", "0.5", "--made", year);
        assertThat(thisYear.code()).as(thisYear.err()).isZero();
        assertThat(forecast("list").out()).containsPattern("this-year +made " + java.time.LocalDate.now());
        Run nextYear = forecast("record", "--id", "next-year", "--question", "?", "--resolves", "2999-01-01",
                "--probability", "0.5", "--made", Integer.toString(java.time.LocalDate.now().getYear() + 1));
        assertThat(nextYear.code()).isEqualTo(2);
        assertThat(nextYear.err()).contains("--made " + (java.time.LocalDate.now().getYear() + 1) + " is in the future");
        Run future = forecast("replay", "iran-russia", "--as-of", "2999-01-01");
        assertThat(future.code()).isEqualTo(2);
        assertThat(future.err()).contains("is after the case's as_of date");
        Run afterCase = forecast("replay", "iran-russia", "--as-of", "2026-11-30");
        assertThat(afterCase.code()).isEqualTo(2);
        assertThat(afterCase.err()).contains("--as-of 2026-11-30 is after the case's as_of date (2026-11-27)")
                .doesNotContain("unexpectedly");
        // a case dated after today is invalid (its as_of is refused where it stands), and nothing is recorded
        Path cases = dir.resolve("cases");
        Path copy = java.nio.file.Files.createDirectories(cases.resolve("iran-russia"));
        for (String f : new String[] {"case.yaml", "sources.tsv"}) {
            String text = java.nio.file.Files.readString(Path.of(Run.CASES, "iran-russia", f));
            java.nio.file.Files.writeString(copy.resolve(f), f.equals("case.yaml")
                    ? text.replaceFirst("(?m)^as_of: .*$", "as_of: 2099-12-31") : text);
        }
        Run later = Run.in(cases.toString(), "forecast", "replay", "iran-russia", "--as-of", "2099-01-01",
                "--ledger", dir.resolve("ledger.duckdb").toString());
        assertThat(later.code()).as(later.err()).isEqualTo(2);
        assertThat(later.err()).contains("case.yaml:11:8: as_of 2099-12-31 is after today");
        assertThat(forecast("list").out()).doesNotContain("iran-russia.");
        Path csv = dir.resolve("ledger.csv");
        java.nio.file.Files.writeString(csv, "id,question\nq,?\n");
        Run data = Run.entente("forecast", "record", "--id", "q9", "--question", "?", "--resolves", "2027",
                "--probability", "0.5", "--ledger", csv.toString());
        assertThat(data.code()).isEqualTo(2);
        assertThat(data.err()).contains("DuckDB takes this file for data to read");
        assertThat(Run.entente("forecast", "list", "--ledger", csv.toString()).code()).isEqualTo(2);
    }
}
