package org.entente.server;

import org.entente.spectrum.AssessmentJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.model.Case;
import org.entente.model.Scenario;
import org.entente.scenarios.Forecast;

/**
 * Where the partnership could go: band probabilities by year, the fan of overall scores, the
 * sensitivity tornado, the named scenarios, and the indicator board. Marking an indicator asks
 * the API for the forecast under the new observations and redraws the charts in place.
 */
final class ScenariosPage {

    private final Api api;
    private final ObjectMapper mapper;

    ScenariosPage(Api api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    /**
     * @return the last year's shares of runs meeting strategic-transactionalism's two conditions, and of
     * those another band's rule places above transactional without them, as {@code entente scenarios}
     * prints them under its table (the page's script writes the same after an update)
     */
    static String conditions(Forecast f) {
        Forecast.Year end = f.baseline().get(f.baseline().size() - 1);
        String said = end.cooperation().said(end.year());
        return Character.toUpperCase(said.charAt(0)) + said.substring(1) + ".";
    }

    static String share(double p) {
        return Forecast.Conditions.share(p);
    }

    String render(Context ctx) {
        return render(ctx, EditForms.Filled.none());
    }

    /** @return the page, with the signpost form filled as given */
    String render(Context ctx, EditForms.Filled filled) {
        String id = ctx.pathParam("id");
        Case c = api.library().load(id);
        Forecast f = api.scenarios(ctx);
        StringBuilder b = new StringBuilder("<h1>Scenarios \u2014 ").append(Html.text(c.title())).append("</h1>")
                .append("<p>Starting from ").append(Layout.band(f.startBand())).append(" (overall ")
                .append(Html.text(api.library().assessment(id).thresholds().showOverall(f.startScore()))).append(") as of ").append(Html.text(f.asOf()))
                .append("; ").append(f.runs()).append(" runs, seed ").append(f.seed())
                .append(held(c, f.held().isEmpty() ? null : Api.given(ctx, "scenario")))
                .append(". <span id=\"forecast-status\" aria-live=\"polite\"></span></p>")
                .append(options(c, f, ctx))
                .append("<p id=\"forecast-conditions\">").append(Html.text(conditions(f))).append("</p>");
        b.append("<div class=\"grid\">").append(Layout.chart("bands", "Band probabilities by year"))
                .append(Layout.chart("fan", "Overall score: median, 50% and 90% ranges"))
                .append(Layout.chart("tornado", "Sensitivity: P(alignment or alliance) at the horizon across each driver's states"))
                .append("<section class=\"board\"><h2>Indicator board</h2><p>Mark what has been seen; the forecast "
                        + "updates at once.</p><table id=\"indicators\"><tbody>");
        for (Forecast.Indicator i : f.indicators()) {
            b.append("<tr id=\"").append(Html.text(i.id())).append("\" data-indicator=\"").append(Html.text(i.id()))
                    .append("\" data-state=\"")
                    .append(Html.text(i.observation())).append("\"><td>").append(Html.text(i.name()))
                    .append("<br><small>").append(Html.text(i.id())).append(" \u2192 ").append(Html.text(i.variable()))
                    .append("</small></td><td class=\"choices\">");
            for (String s : new String[] {"yes", "no", "unknown"}) {
                // the answer marked is told by aria-pressed as well as by colour; the label names the signpost
                b.append("<button type=\"button\" data-answer=\"").append(s).append("\" aria-pressed=\"")
                        .append(s.equals(i.observation())).append("\" aria-label=\"").append(Html.text(i.name() + ": " + s))
                        .append("\"").append(s.equals(i.observation()) ? " class=\"on\"" : "").append(">").append(s)
                        .append("</button>");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table></section></div><h2>Named scenarios</h2><table class=\"scenarios\"><thead><tr>"
                + "<th>Scenario</th><th>Prior</th><th>Now</th><th>Bayes factor</th></tr></thead><tbody id=\"scenario-rows\">");
        for (Forecast.Conditional s : f.scenarios()) {
            b.append("<tr><td>").append(Html.text(s.title())).append("</td><td class=\"num\">").append(pct(s.prior()))
                    .append("</td><td class=\"num\">").append(pct(s.posterior())).append("</td><td class=\"num\">")
                    .append(String.format(java.util.Locale.ROOT, "%.2f", s.bayesFactor())).append("</td></tr>");
        }
        b.append("</tbody></table>").append(new EditForms(api, id, filled).observation(c));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("page", "scenarios");
        data.put("case", id);
        data.put("forecast", f);
        return Layout.page("Scenarios: " + c.title(), id, b.toString(), JsonMapping.forHtml(mapper, data));
    }

    /** @return ", holding the scenario ... true" when one is held, else nothing */
    private static String held(Case c, String scenario) {
        if (scenario == null) {
            return "";
        }
        String title = c.scenarios().stream().filter(s -> s.id().equals(scenario)).map(Scenario::title).findFirst()
                .orElse(scenario);
        return "; holding \u201c" + Html.text(title) + "\u201d true (every chart and table below is conditioned on it)";
    }

    /**
     * @return a form giving the API's other options: a scenario to hold, the horizon, the date to
     * start from, runs and seed, filled with those of this request (the board keeps its answers:
     * the script copies them into the form before it is sent)
     */
    private static String options(Case c, Forecast f, Context ctx) {
        StringBuilder b = new StringBuilder("<form method=\"get\" class=\"filter\" id=\"forecast-options\">")
                .append("<label>Hold a scenario <select name=\"scenario\"><option value=\"\">none</option>");
        String scenario = Api.given(ctx, "scenario");
        for (Scenario s : c.scenarios()) {
            b.append("<option value=\"").append(Html.text(s.id())).append("\"").append(s.id().equals(scenario) ? " selected" : "")
                    .append(">").append(Html.text(s.title())).append("</option>");
        }
        b.append("</select></label>")
                .append(field("Horizon", "horizon", "number", ctx.queryParam("horizon"), String.valueOf(f.caseHorizon())))
                .append(field("As of", "asOf", "date", ctx.queryParam("asOf"), ""))
                .append(field("Runs", "runs", "number", ctx.queryParam("runs"), String.valueOf(Forecasts.RUNS)))
                .append(field("Seed", "seed", "number", ctx.queryParam("seed"), String.valueOf(Forecasts.SEED)));
        for (String o : ctx.queryParams("observe")) {
            b.append("<input type=\"hidden\" name=\"observe\" value=\"").append(Html.text(o)).append("\">");
        }
        return b.append("<button type=\"submit\">Apply</button></form>").toString();
    }

    private static String field(String label, String name, String type, String value, String placeholder) {
        return "<label>" + label + " <input type=\"" + type + "\" name=\"" + name + "\" value=\""
                + Html.text(value == null ? "" : value) + "\" placeholder=\"" + Html.text(placeholder) + "\"></label>";
    }

    private static String pct(double p) {
        return Html.text(Forecast.Conditions.cell(p, 0));   // never 0% or 100% for a share that is neither; "<1%" escaped
    }
}
