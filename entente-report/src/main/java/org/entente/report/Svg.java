package org.entente.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.model.Band;
import org.entente.model.Dimension;
import org.entente.spectrum.Assessment;

/**
 * The brief's charts as SVG: vector in the HTML and, through the PDF renderer's SVG support, in
 * the PDF. Each method returns one self-contained {@code <svg>} element.
 */
final class Svg {

    static final String[] BAND_COLOURS = {"#b2182b", "#d6604d", "#f4a582", "#92c5de", "#2166ac"};
    private static final String FONT = "font-family=\"DejaVu Sans\" font-size=\"10\"";

    private Svg() {
    }

    /**
     * The five bands as a strip, the assessed band outlined; below it, on an axis of its own, the
     * overall score and its interval. The bands are not ranges of the overall score (breadth,
     * commitment, hedging and a defence pledge decide them too), so the score is not drawn on the strip.
     */
    static String spectrum(Assessment a) {
        StringBuilder s = open(560, 96);
        int x = 10;
        int w = 108;
        for (Band b : Band.values()) {
            s.append(rect(x, 10, w, 22, BAND_COLOURS[b.ordinal()], b == a.band() ? "#000" : "none", b == a.band() ? 2.5 : 0));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"48\" font-family=\"DejaVu Sans\" font-size=\"7.5\" "
                    + "text-anchor=\"middle\" font-weight=\"%s\">%s</text>", x + w / 2.0, b == a.band() ? "bold" : "normal",
                    BriefHtml.escape(b.id())));
            x += w + 2;
        }
        s.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"64\" font-family=\"DejaVu Sans\" font-size=\"7.5\">"
                + "overall score %s (interval %.0f\u2013%.0f), 0\u2013100: one of the band rules' criteria</text>",
                a.thresholds().showOverall(a.score()), a.low(), a.high()));
        s.append("<line x1=\"10\" y1=\"76\" x2=\"558\" y2=\"76\" stroke=\"#999\" stroke-width=\"0.75\"/>");
        for (int t = 0; t <= 100; t += 25) {
            double tx = 10 + t / 100.0 * 548;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"73\" x2=\"%.1f\" y2=\"79\" stroke=\"#999\" "
                    + "stroke-width=\"0.75\"/><text x=\"%.1f\" y=\"90\" font-family=\"DejaVu Sans\" font-size=\"7\" "
                    + "text-anchor=\"%s\" fill=\"#555\">%d</text>", tx, tx, tx, t == 0 ? "start" : t == 100 ? "end" : "middle", t));
        }
        double lo = 10 + a.low() / 100 * 548;
        double hi = 10 + a.high() / 100 * 548;
        double at = 10 + a.score() / 100 * 548;
        s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"76\" x2=\"%.1f\" y2=\"76\" stroke=\"#333\" stroke-width=\"2.5\"/>", lo, hi));
        s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"76\" r=\"4\" fill=\"#000\"/>", at));
        return s.append("</svg>").toString();
    }

    /** Horizontal bars for the six dimension scores, with their intervals as whiskers. */
    static String dimensions(Assessment a) {
        StringBuilder s = open(560, 180);
        int y = 10;
        for (Dimension d : List.of(Dimension.MILITARY, Dimension.ECONOMIC, Dimension.ENERGY_NUCLEAR, Dimension.DIPLOMATIC,
                Dimension.INSTITUTIONAL, Dimension.IDEATIONAL)) {
            Assessment.DimensionScore ds = a.dimensions().get(d);
            s.append(text(110, y + 13, d.id(), "end", "normal"));
            s.append(rect(120, y, 4.0 * ds.score(), 18, "#6b8fb5", "none", 0));
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\" stroke-width=\"1.5\"/>",
                    120 + 4.0 * ds.low(), y + 9, 120 + 4.0 * ds.high(), y + 9));
            s.append(text(128 + 4.0 * ds.high(), y + 13, a.thresholds().showDimension(ds.score()), "start", "normal"));
            y += 27;
        }
        return s.append("</svg>").toString();
    }

    /**
     * A line chart over years with gaps where a series has no data.
     *
     * @param years  the x values
     * @param series name to values (NaN = no data), at most four
     * @param min    the y axis minimum
     * @param max    the y axis maximum (raised to the next round tick)
     */
    static String lines(List<Integer> years, Map<String, double[]> series, double min, double max) {
        return linesOver(years.stream().map(String::valueOf).toList(), series, min, max);
    }

    /**
     * A line chart over labelled periods (years, or quarters such as 2024-Q3), with gaps where a
     * series has no data.
     */
    static String linesOver(List<String> periods, Map<String, double[]> series, double min, double max) {
        String[] colours = {"#2166ac", "#b2182b", "#1b7837", "#762a83"};
        List<String> names = List.copyOf(series.keySet());
        int rows = legendRows(names);
        StringBuilder s = open(560, 186 + 14 * rows);
        double[] scale = ticks(min, max);
        axes(s, periods, scale, false);
        int c = 0;
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < periods.size(); i++) {
                double v = e.getValue()[i];
                if (Double.isNaN(v)) {
                    pen = false;
                    continue;
                }
                path.append(String.format(Locale.ROOT, "%s%.1f %.1f ", pen ? "L" : "M", x(i, periods.size(), false),
                        y(v, scale[0], scale[1])));
                pen = true;
            }
            s.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"").append(colours[c % 4])
                    .append("\" stroke-width=\"1.8\"/>");
            // a value with no neighbour draws no line: mark it with a dot
            double[] v = e.getValue();
            for (int i = 0; i < periods.size(); i++) {
                boolean alone = !Double.isNaN(v[i]) && (i == 0 || Double.isNaN(v[i - 1])) && (i == v.length - 1 || Double.isNaN(v[i + 1]));
                if (alone) {
                    s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>",
                            x(i, periods.size(), false), y(v[i], scale[0], scale[1]), colours[c % 4]));
                }
            }
            c++;
        }
        legend(s, names, java.util.stream.IntStream.range(0, names.size()).mapToObj(i -> colours[i % 4]).toList());
        return s.append("</svg>").toString();
    }

    /** Stacked bars of band probabilities, one bar per year, inside the axes. */
    static String bandStack(List<Integer> years, List<Map<String, Double>> bands) {
        List<String> names = java.util.Arrays.stream(Band.values()).map(Band::id).toList();
        StringBuilder s = open(560, 186 + 14 * legendRows(names));
        List<String> labels = years.stream().map(String::valueOf).toList();
        axes(s, labels, new double[] {0, 1, 0.25}, true);
        double w = 480.0 / years.size() * 0.7;
        for (int i = 0; i < years.size(); i++) {
            double base = 0;
            for (Band b : Band.values()) {
                double p = bands.get(i).getOrDefault(b.id(), 0.0);
                if (p > 0) {
                    double top = y(base + p, 0, 1);
                    s.append(rect(x(i, years.size(), true) - w / 2, top, w, y(base, 0, 1) - top, BAND_COLOURS[b.ordinal()], "none", 0));
                }
                base += p;
            }
        }
        legend(s, names, List.of(BAND_COLOURS));
        return s.append("</svg>").toString();
    }

    /** Approximate width of a legend label at the charts' 10-point DejaVu Sans (0.6 em per character, generous). */
    private static double labelWidth(String label) {
        return 6.0 * label.length();
    }

    private static final double LEGEND_LEFT = 50;

    /**
     * Places the legend's entries under the x axis, wrapping onto further rows rather than printing
     * them over each other.
     *
     * @return each entry's {x, y}
     */
    private static double[][] legendPlaces(List<String> names) {
        double[][] at = new double[names.size()][];
        double x = LEGEND_LEFT;
        double y = 186;
        for (int i = 0; i < names.size(); i++) {
            double w = 14 + labelWidth(names.get(i)) + 16;
            if (x + w > 550 && x > LEGEND_LEFT) {
                x = LEGEND_LEFT;
                y += 14;
            }
            at[i] = new double[] {x, y};
            x += w;
        }
        return at;
    }

    /** @return how many rows the legend needs within the chart's width */
    private static int legendRows(List<String> names) {
        double[][] at = legendPlaces(names);
        return at.length == 0 ? 1 : (int) Math.round((at[at.length - 1][1] - 186) / 14) + 1;
    }

    private static void legend(StringBuilder s, List<String> names, List<String> colours) {
        double[][] at = legendPlaces(names);
        for (int i = 0; i < names.size(); i++) {
            s.append(rect(at[i][0], at[i][1], 10, 8, colours.get(i), "none", 0))
                    .append(text(at[i][0] + 14, at[i][1] + 8, names.get(i), "start", "normal"));
        }
    }

    /**
     * Round ticks covering [min, max]: a step of 1, 2, 2.5 or 5 times a power of ten giving at most
     * five intervals, the top raised to the next step (so that no two ticks print the same number).
     *
     * @return {bottom, top, step}
     */
    static double[] ticks(double min, double max) {
        double span = max > min ? max - min : 1;
        double raw = span / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = power * 10;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= raw - 1e-12) {
                step = m * power;
                break;
            }
        }
        double bottom = Math.floor(min / step + 1e-9) * step;
        double top = Math.ceil(max / step - 1e-9) * step;
        if (top <= bottom) {
            top = bottom + step;
        }
        return new double[] {bottom, top, step};
    }

    private static void axes(StringBuilder s, List<String> periods, double[] scale, boolean bars) {
        double min = scale[0];
        double max = scale[1];
        double step = scale[2];
        s.append("<line x1=\"50\" y1=\"160\" x2=\"540\" y2=\"160\" stroke=\"#999\"/>");
        s.append("<line x1=\"50\" y1=\"10\" x2=\"50\" y2=\"160\" stroke=\"#999\"/>");
        int decimals = 0;   // as many as the step needs: 2.5 -> 1, 0.025 -> 3
        while (decimals < 6 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > 1e-6) {
            decimals++;
        }
        for (int k = 0; min + k * step <= max + step * 1e-9; k++) {
            double v = min + k * step;
            s.append(text(45, y(v, min, max) + 3, String.format(Locale.ROOT, "%." + decimals + "f", v), "end", "normal"));
        }
        int n = periods.size();
        int every = Math.max(1, (int) Math.ceil(n * (6.0 * periods.stream().mapToInt(String::length).max().orElse(4) + 12) / 480));
        for (int i = 0; i < n; i += every) {
            s.append(text(x(i, n, bars), 174, periods.get(i), "middle", "normal"));
        }
    }

    /** @return the x of point i of n: lines run from axis to axis, bars sit in equal slots inside them */
    private static double x(int i, int n, boolean bars) {
        if (bars) {
            return 50 + 490.0 * (i + 0.5) / n;
        }
        return 60 + (n <= 1 ? 0 : 470.0 * i / (n - 1));
    }

    private static double y(double v, double min, double max) {
        return 160 - 150 * (Math.max(min, Math.min(max, v)) - min) / (max - min);
    }

    private static StringBuilder open(int w, int h) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">", w, h, w, h));
    }

    private static String rect(double x, double y, double w, double h, String fill, String stroke, double sw) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%.1f\"/>",
                x, y, Math.max(0, w), Math.max(0, h), fill, stroke, sw);
    }

    private static String text(double x, double y, String t, String anchor, String weight) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" %s text-anchor=\"%s\" font-weight=\"%s\">%s</text>", x, y,
                FONT, anchor, weight, BriefHtml.escape(t));
    }
}
