package org.entente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
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
    /** The token kept in a file, when the server made or read one there. */
    private final Optional<TokenFile.Token> kept;

    private EntenteServer(Javalin app, Optional<String> token, Optional<TokenFile.Token> kept) {
        this.app = app;
        this.token = token;
        this.kept = kept;
    }

    /**
     * Builds the routes and starts listening.
     *
     * @param options address, port, cases folder and token
     * @return the running server
     * @throws TokenFile.TokenFileException when the server needs the token file and cannot read or write it
     */
    public static EntenteServer start(ServerOptions options) {
        Optional<TokenFile.Token> kept = generates(options) ? Optional.of(TokenFile.readOrCreate(options.tokenFile()))
                : Optional.empty();
        try {
            return start(options, kept);
        } catch (RuntimeException e) {
            kept.ifPresent(TokenFile::forget);   // not started: the next start makes and shows a token again
            throw e;
        }
    }

    private static EntenteServer start(ServerOptions options, Optional<TokenFile.Token> kept) {
        Optional<String> token = kept.map(TokenFile.Token::value).or(options::token);
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
        return new EntenteServer(app, token, kept);
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

    /**
     * @return whether the server must use a write token of its own: beyond loopback, with none
     * configured; it is kept in {@link ServerOptions#tokenFile()}, made at the first start
     */
    static boolean generates(ServerOptions options) {
        return !options.loopback() && options.token().isEmpty();
    }

    /** @return the port the server listens on (useful after asking for port 0) */
    public int port() {
        return app.port();
    }

    /** @return the token writes need, when the server listens beyond this machine */
    public Optional<String> token() {
        return token;
    }

    /** @return whether the token was generated at this start (and so must be shown to the user, this once) */
    public boolean tokenGenerated() {
        return kept.map(TokenFile.Token::created).orElse(false);
    }

    /** @return the file keeping the token, when the server uses one of its own (made now or at an earlier start) */
    public Optional<java.nio.file.Path> tokenFile() {
        return kept.map(TokenFile.Token::file);
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
