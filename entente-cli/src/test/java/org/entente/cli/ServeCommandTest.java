package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code entente serve}: starts on the asked address, says where, and refuses what it cannot do. */
class ServeCommandTest {

    @Test
    void serve_starts_and_prints_its_address() {
        Run r = Run.entente("serve", "--port", "0", "--check");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("at http://127\\.0\\.0\\.1:\\d+/").contains("/openapi.json");
        assertThat(r.out()).doesNotContain("token");
    }

    @Test
    void serve_refuses_a_port_out_of_range() {
        Run r = Run.entente("serve", "--port", "70000", "--check");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("70000");
    }

    @Test
    void serve_refuses_a_port_in_use() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Run r = Run.entente("serve", "--port", String.valueOf(taken.getLocalPort()), "--check");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("cannot listen").contains("(the port is in use)");
        }
    }

    /** The cause named is the real one: an address this machine lacks, or text that is no address, is not a busy port. */
    @Test
    void serve_names_why_it_cannot_listen_and_refuses_a_missing_cases_folder() {
        Run foreign = Run.entente("serve", "--bind", "192.0.2.1", "--port", "0", "--check");   // TEST-NET-1: never local
        assertThat(foreign.code()).isEqualTo(2);
        assertThat(foreign.err()).contains("cannot listen on 192.0.2.1:0 (this machine has no such address)");
        Run nonsense = Run.entente("serve", "--bind", "999.1.1.1", "--port", "0", "--check");
        assertThat(nonsense.code()).isEqualTo(2);
        assertThat(nonsense.err()).contains("(not an address)");
        // Run.entente names the project's cases; this names a folder that is not there
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cl = Main.commandLine();
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setOut(new java.io.PrintWriter(new java.io.StringWriter(), true));
        assertThat(cl.execute("--cases", "/nonexistent-entente-cases", "serve", "--port", "0", "--check")).isEqualTo(2);
        assertThat(err.toString()).contains("the cases folder /nonexistent-entente-cases is not a folder");
    }
}
