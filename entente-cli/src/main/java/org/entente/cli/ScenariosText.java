package org.entente.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.model.Band;
import org.entente.model.Case;
import org.entente.scenarios.Forecast;

/** Prints a scenario forecast as tables. */
final class ScenariosText {

    /** The widest a footnote line runs. */
    private static final int WIDTH = 96;
    private static final String[] SHORT = {"adver", "trans", "st", "align", "allian"};

    private ScenariosText() {
    }

    static String share(double p) {
        return Forecast.Conditions.share(p);
    }

    /**
     * @param shown how the starting assessment's scores are shown (its thresholds), so that the
     *              start reads as 'entente assess' gives it
     */
    static void print(Forecast f, Case c, String only, org.entente.spectrum.Thresholds shown, PrintWriter out) {
        String start = shown.showOverall(f.startScore());
        out.printf(Locale.ROOT, "%s: outlook from %s (starting %s, overall %s); %d runs, seed %d%n", c.title(), f.asOf(),
                f.startBand().id(), start, f.runs(), f.seed());
        if (only != null) {
            out.println("Scenario " + only + " held true (its driver states fixed):");
        }
        out.println();
        out.printf("%-6s %6s %6s %6s %6s %6s   overall: %s%n", "year", SHORT[0], SHORT[1], SHORT[2], SHORT[3], SHORT[4],
                "5%  25%  median  75%  95%");
        for (Forecast.Year y : f.baseline()) {
            StringBuilder line = new StringBuilder(String.format("%-6d", y.year()));
            for (Band b : Band.values()) {
                line.append(String.format(" %6s", Forecast.Conditions.cell(y.bands().get(b.id()), 1)));
            }
            List<Double> q = y.quantiles();
            line.append(String.format(Locale.ROOT, "   %4.0f %4.0f %5.0f %6.0f %4.0f", q.get(0), q.get(1), q.get(2), q.get(3), q.get(4)));
            out.println(line);
        }
        out.printf(Locale.ROOT, "(every run starts from the scores as assessed on %s, overall %s: the spread is what the%n"
                + " drivers do to it, not the uncertainty of that score, which 'entente assess' gives as an interval)%n",
                f.asOf(), start);
        Forecast.Year end = f.baseline().get(f.baseline().size() - 1);
        footnote(out, "(" + end.cooperation().said(end.year()) + ")");
        int horizon = f.caseHorizon();
        if (end.year() > horizon) {
            out.printf("(after %d, the case's horizon, the drivers stay in the states they reached by then: no new%n"
                    + " changes set in, and the scores go on toward the same targets, with the yearly shocks)%n", horizon);
        }
        if (!f.scenarios().isEmpty() && only == null) {
            out.println();
            out.println("Named scenarios: P(scenario) before and after what has been observed, and P(band | scenario) in "
                    + f.baseline().get(f.baseline().size() - 1).year());
            out.printf("  %-34s %6s %6s %6s  %6s %6s %6s %6s %6s%n", "scenario", "prior", "now", "BF", SHORT[0], SHORT[1],
                    SHORT[2], SHORT[3], SHORT[4]);
            printRow(out, "(baseline)", Double.NaN, 1, Double.NaN, f.baseline().get(f.baseline().size() - 1).bands());
            for (Forecast.Conditional s : f.scenarios()) {
                printRow(out, s.id(), s.prior(), s.posterior(), s.bayesFactor(), s.bands());
                if (s.title() != null && !s.title().isBlank()) {
                    out.println("      " + s.title());
                }
            }
        }
        out.println();
        String given = only == null ? "" : ", with " + only + " held";
        out.println("Sensitivity" + given + ": P(strategic-alignment or alliance) at the horizon with each driver fixed, "
                + "widest first");
        for (Forecast.Sensitivity s : f.sensitivity()) {
            List<String> held = f.held().get(s.variable());
            if (held != null && held.size() == 1) {   // the scenario fixes it: there is nothing to vary
                out.printf("  %-26s fixed by the scenario: %s%n", s.variable(), held.get(0));
                continue;
            }
            StringBuilder states = new StringBuilder();
            s.byState().forEach((k, v) -> states.append(k).append(' ').append(Forecast.Conditions.cell(v, 0)).append("  "));
            out.printf(Locale.ROOT, "  %-26s %s %4.0f pts   %s%s%n", s.variable(), bar(s.range()), 100 * s.range(),
                    states.toString().strip(), held == null ? "" : "  (the states the scenario allows)");
        }
        out.println();
        out.println("Signposts (--observe ID=yes|no|unknown to update):");
        for (Forecast.Indicator i : f.indicators()) {
            out.printf("  %-28s %-8s %s%n", i.id(), i.observation() + ("none".equals(i.from()) ? "" : "*"), i.name());
        }
        observed(f, out);
        if (!f.observations().isEmpty()) {
            out.println();
            out.println("What the observations did to the drivers" + given + " (before -> after):");
            f.drivers().forEach((v, after) -> {
                Map<String, Double> before = f.priorDrivers().get(v);
                List<String> held = f.held().get(v);
                if (held != null && held.size() == 1) {
                    out.printf("  %-26s fixed by the scenario: %s%n", v, held.get(0));
                    return;
                }
                StringBuilder line = new StringBuilder();
                after.forEach((st, p) -> {
                    if (held == null || held.contains(st)) {   // a state the scenario rules out stays at 0
                        line.append(String.format(Locale.ROOT, "%s %.0f->%.0f%%  ", st, 100 * before.get(st), 100 * p));
                    }
                });
                out.printf("  %-26s %s%s%n", v, line.toString().strip(), held == null ? "" : "  (the states the scenario allows)");
            });
        }
        out.flush();
    }

