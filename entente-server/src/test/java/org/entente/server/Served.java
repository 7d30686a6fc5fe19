package org.entente.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server started in-process on a free port over a copy of the built-in cases, and a small
 * HTTP client for it. Tests talk to it over real HTTP. As a JUnit extension
 * ({@code @RegisterExtension static final Served served = Served.cases();}) it makes a fresh copy
 * and starts before the class's tests, and stops and deletes the copy after them.
 */
final class Served implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    /** The project's built-in cases, copied so that tests may change their copy. */
    static final Path BUILT_IN = Path.of("..", "cases");

    private static final ObjectMapper JSON = new ObjectMapper();

    EntenteServer server;
    /** The folder of the server's cases (the ledger and event store files sit in it too). */
    Path cases;
    private final Setup setup;
    /** The temporary folder an extension made, holding the cases and a scratch folder; null otherwise. */
    private Path root;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Served(EntenteServer server, Path cases) {
        this.server = server;
        this.cases = cases;
        this.setup = null;
    }

    private Served(Setup setup) {
        this.setup = setup;
    }

    /** What a test class does to its copy of the cases before the server starts. */
    interface Setup {
        /**
         * @param cases   the copy of the built-in cases the server will read
         * @param scratch a folder of the test's own, outside the cases
         */
        void prepare(Path cases, Path scratch) throws IOException;
    }

    /** @return an extension serving an unchanged copy of the built-in cases */
    static Served cases() {
        return cases((c, s) -> { });
    }

    /** @return an extension serving a copy of the built-in cases that {@code setup} prepared */
    static Served cases(Setup setup) {
        return new Served(setup);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        root = Files.createTempDirectory("entente-served-");
        cases = Files.createDirectory(root.resolve("cases"));
        copy(BUILT_IN, cases);
        setup.prepare(cases, Files.createDirectory(root.resolve("scratch")));
        server = EntenteServer.start(inside(ServerOptions.local(cases)));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            close();
        } finally {
            if (root == null) {
                return;   // beforeAll failed before making the folder: its error is the one to see
            }
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Starts a server over a copy of the built-in cases in {@code folder}. */
    static Served start(Path folder) {
        return start(folder, Optional.empty());
    }

    static Served start(Path folder, Optional<String> token) {
        copy(BUILT_IN, folder);
        return new Served(EntenteServer.start(inside(new ServerOptions(ServerOptions.LOOPBACK, 0, folder, token))), folder);
    }

    /**
     * The forecast ledger and event store a test server reads: files beside the cases in the test's
     * folder (the case library lists folders only), absent until a test makes them, so that no
     * test ever reads the user's own.
     */
    static ServerOptions inside(ServerOptions options) {
        return options.withLedger(ledger(options.cases())).withEvents(events(options.cases()));
    }

    static Path ledger(Path folder) {
        return folder.resolve("ledger.duckdb");
    }

    static Path events(Path folder) {
        return folder.resolve("events.duckdb");
    }

    /** Stops the server and starts a new one over the same folder: what a restart leaves on disk is all it sees. */
    void restart() {
        server.stop();
        server = EntenteServer.start(inside(ServerOptions.local(cases)));
    }

    /** Sends a JSON body with the given method, and optional headers as name, value pairs. */
    HttpResponse<String> send(String method, String path, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
    }
}
