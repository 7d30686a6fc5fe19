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

    /** The five bands as a strip, the assessed band outlined, the overall score and its interval marked. */
    static String spectrum(Assessment a) {
        StringBuilder s = open(560, 70);
        int x = 10;
        int w = 108;
        for (Band b : Band.values()) {
            s.append(rect(x, 10, w, 22, BAND_COLOURS[b.ordinal()], b == a.band() ? "#000" : "none", b == a.band() ? 2.5 : 0));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"48\" font-family=\"DejaVu Sans\" font-size=\"7.5\" "
                    + "text-anchor=\"middle\" font-weight=\"%s\">%s</text>", x + w / 2.0, b == a.band() ? "bold" : "normal",
                    BriefHtml.escape(b.id())));
            x += w + 2;
        }
        double lo = 10 + a.low() / 100 * 548;
        double hi = 10 + a.high() / 100 * 548;
        double at = 10 + a.score() / 100 * 548;
        s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"62\" x2=\"%.1f\" y2=\"62\" stroke=\"#333\" stroke-width=\"2\"/>", lo, hi));
        s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"62\" r=\"4\" fill=\"#000\"/>", at));
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
            s.append(text(128 + 4.0 * ds.high(), y + 13, String.format(Locale.ROOT, "%.0f", ds.score()), "start", "normal"));
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
     * @param max    the y axis maximum
     */
    static String lines(List<Integer> years, Map<String, double[]> series, double min, double max) {
        StringBuilder s = open(560, 200);
        String[] colours = {"#2166ac", "#b2182b", "#1b7837", "#762a83"};
        axes(s, years, min, max);
        int c = 0;
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < years.size(); i++) {
                double v = e.getValue()[i];
                if (Double.isNaN(v)) {
                    pen = false;
                    continue;
                }
                path.append(String.format(Locale.ROOT, "%s%.1f %.1f ", pen ? "L" : "M", x(i, years.size()), y(v, min, max)));
                pen = true;
            }
            s.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"").append(colours[c % 4])
                    .append("\" stroke-width=\"1.8\"/>");
            s.append(rect(60 + 130 * c, 186, 10, 8, colours[c % 4], "none", 0)).append(text(74 + 130 * c, 194, e.getKey(), "start", "normal"));
            c++;
        }
        return s.append("</svg>").toString();
    }

    /** Stacked bars of band probabilities, one bar per year. */
    static String bandStack(List<Integer> years, List<Map<String, Double>> bands) {
        StringBuilder s = open(560, 200);
        axes(s, years, 0, 1);
        double w = 480.0 / years.size() * 0.7;
        for (int i = 0; i < years.size(); i++) {
            double base = 0;
            for (Band b : Band.values()) {
                double p = bands.get(i).getOrDefault(b.id(), 0.0);
                if (p > 0) {
                    double top = y(base + p, 0, 1);
                    s.append(rect(x(i, years.size()) - w / 2, top, w, y(base, 0, 1) - top, BAND_COLOURS[b.ordinal()], "none", 0));
                }
                base += p;
            }
        }
        int lx = 60;
        for (Band b : Band.values()) {
            s.append(rect(lx, 186, 10, 8, BAND_COLOURS[b.ordinal()], "none", 0)).append(text(lx + 13, 194, b.id(), "start", "normal"));
            lx += 100;
        }
        return s.append("</svg>").toString();
    }

    private static void axes(StringBuilder s, List<Integer> years, double min, double max) {
        s.append("<line x1=\"50\" y1=\"160\" x2=\"540\" y2=\"160\" stroke=\"#999\"/>");
        s.append("<line x1=\"50\" y1=\"10\" x2=\"50\" y2=\"160\" stroke=\"#999\"/>");
        for (int k = 0; k <= 4; k++) {
            double v = min + (max - min) * k / 4;
            s.append(text(45, y(v, min, max) + 3, String.format(Locale.ROOT, max <= 1 ? "%.2f" : "%.0f", v), "end", "normal"));
        }
        int step = Math.max(1, years.size() / 8);
        for (int i = 0; i < years.size(); i += step) {
            s.append(text(x(i, years.size()), 174, String.valueOf(years.get(i)), "middle", "normal"));
        }
    }

    private static double x(int i, int n) {
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
