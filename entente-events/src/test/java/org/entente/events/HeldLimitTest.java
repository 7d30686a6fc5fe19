package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file with more watched events than fit in memory is refused at once with what to do, in a
 * child JVM with a small heap, instead of the ingest slowing to a crawl as memory fills.
 */
class HeldLimitTest {

    @TempDir
    Path dir;

    @Test
    void a_file_of_too_many_watched_events_is_refused_quickly_and_not_stored() throws Exception {
        String row = Files.readAllLines(Fixtures.path(Fixtures.V2), StandardCharsets.UTF_8).stream()
                .filter(l -> l.split("\t", -1)[0].equals("881991936")).findFirst().orElseThrow();   // an Iran-Russia row
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            rows.add((900_000_000L + i) + row.substring(row.indexOf('\t')));
        }
        Path file = dir.resolve("in/many.export.CSV");
        Files.createDirectories(file.getParent());
        Files.write(file, rows, StandardCharsets.UTF_8);
        Path store = dir.resolve("s.duckdb");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
                "-Djava.io.tmpdir=" + dir, "-cp", cp, IngestChild.class.getName(), store.toString(), file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isNotZero();
        assertThat(out).contains(file + ": more than ").contains("events of watched dyads")
                .contains("neither these events nor the files after this one were stored").contains("ENTENTE_JAVA_OPTS=-Xmx1g").doesNotContain("OutOfMemoryError");
        assertThat(StoreDump.query(store, "SELECT count(*) FROM files")).containsExactly("0");
    }
}
