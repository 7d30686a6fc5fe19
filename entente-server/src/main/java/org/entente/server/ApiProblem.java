package org.entente.server;

import java.util.List;
import java.util.Map;

/**
 * A request the server refuses, with the HTTP status to answer and a hint on what to send
 * instead; an edit that does not validate also carries the validator's problems, each located
 * to file, line and column. Rendered as JSON by {@link Errors}; never carries a stack trace to
 * the client.
 */
final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String hint;
    private final transient List<Map<String, Object>> problems;

    ApiProblem(int status, String message, String hint) {
        this(status, message, hint, List.of());
    }

    /**
     * @param problems located problems, each with {@code file, line, column, message, hint} and
     *                 {@code text}, the {@code file:line:column: message} line the command line prints
     */
    ApiProblem(int status, String message, String hint, List<Map<String, Object>> problems) {
        super(message);
        this.status = status;
        this.hint = hint;
        this.problems = List.copyOf(problems);
    }

    static ApiProblem badRequest(String message, String hint) {
        return new ApiProblem(400, message, hint);
    }

    static ApiProblem notFound(String message, String hint) {
        return new ApiProblem(404, message, hint);
    }

    int status() {
        return status;
    }

    String hint() {
        return hint;
    }

    List<Map<String, Object>> problems() {
        return problems;
    }
}
