package org.entente.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.model.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs a robustness review found mishandled: an oversized file, null written as '~'. */
class OddInputTest {

    private final CaseFiles files = new CaseFiles(new TestCatalog());

    /** A case folder named {@code name} holding the valid fixture, with {@code edit} applied to its text. */
    static Path caseIn(Path dir, String name, java.util.function.UnaryOperator<String> edit) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        String text = Files.readString(BrokenCasesTest.resource("valid/case.yaml")).replace("id: valid\n", "id: " + name + "\n");
        return Files.writeString(folder.resolve("case.yaml"), edit.apply(text));
    }

    @Test
    void a_file_over_the_size_limit_is_refused_naming_the_limit(@TempDir Path dir) throws Exception {
        StringBuilder items = new StringBuilder("timeline:\n");
        for (int i = 0; i < 40_000; i++) {
            items.append("  - id: ev-").append(i).append("\n    date: 2020-01-01\n    title: Event number ").append(i)
                    .append(" of the long list\n    dimensions: [military]\n    direction: context\n    sources: [brief]\n");
        }
        Path file = caseIn(dir, "big", t -> t.replace("timeline:\n", items.toString()));
        assertThat(Files.size(file)).isGreaterThan(3 * 1024 * 1024);
        assertThat(files.check(file).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.message()).matches("the file is \\d\\.\\d MiB, over the 3 MiB limit for a case file");
            assertThat(d.hint()).contains("unusual").contains("sources.tsv").doesNotContain("one YAML document");
        });
    }

    @Test
    void null_in_any_form_is_a_missing_field(@TempDir Path dir) throws Exception {
        for (String nul : new String[] {"~", "null", "Null", "NULL", ""}) {
            Path file = caseIn(dir, "n" + nul.length() + nul.toLowerCase().replace("~", "t"),
                    t -> t.replaceFirst("title: .*\n", "title: " + nul + "\n")
                            .replaceFirst("summary: >\n  .*\n", "summary: " + nul + "\n"));
            assertThat(files.check(file).diagnostics()).as("written as '%s'", nul)
                    .extracting(Diagnostic::message)
                    .containsExactly("missing required field 'title' in case", "missing required field 'summary' in case");
        }
    }

    @Test
    void an_optional_field_written_as_tilde_is_left_out(@TempDir Path dir) throws Exception {
        Path file = caseIn(dir, "url", t -> t.replace("    url: https://tass.com/politics/1940345\n", "    url: ~\n"));
        Case c = files.read(file);
        assertThat(c.source("reuters").orElseThrow().url()).isEmpty();
    }

    @Test
    void a_path_through_dot_is_the_case_folder_itself(@TempDir Path dir) throws Exception {
        Path file = caseIn(dir, "dotted", t -> t);
        // entente validate ./case.yaml, or show . from inside the folder
        Path dotted = file.getParent().resolve(".").resolve("case.yaml");
        assertThat(files.check(dotted).diagnostics()).isEmpty();
        Files.createDirectories(file.getParent().resolve("sub"));
        assertThat(files.check(file.getParent().resolve("sub").resolve("..").resolve("case.yaml")).diagnostics())
                .as("a file reached through .. is judged by the folder it is in").isEmpty();
    }

    @Test
    void a_number_hint_fits_the_field(@TempDir Path dir) throws Exception {
        Path file = caseIn(dir, "numbers", t -> t.replace("schema: 1\n", "schema: one\n")
                .replace("{label: term, value: 20, unit: years}", "{label: term, value: 20 years, unit: years}"));
        assertThat(files.check(file).diagnostics()).extracting(Diagnostic::message, Diagnostic::hint).containsExactly(
                org.assertj.core.groups.Tuple.tuple("'schema' must be a whole number, found 'one'",
                        "write a whole number in digits, without quotes, e.g. 20"),
                org.assertj.core.groups.Tuple.tuple("'value' must be a number, found '20 years'",
                        "write a plain number without quotes or units, e.g. 4.9; put the unit in 'unit'"));
    }
}
