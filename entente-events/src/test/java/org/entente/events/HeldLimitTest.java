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

    /** 30,000 Iran-Russia rows (one real row under new ids), then the given other rows, in one file. */
    private Path many(String name, List<String> others) throws Exception {
        String row = Files.readAllLines(Fixtures.path(Fixtures.V2), StandardCharsets.UTF_8).stream()
                .filter(l -> l.split("\t", -1)[0].equals("881991936")).findFirst().orElseThrow();   // an Iran-Russia row
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            rows.add((900_000_000L + i) + row.substring(row.indexOf('\t')));
        }
        rows.addAll(others);
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, rows, StandardCharsets.UTF_8);
        return file;
    }

    /** @return the output of an ingest in a 48 MB JVM, whose held limit is far below 30,000 events */
    private Process smallIngest(Path store, Path file, String watches) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
                "-Djava.io.tmpdir=" + dir, "-Dwatch=" + watches, "-cp", cp, IngestChild.class.getName(), store.toString(),
                file.toString()).redirectErrorStream(true).start();
    }

    @Test
    void a_file_of_too_many_watched_events_is_refused_within_a_small_heap_and_not_stored() throws Exception {
        Path file = many("in/many.export.CSV", List.of());
        Path store = dir.resolve("s.duckdb");
        Process p = smallIngest(store, file, "IRN:RUS");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isNotZero();
        assertThat(out).contains(file + ": more than ").contains("events of watched dyads")
                .contains("neither these events nor the files after this one were stored").contains("ENTENTE_JAVA_OPTS=-Xmx1g").doesNotContain("OutOfMemoryError");
        assertThat(StoreDump.query(store, "SELECT count(*) FROM files")).containsExactly("0");
    }

    /**
     * A copy of a file the store has, ingested with one more watch: only the new dyad's events
     * are needed, so the 30,000 already kept for Iran-Russia do not count against the limit.
     */
    @Test
    void a_copy_read_again_for_a_new_watch_holds_only_that_watch_s_events() throws Exception {
        String other = Files.readAllLines(Fixtures.path(Fixtures.V2), StandardCharsets.UTF_8).stream()
                .filter(l -> {
                    String[] f = l.split("\t", -1);
                    return f[7].equals("USA") && f[17].equals("CHN");
                }).findFirst().orElseThrow();
        Path file = many("in/many.export.CSV", List.of(other));
        Path store = dir.resolve("s.duckdb");
        try (EventStore s = EventStore.open(store)) {   // this JVM's heap holds 30,000
            assertThat(s.ingest(file, List.of(Watch.parse("IRN:RUS"))).watched()).isEqualTo(30_000);
        }
        Path copy = dir.resolve("copy/many.export.CSV");
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
        Process p = smallIngest(store, copy, "IRN:RUS,USA:CHN");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(StoreDump.query(store, "SELECT actor1 || ':' || actor2 || ' ' || count(*) FROM events GROUP BY actor1, actor2 "
                + "ORDER BY 1")).containsExactly("IRN:RUS 30000", "USA:CHN 1");
    }
}
