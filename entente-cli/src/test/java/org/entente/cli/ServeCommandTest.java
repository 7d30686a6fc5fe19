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

    /** --events and --ledger name the files the pages read; a file named must be there. */
    @Test
    void serve_reads_the_event_store_and_ledger_it_is_given(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path store = dir.resolve("events.duckdb");
        Run ingest = Run.entente("events", "ingest", EventsCommandTest.V2, "--store", store.toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        java.nio.file.Path ledger = dir.resolve("ledger.duckdb");
        Run record = Run.entente("forecast", "record", "--ledger", ledger.toString(), "--id", "q1", "--question", "Will it?",
                "--probability", "0.4", "--resolves", "2030-01-01");
        assertThat(record.code()).as(record.err()).isZero();
        Run r = Run.entente("serve", "--port", "0", "--events", store.toString(), "--ledger", ledger.toString(), "--check");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("reads the event store " + store + " and the forecast ledger " + ledger + "\n");
        Run missing = Run.entente("serve", "--port", "0", "--events", dir.resolve("nope.duckdb").toString(), "--check");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--events " + dir.resolve("nope.duckdb") + ": no such file; name an event store")
                .doesNotContain("Exception");
        java.nio.file.Path text = java.nio.file.Files.writeString(dir.resolve("notes.txt"), "not a ledger\n");
        Run notDuck = Run.entente("serve", "--port", "0", "--ledger", text.toString(), "--check");
        assertThat(notDuck.code()).isEqualTo(2);
        assertThat(notDuck.err()).contains("--ledger " + text + " is not a DuckDB file; name a forecast ledger");
        Run folder = Run.entente("serve", "--port", "0", "--ledger", dir.toString(), "--check");
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).contains("--ledger " + dir + " is a folder; name a forecast ledger file");
    }

    /** --allow-host takes names a Host header can carry, without a port; --help explains it. */
    @Test
    void serve_takes_allowed_host_names_and_refuses_one_with_a_port() {
        Run ok = Run.entente("serve", "--port", "0", "--allow-host", "entente.lan", "--allow-host", "10.0.0.5", "--check");
        assertThat(ok.code()).as(ok.err()).isZero();
        Run port = Run.entente("serve", "--port", "0", "--allow-host", "entente.lan:8080", "--check");
        assertThat(port.code()).isEqualTo(2);
        assertThat(port.err()).contains("--allow-host 'entente.lan:8080': give the name alone, without a port");
        Run help = Run.entente("serve", "--help");
        assertThat(help.out().replaceAll("\\s+", " ")).contains("--allow-host=NAME").contains("DNS rebinding");
    }

    /**
     * Beyond loopback without ENTENTE_TOKEN, the first start makes a token, keeps it in a file of
     * the user's alone and prints it; a restart takes the same token and says where it is kept
     * without printing it. (The file is named by the property entente.token.file, since a test
     * cannot set XDG_CONFIG_HOME for its own process.)
     */
    @Test
    void serve_beyond_loopback_prints_a_new_token_once_and_keeps_it_across_restarts(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // ENTENTE_TOKEN set in the environment wins, and no token file is made (docs/server.md)
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("ENTENTE_TOKEN") == null,
                "ENTENTE_TOKEN is set for this run");
        java.nio.file.Path file = dir.resolve("entente/token");
        System.setProperty("entente.token.file", file.toString());
        try {
            Run first = Run.entente("serve", "--bind", "0.0.0.0", "--port", "0", "--check");
            assertThat(first.code()).as(first.err()).isZero();
            assertThat(file).exists();
            String token = java.nio.file.Files.readString(file).strip();
            assertThat(first.out()).contains("writes need this token, made now and kept in " + file
                    + " (readable by you alone; shown only this once; set ENTENTE_TOKEN to choose your own): " + token);
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            Run second = Run.entente("serve", "--bind", "0.0.0.0", "--port", "0", "--check");
            assertThat(second.code()).as(second.err()).isZero();
            assertThat(second.out()).contains("writes need the token kept in " + file + " (made at the first start")
                    .doesNotContain(token);
            assertThat(java.nio.file.Files.readString(file).strip()).isEqualTo(token);
            java.nio.file.Files.writeString(file, "short\n");
            Run broken = Run.entente("serve", "--bind", "0.0.0.0", "--port", "0", "--check");
            assertThat(broken.code()).isEqualTo(2);
            assertThat(broken.err()).contains("the token file " + file + " holds no token").doesNotContain("Exception");
        } finally {
            System.clearProperty("entente.token.file");
        }
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

    /**
     * A case attaching a treaty text that {@code treaty code} refuses (here an empty file) is refused
     * by the server started as the command starts it, as {@code validate} refuses it; the quick check
     * of the first bytes alone let it through.
     */
    @Test
    void the_server_refuses_a_case_whose_treaty_text_validate_refuses(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(dir.resolve("russia-dprk"));
        String text = java.nio.file.Files.readString(java.nio.file.Path.of(Run.CASES, "russia-dprk", "case.yaml"));
        String attached = text.replaceFirst("(?m)^(    status: [a-z-]+)$", "$1\n    text: treaty.txt");
        assertThat(attached).isNotEqualTo(text);
        java.nio.file.Files.writeString(folder.resolve("case.yaml"), attached);
        java.nio.file.Files.copy(java.nio.file.Path.of(Run.CASES, "russia-dprk", "sources.tsv"), folder.resolve("sources.tsv"));
        java.nio.file.Files.write(folder.resolve("treaty.txt"), new byte[0]);
        assertThat(Run.in(dir.toString(), "validate", folder.toString()).code()).isEqualTo(2);

        org.entente.server.ServerOptions options = ServeCommand.options("127.0.0.1", 0, dir, java.util.Optional.empty());
        assertThat(get(options, "/api/cases/russia-dprk")).startsWith("409 ").contains("treaty text 'treaty.txt' cannot be read: "
                + "the file is empty");
        // the quick check alone, as the server had it
        assertThat(get(org.entente.server.ServerOptions.local(dir), "/api/cases/russia-dprk")).startsWith("200 ");
    }

    /** @return the status and body of a GET on a server started with these options */
    private static String get(org.entente.server.ServerOptions options, String path) throws Exception {
        org.entente.server.EntenteServer server = org.entente.server.EntenteServer.start(options);
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + " " + r.body();
        } finally {
            server.stop();
        }
    }
}
