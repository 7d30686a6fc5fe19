package org.entente.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.reference.panel.DyadYear;

/** The brief's data highlights: UN vote similarity, arms transfers and trade dependence over the panel's years. */
final class DataCharts {

    private DataCharts() {
    }

    static void write(Brief brief, StringBuilder out, Citations citations) {
        List<DyadYear> panel = brief.panel();
        if (panel.isEmpty()) {
            return;
        }
        List<Integer> years = panel.stream().map(DyadYear::year).toList();
        out.append("<h2>What the data show</h2><p>Public datasets bundled with Entente, ").append(years.get(0)).append("\u2013")
                .append(years.get(years.size() - 1)).append("; gaps mean the dataset does not cover the year, not zero.</p>");
        Map<String, double[]> votes = new LinkedHashMap<>();
        votes.put("Cohen's kappa", series(panel, y -> y.votes().map(v -> v.all().kappa()).orElse(Double.NaN)));
        votes.put("Signorino-Ritter S", series(panel, y -> y.votes().map(v -> v.all().s()).orElse(Double.NaN)));
        chart(out, "UN General Assembly vote similarity" + citations.marks(List.of("unvotes")), Svg.lines(years, votes, -0.5, 1));
        Map<String, double[]> arms = new LinkedHashMap<>();
        arms.put(brief.nameA() + " to " + brief.nameB(), series(panel, y -> y.arms().map(r -> (double) r.aToB()).orElse(Double.NaN)));
        arms.put(brief.nameB() + " to " + brief.nameA(), series(panel, y -> y.arms().map(r -> (double) r.bToA()).orElse(Double.NaN)));
        double max = java.util.Arrays.stream(arms.values().stream().flatMapToDouble(java.util.Arrays::stream).toArray())
                .filter(v -> !Double.isNaN(v)).max().orElse(1);
        chart(out, "Arms deliveries, SIPRI TIV millions" + citations.marks(List.of("sipri")), Svg.lines(years, arms, 0, Math.max(1, max)));
        Map<String, double[]> trade = new LinkedHashMap<>();
        trade.put(brief.nameA() + " (% of its trade)", series(panel, y -> y.trade().map(t -> 100 * t.dependenceA().orElse(Double.NaN))
                .orElse(Double.NaN)));
        trade.put(brief.nameB() + " (% of its trade)", series(panel, y -> y.trade().map(t -> 100 * t.dependenceB().orElse(Double.NaN))
                .orElse(Double.NaN)));
        double top = java.util.Arrays.stream(trade.values().stream().flatMapToDouble(java.util.Arrays::stream).toArray())
                .filter(v -> !Double.isNaN(v)).max().orElse(1);
        chart(out, "Trade dependence: bilateral trade as a share of each side's total" + citations.marks(List.of("cow-trade")),
                Svg.lines(years, trade, 0, Math.max(1, top)));
    }

    private static void chart(StringBuilder out, String title, String svg) {
        out.append("<h3>").append(title).append("</h3><div class=\"chart\">").append(svg).append("</div>");
    }

    private static double[] series(List<DyadYear> panel, java.util.function.ToDoubleFunction<DyadYear> f) {
        return panel.stream().mapToDouble(f).toArray();
    }
}
