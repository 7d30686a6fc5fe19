package org.entente.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.entente.server.EntenteServer;
import org.entente.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente serve}: the web app and JSON API, until interrupted. */
@Command(name = "serve", description = {"Serve the web app and the JSON API (see docs/server.md).",
        "  entente serve                  http://127.0.0.1:7070/, this machine only",
        "  entente serve --bind 0.0.0.0   reachable from other machines; writes need",
        "                                 a token: ENTENTE_TOKEN if set, else one made",
        "                                 at the first start, printed once and kept in",
        "                                 $XDG_CONFIG_HOME/entente/token (default",
        "                                 ~/.config/entente/token), yours alone"})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    Entente root;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on; 0 for any free one (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = ServerOptions.LOOPBACK, paramLabel = "ADDRESS",
            description = "Address to listen on (default ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--allow-host", paramLabel = "NAME", description = {
            "Also answer to NAME in a request's Host header, e.g. the name a reverse proxy or the network's DNS gives "
                    + "this machine; repeat for more. Without it the server answers only to the address it listens on "
                    + "(on 127.0.0.1: localhost, 127.0.0.1 and [::1]; on 0.0.0.0: this machine's addresses) and refuses "
                    + "other names (403), so that no other site's page can reach it through DNS rebinding."})
    java.util.List<String> allowHosts = new java.util.ArrayList<>();

    @Option(names = "--events", paramLabel = "FILE", description = "Event store the events pages and API read "
            + "(default: as the events commands, $ENTENTE_EVENTS or the default path; see docs/events.md).")
    java.nio.file.Path events;

    @Option(names = "--ledger", paramLabel = "FILE", description = "Forecast ledger the forecasts page and API read "
            + "(default: as the forecast commands, $ENTENTE_LEDGER or the default path; see docs/scenarios.md).")
    java.nio.file.Path ledger;

    @Option(names = "--check", hidden = true, description = "Start, print the address, and stop (for tests and health checks).")
    boolean check;

    /**
     * @return the server's options as the command gives them: attached treaty texts are read as
     * {@code entente treaty code} reads them, so that the server takes a case when {@code validate} does
     * @throws IllegalArgumentException for a port out of range or a token too short
     */
    static ServerOptions options(String bind, int port, java.nio.file.Path cases, Optional<String> token) {
        return new ServerOptions(bind, port, cases, token).withTreatyTexts(Workspace::treatyText);
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Optional<String> token = Optional.ofNullable(System.getenv("ENTENTE_TOKEN")).filter(t -> !t.isBlank());
        java.nio.file.Path cases = root.workspace().library().root();
        if (!java.nio.file.Files.isDirectory(cases)) {
            throw new Failures.BadInputException("the cases folder " + cases + " is not a folder; give with --cases DIR "
                    + "the folder that holds one folder per case (as ./cases does)");
        }
        ServerOptions options;
        try {
            options = options(bind, port, root.workspace().library().root(), token).withAllowedHosts(allowHosts);
        } catch (IllegalArgumentException e) {
            throw new Failures.BadInputException(e.getMessage());
        }
        // a file named here must be there: the server reads these, it never makes them
        if (events != null) {
            options = options.withEvents(named(events, "--events", "an event store",
                    "make one with 'entente events ingest FILES --store " + events + "'"));
        }
        if (ledger != null) {
            options = options.withLedger(named(ledger, "--ledger", "a forecast ledger",
                    "start one with 'entente forecast record --ledger " + ledger + " ...'"));
        }
        EntenteServer server = ServeStart.start(options);
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        out.println("Entente is serving " + options.cases() + " at http://" + host + ":" + server.port() + "/");
        out.println("  API: /api/cases   OpenAPI: /openapi.json   Swagger UI: /api-docs");
        out.println("  reads the event store " + options.events() + (java.nio.file.Files.isRegularFile(options.events()) ? ""
                : " (none there yet)") + " and the forecast ledger " + options.ledger()
                + (java.nio.file.Files.isRegularFile(options.ledger()) ? "" : " (none there yet)"));
        if (server.tokenGenerated()) {
            out.println("  writes need this token, made now and kept in " + server.tokenFile().orElseThrow()
                    + " (readable by you alone; shown only this once; set ENTENTE_TOKEN to choose your own): "
                    + server.token().orElseThrow());
        } else if (server.tokenFile().isPresent()) {
            out.println("  writes need the token kept in " + server.tokenFile().get()
                    + " (made at the first start; set ENTENTE_TOKEN to choose your own)");
        }
        out.flush();
        if (check) {
            server.stop();
            return 0;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "entente-serve-stop"));
        stopped.await();
        return 0;
    }

    /**
     * @param what the kind of file, e.g. "an event store"
     * @param how  how to make one, for the hint when the file is not there
     * @return the file, which must be a DuckDB file that is there: anything else is bad input naming the option
     */
    private static java.nio.file.Path named(java.nio.file.Path file, String option, String what, String how) {
        if (java.nio.file.Files.isDirectory(file)) {
            throw new Failures.BadInputException(option + " " + file + " is a folder; name " + what + " file");
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new Failures.BadInputException(option + " " + file + ": no such file; name " + what + " (" + how
                    + "), or leave " + option + " out for the default");
        }
        if (!java.nio.file.Files.isReadable(file)) {
            throw new Failures.BadInputException(option + " " + file + ": cannot be read; make it readable, or leave "
                    + option + " out for the default");
        }
        if (!org.entente.duckdb.DuckFile.isDatabase(file)) {
            throw new Failures.BadInputException(option + " " + file + " is not a DuckDB file; name " + what
                    + " (a .duckdb file Entente wrote), or leave " + option + " out for the default");
        }
        return file.toAbsolutePath().normalize();
    }
}
