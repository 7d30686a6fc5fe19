package org.entente.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.casefile.TreatyTextCheck;

/**
 * How to run the server.
 *
 * @param bind   the address to listen on; anything but a loopback address makes every write
 *               require the token
 * @param port   the port, or 0 for any free one
 * @param cases  the folder of cases
 * @param token  the write token, if one was configured (ENTENTE_TOKEN); when given, every write
 *               needs it, on any address; when the server binds beyond loopback without one, it
 *               takes the one in {@code tokenFile}, generating it at the first start
 * @param ledger the forecast ledger the forecasts page reads (never writes)
 * @param events the event store the events pages read (never write)
 * @param treatyTexts how a case's attached treaty texts are checked when it is read: the command
 *               line passes {@code entente treaty code}'s reader, so that the server takes a case
 *               exactly when {@code entente validate} does; without one, the quick check of the first
 *               bytes ({@link TreatyTextCheck#sniff()})
 * @param allowHosts more names the server answers to in a request's {@code Host} header, besides
 *               the address it listens on (on loopback: localhost, 127.0.0.1 and [::1]); any
 *               other Host is refused, against DNS rebinding (see {@link Hosts})
 * @param tokenFile where a server beyond loopback without a configured token keeps the token it
 *               generates at its first start and reads at every later one ({@link TokenFile})
 */
public record ServerOptions(String bind, int port, Path cases, Optional<String> token, Path ledger, Path events,
                            TreatyTextCheck treatyTexts, List<String> allowHosts, Path tokenFile) {

    /** The default address: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    /** Checks the port range and the required fields. */
    public ServerOptions {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(treatyTexts, "treatyTexts");
        Objects.requireNonNull(tokenFile, "tokenFile");
        allowHosts = allowHosts.stream().map(String::strip).toList();
        for (String name : allowHosts) {
            Hosts.refusal(name).ifPresent(why -> {
                throw new IllegalArgumentException("--allow-host '" + name + "': " + why);
            });
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
        }
        if (token.isPresent() && token.get().length() < 16) {
            throw new IllegalArgumentException("the token must be at least 16 characters, not " + token.get().length());
        }
    }

    /**
     * Options with the ledger and event store the command line would use (see {@link #defaultLedger}
     * and {@link #defaultEvents}).
     */
    public ServerOptions(String bind, int port, Path cases, Optional<String> token) {
        this(bind, port, cases, token, defaultLedger(), defaultEvents(), TreatyTextCheck.sniff(), List.of(), TokenFile.defaultFile());
    }

    /**
     * @param cases the folder of cases
     * @return options for a test or a local run: loopback, any free port, no token
     */
    public static ServerOptions local(Path cases) {
        return new ServerOptions(LOOPBACK, 0, cases, Optional.empty());
    }

    /** @return these options reading another forecast ledger */
    public ServerOptions withLedger(Path file) {
        return new ServerOptions(bind, port, cases, token, file, events, treatyTexts, allowHosts, tokenFile);
    }

    /** @return these options reading another event store */
    public ServerOptions withEvents(Path file) {
        return new ServerOptions(bind, port, cases, token, ledger, file, treatyTexts, allowHosts, tokenFile);
    }

    /** @return these options checking attached treaty texts with another reader */
    public ServerOptions withTreatyTexts(TreatyTextCheck check) {
        return new ServerOptions(bind, port, cases, token, ledger, events, check, allowHosts, tokenFile);
    }

    /**
     * @param names host names (or addresses) the server should answer to besides its own address,
     *              e.g. the name a reverse proxy or a LAN's DNS gives it
     * @return these options answering to those names too
     * @throws IllegalArgumentException for a name that cannot be a Host header's (a port, a space)
     */
    public ServerOptions withAllowedHosts(List<String> names) {
        return new ServerOptions(bind, port, cases, token, ledger, events, treatyTexts, names, tokenFile);
    }

    /** @return these options keeping a generated token in another file */
    public ServerOptions withTokenFile(Path file) {
        return new ServerOptions(bind, port, cases, token, ledger, events, treatyTexts, allowHosts, file);
    }

    /** @return whether the server listens on this machine only */
    public boolean loopback() {
        return bind.equals("127.0.0.1") || bind.equals("localhost") || bind.equals("::1");
    }

    /** @return the ledger {@code entente forecast} uses: {@code entente.ledger}, else $ENTENTE_LEDGER, else the per-user file */
    public static Path defaultLedger() {
        return configured("entente.ledger", "ENTENTE_LEDGER", "ledger.duckdb");
    }

    /** @return the store {@code entente events} uses: {@code entente.events}, else $ENTENTE_EVENTS, else the per-user file */
    public static Path defaultEvents() {
        return configured("entente.events", "ENTENTE_EVENTS", "events.duckdb");
    }

    private static Path configured(String property, String variable, String file) {
        String p = System.getProperty(property);
        if (p != null && !p.isBlank()) {
            return Path.of(p);
        }
        String env = System.getenv(variable);
        return env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".local", "share", "entente", file);
    }
}
