package org.entente.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.casefile.CaseFileException;
import org.entente.casefile.CaseNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns failures into HTTP answers: a JSON body {@code {"status", "error",
 * "hint"}} under {@code /api} and for API clients, a short HTML page otherwise. The stack trace
 * of an unexpected failure goes to the server's log, never to the client.
 */
final class Errors {

    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    static void register(Javalin app, Routes routes) {
        app.exception(ApiProblem.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage(), e.hint(), List.of(),
                e.problems()));
        app.exception(CaseNotFoundException.class, (e, ctx) -> answer(ctx, 404, e.getMessage(), e.hint(), List.of()));
        // the case file is at fault, not the request or the server: 409, each problem as 'folder/file:line:column: message'
        app.exception(CaseFileException.class, (e, ctx) -> answer(ctx, 409, "a case file does not validate",
                "fix it (entente validate lists every problem with a hint), then ask again",
                e.diagnostics().stream().map(Errors::located).limit(50).toList()));
        // a year the data does not reach is a bad parameter, not a missing resource (Dyads names the year itself)
        app.exception(org.entente.spectrum.NoDataException.class, (e, ctx) -> answer(ctx, 400, e.getMessage(),
                "each bundled dataset ends in a year of its own, the last in "
                        + org.entente.reference.panel.DyadPanels.lastCovered(org.entente.reference.data.Bundle.bundled())
                        + " (docs/dyad-data.md lists them); ask for an earlier year", List.of()));
        app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), message(e), "", List.of()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "the server failed to answer this request", "the server's log has the details", List.of());
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                answer(ctx, 404, "nothing at " + Html.clip(ctx.path()), "see /openapi.json for the API", List.of());
            }
        });
        app.error(405, ctx -> {
            // HTTP requires Allow with a 405; the method as sent, since Javalin calls every method it does not know INVALID
            String allow = routes.allowFor(ctx.path());
            if (allow != null) {
                ctx.header("Allow", allow);
            }
            answer(ctx, 405, Html.clip(ctx.req().getMethod()) + " is not allowed on " + Html.clip(ctx.path()),
                    allow == null ? "" : "this route takes " + allow, List.of());
        });
    }

    /** A problem placed in the case library, without the server's own folders. */
    static String located(org.entente.casefile.Diagnostic d) {
        java.nio.file.Path f = d.file();
        String where = f.getParent() != null && f.getParent().getFileName() != null
                ? f.getParent().getFileName() + "/" + f.getFileName() : String.valueOf(f.getFileName());
        return where + ":" + d.line() + ":" + d.column() + ": " + d.message();
    }

    private static String message(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 413 -> "the request is too large";
            case 404 -> "not found";
            default -> e.getMessage() == null ? "request refused" : e.getMessage();
        };
    }

    /** Writes the error as JSON for API paths and API clients, as a page for browsers. */
    static void answer(Context ctx, int status, String message, String hint, List<String> details) {
        answer(ctx, status, message, hint, details, List.of());
    }

    /** As above, with the located problems of an edit that does not validate. */
    static void answer(Context ctx, int status, String message, String hint, List<String> details,
                       List<Map<String, Object>> problems) {
        ctx.status(status);
        String accept = ctx.header("Accept");
        boolean page = !ctx.path().startsWith("/api") && accept != null && accept.contains("text/html");
        if (page) {
            StringBuilder list = new StringBuilder();
            problems.forEach(p -> list.append("<li>").append(Html.text(p.get("text"))).append("</li>"));
            details.forEach(d -> list.append("<li>").append(Html.text(d)).append("</li>"));
            ctx.html(Layout.page("Error " + status, "", "<h1>" + status + "</h1><p class=\"error\">" + Html.text(message)
                    + "</p><p>" + Html.text(hint) + "</p>" + (list.length() > 0 ? "<ul>" + list + "</ul>" : "")
                    + "<p><a href=\"/\">All cases</a></p>", null));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        if (hint != null && !hint.isEmpty()) {
            body.put("hint", hint);
        }
        if (!details.isEmpty()) {
            body.put("details", details);
        }
        if (!problems.isEmpty()) {
            body.put("problems", problems);
        }
        ctx.json(body);
    }
}
