package org.entente.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.casefile.CaseFiles;
import org.entente.casefile.Diagnostic;
import org.entente.reference.CountryTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "complete annotated example" of docs/case-format.md validates as it stands. */
class DocumentedExampleTest {

    @Test
    void the_annotated_example_in_the_case_format_doc_is_a_valid_case(@TempDir Path dir) throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "case-format.md"));
        int section = doc.indexOf("## A complete annotated example");
        int start = doc.indexOf("```yaml\n", section) + "```yaml\n".length();
        String yaml = doc.substring(start, doc.indexOf("\n```", start) + 1);
        assertThat(yaml).contains("schema: 1").contains("treaties:");
        Path folder = Files.createDirectories(dir.resolve("iran-russia"));
        Files.writeString(folder.resolve("case.yaml"), yaml);
        Files.writeString(folder.resolve("treaty-2025.txt"), "Article 1\nThe parties cooperate.\n");
        CaseFiles.Outcome o = new CaseFiles(CountryTable.bundled()).check(folder.resolve("case.yaml"));
        assertThat(o.diagnostics()).extracting(Diagnostic::format).isEmpty();
        assertThat(o.value()).isPresent();
        assertThat(o.value().get().treaties()).hasSize(2);
    }
}
