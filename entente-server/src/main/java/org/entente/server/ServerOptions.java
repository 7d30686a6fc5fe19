package org.entente.server;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the server.
 *
 * @param bind  the address to listen on; anything but a loopback address makes every write
 *              require the token
 * @param port  the port, or 0 for any free one
 * @param cases the folder of cases
 * @param token the write token, if one was configured (ENTENTE_TOKEN); when given, every write
 *              needs it, on any address; when the server binds beyond loopback without one, it
 *              generates one at start
 */
public record ServerOptions(String bind, int port, Path cases, Optional<String> token) {

    /** The default address: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    /** Checks the port range and the required fields. */
    public ServerOptions {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(token, "token");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
        }
        if (token.isPresent() && token.get().length() < 16) {
            throw new IllegalArgumentException("the token must be at least 16 characters, not " + token.get().length());
        }
    }

    /**
     * @param cases the folder of cases
     * @return options for a test or a local run: loopback, any free port, no token
     */
    public static ServerOptions local(Path cases) {
        return new ServerOptions(LOOPBACK, 0, cases, Optional.empty());
    }

    /** @return whether the server listens on this machine only */
    public boolean loopback() {
        return bind.equals("127.0.0.1") || bind.equals("localhost") || bind.equals("::1");
    }
}
