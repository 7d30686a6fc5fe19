package org.entente.server;

import org.entente.model.Ordered;
import org.entente.spectrum.AssessmentJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Case;
import org.entente.spectrum.Assessment;
import org.entente.spectrum.Contribution;

/**
 * The case overview: the band on a drawn spectrum, the rule that placed it there, dimension
 * scores with intervals, commitment against cooperation beside reference pairs, the top
 * reasons with their citations, and the trajectory over the years.
 */
final class OverviewPage {

    private static final int REASONS = 10;

    private final Api api;
    private final ObjectMapper mapper;

    OverviewPage(Api api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    /**
     * @param id   the case
     * @param asOf the date to assess it at, as the assessment API reads {@code asOf}; null for the case's own date
     * @return the page
     */
    String render(String id, String asOf) {
        Library lib = api.library();
        Case c = lib.load(id);
        java.time.LocalDate date = api.asOf(id, asOf);
        Assessment a = date == null ? lib.assessment(id) : lib.assessment(id, date);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.text(c.title())).append("</h1><p class=\"meta\">").append(Html.text(c.dyadLabel()))
                .append(" \u00b7 as of ").append(Html.text(c.asOf())).append("</p>");
        if (date != null) {
            // an earlier date must not pass for the case's own: say so above everything it changes
            b.append("<p class=\"as-of\">Assessed as of <strong>").append(Html.text(a.asOf())).append("</strong>, not at the "
                    + "case's own date: only evidence, treaties and data by then count. <a href=\"/cases/")
                    .append(Html.path(id)).append("\">Assess at ").append(Html.text(c.asOf())).append("</a></p>");
        }
        b
                .append("<p class=\"summary\">").append(Html.text(c.summary())).append("</p>")
                .append(Layout.spectrum(a.band()))
                .append("<p class=\"verdict\">Band ").append(Layout.band(a.band())).append(" \u00b7 overall <strong>")
                .append(Html.text(a.thresholds().showOverall(a.score()))).append("</strong> (interval ")
                .append(Html.text(Math.round(a.low()))).append("\u2013").append(Html.text(Math.round(a.high())))
                .append(")</p>").append(reading(a));
        b.append("<div class=\"grid\">").append(Layout.chart("overall", "Overall score on the spectrum, with its interval"))
                .append(Layout.chart("dimensions", "Dimension scores with their intervals"))
                .append(Layout.chart("commitment", "Commitment against cooperation, beside reference pairs (data only, "
                        + Dyads.YEAR + ")"))
                .append(Layout.chart("trajectory", "Trajectory: overall score by year")).append("</div>");
        b.append(ties(a));
        String base = "/cases/" + Html.path(id);
        b.append("<p class=\"more\">More on this case: <a href=\"").append(base).append("/treaties\">its ")
                .append(c.treaties().size()).append(" treaties, article by article</a> \u00b7 <a href=\"").append(base)
                .append("/events\">event data for ").append(Html.text(c.dyadLabel())).append(", month by month</a> \u00b7 ")
                .append("<a href=\"/forecasts\">the forecast ledger</a></p>");
        b.append(reasons(c, a));
        return Layout.page(c.title(), id, b.toString(), JsonMapping.forHtml(mapper, data(id, c, a, date != null)));
    }

    /**
     * @return the rule that placed the band, the thresholds it rests on and what would change it,
     * as the overview and the dyad page show them
     */
    static String reading(Assessment a) {
        StringBuilder b = new StringBuilder("<p class=\"rule\">Why: ").append(Html.text(a.rule())).append("</p>");
        for (String edge : a.edges()) {
            b.append("<p class=\"rule edge\">On a threshold: ").append(Html.text(edge)).append("</p>");
        }
        if (!a.wouldChange().isEmpty()) {
            b.append("<p class=\"rule\">What would change it:</p><ul class=\"would\">");
            a.wouldChange().forEach(w -> b.append("<li>").append(Html.text(w)).append("</li>"));
            b.append("</ul>");
        }
        return b.toString();
    }