    /** A note under the table, wrapped between words at {@link #WIDTH}, its later lines one space in. */
    static void footnote(PrintWriter out, String text) {
        String[] words = text.split(" ");
        StringBuilder line = new StringBuilder(words[0]);
        for (int k = 1; k < words.length; k++) {
            if (line.length() + 1 + words[k].length() > WIDTH) {
                out.println(line);
                line = new StringBuilder();
            }
            line.append(' ').append(words[k]);
        }
        out.println(line);
    }

    /**
     * The footnote to the signposts: which were observed, grouped by where the observation came
     * from (the case file, the command line), e.g.
     * {@code * observed, in the case file: sp-a (yes), sp-b (no)}.
     */
    static void observed(Forecast f, PrintWriter out) {
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        for (Forecast.Indicator i : f.indicators()) {
            if (!"none".equals(i.from())) {
                String from = "case".equals(i.from()) ? "in the case file" : "given on the " + i.from();
                bySource.computeIfAbsent(from, k -> new ArrayList<>()).add(i.id() + " (" + i.observation() + ")");
            }
        }
        if (bySource.isEmpty()) {
            out.println("  (* observed; nothing observed yet)");
        }
        bySource.forEach((from, ids) -> {
            // wrapped between signposts, never inside one with its answer
            StringBuilder line = new StringBuilder("  * observed, " + from + ":");
            for (int k = 0; k < ids.size(); k++) {
                String item = ids.get(k) + (k < ids.size() - 1 ? "," : "");
                if (line.length() + 1 + item.length() > WIDTH && !line.toString().isBlank()) {
                    out.println(line);
                    line = new StringBuilder("     ");
                }
                line.append(' ').append(item);
            }
            out.println(line);
        });
    }

    private static void printRow(PrintWriter out, String id, double prior, double now, double bf, Map<String, Double> bands) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-34s %6s %6s %6s ", id, pct(prior), pct(now),
                Double.isNaN(bf) ? "" : String.format(Locale.ROOT, "%.2f", bf)));
        for (Band b : Band.values()) {
            line.append(String.format(" %6s", Forecast.Conditions.cell(bands.getOrDefault(b.id(), 0.0), 1)));
        }
        out.println(line);
    }

    private static String pct(double p) {
        return Double.isNaN(p) ? "" : Forecast.Conditions.cell(p, 0);
    }

    private static String bar(double range) {
        int n = (int) Math.round(range * 40);
        return String.format("%-20s", "\u2588".repeat(Math.min(20, n)));
    }
}
