package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Requests Jetty refuses while parsing them are answered in the app's JSON problem format, not
 * with Jetty's HTML page. Sent over a raw socket: HTTP clients will not send such requests.
 */
class BadMessagesTest {

    @RegisterExtension
    static final Served served = Served.cases();

    /** @return the raw answer to a request sent byte for byte */
    static String raw(String request) {
        try (Socket s = new Socket("127.0.0.1", served.server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode problem(String answer, int status) throws IOException {
        assertThat(answer).startsWith("HTTP/1.1 " + status + " ").containsIgnoringCase("Content-Type: application/json")
                .doesNotContain("<h1>", "Bad Message").contains("X-Content-Type-Options: nosniff")
                .contains("X-Frame-Options: DENY").contains("Content-Security-Policy: ");
        JsonNode body = new ObjectMapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("hint").asText()).contains("/openapi.json");
        return body;
    }

    @Test
    void a_nul_in_the_address_is_a_json_400() throws IOException {
        JsonNode p = problem(raw("GET /api/cases/a%00b HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 400);
        assertThat(p.get("error").asText()).startsWith("the request is malformed");
    }

    @Test
    void a_control_character_in_a_header_is_a_json_400_naming_it() throws IOException {
        JsonNode p = problem(raw("GET /api/cases HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Note: a\u0001b\r\nConnection: close\r\n\r\n"),
                400);
        assertThat(p.get("error").asText()).isEqualTo("the request is malformed: Illegal character CNTL=0x1");
    }

    @Test
    void an_address_or_headers_too_long_are_json_414_and_431() throws IOException {
        String longPath = "/api/cases/" + "a".repeat(20_000);
        assertThat(problem(raw("GET " + longPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 414)
                .get("error").asText()).isEqualTo("the request's address is too long");
        assertThat(problem(raw("GET /api/cases HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n"), 431).get("error").asText()).isEqualTo("the request's headers are too large");
    }
}
