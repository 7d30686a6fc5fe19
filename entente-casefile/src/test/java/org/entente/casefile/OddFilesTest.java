package org.entente.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File-system oddities in a case folder: folders where files belong, a broken bibliography, an empty path. */
class OddFilesTest {

    private static final String TABLE = "id\tkind\ttitle\tauthor\tpublisher\n"
            + "brief\tbrief\tStrategic Transactionalism\tNonresident Fellow\t\n"
            + "reuters\tnews\tRussia-Iran treaty is not a military alliance\t\tReuters\n";

    private final CaseFiles files = new CaseFiles(new TestCatalog());

    /** The valid fixture with its sources moved to {@code sources.tsv}, which {@code table} writes. */
    private static Path tableCase(Path dir, java.util.function.Consumer<Path> table) throws Exception {
        Path file = OddInputTest.caseIn(dir, "tsv", t -> t.replaceFirst("(?s)\nsources:\n.*?\njudgements:", "\njudgements:"));
        table.accept(file.resolveSibling(Bibliography.FILE_NAME));
        return file;
    }

    @Test
    void the_table_case_is_valid_as_written(@TempDir Path dir) throws Exception {
        Path file = tableCase(dir, t -> write(t, TABLE.getBytes(StandardCharsets.UTF_8)));
        assertThat(files.check(file).diagnostics()).isEmpty();
    }

    @Test
    void a_case_yaml_folder_is_named_as_a_folder(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("odd/case.yaml"));
        for (Path p : new Path[] {folder, folder.getParent()}) {
            assertThatThrownBy(() -> CaseFiles.find(p)).isInstanceOf(CaseNotFoundException.class)
                    .hasMessage(folder + " is a folder, not a file");
        }
        assertThatThrownBy(() -> new CaseLibrary(dir).resolve("odd")).hasMessage(folder + " is a folder, not a file");
    }

    @Test
    void cases_two_levels_down_are_not_found_and_the_message_says_how_deep_the_search_goes(@TempDir Path dir)
            throws Exception {
        Path deep = Files.createDirectories(dir.resolve("projects/cases/iran-russia"));
        Files.writeString(deep.resolve("case.yaml"), "schema: 1\n");
        assertThatThrownBy(() -> CaseFiles.find(dir)).isInstanceOf(CaseNotFoundException.class)
                .hasMessage("no case.yaml in " + dir + " or in the folders directly inside it")
                .satisfies(e -> assertThat(((CaseNotFoundException) e).hint()).contains("deeper folders are not searched"));
        assertThat(CaseFiles.find(dir.resolve("projects/cases"))).containsExactly(deep.resolve("case.yaml"));
    }

    @Test
    void a_sources_tsv_folder_is_reported_once_without_follow_on_errors(@TempDir Path dir) throws Exception {
        Path file = tableCase(dir, t -> mkdir(t));
        assertThat(files.check(file).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(file);
            assertThat(d.message()).isEqualTo("sources.tsv beside the case file is a folder, not a table of sources");
            assertThat(d.hint()).contains("tab-separated");
        });
    }

    @Test
    void bad_utf8_in_the_table_is_placed_by_line_and_column(@TempDir Path dir) throws Exception {
        byte[] bytes = (TABLE + "x\tbrief\tTitle\tM").getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        broken[bytes.length] = (byte) 0xFF;
        Path file = tableCase(dir, t -> write(t, broken));
        assertThat(files.check(file).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file().getFileName().toString()).isEqualTo("sources.tsv");
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.column()).isEqualTo(16);
            assertThat(d.message()).isEqualTo("the bibliography is not valid UTF-8 (byte 0xFF at offset " + bytes.length + ")");
        });
    }

    @Test
    void the_empty_table_hint_lists_the_columns_in_their_order(@TempDir Path dir) throws Exception {
        Path file = tableCase(dir, t -> write(t, new byte[0]));
        assertThat(files.check(file).diagnostics()).singleElement().satisfies(d -> assertThat(d.hint())
                .endsWith("id\tkind\ttitle\tauthor\tpublisher\tdate\turl\treliability\tendnote"));
    }

    @Test
    void an_empty_path_is_told_as_empty(@TempDir Path dir) {
        assertThatThrownBy(() -> CaseFiles.find(Path.of(""))).hasMessage("the case named is empty (\"\")");
        assertThatThrownBy(() -> new CaseLibrary(dir).resolve("")).hasMessage("the case named is empty (\"\")");
    }

    /** The web API answered such a case with 409 quoting the linked file's first line. */
    @Test
    void a_case_file_linked_from_outside_its_folder_is_not_read(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0:root:/root:/bin/bash\n");
        Path folder = Files.createDirectories(dir.resolve("linked"));
        Path file = Files.createSymbolicLink(folder.resolve("case.yaml"), secret);
        assertThat(files.check(file).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("case.yaml is a link to a file outside its folder").doesNotContain("root:");
            assertThat(d.hint()).contains("copy the case file");
        });
        Path inside = Files.createSymbolicLink(folder.resolve("other.yaml"), Files.writeString(folder.resolve("real.yaml"), "- a\n"));
        assertThat(files.check(inside).diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("case must be a mapping"));
    }

    private static void write(Path p, byte[] bytes) {
        try {
            Files.write(p, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void mkdir(Path p) {
        try {
            Files.createDirectories(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
