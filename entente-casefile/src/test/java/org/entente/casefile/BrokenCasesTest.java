package org.entente.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture under {@code broken/}: each marks the errors it holds with comments, either
 * at the end of the offending line ({@code # expect: COLUMN: message}) or anywhere
 * ({@code # expect at LINE:COLUMN: message}). The validator must report exactly those errors,
 * at those places, each with a hint.
 */
class BrokenCasesTest {

    private static final Pattern HERE = Pattern.compile("#\\s*expect:\\s*(\\d+):\\s*(.+)$");
    private static final Pattern AT = Pattern.compile("#\\s*expect at (\\d+):(\\d+):\\s*(.+)$");

    record Expected(int line, int column, String message) {
    }

    @TestFactory
    Stream<DynamicTest> each_broken_fixture_reports_exactly_its_marked_errors() throws Exception {
        Path dir = Path.of(getClass().getResource("broken").toURI());
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> fixtures = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertThat(fixtures).hasSizeGreaterThanOrEqualTo(10);
            return fixtures.stream().map(f -> DynamicTest.dynamicTest(dir.relativize(f).toString(), () -> check(f)));
        }
    }

    private static void check(Path fixture) throws IOException {
        List<Expected> expected = expectations(fixture);
        assertThat(expected).as("fixture %s marks no error", fixture).isNotEmpty();
        CaseFiles.Outcome outcome = new CaseFiles(new TestCatalog()).check(fixture);
        assertThat(outcome.valid()).isFalse();
        assertThat(outcome.value()).isEmpty();
        List<String> actual = outcome.diagnostics().stream()
                .map(d -> d.line() + ":" + d.column() + ": " + d.message()).toList();
        for (Expected e : expected) {
            assertThat(actual).as("%s should report at %d:%d '%s'", fixture.getFileName(), e.line(), e.column(), e.message())
                    .anyMatch(a -> a.startsWith(e.line() + ":" + e.column() + ": ") && a.contains(e.message()));
        }
        assertThat(actual).as("%s: no error beyond the marked ones", fixture.getFileName()).hasSize(expected.size());
        assertThat(outcome.diagnostics()).allSatisfy(d -> {
            assertThat(d.file()).isEqualTo(fixture);
            assertThat(d.hint()).isNotBlank();
            assertThat(d.format()).startsWith(fixture + ":" + d.line() + ":" + d.column() + ": ");
        });
    }

    private static List<Expected> expectations(Path fixture) throws IOException {
        List<String> lines = Files.readAllLines(fixture);
        List<Expected> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher at = AT.matcher(lines.get(i));
            Matcher here = HERE.matcher(lines.get(i));
            if (at.find()) {
                out.add(new Expected(Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2)), at.group(3).strip()));
            } else if (here.find()) {
                out.add(new Expected(i + 1, Integer.parseInt(here.group(1)), here.group(2).strip()));
            }
        }
        return out;
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(BrokenCasesTest.class.getResource(name).toURI());
    }
}
