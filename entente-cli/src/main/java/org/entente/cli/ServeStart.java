package org.entente.cli;

import org.entente.server.EntenteServer;
import org.entente.server.ServerOptions;

/**
 * Starts the server, turning an address or port that cannot be bound, or a token file that cannot be
 * read or written, into bad input (exit code 2).
 */
final class ServeStart {

    private ServeStart() {
    }

    static EntenteServer start(ServerOptions options) {
        try {
            return EntenteServer.start(options);
        } catch (org.entente.server.TokenFile.TokenFileException e) {
            throw e.badInput() ? new Failures.BadInputException(e.getMessage()) : new Failures.FailedException(e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e.getClass().getSimpleName().contains("Bind") || e.getCause() instanceof java.net.BindException) {
                // Javalin's own message blames a busy port whatever the cause; the socket's says what it was
                Throwable root = e;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                String m = String.valueOf(root.getMessage());
                String why = m.contains("in use") ? "the port is in use"
                        : m.contains("assign") ? "this machine has no such address"
                        : root instanceof java.nio.channels.UnresolvedAddressException ? "not an address" : m;
                throw new Failures.BadInputException("cannot listen on " + options.bind() + ":" + options.port()
                        + " (" + why + "); pick another --port, or a --bind address of this machine (127.0.0.1, 0.0.0.0)");
            }
            throw e;
        }
    }
}
