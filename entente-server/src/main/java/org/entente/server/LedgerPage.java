package org.entente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forecast ledger, read only: every recorded forecast with its outcomes, its resolution and
 * scores, the mean Brier and log scores, and a calibration chart (forecast probability against
 * how often the outcome happened, per tenth).
 */
final class LedgerPage {

    private final Api api;
    private final ObjectMapper mapper;

    LedgerPage(Api api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    String render() {
        Map<String, Object> d = api.ledger().read();
        StringBuilder s = new StringBuilder("<h1>Forecast ledger</h1><p class=\"meta\">").append(Html.text(d.get("ledger")))
                .append(" \u00b7 read only; record and resolve forecasts with <code>entente forecast</code></p>");
        if (!Boolean.TRUE.equals(d.get("exists"))) {
            s.append("<div class=\"empty-store\"><p>There is no forecast ledger at this path yet. Start one with</p><pre>")
                    .append(Html.text("entente forecast record --id iran-russia-2027 --question \"...\" --resolves 2027-12-31 "
                            + "--probability 0.3")).append("</pre><p>The server reads the ledger <code>entente forecast</code> "
                            + "uses: the system property <code>entente.ledger</code>, else <code>$ENTENTE_LEDGER</code>, else "
                            + "<code>~/.local/share/entente/ledger.duckdb</code>.</p></div>");
            return Layout.page("Forecast ledger", "", s.toString(), null);
        }
        s.append("<p>").append(Html.text(d.get("recorded"))).append(" forecasts recorded, ").append(Html.text(d.get("resolved")))
                .append(" resolved.");
        if (d.get("meanBrier") != null) {
            s.append(" Mean Brier score <strong>").append(Html.text(d.get("meanBrier"))).append("</strong> (0 is perfect, 2 the "
                    + "worst; summed over outcomes), mean log score <strong>").append(Html.text(d.get("meanLog")))
                    .append("</strong> (\u2212ln p of what happened; 0 is perfect).");
        }
        s.append("</p>");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) d.get("forecasts");
        if (d.get("meanBrier") != null) {
            s.append(Layout.chart("calibration", "Calibration: mean forecast probability against how often the outcome "
                    + "happened, per tenth (dot size: number of outcome probabilities)"));
        }
        s.append("<table class=\"forecasts\"><thead><tr><th>Forecast</th><th>Subject</th><th>Made</th><th>Resolves</th>"
                + "<th>Outcomes</th><th>Resolution</th><th>Brier</th><th>Log</th></tr></thead><tbody>");
        for (Map<String, Object> r : rows) {
            s.append("<tr id=\"").append(Html.text(r.get("id"))).append("\"><td>").append(Html.text(r.get("question")))
                    .append("<br><small>").append(Html.text(r.get("id"))).append(" \u00b7 ").append(Html.text(r.get("model")))
                    .append("</small></td><td>").append(Html.text(r.get("subject"))).append("</td><td>")
                    .append(Html.text(r.get("made"))).append("</td><td>").append(Html.text(r.get("resolves"))).append("</td><td>");
            @SuppressWarnings("unchecked")
            Map<String, Double> outcomes = (Map<String, Double>) r.get("outcomes");
            outcomes.forEach((k, v) -> s.append(k.equals(r.get("outcome")) ? "<strong>" : "").append(Html.text(k)).append(' ')
                    .append(Math.round(v * 100)).append("%").append(k.equals(r.get("outcome")) ? "</strong>" : "").append("<br>"));
            s.append("</td><td>");
            if ("resolved".equals(r.get("status"))) {
                s.append(Html.text(r.get("outcome"))).append(" <small>").append(Html.text(r.getOrDefault("resolvedOn", "")))
                        .append("</small></td><td class=\"num\">").append(Html.text(r.get("brier")))
                        .append("</td><td class=\"num\">").append(Html.text(r.get("log"))).append("</td>");
            } else {
                s.append("<small>open</small></td><td></td><td></td>");
            }
            s.append("</tr>");
        }
        s.append("</tbody></table><p><a href=\"/api/forecasts\">The ledger as JSON</a></p>");
        if (d.get("meanBrier") == null) {
            return Layout.page("Forecast ledger", "", s.toString(), null);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("page", "ledger");
        data.put("calibration", d.get("calibration"));
        return Layout.page("Forecast ledger", "", s.toString(), JsonMapping.forHtml(mapper, data));
    }
}
