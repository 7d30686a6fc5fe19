package org.entente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.events.ChangePoint;
import org.entente.events.Coverage;
import org.entente.events.Series;
import org.entente.events.SeriesQuery;
import org.entente.events.SeriesRow;
import org.entente.events.WatchedPair;
import org.entente.reference.Country;

/**
 * A dyad in the event store: the series period by period as a chart and a table, each month a
 * link to its most reported events with their source documents; or, without a store, what to
 * run to make one.
 */
final class EventsPage {

    private final Api api;
    private final ObjectMapper mapper;

    EventsPage(Api api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    /**
     * @param caseId the case whose page this is, or "" for the pair page
     * @param a      one state as typed
     * @param b      the other
     */
    String render(String caseId, String a, String b, String by, String month) {
        return render(caseId, a, b, by, null, null, month);
    }

    /**
     * @param caseId    the case whose page this is, or "" for the pair page
     * @param a         one state as typed
     * @param b         the other
     * @param direction both, ab or ba (null: both)
     * @param weight    events or mentions (null: events)
     */
    String render(String caseId, String a, String b, String by, String direction, String weight, String month) {
        Country ca = api.dyads().country(a);
        Country cb = api.dyads().country(b);
        Dyads.distinct(ca.iso3(), cb.iso3());
        String title = "Events \u2014 " + ca.name() + " and " + cb.name();
        String here = caseId.isEmpty() ? "/events/" + Html.path(ca.iso3()) + "/" + Html.path(cb.iso3())
                : "/cases/" + Html.path(caseId) + "/events";
        StringBuilder s = new StringBuilder("<h1>").append(Html.text(title)).append("</h1>");
        EventSeries store = api.events();
        if (!store.exists()) {
            s.append("<div class=\"empty-store\"><p>There is no event store yet: nothing at <code>")
                    .append(Html.text(store.file().toAbsolutePath())).append("</code>.</p><p>Create one from GDELT (1.0 or 2.0) "
                            + "or ICEWS files, keeping this pair's events in full so that each month can be opened:</p><pre>")
                    .append(Html.text(EventSeries.ingestHint(ca.iso3(), cb.iso3())))
                    .append("</pre><p>The server reads the store <code>entente events</code> uses: the system property "
                            + "<code>entente.events</code>, else <code>$ENTENTE_EVENTS</code>, else "
                            + "<code>~/.local/share/entente/events.duckdb</code>. Reload this page once the ingest ends.</p></div>");
            return Layout.page(title, caseId, s.toString(), null);
        }
        Map<String, Object> d = store.dyad(ca.iso3(), cb.iso3(), by, direction, weight, month, null);
        @SuppressWarnings("unchecked")
        List<SeriesRow> series = (List<SeriesRow>) d.get("series");
        String ab = ca.iso3() + "\u2192" + cb.iso3();
        String ba = cb.iso3() + "\u2192" + ca.iso3();
        s.append("<form class=\"filter\" method=\"get\" action=\"").append(here).append("\">");
        select(s, "by", "by", d.get("by"), List.of("month", "quarter", "year"), List.of("month", "quarter", "year"));
        select(s, "direction", "acts", d.get("direction"), List.of("both", "ab", "ba"), List.of("both directions", ab, ba));
        select(s, "weight", "Goldstein", d.get("weight"), List.of("events", "mentions"), List.of("per event", "by mentions"));
        s.append("<button type=\"submit\">Show</button></form>");
        // the month links keep the view's direction and weight
        String keep = ("both".equals(d.get("direction")) ? "" : "&direction=" + d.get("direction"))
                + ("events".equals(d.get("weight")) ? "" : "&weight=" + d.get("weight"));
        if (series.isEmpty()) {
            s.append("<p class=\"empty-store\">The store at <code>").append(Html.text(d.get("store")))
                    .append("</code> has no events between ").append(Html.text(ca.iso3())).append(" and ")
                    .append(Html.text(cb.iso3())).append(". Ingest files that cover them: <code>")
                    .append(Html.text(EventSeries.ingestHint(ca.iso3(), cb.iso3()))).append("</code></p>");
        } else {
            String which = switch (String.valueOf(d.get("direction"))) {
                case "ab" -> ab + " only";
                case "ba" -> ba + " only";
                default -> "both directions";
            };
            boolean mentions = "mentions".equals(d.get("weight"));
            s.append(Layout.chart("events", "Events per " + d.get("by") + " by quad class (" + which + "), with the mean "
                    + "Goldstein weight" + (mentions ? " by mentions" : "")
                    + ("month".equals(d.get("by")) ? "; click a month for its events" : "")))
                    .append(table(ca.iso3(), cb.iso3(), series, here, keep, "month".equals(d.get("by")),
                            (String) d.get("month"), which, mentions))
                    .append(shifts(d));
        }
        if (d.containsKey("month")) {
            s.append(drill(d, ca.iso3(), cb.iso3()));
        }
        s.append(coverage(d));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("page", "events");
        data.put("a", ca.iso3());
        data.put("b", cb.iso3());
        data.put("by", d.get("by"));
        data.put("direction", d.get("direction"));
        data.put("weight", d.get("weight"));
        data.put("series", series);
        return Layout.page(title, caseId, s.toString(), series.isEmpty() ? null : JsonMapping.forHtml(mapper, data));
    }

    private static void select(StringBuilder s, String name, String label, Object chosen, List<String> values,
                               List<String> shown) {
        s.append("<label>").append(Html.text(label)).append(" <select name=\"").append(name).append("\">");
        for (int i = 0; i < values.size(); i++) {
            s.append("<option value=\"").append(values.get(i)).append("\"").append(values.get(i).equals(chosen) ? " selected" : "")
                    .append(">").append(Html.text(shown.get(i))).append("</option>");
        }
        s.append("</select></label> ");
    }

    private static String table(String a, String b, List<SeriesRow> rows, String here, String keep, boolean months,
                                String picked, String which, boolean mentions) {
        StringBuilder s = new StringBuilder("<table class=\"series\"><caption>").append(Html.text(which))
                .append("; Goldstein ").append(mentions ? "weighted by mentions" : "per event")
                .append("</caption><thead><tr><th>Period</th><th>Source</th><th>")
                .append(a).append("\u2192").append(b).append("</th><th>").append(b).append("\u2192").append(a)
                .append("</th><th>").append(which.equals("both directions") ? "All" : "Events").append("</th>"
                        + "<th>Distinct reports</th><th>Verbal coop.</th><th>Material coop.</th><th>Verbal conflict</th>"
                        + "<th>Material conflict</th><th>Goldstein mean</th><th>Net coop.</th><th>Per 1000</th>"
                        + "<th>Per 1000 of ").append(a).append("</th><th>Per 1000 of ").append(b).append("</th><th>Shift</th>"
                        + "</tr></thead><tbody>");
        for (SeriesRow r : rows) {   // in time order, the sources of one period side by side (StoreQueries.series)
            s.append("<tr").append(r.period().equals(picked) ? " class=\"picked\"" : "").append("><td>");
            if (months) {
                s.append("<a href=\"").append(here).append("?month=").append(Html.text(Html.path(r.period())))
                        .append(Html.text(keep)).append("#drill\">").append(Html.text(r.period())).append("</a>");
            } else {
                s.append(Html.text(r.period()));
            }
            s.append("</td><td>").append(Html.text(r.source())).append("</td>");
            for (long n : new long[] {r.eventsAB(), r.eventsBA(), r.events(), r.distinctReports(), r.quadClasses().get(0),
                r.quadClasses().get(1), r.quadClasses().get(2), r.quadClasses().get(3)}) {
                s.append("<td class=\"num\">").append(n).append("</td>");
            }
            java.util.OptionalDouble g = r.goldstein(mentions ? SeriesQuery.Weight.MENTIONS : SeriesQuery.Weight.EVENTS);
            String shift = months || r.shift().isEmpty() ? r.shift() : r.shift() + " (" + r.shiftMonth() + ")";
            s.append("<td class=\"num\">").append(g.isPresent() ? fixed(g.getAsDouble()) : "").append("</td><td class=\"num\">")
                    .append(fixed(r.netCooperation())).append("</td><td class=\"num\">").append(fixed(r.perThousand()))
                    .append("</td><td class=\"num\">").append(fixed(r.perThousandA())).append("</td><td class=\"num\">")
                    .append(fixed(r.perThousandB())).append("</td><td>").append(Html.text(shift)).append("</td></tr>");
        }
        return s.append("</tbody></table>").toString();
    }

    /** The shifts found in the monthly Goldstein mean, source by source, under the table. */
    private static String shifts(Map<String, Object> d) {
        @SuppressWarnings("unchecked")
        List<ChangePoint> changes = (List<ChangePoint>) d.get("shifts");
        @SuppressWarnings("unchecked")
        Map<String, Integer> tested = (Map<String, Integer>) d.get("shiftsTested");
        StringBuilder s = new StringBuilder("<p class=\"shifts\">Shifts in the monthly Goldstein mean (binary segmentation, "
                + "permutation CUSUM test at 1 %): ");
        List<String> parts = new java.util.ArrayList<>();
        for (Map.Entry<String, Integer> t : tested.entrySet()) {
            List<ChangePoint> here = changes.stream().filter(c -> c.source().equals(t.getKey())).toList();
            if (t.getValue() < Series.MIN_TESTED) {
                parts.add(t.getKey() + ": too few months to test (" + t.getValue() + ")");
            } else if (here.isEmpty()) {
                parts.add(t.getKey() + ": none in " + t.getValue() + " months");
            }
            for (ChangePoint c : here) {
                parts.add(String.format(java.util.Locale.ROOT, "%s: %s from %s (%+.2f \u2192 %+.2f)", c.source(), c.direction(),
                        c.month(), c.before(), c.after()));
            }
        }
        return s.append(Html.text(String.join("; ", parts))).append(".</p>").toString();
    }

    private static String drill(Map<String, Object> d, String a, String b) {
        StringBuilder s = new StringBuilder("<h2 id=\"drill\">").append(Html.text(d.get("month"))).append(": most reported events</h2>");
        if (!Boolean.TRUE.equals(d.get("watched"))) {
            return s.append("<p>The store keeps the full events of watched pairs only, and no ingested file watched ")
                    .append(a).append(":").append(b).append(". Ingest new files with <code>--watch ").append(a).append(":")
                    .append(b).append("</code> (files already ingested are not read again).</p>").toString();
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> top = (List<Map<String, Object>>) d.get("top");
        if (top.isEmpty()) {
            return s.append("<p>No events between them that month.</p>").toString();
        }
        s.append("<table class=\"top\"><thead><tr><th>Date</th><th>From</th><th>To</th><th>Event</th><th>Goldstein</th>"
                + "<th>Mentions</th><th>Place</th><th>Source document</th></tr></thead><tbody>");
        for (Map<String, Object> e : top) {
            String url = String.valueOf(e.getOrDefault("url", ""));
            s.append("<tr><td>").append(Html.text(e.get("date"))).append("</td><td>").append(Html.text(e.get("actor1")))
                    .append(" <small>").append(Html.text(e.get("actor1Name"))).append("</small></td><td>")
                    .append(Html.text(e.get("actor2"))).append(" <small>").append(Html.text(e.get("actor2Name")))
                    .append("</small></td><td>").append(Html.text(e.get("code"))).append(" ")
                    .append(Html.text(e.get("description"))).append(" <small>").append(Html.text(e.get("source")))
                    .append("</small></td><td class=\"num\">").append(Html.text(e.get("goldstein")))
                    .append("</td><td class=\"num\">").append(Html.text(e.get("mentions") instanceof java.util.OptionalInt m
                            && m.isPresent() ? String.valueOf(m.getAsInt()) : "")).append("</td><td>")
                    .append(Html.text(e.get("place"))).append("</td><td>");
            link(s, url);
            String publisher = String.valueOf(e.getOrDefault("publisher", ""));
            if (!publisher.isEmpty()) {
                s.append("published by ").append(Html.text(publisher));
            }
            articles(s, e.get("articles"));
            s.append("</td></tr>");
        }
        return s.append("</tbody></table>").toString();
    }

    private static void link(StringBuilder s, String url) {
        if (CaseViews.safeUrl(url)) {
            s.append("<a href=\"").append(Html.href(url)).append("\" rel=\"noopener noreferrer\">")
                    .append(Html.text(Html.clip(url))).append("</a>");
        } else {
            s.append(Html.text(url));
        }
    }

    /** The articles kept for an event from GDELT 2.0 mentions files, folded under the source document. */
    private static void articles(StringBuilder s, Object list) {
        if (!(list instanceof List<?> articles) || articles.isEmpty()) {
            return;
        }
        s.append("<details class=\"articles\"><summary>").append(articles.size()).append(" article(s) mentioned it</summary><ul>");
        for (Object o : articles) {
            if (o instanceof Map<?, ?> a) {
                s.append("<li>").append(Html.text(String.valueOf(a.get("time")).replace('T', ' '))).append(" ")
                        .append(Html.text(a.get("outlet"))).append(": ");
                link(s, String.valueOf(a.get("url")));
                s.append("</li>");
            }
        }
        s.append("</ul></details>");
    }

    /** The store's section on the page that picks a pair: what it covers, or how to make one. */
    static String holdings(Api api) {
        EventSeries store = api.events();
        Optional<Map<String, Object>> d = store.holdings();
        if (d.isEmpty()) {
            return "<h2>The store</h2><p class=\"empty-store\">There is no event store yet: nothing at <code>"
                    + Html.text(store.file().toAbsolutePath()) + "</code>. Create one with <code>"
                    + Html.text(EventSeries.ingestHint("IRN", "RUS")) + "</code> (GDELT or ICEWS files).</p>";
        }
        if (d.get().containsKey("problem")) {
            return "<h2>The store</h2><p class=\"empty-store\">The store at <code>" + Html.text(d.get().get("store"))
                    + "</code> cannot be read now: " + Html.text(d.get().get("problem")) + ". If an ingest is using it, "
                    + "reload this page when it ends.</p>";
        }
        return coverage(d.get());
    }

    private static String coverage(Map<String, Object> d) {
        StringBuilder s = new StringBuilder("<h2>The store</h2><p><code>").append(Html.text(d.get("store")))
                .append("</code></p><table class=\"coverage\"><thead><tr><th>Source</th><th>Files</th><th>Rows accepted</th>"
                        + "<th>Rejected</th><th>Between two states</th><th>Dates</th></tr></thead><tbody>");
        @SuppressWarnings("unchecked")
        List<Coverage> rows = (List<Coverage>) d.get("coverage");
        for (Coverage c : rows) {
            s.append("<tr><td>").append(Html.text(c.source())).append("</td><td class=\"num\">").append(c.files())
                    .append("</td><td class=\"num\">").append(c.accepted()).append("</td><td class=\"num\">").append(c.rejected())
                    .append("</td><td class=\"num\">").append(c.dyadic()).append("</td><td>")
                    .append(Html.text(c.first().map(Object::toString).orElse(""))).append("\u2013")
                    .append(Html.text(c.last().map(Object::toString).orElse(""))).append("</td></tr>");
        }
        s.append("</tbody></table>");
        @SuppressWarnings("unchecked")
        List<WatchedPair> pairs = (List<WatchedPair>) d.get("watchedPairs");
        if (pairs.isEmpty()) {
            s.append("<p>No pair is watched, so no event is kept in full and no month can be opened: ingest with "
                    + "<code>--watch A:B</code>.</p>");
        } else {
            s.append("<p class=\"watched\">Pairs whose events are kept in full (their months can be opened): ");
            for (WatchedPair w : pairs) {
                s.append("<a href=\"/events/").append(Html.path(w.a())).append("/").append(Html.path(w.b())).append("\">")
                        .append(Html.text(w.a() + "\u2013" + w.b())).append("</a>");
                if (w.files() != w.of()) {
                    s.append(" (").append(w.files()).append(" of ").append(w.of()).append(" event files)");
                }
                s.append(" ");
            }
            s.append("</p>");
        }
        return s.toString();
    }

    private static String fixed(double x) {
        return String.format(java.util.Locale.ROOT, "%.2f", x);
    }
}
