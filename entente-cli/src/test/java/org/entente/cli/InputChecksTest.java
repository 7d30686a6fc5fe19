package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Options the model cannot answer sensibly are bad input (exit 2) with a message saying what to
 * give, the same limits as the web API's: a dyad of one state, years before the state system or
 * past 2100, trajectories over 60 years, forecasts over 50 years out, a negative count; and, for
 * a data-only assessment, a year after this one, which no data record.
 */
class InputChecksTest {

    private static final int THIS_YEAR = java.time.LocalDate.now().getYear();
    private static final int NEXT_YEAR = THIS_YEAR + 1;

    @Test
    void out_of_range_options_are_refused_with_what_to_give() {
        String[][] cases = {
            {"dyad IRN IRN", "a dyad needs two different states, not IRN twice"},
            {"dyad 365 Russia", "a dyad needs two different states, not RUS twice"},
            {"assess --dyad USA USA", "a dyad needs two different states"},
            {"brief --dyad USA USA --format md --out x.md", "a dyad needs two different states"},
            {"dyad IRN RUS --from 1700 --to 1750", "--to 1750 is outside the years the data can cover; give a year from 1816"},
            {"dyad IRN RUS --to 9999", "--to 9999 is outside the years"},
            {"dyad IRN --partners --year 1500", "--year 1500 is outside the years"},
            {"dyad IRN --partners --top -3 --year 2014", "--top -3: give how many partners to list, 1 or more"},
            {"dyad IRN --partners --year 2020", "Iran has no partners by un-s in 2020: United Nations General Assembly Voting "
                + "Data (via R package unvotes) covers 1946-2019"},
            {"dyad IRN RUS --by decade", "--by, --year and --top go with --partners"},
            {"assess --dyad USA JPN --year 1700", "--year 1700 is outside the years"},
            {"assess --as-of 1800", "--as-of 1800 is outside the years"},
            {"scenarios --as-of 1000", "--as-of 1000 is outside the years the data can cover; give a year from 1816"},
            {"forecast replay --as-of 1000-06", "--as-of 1000 is outside the years"},
            {"assess --as-of 2030", "--as-of 2030 is after the case's as_of date (2026-11-27)"},
            {"scenarios --as-of 2027-01", "--as-of 2027-01 is after the case's as_of date (2026-11-27)"},
            {"assess --year 2010", "--year goes with --dyad"},
            {"assess --dyad IRN RUS --year 2050", "--year 2050 is after this year (" + THIS_YEAR + ")"},
            {"assess --dyad IRN RUS --year " + NEXT_YEAR, "--year " + NEXT_YEAR + " is after this year (" + THIS_YEAR
                + "): the data record no later year; the bundled datasets end in 2022 at the latest (ATOP's alliances "
                + "in 2018), so give " + THIS_YEAR + " or earlier"},
            {"assess --dyad SSD UKR --year 2000", "SSD-UKR in 2000: no dyad-year data on the pair"},
            {"brief --dyad IRN RUS --year " + NEXT_YEAR + " --format md --out x.md", "--year " + NEXT_YEAR
                + " is after this year (" + THIS_YEAR + ")"},
            {"assess --dyad IRN RUS --as-of 2010", "--as-of goes with a case's assessment; a data-only one (--dyad) is "
                + "as of the end of --year, e.g. --dyad IRN RUS --year 2010"},
            {"assess --dyad IRN RUS --year 2018 --no-data", "--no-data assesses a case without the data; a data-only "
                + "assessment (--dyad) has nothing else: leave --no-data out"},
            {"assess --trajectory 2024:2026 --explain", "--explain lists the contributions to one assessment, not to "
                + "--trajectory's table of years; for one year's, give --as-of DATE --explain"},
            {"assess --trajectory 2000:2010 --year 2010", "--year goes with --dyad"},
            {"assess --trajectory 1900:2026", "covers 127 years; at most 60 are computed, e.g. 1967 to 2026"},
            {"assess --trajectory 1815:1830", "--trajectory takes FROM:TO years from 1816 to 2100"},
            {"assess --trajectory 1900:2100", "the span ends in 2100, after the case's as_of date (2026-11-27); end it in 2026"},
            {"assess --trajectory 1966:2026", "covers 61 years"},
            {"assess russia-dprk --trajectory 2030:2035", "the span ends in 2035, after the case's as_of date (2026-11-27); "
                + "end it in 2026 at the latest"},
            {"assess --trajectory 2020:2026 --as-of 2024", "--trajectory and --as-of do not go together"},
            {"assess --dyad IRN RUS --year 2019 --events x.duckdb", "--events goes with a case's assessment: a data-only one"},
            {"assess --trajectory 2017:2019 --events x.duckdb", "--events goes with one assessment of the case with its data, "
                + "not with --trajectory"},
            {"assess --no-data --events x.duckdb", "not with --no-data (the case alone)"},
            {"scenarios --horizon 9999", "--horizon 9999 is more than 50 years after"},
            {"cases --cases /nonexistent-entente-cases", "/nonexistent-entente-cases: there is no folder of cases here; "
                + "name one with --cases DIR"}};
        for (String[] c : cases) {
            Run r = Run.entente(c[0].split(" "));
            assertThat(r.code()).as(c[0] + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(c[0]).contains(c[1]).doesNotContain("Exception");
        }
    }

    /** --observe is read by Entente itself: a malformed value is named, and one signpost given both ways is refused. */
    @Test
    void observations_are_well_formed_and_consistent() {
        Run bad = Run.entente("scenarios", "--observe", "bad");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--observe 'bad' is not ID=yes|no|unknown (or ID:yes|no|unknown), e.g. --observe sp-");
        String example = bad.err().replaceAll("(?s).*e\\.g\\. --observe (\\S+).*", "$1").strip();
        Run given = Run.entente("scenarios", "--runs", "100", "--observe", example);
        assertThat(given.code()).as("the example " + example + ": " + given.err()).isZero();
        Run both = Run.entente("scenarios", "--observe", "sp-su35-delivered=yes", "--observe", "sp-su35-delivered=no");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("--observe sp-su35-delivered is given both yes and no");
        Run twice = Run.entente("scenarios", "--runs", "1000", "--observe", "sp-su35-delivered=yes", "--observe",
                "sp-su35-delivered=yes");
        assertThat(twice.code()).as(twice.err()).isZero();
    }

    /** This year, which no dataset reaches yet, is still assessed from the latest years the data hold. */
    @Test
    void a_data_only_year_up_to_this_one_is_assessed() {
        Run now = Run.entente("assess", "--dyad", "IRN", "RUS", "--year", String.valueOf(THIS_YEAR));
        assertThat(now.code()).as(now.err()).isZero();
        assertThat(now.out()).contains("as of " + THIS_YEAR + "-12-31").contains("Data: UN votes: ");
    }

    @Test
    void limits_are_inclusive() {
        assertThat(Run.entente("assess", "--trajectory", "1967:2026").code()).isZero();
        assertThat(Run.entente("dyad", "IRN", "RUS", "--from", "1816", "--to", "1830").code()).isZero();
        assertThat(Run.entente("dyad", "IRN", "RUS", "--from", "2090", "--to", "2100").code()).isZero();
        assertThat(Run.entente("scenarios", "--runs", "100", "--horizon", "2076").code()).isZero();   // as_of 2026 + 50
        assertThat(Run.entente("scenarios", "--runs", "100", "--horizon", "2077").code()).isEqualTo(2);
        Run partners = Run.entente("dyad", "IRN", "--partners", "--top", "1", "--year", "2014");
        assertThat(partners.code()).as(partners.err()).isZero();
    }

    @Test
    void a_trajectory_shows_a_dash_where_hedging_is_not_measured() {
        Run r = Run.entente("assess", "--trajectory", "1900:1901");
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("NaN").containsPattern("1901-12-31 transactional +\\d+ +\\d+.\\d+ +\\d+ +- ");
    }
}