    /** @return the commitment line (the strongest obligation in force, the absences) and hedging */
    static String ties(Assessment a) {
        return "<p>Commitment " + Html.text(a.thresholds().showCommitment(a.commitment().score()))
                + ": strongest obligation in force <strong>" + Html.text(Pages.word(a.commitment().strongest()))
                + "</strong>; conspicuously absent: " + Html.text(a.commitment().absent().isEmpty() ? "none noted"
                        : String.join(", ", a.commitment().absent().stream().map(Pages::word).toList())) + ". Hedging "
                + (a.hedging().measured() ? Html.text(a.thresholds().showHedging(a.hedging().score())) : "not measured") + ".</p>";
    }

    private static String reasons(Case c, Assessment a) {
        List<Contribution> top = new ArrayList<>(a.explanation());
        top.sort(Comparator.comparingDouble((Contribution x) -> -Math.abs(x.overall())));
        StringBuilder b = new StringBuilder("<h2>Top reasons</h2><table class=\"reasons\"><thead><tr><th>Effect</th>"
                + "<th>Kind</th><th>On</th><th>Reason</th><th>Cited</th></tr></thead><tbody>");
        for (Contribution x : top.subList(0, Math.min(REASONS, top.size()))) {
            b.append("<tr><td class=\"num ").append(x.overall() >= 0 ? "up" : "down").append("\">")
                    .append(String.format(java.util.Locale.ROOT, "%+.1f", x.overall())).append("</td><td>")
                    .append(Html.text(x.kind())).append("</td><td>").append(Html.text(x.target())).append("</td><td>")
                    .append(Html.text(x.label())).append("</td><td>").append(citations(c, x.sources())).append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    /** @return the sources as links (when they have a web address) with their reliability grade */
    static String citations(Case c, List<String> ids) {
        StringBuilder b = new StringBuilder();
        for (Map<String, Object> s : CaseViews.sources(c, ids)) {
            String title = String.valueOf(s.getOrDefault("title", s.get("id")));
            Object url = s.get("url");
            String link = url instanceof java.util.Optional<?> o && o.isPresent() ? (String) o.get() : null;
            b.append("<span class=\"cite\" title=\"").append(Html.text(s.getOrDefault("citation", ""))).append("\">");
            if (link != null) {
                b.append("<a href=\"").append(Html.href(link)).append("\" rel=\"noopener noreferrer\">")
                        .append(Html.text(title)).append("</a>");
            } else {
                b.append(Html.text(title));
            }
            Object grade = s.get("reliability");
            if (grade instanceof java.util.Optional<?> g && g.isPresent()) {
                b.append(" <small class=\"grade\">").append(Html.text(g.get())).append("</small>");
            }
            b.append("</span> ");
        }
        return b.toString();
    }

    private Map<String, Object> data(String id, Case c, Assessment a, boolean asked) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("page", "overview");
        d.put("case", id);
        d.put("title", c.title());
        d.put("assessment", asked ? AssessmentJson.of(a) : api.library().assessmentJson(id));
        // assessed at an earlier date, the chart ends with that date's year, as the banner says nothing later counts
        int end = a.asOf().getYear();
        d.put("trajectory", (asked ? api.trajectory(id, String.valueOf(end - Api.TRAJECTORY_YEARS + 1), String.valueOf(end))
                : api.trajectory(id, null, null)).stream().map(x -> Ordered.map("year", x.asOf().getYear(),
                "band", x.band(), "score", AssessmentJson.score(x.score()), "low", AssessmentJson.score(x.low()), "high",
                AssessmentJson.score(x.high()), "commitment", AssessmentJson.score(x.commitment().score()))).toList());
        d.put("references", api.dyads().references());
        List<Map<String, Object>> others = new ArrayList<>();
        for (Map<String, Object> r : api.library().summaries()) {
            if (!r.containsKey("problem")) {
                Map<String, Object> p = new LinkedHashMap<>(r);
                p.put("commitment", AssessmentJson.score(api.library().assessment((String) r.get("id")).commitment().score()));
                others.add(p);
            }
        }
        d.put("cases", others);
        return d;
    }
}
