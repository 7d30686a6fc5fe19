package org.entente.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers in separate processes (DuckDB's lock is per process): of 12 'forecast record' runs
 * started at once, 11 failed with "Conflicting lock"; now each waits its turn, up to a bound.
 */
class LedgerLockTest {

    @TempDir
    Path dir;

    private static Process child(String... args) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, LedgerChild.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static String finish(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("child ended").isTrue();
        return out;
    }

    @Test
    void writers_started_at_once_all_record_one_after_another() throws Exception {
        Path file = dir.resolve("ledger.duckdb");
        List<Process> writers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            writers.add(child("record", file.toString(), "f" + i));
        }
        for (Process p : writers) {
            String out = finish(p);
            assertThat(p.exitValue()).as(out).isZero();
        }
        try (Ledger l = Ledger.openForReading(file)) {
            assertThat(l.all()).extracting(Prediction::id).containsExactlyInAnyOrder("f0", "f1", "f2", "f3", "f4", "f5");
        }
    }

    @Test
    void a_writer_waits_while_another_process_holds_the_ledger_and_gives_up_after_the_bound() throws Exception {
        Path file = dir.resolve("ledger.duckdb");
        Process holder = child("hold", file.toString(), "4000");
        BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(said.readLine()).isEqualTo("open");
        try {
            long tried = System.nanoTime();
            assertThatThrownBy(() -> Ledger.open(file, Duration.ofSeconds(1))).isInstanceOf(Ledger.LedgerException.class)
                    .hasMessageStartingWith(file + ": cannot open the forecast ledger: another process still had it open "
                            + "after 1 s of waiting").hasMessageContaining("try again when that process ends");
            // it waited out its bound before giving up, rather than failing at the first refusal
            assertThat(Duration.ofNanos(System.nanoTime() - tried)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            long start = System.nanoTime();
            try (Ledger l = Ledger.open(file)) {   // waits for the holder, up to 30 s
                assertThat(l.all()).isEmpty();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Ledger.LOCK_WAIT);
        } finally {
            holder.destroy();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
