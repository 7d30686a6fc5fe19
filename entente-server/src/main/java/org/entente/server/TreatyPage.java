package org.entente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Case;
import org.entente.model.Obligation;
import org.entente.model.Ordered;
import org.entente.model.Treaty;
import org.entente.model.TreatySubject;

/**
 * A case's treaties: each article coloured by its subject, the articles that create an ATOP
 * obligation marked with it and their binding force, the obligations a treaty conspicuously
 * lacks; and any two treaties, of this case or another, side by side.
 */
final class TreatyPage {

    private final Api api;
    private final ObjectMapper mapper;

    TreatyPage(Api api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    String render(String id) {
        Case c = api.library().load(id);
        List<Map<String, Object>> views = api.treaties().of(id);
        StringBuilder b = new StringBuilder("<h1>Treaties \u2014 ").append(Html.text(c.title())).append("</h1>");
        if (c.treaties().isEmpty()) {
            b.append("<p>This case codes no treaties.</p>");
            return Layout.page("Treaties: " + c.title(), id, b.toString(), null);
        }
        String first = id + "/" + c.treaties().get(0).id();
        String second = c.treaties().size() > 1 ? id + "/" + c.treaties().get(1).id() : first;
        b.append(form(id, first, second)).append(Layout.chart("treaty-subjects", "Coded articles by subject, per treaty"))
                .append(legend());
        for (Treaty t : c.treaties()) {
            b.append(treaty(c, t));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("page", "treaties");
        data.put("case", id);
        data.put("treaties", views.stream().map(v -> Ordered.map("id", v.get("id"), "subjects", v.get("subjectCounts"))).toList());
        data.put("colours", colours());
        return Layout.page("Treaties: " + c.title(), id, b.toString(), JsonMapping.forHtml(mapper, data));
    }

    /** @return the side-by-side page; bare treaty ids belong to the case, {@code case/treaty} to any */
    String compare(String id, String refA, String refB) {
        api.library().load(id);
        Treaties.Found a = api.treaties().find(refA, id, "a");
        Treaties.Found b = api.treaties().find(refB, id, "b");
        Map<String, Object> cmp = Treaties.compare(a, b);
        String ta = a.treaty().title();
        String tb = b.treaty().title();
        StringBuilder s = new StringBuilder("<h1>Side by side</h1><p class=\"meta\">").append(Html.text(ta)).append(" (")
                .append(Html.text(a.ref())).append(") and ").append(Html.text(tb)).append(" (").append(Html.text(b.ref()))
                .append(")</p>").append(form(id, a.ref(), b.ref()))
                .append("<table class=\"compare\"><thead><tr><th>Obligation</th><th>").append(Html.text(ta))
                .append("</th><th>").append(Html.text(tb)).append("</th></tr></thead><tbody>");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) cmp.get("obligations");
        for (Map<String, Object> r : rows) {
            s.append("<tr><th>").append(Html.text(Pages.word(r.get("obligation")))).append("</th>")
                    .append(cell(r.get("a"))).append(cell(r.get("b"))).append("</tr>");
        }
        s.append("</tbody></table>").append(Layout.chart("treaty-compare", "Coded articles by subject, side by side"))
                .append("<h2>Subjects</h2><table class=\"compare\"><thead><tr><th>Subject</th><th>").append(Html.text(ta))
                .append("</th><th>").append(Html.text(tb)).append("</th></tr></thead><tbody>");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> subjects = (List<Map<String, Object>>) cmp.get("subjects");
        for (Map<String, Object> r : subjects) {
            String subject = Pages.word(r.get("subject"));
            s.append("<tr><th><span class=\"chip subj-").append(Html.text(subject)).append("\">").append(Html.text(subject))
                    .append("</span></th><td>").append(Html.text(String.join(", ", (List<String>) r.get("a"))))
                    .append("</td><td>").append(Html.text(String.join(", ", (List<String>) r.get("b")))).append("</td></tr>");
        }
        s.append("</tbody></table><p><a href=\"/api/treaties/compare?a=").append(Html.text(Html.path(a.ref())))
                .append("&amp;b=").append(Html.text(Html.path(b.ref()))).append("\">This comparison as JSON</a></p>");
        Map<String, Object> data = new LinkedHashMap<>(cmp);
        data.put("page", "treaty-compare");
        data.put("colours", colours());
        return Layout.page("Compare treaties", id, s.toString(), JsonMapping.forHtml(mapper, data));
    }

    /** @return the comparison form, offering the treaties of every case that reads */
    private String form(String id, String chosenA, String chosenB) {
        StringBuilder options = new StringBuilder();
        for (Map<String, Object> r : api.library().summaries()) {
            if (r.containsKey("problem")) {
                continue;
            }
            String cid = (String) r.get("id");
            for (Treaty t : api.library().load(cid).treaties()) {
                options.append("<option value=\"").append(Html.text(cid + "/" + t.id())).append("\"%s>")
                        .append(Html.text(t.title())).append(" \u2014 ").append(Html.text(cid)).append("</option>");
            }
        }
        return "<form class=\"filter\" method=\"get\" action=\"/cases/" + Html.path(id) + "/treaties/compare\">"
                + "<label>Compare <select name=\"a\">" + choose(options.toString(), chosenA) + "</select></label>"
                + "<label>with <select name=\"b\">" + choose(options.toString(), chosenB) + "</select></label>"
                + "<button type=\"submit\">Side by side</button></form>";
    }

    private static String choose(String options, String chosen) {
        String marker = "value=\"" + Html.text(chosen) + "\"%s>";
        return options.replace(marker, "value=\"" + Html.text(chosen) + "\" selected>").replace("%s>", ">");
    }

    private String treaty(Case c, Treaty t) {
        StringBuilder b = new StringBuilder("<section class=\"treaty\" id=\"").append(Html.text(t.id())).append("\"><h2>")
                .append(Html.text(t.title())).append("</h2><p class=\"meta\">").append(Html.text(t.id())).append(" \u00b7 ")
                .append(Html.text(String.join("\u2013", t.parties()))).append(" \u00b7 signed ").append(Html.text(t.signed()))
                .append(t.place().map(p -> " in " + Html.text(p)).orElse(""))
                .append(t.entryIntoForce().map(d -> " \u00b7 in force " + Html.text(d)).orElse(""))
                .append(" \u00b7 ").append(Html.text(t.status().id()))
                .append(t.durationYears().isPresent() ? " \u00b7 " + t.durationYears().getAsInt() + " years" : "")
                .append(t.articles().isPresent() ? " \u00b7 " + t.articles().getAsInt() + " articles" : "")
                .append(t.supersedes().map(x -> " \u00b7 replaces " + Html.text(x)).orElse(""))
                .append("</p><p>Strongest obligation coded: <strong class=\"obl\">")
                .append(Html.text(t.strongest().id())).append("</strong></p>");
        b.append("<table class=\"obligations\"><thead><tr><th>Obligation</th><th>Created by</th></tr></thead><tbody>");
        for (Obligation o : Obligation.values()) {
            if (o == Obligation.NONE) {
                continue;
            }
            List<Treaty.ArticleCoding> by = t.coding().stream().filter(a -> a.obligation() == o).toList();
            b.append("<tr><th>").append(Html.text(o.id())).append("</th><td>");
            by.forEach(a -> b.append("<a class=\"obl\" href=\"#").append(Html.text(t.id() + "--" + a.id())).append("\">")
                    .append(Html.text(a.label())).append("</a> <small>").append(Html.text(a.binding().id()))
                    .append("</small> "));
            t.absent().stream().filter(x -> x.obligation() == o).forEach(x -> b.append("<span class=\"absent\">absent: ")
                    .append(Html.text(x.note().strip())).append("</span> ").append(OverviewPage.citations(c, x.sources())));
            if (by.isEmpty() && t.absent().stream().noneMatch(x -> x.obligation() == o)) {
                b.append("<small>not coded</small>");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table><ol class=\"articles\">");
        for (Treaty.ArticleCoding a : t.coding()) {
            boolean obliges = a.obligation() != Obligation.NONE;
            b.append("<li id=\"").append(Html.text(t.id() + "--" + a.id())).append("\" class=\"article subj-")
                    .append(Html.text(Treaties.colour(a).id())).append(obliges ? " obliges" : "").append("\"><strong>")
                    .append(Html.text(a.label())).append("</strong> ");
            a.subjects().forEach(s -> b.append("<span class=\"chip subj-").append(Html.text(s.id())).append("\">")
                    .append(Html.text(s.id())).append("</span> "));
            if (obliges) {
                b.append("<span class=\"obl\">").append(Html.text(a.obligation().id())).append("</span> ");
            }
            b.append("<small>").append(Html.text(a.binding().id())).append(" \u00b7 ").append(Html.text(a.confidence().id()))
                    .append(a.depth().isEmpty() ? "" : " \u00b7 depth: " + Html.text(a.depth().stream().map(d -> d.id()).toList()))
                    .append("</small><p>").append(Html.text(a.summary().strip())).append("</p><div class=\"sources\">")
                    .append(OverviewPage.citations(c, a.sources())).append("</div></li>");
        }
        return b.append("</ol></section>").toString();
    }

    private static String cell(Object side) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) side;
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> clauses = (List<Map<String, Object>>) m.get("clauses");
        StringBuilder b = new StringBuilder("<td").append(clauses.isEmpty() ? "" : " class=\"obliges\"").append(">");
        for (Map<String, Object> c : clauses) {
            b.append("<p><strong class=\"obl\">").append(Html.text(c.getOrDefault("article", org.entente.model.Treaty.ArticleCoding.NOT_ESTABLISHED)))
                    .append("</strong> <small>")
                    .append(Html.text(Pages.word(c.get("binding")))).append("</small> ").append(Html.text(c.get("summary")))
                    .append("</p>");
        }
        Object absent = m.get("absent");
        if (absent instanceof List<?> all) {
            for (Object x : all) {
                b.append("<p class=\"absent\">absent: ").append(Html.text(((Map<?, ?>) x).get("note"))).append("</p>");
            }
        }
        if (clauses.isEmpty() && absent == null) {
            b.append("<small>none coded</small>");
        }
        return b.append("</td>").toString();
    }

    private static String legend() {
        StringBuilder b = new StringBuilder("<p class=\"legend\">");
        for (TreatySubject s : TreatySubject.values()) {
            b.append("<span class=\"chip subj-").append(s.id()).append("\">").append(s.id()).append("</span> ");
        }
        return b.append("<span class=\"obl\">obligation</span> marks an article that creates one</p>").toString();
    }

    /** The subject colours, one per subject, shared by the stylesheet's chips and the charts. */
    static Map<String, String> colours() {
        String[] palette = {"#b23b3b", "#8c4a2f", "#5b3f8c", "#7a2f5b", "#2c6e2f", "#4f7f2a", "#c98a2b", "#a06a00",
            "#2f7f8f", "#3f6fb0", "#6f8f3a", "#9a5fa8", "#5b6472", "#1f4e79", "#3a8c7a", "#9aa3ad"};
        Map<String, String> m = new LinkedHashMap<>();
        TreatySubject[] all = TreatySubject.values();
        for (int i = 0; i < all.length; i++) {
            m.put(all[i].id(), palette[i % palette.length]);
        }
        return m;
    }
}
