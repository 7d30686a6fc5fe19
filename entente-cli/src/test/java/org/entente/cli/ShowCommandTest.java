package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code show} in text: the indicators with every value, and the treaties' dates. */
class ShowCommandTest {

    /** The text with its wrapped lines joined, so that a value cut at the page width is found whole. */
    private static String flat(Run r) {
        assertThat(r.code()).as(r.err()).isZero();
        return r.out().replaceAll("\\s+", " ");
    }

    /**
     * Every indicator of the case is listed with its values by date, each with its sources; the
     * three 2022 trade figures of the Iran-Russia case (4.9, 4.6 and about 5, case.yaml) stand
     * side by side on one date and are marked as conflicting.
     */
    /** --full without --json was ignored without a word. */
    @Test
    void full_without_json_is_refused() {
        Run r = Run.entente("show", "iran-russia", "--full");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--full needs --json");
        assertThat(r.out()).isEmpty();
        assertThat(Run.entente("show", "iran-russia", "--full", "--json").code()).isZero();
    }

    @Test
    void show_lists_each_indicator_with_its_values_by_date_and_source() {
        String text = flat(Run.entente("show", "iran-russia"));
        assertThat(text).contains("Indicators (values by date; figures from different sources side by side)")
                .contains("* Bilateral trade turnover [trade-turnover; economic; USD billion]")
                .contains("2021 4.03 (ifpnews-trade-2021)")
                .contains("2022 4.9 (tass-2023-03-01, mehr-2023-trade; Katyrin, Russian Chamber of Commerce) | "
                        + "4.6 (urdupoint-2023; Volodin and Ambassador Dedov) | about 5 (brief-2025; the brief's rounded "
                        + "figure) [conflicting figures]")
                .contains("2015 about 1.7 (financialtribune-trade-2015; the Duma's Pushkov; the year is approximate; "
                        + "unconfirmed)")
                .contains("* Iranian crude oil and condensate exports [iran-crude-exports; energy-nuclear; million barrels per day]")
                .contains("2020 under 0.4 (brief-2025, eia-2021-08-12)");
        // every indicator is there, not only the first
        assertThat(text).contains("[trade-growth;").contains("[eaeu-iran-trade;").contains("[su35-leaked-schedule;")
                .contains("[unsc-votes-for-russia-backed-texts;");
        assertThat(flat(Run.entente("show", "russia-dprk"))).contains("2024-08-27 6,000,000 (kyivind-2024-08-27, "
                + "euromaidan-2024-08-27)");
    }

    /** Two sources giving the same figure for a date stand side by side without a conflict mark. */
    @Test
    void agreeing_figures_for_a_date_are_not_marked_conflicting(@TempDir Path dir) throws Exception {
        Path copy = Files.createDirectories(dir.resolve("iran-russia"));
        String text = Files.readString(Path.of(Run.CASES, "iran-russia", "case.yaml"));
        String agreeing = text.replace("{date: 2022, value: 4.6, sources: [urdupoint-2023], confidence: conflicting,",
                "{date: 2022, value: 4.9, sources: [urdupoint-2023],")
                .replace("      - {date: 2022, value: 5, qualifier: about, sources: [brief-2025], confidence: conflicting, "
                        + "note: \"the brief's rounded figure\"}\n", "")
                .replace("{date: 2022, value: 4.9, sources: [tass-2023-03-01, mehr-2023-trade], confidence: conflicting,",
                        "{date: 2022, value: 4.9, sources: [tass-2023-03-01, mehr-2023-trade],");
        assertThat(agreeing).isNotEqualTo(text);
        Files.writeString(copy.resolve("case.yaml"), agreeing);
        Files.copy(Path.of(Run.CASES, "iran-russia", "sources.tsv"), copy.resolve("sources.tsv"));
        String shown = flat(Run.in(dir.toString(), "show", "iran-russia"));
        assertThat(shown).contains("2022 4.9 (tass-2023-03-01, mehr-2023-trade; Katyrin, Russian Chamber of Commerce) | "
                + "4.9 (urdupoint-2023; Volodin and Ambassador Dedov) 2023 about 4");
    }

    /** As the brief gives it: the date a treaty entered into force, where the case has one. */
    @Test
    void show_gives_each_treaty_s_entry_into_force() {
        String text = flat(Run.entente("show", "iran-russia"));
        assertThat(text).contains("signed 2025-01-17, entered into force 2025-10-02, in-force, 20 years, 47 articles")
                .contains("signed 2001-03-12, superseded, 10 years");   // the 2001 treaty's entry into force is not in the case
        assertThat(flat(Run.entente("show", "russia-dprk"))).contains("entered into force 2024-12-04");
    }

    /**
     * A date whose figures differ only through a qualified one ("about 4" beside an exact 4.1) is
     * marked as differing, not as conflicting; exact figures that disagree stay conflicting.
     */
    @Test
    void an_about_figure_beside_an_exact_one_differs_without_conflicting(@TempDir Path dir) throws Exception {
        Path copy = Files.createDirectories(dir.resolve("iran-russia"));
        for (String f : new String[] {"case.yaml", "sources.tsv"}) {
            Files.copy(Path.of(Run.CASES, "iran-russia", f), copy.resolve(f));
        }
        String about = "      - {date: 2023, value: 4, qualifier: about, sources: [irna-2024-trade]}\n";
        String yaml = Files.readString(copy.resolve("case.yaml"));
        assertThat(yaml).contains(about);
        Files.writeString(copy.resolve("case.yaml"), yaml.replace(about, about
                + "      - {date: 2023, value: 4.1, sources: [irna-2024-trade]}\n"));
        String text = flat(Run.in(dir.toString(), "show", "iran-russia"));
        assertThat(text).contains("2023 about 4 (irna-2024-trade) | 4.1 (irna-2024-trade) [figures differ]")
                .contains("about 5 (brief-2025; the brief's rounded figure) [conflicting figures]");
    }
}
