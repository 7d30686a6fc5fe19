package org.entente.cli;

import org.entente.server.EntenteServer;
import org.entente.server.ServerOptions;

/** Starts the server, turning an address or port that cannot be bound into bad input (exit code 2). */
final class ServeStart {

    private ServeStart() {
    }

    static EntenteServer start(ServerOptions options) {
        try {
            return EntenteServer.start(options);
        } catch (RuntimeException e) {
            if (e.getClass().getSimpleName().contains("Bind") || e.getCause() instanceof java.net.BindException) {
                throw new Failures.BadInputException("cannot listen on " + options.bind() + ":" + options.port()
                        + " (" + e.getMessage() + "); pick another --port or --bind");
            }
            throw e;
        }
    }
}
