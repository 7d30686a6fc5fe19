package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.entente.model.Band;
import org.entente.model.Case;
import org.entente.model.Dimension;
import org.entente.model.Source;
import org.entente.model.Word;
import org.entente.spectrum.Assessment;
import org.entente.spectrum.Contribution;

/** Prints an assessment as a compact briefing, and a trajectory as a table. */
final class AssessText {

    private static final int TOP = 8;
    private static final int BAR = 20;

    private AssessText() {
    }

    static void briefing(Assessment a, Case c, boolean all, org.entente.spectrum.SpectrumConfig cfg,
                         List<Assessment> recent, PrintWriter out) {
        out.println(a.title() + " \u2014 as of " + a.asOf());
        out.println();
        spectrum(a, overallThresholds(cfg), out);
        org.entente.spectrum.Thresholds th = a.thresholds();
        out.printf(Locale.ROOT, "Band: %s   overall %s (%.0f\u2013%.0f)%n", a.band().id(), th.showOverall(a.score()), a.low(),
                a.high());
        OverviewText.wrap(out, a.rule(), "Why:  ");
        if (!a.edges().isEmpty()) {
            OverviewText.wrap(out, String.join("; ", a.edges()), "Edge: ");
        }
        if (!recent.isEmpty()) {
            OverviewText.wrap(out, "end of " + org.entente.spectrum.YearEnds.runs(recent)
                    + " (entente assess --trajectory for the figures)", "Before: ");
        }
        out.println();
        out.println("Dimension           score  interval   ");
        for (Dimension d : Dimension.values()) {
            Assessment.DimensionScore s = a.dimensions().get(d);
            if (s != null) {
                out.printf(Locale.ROOT, "  %-16s %5s  %3.0f\u2013%-3.0f  %s  %d evidence, %d data%s%n", d.id(),
                        th.showDimension(s.score()),
                        s.low(), s.high(), bar(s.score()), s.evidence(), s.data(), s.broad() ? "  broad" : "");
            }
        }
        if (a.dimensions().values().stream().anyMatch(Assessment.DimensionScore::broad)) {
            out.println("  (broad: counts toward the band rules' breadth: at or above its threshold, with an item of");
            out.println("   moderate strength or a strong data signal behind it)");
        }
        out.println();
        Assessment.Commitment k = a.commitment();
        out.printf(Locale.ROOT, "Commitment %s: strongest obligation in force %s%s; in force: %s%s%n",
                th.showCommitment(k.score()),
                k.strongest().id(), k.defence() ? " (binding mutual defence)" : "",
                k.inForce().isEmpty() ? "none" : String.join(", ", k.inForce()),
                k.absent().isEmpty() ? "" : "; conspicuously absent: " + k.absent().stream().map(Word::id)
                        .collect(Collectors.joining(", ")));
        out.println(a.hedging().measured() ? String.format(Locale.ROOT, "Hedging %s: %d limits count (%s)",
                th.showHedging(a.hedging().score()), a.hedging().limits().size(), String.join(", ", a.hedging().limits()))
                : "Hedging: not measured (" + (c == null ? "no case: limits and third-party ties come from a case's evidence"
                : "no evidence in the case dated by " + a.asOf() + " to weigh the limits against") + ")");
        out.println();
        if (all) {
            out.println("Every contribution (effect on its target; on the overall score):");
            for (Contribution r : a.explanation()) {
                OverviewText.wrap(out, r.label() + cite(r, c), String.format(Locale.ROOT, "  %+6.1f %-14s %+5.1f [%s] ",
                        r.effect(), r.target(), r.overall(), r.kind()));
            }
            // the accounting: every dimension starts at the prior; the effects above move it from there
            double prior = cfg.get("dimensions.prior_center") * (1 - cfg.get("commitment.share_in_overall"));
            double moved = a.explanation().stream().mapToDouble(Contribution::overall).sum();
            OverviewText.wrap(out, String.format(Locale.ROOT, "overall %.1f = %.2f, the prior (%.0f on every dimension, "
                    + "at the dimensions' share), %+.2f, the effects on the overall score above, unrounded (a limit's "
                    + "listed effect is its own pull; its weight also shrinks every other item's share)",
                    a.score(), prior, cfg.get("dimensions.prior_center"), moved), "  ");
        } else {
            out.println("What draws them together (effect on the overall score):");
            List<Contribution> draws = a.explanation().stream().filter(x -> x.overall() > 0).toList();
            draws.stream().limit(TOP).forEach(r ->
                    OverviewText.wrap(out, r.label() + cite(r, c), String.format(Locale.ROOT, "  %+5.1f [%s] ", r.overall(), r.kind())));
            more(out, draws.size() - TOP, "drawing them together");
            out.println();
            out.println("What holds them back (limits: share of hedging; evidence: effect on its dimension):");
            a.explanation().stream().filter(x -> x.kind().equals("rule") && x.target().equals("commitment"))
                    .forEach(r -> OverviewText.wrap(out, r.label(), "     - [treaty] "));
            List<Contribution> limits = a.explanation().stream().filter(x -> x.kind().equals("limit"))
                    .sorted(java.util.Comparator.comparingDouble((Contribution x) -> -x.effect())).toList();
            limits.stream().limit(TOP / 2).forEach(r -> OverviewText.wrap(out, r.label() + cite(r, c),
                    String.format(Locale.ROOT, "  %+5.1f [limit] ", r.effect())));
            more(out, limits.size() - TOP / 2, "limit(s)");
            List<Contribution> against = a.explanation().stream().filter(x -> x.kind().equals("evidence") && x.effect() < 0)
                    .sorted(java.util.Comparator.comparingDouble(Contribution::effect)).toList();
            against.stream().limit(TOP / 2).forEach(r -> OverviewText.wrap(out, r.label() + cite(r, c),
                    String.format(Locale.ROOT, "  %+5.1f [%s] ", r.effect(), r.target())));
            more(out, against.size() - TOP / 2, "item(s) of evidence against");
        }
        out.println();
        out.println("What would change it:");
        a.wouldChange().forEach(w -> OverviewText.wrap(out, w, "  - "));
        out.println();
        OverviewText.wrap(out, String.join("; ", a.coverage()), "Data: ");
        out.flush();
    }

