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
            assertThat(r.err()).contains("cannot listen");
        }
    }
}
