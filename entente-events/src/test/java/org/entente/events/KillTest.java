package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 during an ingest, run it again, and the store is the one an uninterrupted run gives. */
class KillTest {

    private static final int FILES = 24;

    @TempDir
    Path dir;

    /** Distinct files of real rows: the two GDELT 2.0 exports, shuffled with a per-file seed. */
    private List<Path> inputs() throws Exception {
        List<String> rows = new ArrayList<>(Files.readAllLines(Fixtures.path(Fixtures.V2), StandardCharsets.UTF_8));
        rows.addAll(Files.readAllLines(Fixtures.path(Fixtures.V2_OTHER), StandardCharsets.UTF_8));
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            List<String> copy = new ArrayList<>(rows);
            Collections.shuffle(copy, new java.util.Random(i));
            Path p = dir.resolve(String.format("in/%02d.export.CSV", i));
            Files.createDirectories(p.getParent());
            Files.write(p, copy, StandardCharsets.UTF_8);
            out.add(p);
        }
        return out;
    }

    private static Process child(Path store, List<Path> files) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // DuckDB's driver copies its native library to the temporary folder; a killed child
                // cannot delete its copy, so it goes into the test's folder, which JUnit removes
                "-Djava.io.tmpdir=" + store.toAbsolutePath().getParent(),
                "-cp", cp, IngestChild.class.getName(), store.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    @Test
    void a_rerun_after_kill_9_gives_the_store_of_an_uninterrupted_run() throws Exception {
        List<Path> files = inputs();
        Path reference = dir.resolve("reference.duckdb");
        try (EventStore s = EventStore.open(reference)) {
            s.ingest(files, List.of(Watch.parse("IRN:RUS")), r -> { });
        }
        Path killed = dir.resolve("killed.duckdb");
        Process p = child(killed, files);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        int stored = 0;
        for (String line = out.readLine(); line != null && stored < 4; line = out.readLine()) {
            stored += line.startsWith("stored ") ? 1 : 0;
        }
        Thread.sleep(60);
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(stored).as("the child stored files before it was killed").isEqualTo(4);
        long committed = Long.parseLong(StoreDump.query(killed, "SELECT count(*) FROM files").get(0));
        assertThat(committed).as("killed part-way").isBetween(4L, FILES - 1L);

        Process again = child(killed, files);
        again.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).isZero();
        assertThat(StoreDump.of(killed)).isEqualTo(StoreDump.of(reference));
    }
}
