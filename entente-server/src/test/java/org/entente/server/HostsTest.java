package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which Host headers a server answers to, by the address it listens on and the names the user
 * allowed; and a server started with an allowed name answering to it over HTTP.
 */
class HostsTest {

    @TempDir
    Path folder;

    private Hosts hosts(String bind, String... allowed) {
        return Hosts.of(new ServerOptions(bind, 0, folder, Optional.of("a-test-token-of-enough-length"))
                .withAllowedHosts(List.of(allowed)));
    }

    @Test
    void on_loopback_only_loopback_names_and_allowed_ones() {
        Hosts h = hosts("127.0.0.1", "entente.lan");
        assertThat(h.accepts("localhost:7070")).isTrue();
        assertThat(h.accepts("[0:0:0:0:0:0:0:1]:7070")).isTrue();   // [::1] spelt out
        assertThat(h.accepts("ENTENTE.LAN")).isTrue();
        assertThat(h.accepts("entente.lan:8443")).isTrue();
        assertThat(h.accepts("evil.example")).isFalse();
        assertThat(h.accepts("192.168.1.20:7070")).isFalse();
        assertThat(h.accepts("localhost:port")).isFalse();
        assertThat(h.accepts("")).isFalse();
        assertThat(h.accepts(null)).isFalse();
        assertThat(h.answersTo()).isEqualTo("localhost, 127.0.0.1, [::1] and entente.lan");
    }

    @Test
    void on_an_address_of_the_network_that_address_and_allowed_names() {
        Hosts h = hosts("192.0.2.10", "entente.example.org");
        assertThat(h.accepts("192.0.2.10:7070")).isTrue();
        assertThat(h.accepts("entente.example.org")).isTrue();
        assertThat(h.accepts("localhost:7070")).isFalse();   // a server on 192.0.2.10 is not reached through loopback
        assertThat(h.accepts("192.0.2.11:7070")).isFalse();
        assertThat(h.accepts("evil.example:7070")).isFalse();
        Hosts v6 = hosts("2001:db8::10");
        assertThat(v6.accepts("[2001:db8:0:0:0:0:0:10]:7070")).isTrue();
        assertThat(v6.accepts("2001-db8--10.example")).isFalse();
        Hosts named = hosts("entente.lan");
        assertThat(named.accepts("Entente.Lan:7070")).isTrue();
        assertThat(named.accepts("other.lan")).isFalse();
    }

    @Test
    void on_every_address_this_machines_addresses_and_allowed_names_but_no_other_name() {
        Hosts h = hosts("0.0.0.0", "entente.lan");
        assertThat(h.accepts("127.0.0.1:7070")).isTrue();
        assertThat(h.accepts("localhost")).isTrue();
        assertThat(h.accepts("entente.lan")).isTrue();
        assertThat(h.accepts("192.0.2.77:7070")).isFalse();   // TEST-NET-1: never this machine's
        assertThat(h.accepts("evil.example:7070")).isFalse();
        assertThat(h.answersTo()).endsWith("and this machine's own addresses");
        assertThat(hosts("::").accepts("[::1]:7070")).isTrue();
        // the address the start-up line prints: http://0.0.0.0:7070/ (http://[::]:7070/)
        assertThat(h.accepts("0.0.0.0:7070")).isTrue();
        assertThat(hosts("::").accepts("[::]:7070")).isTrue();
        assertThat(hosts("127.0.0.1").accepts("0.0.0.0:7070")).as("not on loopback").isFalse();
    }

    @Test
    void an_allowed_name_must_be_a_name_without_a_port() {
        assertThatThrownBy(() -> hosts("127.0.0.1", "entente.lan:8080")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--allow-host 'entente.lan:8080': give the name alone, without a port (any port is accepted)");
        assertThatThrownBy(() -> hosts("127.0.0.1", "two words")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--allow-host 'two words': not a host name or an IP address; give a name such as entente.lan, "
                        + "or an address");
        assertThatThrownBy(() -> hosts("127.0.0.1", "http://entente.lan")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hosts("127.0.0.1", "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(hosts("127.0.0.1", "[2001:db8::1]", "10.0.0.5", "my_box").accepts("[2001:db8::1]")).isTrue();
        // an IPv6 address allowed without its brackets is matched as a Host header writes it, and listed so
        Hosts bare = hosts("0.0.0.0", "2001:db8::1");
        assertThat(bare.accepts("[2001:db8::1]:7070")).isTrue();
        assertThat(bare.answersTo()).contains("[2001:db8::1]");
    }

    @Test
    void a_served_name_that_was_allowed_is_answered_and_others_still_refused() {
        Served.copy(Served.BUILT_IN, folder);
        EntenteServer server = EntenteServer.start(Served.inside(ServerOptions.local(folder))
                .withAllowedHosts(List.of("entente.lan")));
        try {
            int port = server.port();
            assertThat(HostHeaderTest.get(port, "/api/cases", "entente.lan:" + port, "application/json"))
                    .startsWith("HTTP/1.1 200 ");
            assertThat(HostHeaderTest.get(port, "/api/cases", "evil.example:" + port, "application/json"))
                    .startsWith("HTTP/1.1 403 ").contains("localhost, 127.0.0.1, [::1] and entente.lan");
        } finally {
            server.stop();
        }
    }
}
