package org.entente.server;

/**
 * A request the server refuses, with the HTTP status to answer and a hint on what to send
 * instead. Rendered as JSON by {@link Errors}; never carries a stack trace to the client.
 */
final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String hint;

    ApiProblem(int status, String message, String hint) {
        super(message);
        this.status = status;
        this.hint = hint;
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
}
