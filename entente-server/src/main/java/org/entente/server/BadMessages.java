package org.entente.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Answers the requests Jetty refuses while parsing them, before there is a request to route (a
 * NUL or a control character in the address or a header, an address or headers over the size
 * limits), in the JSON problem format {@link Errors} gives everything else, instead of Jetty's
 * own {@code <h1>Bad Message 400</h1>} page. Jetty calls {@link #badMessageError} of the
 * server's error handler for these (see {@code ErrorHandler} in Jetty 11); only the status, the
 * reason and the headers are known then, so every client gets JSON.
 */
final class BadMessages extends ErrorHandler {

    private final ObjectMapper mapper;

    BadMessages(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        if (HttpStatus.hasNoBody(status)) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message(status, reason));
        body.put("hint", status == 414 || status == 431 ? "send a shorter request; see /openapi.json for the API"
                : "the request is not well-formed HTTP (a character HTTP does not allow in the address or a header, or "
                + "a missing Host header); see /openapi.json for the API");
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        // the headers every other answer carries (Guard)
        fields.put("Content-Security-Policy", Guard.CSP);
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put("Referrer-Policy", "same-origin");
        fields.put("X-Frame-Options", "DENY");
        try {
            return ByteBuffer.wrap(mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a problem as JSON", e);
        }
    }

    private static String message(int status, String reason) {
        return switch (status) {
            case 414 -> "the request's address is too long";
            case 431 -> "the request's headers are too large";
            default -> "the request is malformed" + (reason == null || reason.isBlank() || reason.equals("Bad Request") ? ""
                    : ": " + Html.clip(reason.replaceAll("[^\\x20-\\x7e]", "?")));
        };
    }
}