    /** Says how many items a list left out, and where they are. */
    private static void more(PrintWriter out, int left, String what) {
        if (left > 0) {
            out.printf(Locale.ROOT, "         (%d more %s: entente assess --explain lists every contribution)%n", left, what);
        }
    }

    /**
     * Names the five bands with the assessed one highlighted, then the overall score on a 0-100
     * gauge of its own, marking the thresholds the band rules set on it. The bands are not ranges
     * of the overall score (breadth, commitment, hedging and a defence pledge decide them too), so
     * the two are not drawn as one axis.
     */
    private static void spectrum(Assessment a, java.util.SortedSet<Double> thresholds, PrintWriter out) {
        StringBuilder names = new StringBuilder("  bands    ");
        for (Band b : Band.values()) {
            names.append(b == a.band() ? ">" + b.id().toUpperCase(Locale.ROOT) + "<" : b.id())
                    .append(b == Band.ALLIANCE ? "" : " \u00b7 ");
        }
        out.println(names);
        int width = 60;
        int at = (int) Math.round(Math.max(0, Math.min(100, a.score())) / 100.0 * width);
        int lo = (int) Math.round(Math.max(0, a.low()) / 100.0 * width);
        int hi = (int) Math.round(Math.min(100, a.high()) / 100.0 * width);
        StringBuilder gauge = new StringBuilder();
        StringBuilder ticks = new StringBuilder(" ".repeat(width + 1));
        java.util.Set<Integer> marks = new java.util.HashSet<>();
        for (double t : thresholds) {
            int x = (int) Math.round(t / 100.0 * width);
            marks.add(x);
            String label = org.entente.spectrum.BandRules.number(t);
            if (ticks.substring(Math.max(0, x - 1), Math.min(ticks.length(), x + label.length() + 1)).isBlank()) {
                ticks.replace(x, x + label.length(), label);   // a label that would touch another is left out
            }
        }
        for (int i = 0; i <= width; i++) {
            gauge.append(i == at ? '\u25cf' : i >= lo && i <= hi ? '\u2550' : marks.contains(i) ? '\u250a' : '\u00b7');
        }
        out.printf(Locale.ROOT, "  overall  0 %s 100   (%s, interval %.0f\u2013%.0f)%n", gauge,
                a.thresholds().showOverall(a.score()), a.low(), a.high());
        out.println(("             " + ticks).stripTrailing() + "   (the band rules' thresholds on the overall score)");
        out.println();
    }

