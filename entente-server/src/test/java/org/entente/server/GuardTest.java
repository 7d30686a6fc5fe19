package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes need the token when one is set, and never come from another site. */
class GuardTest {

    static final String TOKEN = "a-test-token-of-enough-length";

    @TempDir
    static Path folder;

    static Served served;

    @BeforeAll
    static void start() {
        served = Served.start(folder, Optional.of(TOKEN));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private HttpRequest.Builder post() {
        return HttpRequest.newBuilder(URI.create(served.base() + "/api/cases")).POST(HttpRequest.BodyPublishers.ofString("{}"));
    }

    @Test
    void write_without_token_is_401() {
        assertThat(served.send(post()).statusCode()).isEqualTo(401);
    }

    @Test
    void write_with_wrong_token_is_403() {
        assertThat(served.send(post().header("Authorization", "Bearer wrong-token-but-long")).statusCode()).isEqualTo(403);
    }

    @Test
    void write_from_another_origin_is_403_even_with_the_token() {
        assertThat(served.send(post().header("Authorization", "Bearer " + TOKEN).header("Origin", "https://evil.example"))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void write_with_the_token_passes_the_guard() {
        int status = served.send(post().header("Authorization", "Bearer " + TOKEN)).statusCode();
        assertThat(status).isNotIn(401, 403);
    }

    @Test
    void the_bearer_scheme_is_case_insensitive() {
        for (String scheme : new String[] {"bearer", "BEARER", "Bearer"}) {
            int status = served.send(post().header("Authorization", scheme + " " + TOKEN)).statusCode();
            assertThat(status).as(scheme).isNotIn(401, 403);
        }
        assertThat(served.send(post().header("Authorization", "Basic " + TOKEN)).statusCode()).isEqualTo(401);
    }

    @Test
    void reads_need_no_token() {
        assertThat(served.get("/api/cases").statusCode()).isEqualTo(200);
    }

    @Test
    void binding_beyond_loopback_generates_a_token() {
        assertThat(EntenteServer.generates(new ServerOptions("0.0.0.0", 0, folder, Optional.empty()))).isTrue();
        assertThat(EntenteServer.generates(new ServerOptions("0.0.0.0", 0, folder, Optional.of(TOKEN)))).isFalse();
        assertThat(EntenteServer.generates(ServerOptions.local(folder))).isFalse();
    }

    @Test
    void rejects_a_short_token_or_a_bad_port() {
        assertThatThrownBy(() -> new ServerOptions("127.0.0.1", 0, folder, Optional.of("short")))
                .hasMessageContaining("16 characters");
        assertThatThrownBy(() -> new ServerOptions("127.0.0.1", 70_000, folder, Optional.empty()))
                .hasMessageContaining("70000");
    }
}
