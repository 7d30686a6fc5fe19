package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same command gives the same bytes from one process to the next. Within one JVM this cannot
 * be seen: {@code Map.of} and {@code Set.of} iterate in an order fixed at each JVM start, so the
 * commands run here in separate JVMs.
 */
class SameOutputTest {

    @org.junit.jupiter.api.io.TempDir
    static Path tmp;

    private static String run(String... args) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        for (String p : new String[] {"entente.cache", "entente.ledger", "entente.events"}) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.addAll(List.of("-cp", cp, Main.class.getName(), "--cases", Run.CASES));
        cmd.addAll(List.of(args));
        Path out = java.nio.file.Files.createTempFile(tmp, "out", ".json");
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(out.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " did not end within 120 s");
        }
        assertThat(p.exitValue()).as(String.join(" ", args)).isZero();
        return java.nio.file.Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void json_output_is_the_same_in_three_processes() throws Exception {
        String store = tmp.resolve("events.duckdb").toString();
        run("events", "ingest", EventsCommandTest.V2, EventsCommandTest.V2_OTHER, "--watch", "IRN:RUS", "--store", store);
        for (String[] args : new String[][] {{"assess", "--json"}, {"scenarios", "--json", "--runs", "2000"},
            {"dyad", "IRN", "RUS", "--json"}, {"events", "stores", "--json", "--store", store},
            {"events", "series", "IRN", "RUS", "--format", "json", "--store", store}}) {
            String first = run(args);
            assertThat(first).as(String.join(" ", args)).matches("(?s)[\\[{].{200,}");
            for (int i = 0; i < 2; i++) {   // a two-key map keeps its order by chance half the time
                assertThat(run(args)).as(args[0]).isEqualTo(first);
            }
        }
    }
}
