package org.entente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Band;
import org.entente.spectrum.Assessment;
import org.entente.model.Word;

/**
 * The server-rendered pages: the case list, and the routes of the per-case and per-pair pages
 * (built by {@link OverviewPage}, {@link RecordPages}, {@link ScenariosPage}, {@link DyadPage},
 * {@link TreatyPage}, {@link EventsPage}, {@link LedgerPage}).
 * Each page is one HTML string; its charts read the page's embedded JSON.
 */
final class Pages {

    private final Api api;
    private final ObjectMapper mapper;

    Pages(Api api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    void register(Routes routes) {
        routes.get("/", ctx -> ctx.html(caseList()));
        routes.get("/cases", ctx -> ctx.redirect("/"));
        routes.get("/cases/{id}", ctx -> ctx.html(new OverviewPage(api, mapper).render(ctx.pathParam("id"),
                ctx.queryParam("asOf"))));
        routes.get("/cases/{id}/timeline", ctx -> ctx.html(new RecordPages(api, mapper).timeline(ctx)));
        routes.get("/cases/{id}/evidence", ctx -> ctx.html(new RecordPages(api, mapper).evidence(ctx.pathParam("id"))));
        routes.get("/cases/{id}/scenarios", ctx -> ctx.html(new ScenariosPage(api, mapper).render(ctx)));
        routes.get("/cases/{id}/treaties", ctx -> ctx.html(new TreatyPage(api, mapper).render(ctx.pathParam("id"))));
        routes.get("/cases/{id}/treaties/compare", ctx -> ctx.html(new TreatyPage(api, mapper).compare(ctx.pathParam("id"),
                ctx.queryParam("a"), ctx.queryParam("b"))));
        routes.get("/cases/{id}/events", ctx -> {
            org.entente.model.Case c = api.library().load(ctx.pathParam("id"));
            ctx.html(new EventsPage(api, mapper).render(c.id(), c.dyad().get(0).code(), c.dyad().get(1).code(),
                    ctx.queryParam("by"), ctx.queryParam("direction"), ctx.queryParam("weight"), ctx.queryParam("month")));
        });
        routes.get("/cases/{id}/data", ctx -> {
            org.entente.model.Case c = api.library().load(ctx.pathParam("id"));
            ctx.html(new DyadPage(api, mapper).render(c.id(), c.dyad().get(0).code(), c.dyad().get(1).code(),
                    Api.year(ctx.queryParam("from"), "from"), Api.year(ctx.queryParam("to"), "to"),
                    Api.year(ctx.queryParam("year"), "year")));
        });
        routes.get("/events", this::eventsForm);
        routes.get("/events/{a}/{b}", ctx -> ctx.html(new EventsPage(api, mapper).render("", ctx.pathParam("a"),
                ctx.pathParam("b"), ctx.queryParam("by"), ctx.queryParam("direction"), ctx.queryParam("weight"),
                ctx.queryParam("month"))));
        routes.get("/forecasts", ctx -> ctx.html(new LedgerPage(api, mapper).render()));
        routes.get("/dyads", this::dyadForm);
        routes.get("/dyads/{a}/{b}", ctx -> ctx.html(new DyadPage(api, mapper).render(ctx.pathParam("a"), ctx.pathParam("b"),
                Api.year(ctx.queryParam("from"), "from"), Api.year(ctx.queryParam("to"), "to"),
                Api.year(ctx.queryParam("year"), "year"))));
        routes.get("/api-docs", ctx -> ctx.html(swagger()));
        routes.get("/favicon.ico", ctx -> ctx.redirect("/static/favicon.svg"));
    }

    private String caseList() {
        List<Map<String, Object>> rows = api.library().summaries();
        StringBuilder t = new StringBuilder("<h1>Cases</h1><p>Each case is a file of dated events, sourced evidence, "
                + "drivers, limits and treaties; its band is computed from them as of the case's date.</p>"
                + "<table class=\"cases\"><thead><tr><th>Case</th><th>Dyad</th><th>As of</th><th>Band</th><th>Overall</th>"
                + "<th>Sources</th><th>Events</th><th>Evidence</th><th>Treaties</th></tr></thead><tbody>");
        for (Map<String, Object> r : rows) {
            String id = (String) r.get("id");
            t.append("<tr><td><a href=\"/cases/").append(Html.path(id)).append("\">")
                    .append(Html.text(r.getOrDefault("title", id))).append("</a><br><small>").append(Html.text(id))
                    .append("</small></td>");
            if (r.containsKey("problem")) {
                t.append("<td colspan=\"8\" class=\"error\">").append(Html.text(r.get("problem"))).append("</td></tr>");
                continue;
            }
            Assessment shown = api.library().assessment(id);   // its text shows the score as the rules read it
            t.append("<td>").append(Html.text(r.get("dyad"))).append("</td><td>").append(Html.text(r.get("asOf")))
                    .append("</td><td>").append(Layout.band((Band) r.get("band"))).append("</td><td>")
                    .append(Html.text(shown.thresholds().showOverall(shown.score()))).append(" <small>(")
                    .append(Math.round(shown.low())).append("\u2013").append(Math.round(shown.high())).append(")</small></td>");
            for (String k : List.of("sources", "events", "evidence", "treaties")) {
                t.append("<td class=\"num\">").append(Html.text(r.get(k))).append("</td>");
            }
            t.append("</tr>");
        }
        t.append("</tbody></table>").append(Layout.chart("cases", "Each case's overall score with its interval"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("page", "cases");
        data.put("cases", rows.stream().filter(r -> !r.containsKey("problem")).toList());
        return Layout.page("Cases", "", t.toString(), JsonMapping.forHtml(mapper, data));
    }

    private void dyadForm(Context ctx) {
        String a = ctx.queryParam("a");
        String b = ctx.queryParam("b");
        if (a != null && b != null && !a.isBlank() && !b.isBlank()) {
            ctx.html(new DyadPage(api, mapper).render(a, b, Api.year(ctx.queryParam("from"), "from"),
                    Api.year(ctx.queryParam("to"), "to"), Api.year(ctx.queryParam("year"), "year")));
            return;
        }
        ctx.html(Layout.page("Any pair of states", "", "<h1>Any pair of states</h1>" + DyadPage.form(api, "IRN", "RUS"),
                null));
    }

    private void eventsForm(Context ctx) {
        String a = ctx.queryParam("a");
        String b = ctx.queryParam("b");
        if (a != null && b != null && !a.isBlank() && !b.isBlank()) {
            ctx.html(new EventsPage(api, mapper).render("", a, b, ctx.queryParam("by"), ctx.queryParam("month")));
            return;
        }
        StringBuilder cases = new StringBuilder("<p>The cases' pairs: ");
        for (Map<String, Object> r : api.library().summaries()) {
            if (!r.containsKey("problem")) {
                cases.append("<a href=\"/cases/").append(Html.path((String) r.get("id"))).append("/events\">")
                        .append(Html.text(r.get("dyad"))).append("</a> ");
            }
        }
        ctx.html(Layout.page("Events", "", "<h1>Events of a pair of states</h1>" + cases + "</p>"
                + DyadPage.form(api, "IRN", "RUS").replace("action=\"/dyads\"", "action=\"/events\"")
                + EventsPage.holdings(api), null));
    }

    private static String swagger() {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Entente API</title>"
                + "<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">"
                + "<link rel=\"stylesheet\" href=\"" + Layout.SWAGGER + "swagger-ui.css\"></head><body>"
                + "<div id=\"swagger-ui\"></div><script src=\"" + Layout.SWAGGER + "swagger-ui-bundle.js\"></script>"
                + "<script src=\"/static/swagger-init.js\"></script></body></html>";
    }

    /** @return the word as written in case files, for pages that print vocabulary values */
    static String word(Object value) {
        return value instanceof Word w ? w.id() : String.valueOf(value);
    }
}
