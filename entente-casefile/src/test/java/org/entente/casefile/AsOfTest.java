package org.entente.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dates a case records are checked against its {@code as_of} date, on broken copies of the
 * built-in Iran-Russia case: nothing recorded after it, no as_of still to come, and an outlook
 * horizon after it.
 */
class AsOfTest {

    @TempDir
    Path dir;

    private RealCaseCopy copy;

    private CaseFiles.Outcome copy(UnaryOperator<String> change) throws Exception {
        copy = RealCaseCopy.of("iran-russia", dir, change);
        return copy.check();
    }

    private int lineOf(String text) throws Exception {
        return copy.lineOf(text);
    }

    @Test
    void the_real_case_passes() {
        assertThat(new CaseFiles(new TestCatalog()).check(Path.of("..", "cases", "iran-russia", "case.yaml")).diagnostics())
                .isEmpty();
    }

    @Test
    void a_timeline_event_dated_after_as_of_is_an_error_at_its_date() throws Exception {
        CaseFiles.Outcome o = copy(t -> t.replace("  - id: casarex-2025\n    date: 2025-07-21",
                "  - id: casarex-2025\n    date: 2027-01"));
        assertThat(o.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("timeline event dated 2027-01 is after the case's as_of date 2026-11-27");
            assertThat(d.line()).isEqualTo(lineOf("date: 2027-01"));
            assertThat(d.column()).isEqualTo(11);
            assertThat(d.hint()).contains("correct the event's date").contains("as_of");
        });
    }

    @Test
    void an_event_in_the_month_of_as_of_is_not_after_it() throws Exception {
        CaseFiles.Outcome o = copy(t -> t.replace("  - id: casarex-2025\n    date: 2025-07-21",
                "  - id: casarex-2025\n    date: 2026-11"));
        assertThat(o.diagnostics()).isEmpty();
    }

    @Test
    void an_evidence_period_starting_after_as_of_is_an_error_at_its_start() throws Exception {
        CaseFiles.Outcome o = copy(t -> t.replace("period: {from: 2024-09}", "period: {from: 2027}"));
        assertThat(o.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("evidence period starts 2027, after the case's as_of date 2026-11-27");
            assertThat(d.line()).isEqualTo(lineOf("period: {from: 2027}"));
            assertThat(d.column()).isEqualTo(20);   // "    period: {from: " is 19 characters
            assertThat(d.hint()).contains("correct 'from'");
        });
    }

    @Test
    void an_as_of_after_today_is_an_error_at_as_of() throws Exception {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        int horizon = tomorrow.getYear() + 10;   // kept after as_of, so that only as_of is wrong
        CaseFiles.Outcome o = copy(t -> t.replace("as_of: 2026-11-27", "as_of: " + tomorrow)
                .replace("horizon: 2035", "horizon: " + horizon));
        assertThat(o.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("as_of " + tomorrow + " is after today (");
            assertThat(d.line()).isEqualTo(lineOf("as_of: " + tomorrow));
            assertThat(d.column()).isEqualTo(8);
            assertThat(d.hint()).contains("today at the latest");
        });
    }

    @Test
    void an_outlook_horizon_not_after_the_as_of_year_is_an_error_at_the_horizon() throws Exception {
        for (String year : new String[] {"2020", "2026"}) {
            CaseFiles.Outcome o = copy(t -> t.replace("horizon: 2035", "horizon: " + year));
            assertThat(o.diagnostics()).as(year).singleElement().satisfies(d -> {
                assertThat(d.message()).isEqualTo("outlook horizon " + year + " is not after the as_of year 2026");
                assertThat(d.line()).isEqualTo(lineOf("horizon: " + year));
                assertThat(d.column()).isEqualTo(12);
                assertThat(d.hint()).contains("give 2027 or later");
            });
        }
    }
}
