package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DNS rebinding: a page of another site whose name was made to resolve to 127.0.0.1 reaches the
 * server with its own name as Host and its own origin, so the origin check passes. A server on
 * loopback answers only to loopback names, reads as well as writes. Sent over a raw socket, since
 * Java's HTTP clients will not set Host.
 */
class HostHeaderTest {

    @RegisterExtension
    static final Served served = Served.cases();

    static final String EVENT = "{\"id\": \"%s\", \"date\": \"2025-02-01\", \"title\": \"Written by another site\","
            + " \"dimensions\": [\"diplomatic\"], \"direction\": \"context\", \"sources\": [\"brief-2025\"]}";

    /** @return the raw answer to a request sent byte for byte */
    static String raw(int port, String request) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String get(int port, String path, String host, String accept) {
        return raw(port, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n");
    }

    static String post(int port, String host, String origin, String id) {
        String event = EVENT.formatted(id);
        byte[] body = event.getBytes(StandardCharsets.UTF_8);
        return raw(port, "POST /api/cases/iran-russia/timeline HTTP/1.1\r\nHost: " + host + "\r\nOrigin: " + origin
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n" + event);
    }

    static JsonNode problem(String answer, int status) throws IOException {
        assertThat(answer).startsWith("HTTP/1.1 " + status + " ").containsIgnoringCase("Content-Type: application/json");
        return new ObjectMapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
    }

    @Test
    void a_write_under_another_sites_name_is_refused_and_nothing_is_written() throws IOException {
        Path file = served.cases.resolve("iran-russia/case.yaml");
        String before = Files.readString(file);
        int port = served.server.port();
        String evil = "evil.example:" + port;
        JsonNode p = problem(post(port, evil, "http://" + evil, "rebinding-probe"), 403);
        assertThat(p.get("error").asText()).isEqualTo("the Host header names 'evil.example:" + port + "', which is not this server");
        assertThat(p.get("hint").asText()).contains("localhost, 127.0.0.1 and [::1]").contains("--allow-host NAME")
                .contains("DNS rebinding");
        assertThat(Files.readString(file)).isEqualTo(before);
        Path audit = served.cases.resolve("iran-russia/audit.jsonl");
        assertThat(Files.exists(audit) ? Files.readString(audit) : "").doesNotContain("rebinding-probe");
    }

    @Test
    void reads_under_another_name_are_refused_too_as_json_or_as_a_page() throws IOException {
        int port = served.server.port();
        JsonNode p = problem(get(port, "/api/cases/iran-russia", "attacker.example", "application/json"), 403);
        assertThat(p.get("error").asText()).contains("'attacker.example'");
        String page = get(port, "/cases/iran-russia", "attacker.example:" + port, "text/html");
        assertThat(page).startsWith("HTTP/1.1 403 ").containsIgnoringCase("Content-Type: text/html")
                .contains("which is not this server").contains("--allow-host NAME").doesNotContain("Iran");
        // a name that only starts like a loopback one
        problem(get(port, "/api/cases", "localhost.evil.example:" + port, "application/json"), 403);
        problem(get(port, "/api/cases", "127.0.0.1.nip.io", "application/json"), 403);
    }

    @Test
    void loopback_names_with_or_without_a_port_are_answered() {
        int port = served.server.port();
        for (String host : new String[] {"localhost", "localhost:" + port, "127.0.0.1", "127.0.0.1:" + port, "[::1]",
                "[::1]:" + port, "LocalHost:" + port, "localhost:8080"}) {
            assertThat(get(port, "/api/cases", host, "application/json")).as(host).startsWith("HTTP/1.1 200 ");
        }
    }

    @Test
    void a_write_from_a_loopback_name_still_lands() throws IOException {
        int port = served.server.port();
        String answer = post(port, "localhost:" + port, "http://localhost:" + port, "loopback-write");
        assertThat(answer).startsWith("HTTP/1.1 201 ");
        assertThat(Files.readString(served.cases.resolve("iran-russia/case.yaml"))).contains("id: loopback-write");
    }
}
