package org.entente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Band;
import org.entente.reference.data.Bundle;

/**
 * Any pair of states: a form to pick two, then the data-only assessment (its rule, the thresholds
 * it rests on, what would change it, commitment and hedging, as the case overview shows them) and
 * the dyad-year panel as charts (UN vote similarity, arms transfers, trade dependence) with each dataset's coverage.
 */
final class DyadPage {

    private final Api api;
    private final ObjectMapper mapper;

    DyadPage(Api api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    /** @return the pair form, the states offered as suggestions */
    static String form(Api api, String a, String b) {
        StringBuilder s = new StringBuilder("<form class=\"pair\" method=\"get\" action=\"/dyads\">")
                .append("<label>First state <input name=\"a\" list=\"states\" required maxlength=\"60\" value=\"")
                .append(Html.text(a)).append("\"></label><label>Second state <input name=\"b\" list=\"states\" required "
                        + "maxlength=\"60\" value=\"").append(Html.text(b)).append("\"></label>")
                .append("<button type=\"submit\">Show</button><datalist id=\"states\">");
        for (Map<String, Object> st : api.dyads().states()) {
            s.append("<option value=\"").append(Html.text((String) st.get("iso3"))).append("\">")
                    .append(Html.text((String) st.get("name")))
                    .append("</option>");
        }
        return s.append("</datalist></form>").toString();
    }

    String render(String a, String b, Integer from, Integer to, Integer year) {
        return render("", a, b, from, to, year);
    }

    /**
     * @param caseId the case whose pair this is, for its navigation (its Data tab), or "" for any pair
     * @return the pair's data page: the data-only assessment, the panel's charts and coverage
     */
    String render(String caseId, String a, String b, Integer from, Integer to, Integer year) {
        Dyads.Panel panel = api.dyads().panel(a, b, from, to, year);
        Map<String, Object> p = panel.json();
        @SuppressWarnings("unchecked")
        Map<String, Object> x = (Map<String, Object>) p.get("assessment");
        @SuppressWarnings("unchecked")
        Map<String, String> sa = (Map<String, String>) p.get("a");
        @SuppressWarnings("unchecked")
        Map<String, String> sb = (Map<String, String>) p.get("b");
        String title = sa.get("name") + " and " + sb.get("name");
        StringBuilder s = new StringBuilder("<h1>").append(Html.text(title)).append("</h1>")
                .append(form(api, sa.get("iso3"), sb.get("iso3")))
                .append("<p>Data only, ").append(Html.text(x.get("asOf"))).append(": ").append(Layout.band((Band) x.get("band")))
                .append(" \u00b7 overall ")
                .append(Html.text(panel.assessment().thresholds().showOverall(panel.assessment().score()))).append(" (interval ")
                .append(Math.round(panel.assessment().low())).append("\u2013").append(Math.round(panel.assessment().high()))
                .append(")</p>")
                .append(OverviewPage.reading(panel.assessment())).append(OverviewPage.ties(panel.assessment()))
                .append("<div class=\"grid\">").append(Layout.chart("votes", "UN General Assembly votes: Cohen's kappa, all and by issue"))
                .append(Layout.chart("arms", "Arms transfers (SIPRI TIV), each way"))
                .append(Layout.chart("trade", "Trade dependence, each way")).append("</div>");
        s.append("<h2>Coverage</h2><table class=\"coverage\"><thead><tr><th>Dataset</th><th>Years</th><th>Citation</th>"
                + "</tr></thead><tbody>");
        @SuppressWarnings("unchecked")
        List<Bundle.Dataset> coverage = (List<Bundle.Dataset>) p.get("coverage");
        for (Bundle.Dataset d : coverage) {
            s.append("<tr><td>").append(Html.text(d.name())).append("</td><td>").append(d.from()).append("\u2013")
                    .append(d.to()).append("</td><td>").append(Html.text(d.citation())).append("</td></tr>");
        }
        s.append("</tbody></table>");
        Map<String, Object> data = new LinkedHashMap<>(p);
        data.put("page", "dyad");
        return Layout.page(title, caseId, s.toString(), JsonMapping.forHtml(mapper, data));
    }
}
