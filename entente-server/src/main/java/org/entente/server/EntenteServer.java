package org.entente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The Entente web app and JSON API on Javalin. {@link #start} binds and returns at once; the
 * server answers on its own threads until {@link #stop}.
 *
 * <pre>{@code
 * EntenteServer s = EntenteServer.start(ServerOptions.local(Path.of("cases")));
 * // http://127.0.0.1:{s.port()}/
 * s.stop();
 * }</pre>
 */
public final class EntenteServer implements AutoCloseable {

    private final Javalin app;
    private final Optional<String> token;
    private final boolean generated;

    private EntenteServer(Javalin app, Optional<String> token, boolean generated) {
        this.app = app;
        this.token = token;
        this.generated = generated;
    }

    /**
     * Builds the routes and starts listening.
     *
     * @param options address, port, cases folder and token
     * @return the running server
     */
    public static EntenteServer start(ServerOptions options) {
        boolean generate = generates(options);
        Optional<String> token = generate ? Optional.of(newToken()) : options.token();
        ObjectMapper mapper = JsonMapping.mapper();
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = Guard.MAX_BODY;
            cfg.http.prefer405over404 = true;   // a known path with the wrong method: 405, as docs/server.md says
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/org/entente/server/static";
                sf.location = Location.CLASSPATH;
            });
            cfg.staticFiles.enableWebjars();
            // requests Jetty refuses before routing get the same JSON problem as the rest, not its HTML page
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new BadMessages(mapper)));
        });
        Library library = new Library(options.cases(), mapper, options.treatyTexts());
        Guard guard = new Guard(token, Hosts.of(options));
        app.before(guard::check);
        Routes routes = new Routes(app);
        Errors.register(app, routes);
        CaseEdits edits = new CaseEdits(library, new AuditLog());
        Api api = new Api(library, new Forecasts(library), new Dyads(library), edits, token.isPresent(),
                new Treaties(library, mapper), new ForecastLedger(options.ledger()), new EventSeries(options.events()));
        api.register(routes);
        new EditRoutes(api, mapper).register(routes);
        new Pages(api, mapper).register(routes);
        app.start(options.bind(), options.port());
        warm(library, api.dyads());
        return new EntenteServer(app, token, generate);
    }

    /**
     * Reads and assesses every case and the reference pairs on a background thread, so that the
     * first visitor does not wait for data extracts to be cut. A failure here is left for the
     * request that meets it to report.
     */
    private static void warm(Library library, Dyads dyads) {
        Thread t = new Thread(() -> {
            try {
                library.summaries();
                dyads.references();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(EntenteServer.class).warn("warming the caches failed: {}", e.getMessage());
            }
        }, "entente-warm");
        t.setDaemon(true);
        t.start();
    }

    /** @return whether the server must make its own write token: beyond loopback, with none configured */
    static boolean generates(ServerOptions options) {
        return !options.loopback() && options.token().isEmpty();
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** @return the port the server listens on (useful after asking for port 0) */
    public int port() {
        return app.port();
    }

    /** @return the token writes need, when the server listens beyond this machine */
    public Optional<String> token() {
        return token;
    }

    /** @return whether the token was generated at start (and so must be shown to the user once) */
    public boolean tokenGenerated() {
        return generated;
    }

    /** Stops listening and releases the port. */
    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
