package org.entente.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every request before it is routed: the Host header (403 unless it names this server,
 * against DNS rebinding, see {@link Hosts}), the size limit (413), and for writes the origin
 * (403, against cross-site forms) and, when the server listens beyond this machine, the token
 * (401 without one, 403 with a wrong one). Also sets the security headers on every answer.
 */
final class Guard {

    /** The largest request body accepted: edits are a few kilobytes of text. */
    static final long MAX_BODY = 64 * 1024;

    /** Scripts only from the server itself; inline styles allowed for the charts and Swagger UI. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final Optional<String> token;
    private final Hosts hosts;

    /**
     * @param token the token writes need, or empty when the server listens on loopback only
     * @param hosts the names a request's Host header may give
     */
    Guard(Optional<String> token, Hosts hosts) {
        this.token = token;
        this.hosts = hosts;
    }

    /** Query parameters that may be given more than once: the scenarios' observed signposts. */
    private static final java.util.Set<String> REPEATABLE = java.util.Set.of("observe");

    /** @return the token of an {@code Authorization: Bearer TOKEN} header; the scheme's name is case-insensitive (RFC 9110) */
    static Optional<String> bearer(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.strip();
        int space = h.indexOf(' ');
        return space > 0 && h.substring(0, space).equalsIgnoreCase("Bearer") ? Optional.of(h.substring(space + 1).strip())
                : Optional.empty();
    }

    /**
     * Refuses a request whose Host header does not name this server, reads as well as writes: a
     * page that reached the server under its own name could read the answers as well as write.
     */
    private void host(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || host.isBlank()) {
            throw new ApiProblem(400, "the request has no Host header", "send Host: localhost:" + ctx.req().getLocalPort()
                    + " (or the name you reach the server by)");
        }
        if (!hosts.accepts(host)) {
            throw new ApiProblem(403, "the Host header names '" + Html.clip(host) + "', which is not this server",
                    "this server answers to " + hosts.answersTo() + " (with any port); open it by one of them, "
                            + "or restart entente serve with --allow-host NAME for each other name it should answer to "
                            + "(another name is refused so that no other site's page can reach it through DNS rebinding)");
        }
    }

    void check(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: under no-referrer browsers send "Origin: null" with the pages' own
        // form posts, which the origin check below must refuse; other sites still get no referrer
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        host(ctx);
        long length = ctx.contentLength();
        if (length > MAX_BODY || (length < 0 && "chunked".equalsIgnoreCase(ctx.header("Transfer-Encoding")))) {
            throw new ApiProblem(413, "the request body is over " + MAX_BODY / 1024 + " KB", "send less, or in parts");
        }
        // Javalin would silently take the first value; the user meant one of them
        FormBody.once(ctx.queryParamMap(), REPEATABLE, "the query parameter", "give it once (only 'observe' may repeat)");
        if (READS.contains(ctx.method().name())) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals(ctx.scheme() + "://" + ctx.host())) {
            throw new ApiProblem(403, "a write from another site (" + Html.clip(origin) + ") is refused",
                    "send writes from the Entente pages or from a client without an Origin header");
        }
        if (token.isPresent()) {
            String given = bearer(ctx.header("Authorization")).orElse(ctx.header("X-Entente-Token"));
            if (given == null && String.valueOf(ctx.contentType()).startsWith("application/x-www-form-urlencoded")) {
                given = ctx.formParam("token"); // forms cannot set headers; the origin check above still applies
            }
            if (given == null) {
                throw new ApiProblem(401, "this server needs a token for writes", "send Authorization: Bearer TOKEN");
            }
            if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.get().getBytes(StandardCharsets.UTF_8))) {
                throw new ApiProblem(403, "the token is wrong", "use the server's token: its ENTENTE_TOKEN, or the one it "
                        + "printed at its first start and keeps in its token file (see docs/server.md)");
            }
        }
    }
}