    /** @return the thresholds the band rules set on the overall score (docs/spectrum.md) */
    static java.util.SortedSet<Double> overallThresholds(org.entente.spectrum.SpectrumConfig cfg) {
        java.util.SortedSet<Double> t = new java.util.TreeSet<>();
        for (String k : java.util.List.of("bands.adversarial_below", "bands.st_overall", "bands.alignment_overall",
                "bands.alliance_overall")) {
            t.add(cfg.get(k));
        }
        return t;
    }

    private static String bar(double score) {
        int n = (int) Math.round(score / 100 * BAR);
        return "\u2588".repeat(n) + "\u2591".repeat(BAR - n);
    }

    private static String cite(Contribution r, Case c) {
        if (r.sources().isEmpty()) {
            return "";
        }
        if (c == null) {
            return " (" + String.join(", ", r.sources()) + ")";
        }
        return " (" + r.sources().stream().limit(2).map(id -> c.source(id).map(AssessText::shortCite).orElse(id))
                .collect(Collectors.joining("; ")) + (r.sources().size() > 2 ? "; +" + (r.sources().size() - 2) : "") + ")";
    }

    private static String shortCite(Source s) {
        String who = s.publisher().or(s::author).orElse(s.id());
        return who + s.date().map(d -> " " + d).orElse("") + s.endnote().stream().mapToObj(n -> ", brief n." + n)
                .findFirst().orElse("");
    }

    static void trajectory(Case c, List<Assessment> years, PrintWriter out) {
        out.println(c.title() + ": trajectory");
        out.printf("%-10s %-27s %5s %9s %5s %5s   %s%n", "as of", "band", "score", "interval", "commit", "hedge",
                " mil  eco  ene  dip  ins  ide");
        for (Assessment a : years) {
            String dims = Dimension.values().length == 0 ? "" : java.util.Arrays.stream(Dimension.values())
                    .filter(d -> a.dimensions().containsKey(d))
                    .map(d -> String.format(Locale.ROOT, "%4s", a.thresholds().showDimension(a.dimensions().get(d).score())))
                    .collect(Collectors.joining(" "));
            // hedging is not measured in a year with no evidence: a dash, not NaN
            String hedge = a.hedging().measured() ? a.thresholds().showHedging(a.hedging().score()) : "-";
            out.printf(Locale.ROOT, "%-10s %-27s %5s %4.0f\u2013%-4.0f %5s %5s   %s%n", a.asOf(),
                    a.band().id() + (a.edges().isEmpty() ? "" : " *"), a.thresholds().showOverall(a.score()), a.low(), a.high(),
                    a.thresholds().showCommitment(a.commitment().score()), hedge, dims);
        }
        years.stream().filter(a -> !a.edges().isEmpty()).forEach(a ->
                OverviewText.wrap(out, String.join("; ", a.edges()), "* " + a.asOf() + ": "));
        out.flush();
    }
}
