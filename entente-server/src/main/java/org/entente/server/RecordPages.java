package org.entente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.model.Case;
import org.entente.model.Dimension;
import org.entente.model.Direction;
import org.entente.model.Ordered;
import org.entente.model.Source;

/**
 * The case's record as pages: the timeline, filtered by dimension, direction and period, each
 * event with its sources; and the evidence with its sources' grades and links and what each
 * item moves in the assessment.
 */
final class RecordPages {

    private final Api api;
    private final ObjectMapper mapper;

    RecordPages(Api api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    String timeline(Context ctx) {
        return timeline(ctx, EditForms.Filled.none());
    }

    /** @return the timeline page, with the add-event form filled as given */
    String timeline(Context ctx, EditForms.Filled filled) {
        String id = ctx.pathParam("id");
        Case c = api.library().load(id);
        List<Map<String, Object>> events = api.timeline(ctx);
        StringBuilder b = new StringBuilder("<h1>Timeline \u2014 ").append(Html.text(c.title())).append("</h1>");
        b.append("<form class=\"filter\" method=\"get\">")
                .append(select("dimension", Dimension.values(), ctx.queryParam("dimension")))
                .append(select("direction", Direction.values(), ctx.queryParam("direction")))
                .append("<label>from <input name=\"from\" size=\"10\" placeholder=\"YYYY\" value=\"")
                .append(Html.text(Optional.ofNullable(ctx.queryParam("from")).orElse(""))).append("\"></label>")
                .append("<label>to <input name=\"to\" size=\"10\" placeholder=\"YYYY\" value=\"")
                .append(Html.text(Optional.ofNullable(ctx.queryParam("to")).orElse(""))).append("\"></label>")
                .append("<button type=\"submit\">Filter</button></form>");
        b.append("<p>").append(events.size()).append(" of ").append(c.timeline().size())
                .append(" events. <a href=\"#form-event\">Add an event</a></p>")
                .append(Layout.chart("timeline", "Events per year by direction"));
        b.append("<ol class=\"timeline\">");
        for (Map<String, Object> e : events) {
            // the id is the anchor the add-event form redirects to, and what evidence items name under "Timeline events"
            b.append("<li id=\"").append(Html.text(e.get("id"))).append("\" class=\"dir-")
                    .append(Html.text(Pages.word(e.get("direction")))).append("\"><time>")
                    .append(Html.text(e.get("date"))).append("</time> <strong>").append(Html.text(e.get("title")))
                    .append("</strong> <small>").append(Html.text(((List<?>) e.get("dimensions")).stream().map(Pages::word)
                            .toList())).append(" \u00b7 ").append(Html.text(Pages.word(e.get("direction"))))
                    .append(" \u00b7 ").append(Html.text(Pages.word(e.get("confidence")))).append(" \u00b7 id ")
                    .append(Html.text(e.get("id"))).append("</small>");
            Object note = e.get("note");
            if (note instanceof Optional<?> n && n.isPresent()) {
                b.append("<p>").append(Html.text(n.get())).append("</p>");
            }
            @SuppressWarnings("unchecked")
            List<String> ids = ((List<Map<String, Object>>) e.get("sources")).stream().map(s -> (String) s.get("id")).toList();
            b.append("<div class=\"sources\">").append(OverviewPage.citations(c, ids)).append("</div></li>");
        }
        b.append("</ol>").append(new EditForms(api, id, filled).event());
        Map<String, Object> data = Ordered.map("page", "timeline", "events", events.stream().map(e -> Ordered.map("date",
                e.get("date"), "direction", e.get("direction"))).toList());
        return Layout.page("Timeline: " + c.title(), id, b.toString(), JsonMapping.forHtml(mapper, data));
    }

    String evidence(String id) {
        return evidence(id, EditForms.Filled.none());
    }

    /** @return the evidence page, with the add-evidence and add-source forms filled as given */
    String evidence(String id, EditForms.Filled filled) {
        Case c = api.library().load(id);
        Map<String, Object> all = api.evidence(id);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) all.get("evidence");
        StringBuilder b = new StringBuilder("<h1>Evidence and sources \u2014 ").append(Html.text(c.title())).append("</h1>")
                .append("<p><a href=\"#form-evidence\">Add evidence</a> \u00b7 <a href=\"#form-sources\">Add a source</a></p>")
                .append(Layout.chart("evidence", "Each item's effect on the overall score"))
                .append("<table class=\"evidence\"><thead><tr><th>Item</th><th>Dimension</th><th>Stance</th>"
                        + "<th>Strength</th><th>Moves</th><th>Sources</th></tr></thead><tbody>");
        for (Map<String, Object> e : items) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> moves = (List<Map<String, Object>>) e.get("moves");
            @SuppressWarnings("unchecked")
            List<String> ids = ((List<Map<String, Object>>) e.get("sources")).stream().map(s -> (String) s.get("id")).toList();
            b.append("<tr id=\"").append(Html.text(e.get("id"))).append("\"><td>").append(Html.text(e.get("claim")))
                    .append("<br><small>").append(Html.text(e.get("id"))).append("</small></td><td>")
                    .append(Html.text(Pages.word(e.get("dimension")))).append("</td><td>")
                    .append(Html.text(Pages.word(e.get("stance")))).append("</td><td>")
                    .append(Html.text(Pages.word(e.get("strength")))).append("</td><td>");
            for (Map<String, Object> m : moves) {
                b.append(Html.text(m.get("target"))).append(' ')
                        .append(String.format(java.util.Locale.ROOT, "%+.1f", (double) m.get("effect"))).append("<br>");
            }
            b.append("overall ").append(String.format(java.util.Locale.ROOT, "%+.1f", (double) e.get("overall")))
                    .append("</td><td>").append(OverviewPage.citations(c, ids)).append("</td></tr>");
        }
        b.append("</tbody></table><h2>Sources</h2><table class=\"sources\"><thead><tr><th>Id</th><th>Grade</th>"
                + "<th>Kind</th><th>Citation</th></tr></thead><tbody>");
        for (Source s : c.sources()) {
            b.append("<tr id=\"src-").append(Html.text(s.id())).append("\"><td>").append(Html.text(s.id())).append("</td><td>")
                    .append(Html.text(s.reliability().map(Object::toString).orElse("ungraded"))).append("</td><td>")
                    .append(Html.text(s.kind().id())).append("</td><td>");
            if (s.url().filter(CaseViews::safeUrl).isPresent()) {
                b.append("<a href=\"").append(Html.href(s.url().get())).append("\" rel=\"noopener noreferrer\">")
                        .append(Html.text(s.citation())).append("</a>");
            } else {
                b.append(Html.text(s.citation()));
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table>").append(new EditForms(api, id, filled).evidence());
        Map<String, Object> data = Ordered.map("page", "evidence", "items", items.stream().map(e -> Ordered.map("id", e.get("id"),
                "dimension", e.get("dimension"), "overall", e.get("overall"))).toList());
        return Layout.page("Evidence: " + c.title(), id, b.toString(), JsonMapping.forHtml(mapper, data));
    }

    private static String select(String name, org.entente.model.Word[] words, String chosen) {
        StringBuilder b = new StringBuilder("<label>").append(name).append(" <select name=\"").append(name)
                .append("\"><option value=\"\">any</option>");
        for (org.entente.model.Word w : words) {
            b.append("<option").append(w.id().equals(chosen) ? " selected" : "").append(">").append(Html.text(w.id()))
                    .append("</option>");
        }
        return b.append("</select></label>").toString();
    }
}
