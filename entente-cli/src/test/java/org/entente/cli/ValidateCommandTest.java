package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} on broken copies of the built-in cases. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    /** Copies a built-in case with one change to its file. */
    private Path copy(String id, UnaryOperator<String> change) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(id));
        String text = Files.readString(Path.of(Run.CASES, id, "case.yaml"));
        String changed = change.apply(text);
        assertThat(changed).as("the change applies").isNotEqualTo(text);
        Files.writeString(folder.resolve("case.yaml"), changed);
        Files.copy(Path.of(Run.CASES, id, "sources.tsv"), folder.resolve("sources.tsv"));
        return folder;
    }

    /** The four dates the validator let through: each is an error at its place, with a hint, and exit 2. */
    @Test
    void dates_after_as_of_and_a_horizon_before_it_are_errors_at_their_places() throws Exception {
        Path bad = copy("russia-dprk", t -> t.replaceFirst("(?m)^as_of: 2026-11-27$", "as_of: 2999-06")
                .replaceFirst("(?m)^  horizon: 2035$", "  horizon: 2020"));
        Run r = Run.in(dir.toString(), "validate", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        String file = bad.resolve("case.yaml").toString();
        assertThat(r.err()).contains(file + ":5:8: as_of 2999-06 is after today (")
                .contains("hint: as_of is the date the case was last brought up to date, today at the latest")
                .containsPattern(java.util.regex.Pattern.quote(file) + ":\\d+:12: outlook horizon 2020 is not after the as_of "
                        + "year 2999")
                .contains("hint: the forecast runs from 3000, the year after as_of, to the horizon");
        assertThat(r.out()).contains("2 problem(s) in 1 of 1 case file(s)").doesNotContain("ok ");

        Path late = copy("russia-china", t -> t.replaceFirst("(?m)^    date: 2001-07-16$", "    date: 2027-01-01")
                .replaceFirst("period: \\{from: 2023, to: 2025-08}", "period: {from: 2028}"));
        Run l = Run.in(dir.toString(), "validate", late.toString());
        assertThat(l.code()).isEqualTo(2);
        assertThat(l.err()).containsPattern(":\\d+:11: timeline event dated 2027-01-01 is after the case's as_of date "
                + "2026-11-27")
                .containsPattern(":\\d+:\\d+: evidence period starts 2028")
                .contains("hint: a case records what happened up to its as_of date");
        Run show = Run.in(dir.toString(), "show", "russia-china");
        assertThat(show.code()).as("show refuses it too, rather than listing the event first").isEqualTo(2);
    }

    /** An empty text and a PDF with junk after its signature validated, while treaty code refused both. */
    @Test
    void a_treaty_text_that_treaty_code_refuses_does_not_validate() throws Exception {
        Path folder = copy("russia-dprk", t -> t.replaceFirst("(?m)^(    status: [a-z-]+)$", "$1\n    text: treaty.txt"));
        Path text = folder.resolve("treaty.txt");
        String file = folder.resolve("case.yaml").toString();
        Files.write(text, new byte[0]);
        Run empty = Run.in(dir.toString(), "validate", folder.toString());
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).containsPattern(java.util.regex.Pattern.quote(file)
                + ":\\d+:11: treaty text 'treaty.txt' cannot be read: the file is empty");
        assertThat(Run.entente("treaty", "code", text.toString()).code()).isEqualTo(2);

        Files.writeString(text, "%PDF-1.7\nthis is not a PDF at all\n");
        Run junk = Run.in(dir.toString(), "validate", folder.toString());
        assertThat(junk.code()).isEqualTo(2);
        assertThat(junk.err()).contains("treaty text 'treaty.txt' cannot be read: damaged PDF").contains("hint: ");
        assertThat(Run.entente("treaty", "code", text.toString()).code()).isEqualTo(2);

        Files.copy(Path.of("../entente-treaty/src/test/resources/org/entente/treaty/corpus/1949-north-atlantic-treaty.txt"),
                text, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Run fine = Run.in(dir.toString(), "validate", folder.toString());
        assertThat(fine.code()).as(fine.err()).isZero();
    }
}
