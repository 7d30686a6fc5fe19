package org.entente.server;

import org.entente.model.Band;

/**
 * The page shell every page shares: head with the stylesheet and scripts (ECharts from its
 * webjar, the page script from the server), the navigation, and the page's data as escaped
 * JSON for the charts to read.
 */
final class Layout {

    /** The ECharts build shipped in the webjar; the version must match the dependency. */
    static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";
    /** The Swagger UI version shipped in the webjar. */
    static final String SWAGGER = "/webjars/swagger-ui/5.34.1/";

    private Layout() {
    }

    /**
     * @param title    the page title (plain text; escaped here)
     * @param caseNav  the case id whose sub-navigation to show, or "" for none
     * @param body     the page body, already HTML
     * @param dataJson the page's data as HTML-safe JSON (see JsonMapping.forHtml), or null
     * @return the whole document
     */
    static String page(String title, String caseNav, String body, String dataJson) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.text(title)).append(" \u2014 Entente</title>")
                .append("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">")
                .append("<link rel=\"stylesheet\" href=\"/static/entente.css\">");
        if (dataJson != null) {
            out.append("<script src=\"").append(ECHARTS).append("\" defer></script>")
                    .append("<script src=\"/static/entente.js\" defer></script>");
        }
        out.append("</head><body><header><a class=\"brand\" href=\"/\">Entente</a><nav>")
                .append("<a href=\"/\">Cases</a><a href=\"/dyads\">Any pair</a><a href=\"/events\">Events</a>")
                .append("<a href=\"/forecasts\">Forecasts</a><a href=\"/api-docs\">API</a></nav></header>");
        if (!caseNav.isEmpty()) {
            String base = "/cases/" + Html.path(caseNav);
            out.append("<nav class=\"case-nav\"><a href=\"").append(base).append("\">Overview</a>")
                    .append("<a href=\"").append(base).append("/timeline\">Timeline</a>")
                    .append("<a href=\"").append(base).append("/evidence\">Evidence and sources</a>")
                    .append("<a href=\"").append(base).append("/scenarios\">Scenarios</a>")
                    .append("<a href=\"").append(base).append("/treaties\">Treaties</a>")
                    .append("<a href=\"").append(base).append("/data\">Data</a>")
                    .append("<a href=\"").append(base).append("/events\">Events</a></nav>");
        }
        out.append("<main>").append(body).append("</main>");
        if (dataJson != null) {
            out.append("<script type=\"application/json\" id=\"page-data\">").append(dataJson).append("</script>");
        }
        return out.append("</body></html>").toString();
    }

    /** @return a coloured label for a band */
    static String band(Band b) {
        return "<span class=\"band band-" + b.id() + "\">" + Html.text(b.id()) + "</span>";
    }

    /** @return the spectrum drawn as five boxes, the given band marked */
    static String spectrum(Band current) {
        StringBuilder out = new StringBuilder("<ol class=\"spectrum\" aria-label=\"the spectrum\">");
        for (Band b : Band.values()) {
            out.append("<li class=\"band-").append(b.id()).append(b == current ? " current\" aria-current=\"true\"" : "\"")
                    .append(">").append(Html.text(b.id())).append("</li>");
        }
        return out.append("</ol>").toString();
    }

    /** @return a chart container the page script fills, named by kind */
    static String chart(String kind, String label) {
        return "<figure><div class=\"chart\" id=\"chart-" + kind + "\" data-chart=\"" + kind + "\" role=\"img\" aria-label=\""
                + Html.text(label) + "\"></div><figcaption>" + Html.text(label) + "</figcaption></figure>";
    }
}
