package org.entente.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.model.Case;
import org.entente.model.Confidence;
import org.entente.model.Dimension;
import org.entente.model.Obligation;
import org.entente.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFilesTest {

    private final CaseFiles files = new CaseFiles(new TestCatalog());

    @Test
    void reads_every_section_of_a_valid_case() throws Exception {
        Case c = files.read(BrokenCasesTest.resource("valid/case.yaml"));
        assertThat(c.dyadLabel()).isEqualTo("IRN\u2013RUS");
        assertThat(c.sources()).hasSize(2);
        assertThat(c.source("reuters").orElseThrow().endnote()).hasValue(1);
        assertThat(c.source("reuters").orElseThrow().reliability().orElseThrow().toString()).isEqualTo("A2");
        assertThat(c.timeline().get(0).figures()).extracting(f -> f.value()).containsExactly(20.0, 47.0);
        assertThat(c.chronology().get(0).id()).isEqualTo("crimea");
        assertThat(c.chronology().get(0).date().precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(c.timeline().get(1).dimensions()).containsExactly(Dimension.DIPLOMATIC, Dimension.REGIONAL);
        assertThat(c.indicators().get(0).values()).extracting(v -> v.confidence())
                .containsExactly(Confidence.CONFIRMED, Confidence.CONFLICTING);
        assertThat(c.treaties().get(0).coding().get(0).obligation()).isEqualTo(Obligation.NEUTRALITY);
        assertThat(c.treaties().get(0).absent().get(0).obligation()).isEqualTo(Obligation.DEFENCE);
        assertThat(c.scenarios().get(0).indicators()).hasSize(1);
        assertThat(c.drivers().get(0).evidence()).containsExactly("drones");
    }

    @Test
    void read_throws_with_every_problem_of_the_file() throws Exception {
        Path broken = BrokenCasesTest.resource("broken/references.yaml");
        assertThatThrownBy(() -> files.read(broken))
                .isInstanceOf(CaseFileException.class)
                .satisfies(e -> assertThat(((CaseFileException) e).diagnostics()).hasSize(6))
                .hasMessageContaining("references.yaml:21:22: source 'reuters-2025' is not defined in sources");
    }

    /** The commonest slip: a file saved as Latin-1. The 'é' (0xE9, which in UTF-8 would start a sequence) is named, not the space after it. */
    @Test
    void reports_a_latin1_accent_at_the_accent(@TempDir Path dir) throws Exception {
        Path valid = BrokenCasesTest.resource("valid/case.yaml");
        byte[] text = Files.readString(valid).replace("Pressure from the West", "Pressure \u00e9 from")
                .getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(text, (byte) 0xE9);
        Path file = dir.resolve("case.yaml");
        Files.write(file, text);
        CaseFiles.Outcome o = files.check(file);
        assertThat(o.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("(byte 0xE9 at offset " + at + ")");
            assertThat(d.line()).isEqualTo(lineOf(text, at));
            assertThat(d.column()).isEqualTo(21); // four spaces, 'title: ', 'Pressure '
        });
    }

    @Test
    void reports_broken_utf8_at_its_line_and_column(@TempDir Path dir) throws Exception {
        Path valid = BrokenCasesTest.resource("valid/case.yaml");
        byte[] text = Files.readString(valid).replace("Pressure from the West", "Pressure \u00ff from").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(text, (byte) 0xC3);
        text[at] = (byte) 0xFF; // a byte that never occurs in UTF-8
        Path file = dir.resolve("case.yaml");
        Files.write(file, text);
        CaseFiles.Outcome o = files.check(file);
        assertThat(o.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("not valid UTF-8").contains("0xFF");
            assertThat(d.line()).isEqualTo(lineOf(text, at));
            assertThat(d.column()).isEqualTo(21); // four spaces, 'title: ', 'Pressure '
        });
    }

    @Test
    void an_empty_file_is_an_error_not_a_crash(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("case.yaml"), "# nothing here\n");
        assertThat(files.check(file).diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("the file is empty"));
    }

    @Test
    void a_list_where_the_case_should_be_is_reported(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("case.yaml"), "- one\n- two\n");
        assertThat(files.check(file).diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("case must be a mapping"));
    }

    @Test
    void finds_cases_in_a_library_folder_and_names_the_nearest_on_a_typo() throws Exception {
        Path root = BrokenCasesTest.resource("valid").getParent();
        CaseLibrary library = new CaseLibrary(root);
        assertThat(library.ids()).containsExactly("valid");
        assertThat(library.resolve("valid")).isEqualTo(root.resolve("valid/case.yaml"));
        assertThatThrownBy(() -> library.resolve("vallid"))
                .isInstanceOf(CaseNotFoundException.class)
                .satisfies(e -> assertThat(((CaseNotFoundException) e).hint()).contains("did you mean valid?"));
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new AssertionError("byte not found");
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * A tiny file nesting thousands of levels (flow lists, block maps) is a diagnostic at the first
     * list or map too deep, not a stack overflow; one just deep enough reads on to the usual checks.
     */
    @Test
    void refuses_nesting_deeper_than_any_case_needs(@TempDir Path dir) throws Exception {
        Path flow = dir.resolve("flow.yaml");
        Files.writeString(flow, "id: x\nnotes: " + "[".repeat(3000) + "]".repeat(3000) + "\n");
        StringBuilder block = new StringBuilder("id: x\n");
        for (int i = 0; i < 1500; i++) {   // 2.3 MB of indentation, within the 3 MiB limit on a case file
            block.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        Path maps = dir.resolve("maps.yaml");
        Files.writeString(maps, block.append("  ".repeat(1500)).append("v\n").toString());
        for (Path p : new Path[] {flow, maps}) {
            CaseFiles.Outcome o = files.check(p);
            assertThat(o.valid()).isFalse();
            assertThat(o.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.message()).isEqualTo("lists and maps nested more than 40 levels deep");
                assertThat(d.line()).isEqualTo(p == flow ? 2 : 42);   // the 41st map: the root is the first
                assertThat(d.hint()).contains("docs/case-format.md");
            });
        }
        Path fine = dir.resolve("fine.yaml");
        Files.writeString(fine, "id: x\nnotes: " + "[".repeat(39) + "]".repeat(39) + "\n");
        assertThat(files.check(fine).diagnostics()).noneMatch(d -> d.message().contains("nested"));
    }

    /** A text file given as a case is named by its start and length, not repeated back whole. */
    @Test
    void a_long_value_is_quoted_short(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("notes.yaml");
        Files.writeString(text, "word ".repeat(400) + "\n");
        CaseFiles.Outcome o = files.check(text);
        assertThat(o.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("case must be a mapping of keys to values, found 'word word")
                    .endsWith("...' (1999 characters)");
            assertThat(d.message().length()).isLessThan(160);
        });
    }
}
