package org.entente.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Route registration shared by the API, the pages and the edit routes, with the one list of
 * the query parameters each route takes ({@link #QUERY}): a request with any other parameter,
 * or with one whose value is empty or cannot be decoded, is refused with 400 before the route
 * runs, instead of being answered as if the parameter had not been given. A test checks the
 * list against the parameters {@code openapi.json} documents. Also answers {@code OPTIONS} on
 * every route, and names a route's methods in the {@code Allow} header of a 405.
 */
final class Routes {

    /**
     * The query parameters of every GET route, by the path it is registered under. Writes take
     * none: what they change is in their body.
     */
    static final Map<String, List<String>> QUERY = Map.ofEntries(
            Map.entry("/openapi.json", List.of()),
            Map.entry("/api/cases", List.of()),
            Map.entry("/api/cases/{id}", List.of()),
            Map.entry("/api/cases/{id}/assessment", List.of("asOf")),
            Map.entry("/api/cases/{id}/trajectory", List.of("from", "to")),
            Map.entry("/api/cases/{id}/scenarios", List.of("observe", "runs", "asOf", "scenario", "horizon", "seed")),
            Map.entry("/api/cases/{id}/timeline", List.of("dimension", "direction", "from", "to")),
            Map.entry("/api/cases/{id}/evidence", List.of()),
            Map.entry("/api/cases/{id}/treaties", List.of()),
            Map.entry("/api/cases/{id}/treaties/compare", List.of("a", "b")),
            Map.entry("/api/treaties/compare", List.of("a", "b")),
            Map.entry("/api/forecasts", List.of()),
            Map.entry("/api/events/{a}/{b}", List.of("by", "direction", "weight", "month", "limit")),
            Map.entry("/api/dyads/{a}/{b}", List.of("from", "to", "year")),
            Map.entry("/api/references", List.of()),
            Map.entry("/api/states", List.of()),
            Map.entry("/api/cases/{id}/audit", List.of()),
            Map.entry("/", List.of()),
            Map.entry("/cases", List.of()),
            Map.entry("/cases/{id}", List.of("asOf")),
            Map.entry("/cases/{id}/timeline", List.of("dimension", "direction", "from", "to")),
            Map.entry("/cases/{id}/evidence", List.of()),
            Map.entry("/cases/{id}/scenarios", List.of("observe", "runs", "asOf", "scenario", "horizon", "seed")),
            Map.entry("/cases/{id}/treaties", List.of()),
            Map.entry("/cases/{id}/treaties/compare", List.of("a", "b")),
            Map.entry("/cases/{id}/events", List.of("by", "direction", "weight", "month")),
            Map.entry("/cases/{id}/data", List.of("from", "to", "year")),
            Map.entry("/events", List.of("a", "b", "by", "month")),
            Map.entry("/events/{a}/{b}", List.of("by", "direction", "weight", "month")),
            Map.entry("/forecasts", List.of()),
            Map.entry("/dyads", List.of("a", "b", "from", "to", "year")),
            Map.entry("/dyads/{a}/{b}", List.of("from", "to", "year")),
            Map.entry("/api-docs", List.of()),
            Map.entry("/favicon.ico", List.of()));

    /**
     * The fields of the pages' own GET forms that a browser sends empty when left blank (the
     * timeline's filter, the pair forms, the scenarios page's options): there, and only there,
     * empty means "not given".
     */
    static final Map<String, Set<String>> BLANK_IS_ABSENT = Map.of(
            "/cases/{id}/timeline", Set.of("dimension", "direction", "from", "to"),
            "/cases/{id}/scenarios", Set.of("scenario", "horizon", "asOf", "runs", "seed"),
            "/dyads", Set.of("a", "b"),
            "/events", Set.of("a", "b"));

    /** An example value of each parameter, for hints; {@code a} and {@code b} of the treaty routes are treaties. */
    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("asOf", "2024-06"), Map.entry("from", "2005"), Map.entry("to", "2020"), Map.entry("year", "2015"),
            Map.entry("runs", "20000"), Map.entry("observe", "sp-su35-delivered:yes"), Map.entry("dimension", "military"),
            Map.entry("direction", "toward-alignment"), Map.entry("by", "quarter"), Map.entry("month", "2019-10"),
            Map.entry("limit", "20"), Map.entry("a", "IRN"), Map.entry("b", "RUS"), Map.entry("horizon", "2030"),
            Map.entry("seed", "20250605"), Map.entry("scenario", "sc-us-iran-deal"));

    private final Javalin app;
    /** The methods registered on each path, in the order registered. */
    private final Map<String, Set<String>> methods = new LinkedHashMap<>();

    Routes(Javalin app) {
        this.app = app;
    }

    /**
     * Registers a GET route, and the same handler for HEAD. Javalin answers a HEAD request to a
     * GET route with 200 without running the handler, so a link checker or monitor would see a
     * missing case as present, and every page as text/plain; run the handler instead, and the
     * servlet container sends its status and headers without the body.
     *
     * @throws IllegalStateException when {@link #QUERY} does not list the path
     */
    void get(String path, Handler handler) {
        List<String> accepted = QUERY.get(path);
        if (accepted == null) {
            throw new IllegalStateException("no query parameters listed for " + path + " in Routes.QUERY");
        }
        Set<String> blank = BLANK_IS_ABSENT.getOrDefault(path, Set.of());
        Handler checked = ctx -> {
            checkQuery(ctx, path, accepted, blank);
            handler.handle(ctx);
        };
        app.get(path, checked);
        app.head(path, checked);
        added(path, "GET", "HEAD");
    }

    /** Registers a POST route; it takes no query parameters. */
    void post(String path, Handler handler) {
        app.post(path, ctx -> {
            checkQuery(ctx, path, List.of(), Set.of());
            handler.handle(ctx);
        });
        added(path, "POST");
    }

    /** Registers a PUT route; it takes no query parameters. */
    void put(String path, Handler handler) {
        app.put(path, ctx -> {
            checkQuery(ctx, path, List.of(), Set.of());
            handler.handle(ctx);
        });
        added(path, "PUT");
    }

    private void added(String path, String... verbs) {
        Set<String> known = methods.get(path);
        if (known == null) {
            known = new LinkedHashSet<>();
            methods.put(path, known);
            // OPTIONS names what the path takes; answered here rather than on a catch-all route, which would
            // make every unknown path a 405 (prefer405over404) instead of a 404
            app.options(path, ctx -> ctx.header("Allow", allow(path)).status(204));
        }
        known.addAll(List.of(verbs));
    }

    /** @return the methods of the route the request path falls on, as an {@code Allow} header; null when none */
    String allowFor(String requestPath) {
        for (String path : methods.keySet()) {
            if (matches(path, requestPath)) {
                return allow(path);
            }
        }
        return null;
    }

    private String allow(String path) {
        List<String> all = new ArrayList<>(methods.get(path));
        all.add("OPTIONS");
        return String.join(", ", all);
    }

    /** @return whether a request path falls on a route path: same segments, a {@code {name}} taking any one */
    static boolean matches(String route, String requestPath) {
        String p = requestPath.length() > 1 && requestPath.endsWith("/") ? requestPath.substring(0, requestPath.length() - 1)
                : requestPath;
        String[] r = route.split("/", -1);
        String[] q = p.split("/", -1);
        if (r.length != q.length) {
            return false;
        }
        for (int i = 0; i < r.length; i++) {
            boolean any = r[i].startsWith("{") && r[i].endsWith("}") && !q[i].isEmpty();
            if (!any && !r[i].equals(q[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Refuses, with 400 naming it, a query parameter the route does not take, one given empty,
     * and one whose escapes are broken or whose bytes are not UTF-8 (Javalin would drop the last
     * two silently, so the route would answer as if it had not been given). Read from the raw
     * query string for that reason.
     */
    static void checkQuery(Context ctx, String path, List<String> accepted, Set<String> blankIsAbsent) {
        String raw = ctx.queryString();
        if (raw == null || raw.isEmpty()) {
            return;
        }
        Map<String, List<String>> given = FormBody.query(raw);
        for (Map.Entry<String, List<String>> q : given.entrySet()) {
            String name = q.getKey();
            if (!accepted.contains(name)) {
                String takes = accepted.isEmpty() ? "this route takes no query parameters"
                        : "this route takes " + String.join(", ", accepted);
                String near = accepted.stream().filter(a -> near(a, name)).findFirst().map(a -> "did you mean '" + a + "'? ")
                        .orElse("");
                throw ApiProblem.badRequest("unknown query parameter '" + Html.clip(name) + "'", near + takes);
            }
            if (!blankIsAbsent.contains(name) && q.getValue().stream().anyMatch(String::isBlank)) {
                throw ApiProblem.badRequest("the query parameter '" + name + "' is empty",
                        "give it a value, e.g. " + name + "=" + example(path, name) + ", or leave it out");
            }
        }
    }

    /** @return whether a name not taken looks like a slip for one taken: case, separators, a plural */
    private static boolean near(String accepted, String given) {
        String a = accepted.toLowerCase(java.util.Locale.ROOT);
        String g = given.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return a.equals(g) || (g.length() >= 3 && a.length() >= 3 && (a.startsWith(g) || g.startsWith(a)));
    }

    /**
     * @param path the route
     * @param name a query parameter it takes
     * @return a value that parameter would take, for a hint
     */
    static String example(String path, String name) {
        if (path.contains("treaties") && (name.equals("a") || name.equals("b"))) {
            String bare = name.equals("a") ? "cspt-2025" : "treaty-2001";
            return path.startsWith("/api/treaties") ? "iran-russia/" + bare : bare;
        }
        return example(name);
    }

    /** @return an example value of a parameter, whatever its route */
    static String example(String name) {
        return EXAMPLES.getOrDefault(name, "...");
    }
}
