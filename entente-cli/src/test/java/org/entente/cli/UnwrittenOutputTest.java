package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Output that cannot be written (here to /dev/full, a device that is always full) fails the command:
 * exit 1, said once; a reader that stops reading early (| head) is no failure.
 */
@EnabledOnOs(OS.LINUX)
class UnwrittenOutputTest {

    private static Process run(File stdout, String... args) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        if (System.getProperty("entente.cache") != null) {
            cmd.add("-Dentente.cache=" + System.getProperty("entente.cache"));
        }
        cmd.addAll(List.of("-cp", cp, Main.class.getName(), "--cases", Run.CASES));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (stdout != null) {
            pb.redirectOutput(stdout);
        }
        Process p = pb.start();
        if (stdout == null) {   // a reader that stops after the first line, as | head -1 does
            java.io.BufferedReader lines = new java.io.BufferedReader(
                    new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo("{");
            lines.close();
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p;
    }

    @Test
    void output_to_a_full_device_is_a_failure() throws Exception {
        for (String[] args : new String[][] {{"assess"}, {"assess", "--json"}, {"cases"}}) {
            Process p = run(new File("/dev/full"), args);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(err).as(String.join(" ", args)).startsWith("entente: the output could not be written in full")
                    .doesNotContain("Exception");
        }
        // 230 kB, more than a pipe holds, so the writer meets the closed pipe: no failure, nothing said
        Process head = run(null, "show", "iran-russia", "--json", "--full");
        assertThat(head.exitValue()).isZero();
        assertThat(head.getErrorStream().readAllBytes()).isEmpty();
        Process ok = run(new File("/dev/null"), "assess");
        assertThat(ok.exitValue()).isZero();
        assertThat(ok.getErrorStream().readAllBytes()).isEmpty();
    }
}
