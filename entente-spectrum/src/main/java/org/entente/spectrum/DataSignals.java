package org.entente.spectrum;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import org.entente.model.Dimension;
import org.entente.model.Obligation;
import org.entente.reference.panel.DyadPanels;
import org.entente.reference.panel.DyadYear;
import org.entente.reference.unvotes.Similarity;
import org.entente.reference.unvotes.UnIssue;

/**
 * What the dyad-year panel says about a partnership on a date: one signal per dimension where
 * there is data (each from the latest year the dataset covers within the look-back window),
 * whether a strategic rivalry is active, and the strongest ATOP obligation in force.
 *
 * @param signals   per dimension, the data signal
 * @param rivalry   the rivalry signal, if one is active
 * @param atop      the strongest ATOP obligation in force, if ATOP covers a recent year
 * @param coverage  one line per dataset: which year was used, or that none was in reach
 */
record DataSignals(Map<Dimension, Signal> signals, Optional<Signal> rivalry, Optional<AtopObligation> atop,
                   List<String> coverage) {

    /**
     * One data value turned into a score.
     *
     * @param dimension what it informs
     * @param value     the score 0-100 it points to
     * @param label     what it is, with the raw value and its year
     * @param dataset   the dataset id
     * @param year      the year it comes from
     */
    record Signal(Dimension dimension, double value, String label, String dataset, int year) {
    }

    /**
     * @param obligation the strongest obligation either side has toward the other
     * @param year       the ATOP year
     */
    record AtopObligation(Obligation obligation, int year) {
    }

    static DataSignals none(String why) {
        return new DataSignals(Map.of(), Optional.empty(), Optional.empty(), List.of(why));
    }

    /**
     * @param a     the first state's COW code in each year
     * @param b     the second's
     * @param nameA what the first is called in labels (its ISO code), e.g. for the direction of arms deliveries
     * @param nameB the second's
     */
    static DataSignals of(DyadPanels panels, IntUnaryOperator a, IntUnaryOperator b, String nameA, String nameB, int year,
                          int lookback, double armsVolumeFull) {
        Map<Dimension, Signal> signals = new EnumMap<>(Dimension.class);
        List<String> coverage = new ArrayList<>();
        Finder find = new Finder(panels, a, b, year, lookback);

        // a year whose kappa is undefined (the two voted alike on every roll call, and always the
        // same way) measures nothing beyond agreement; an earlier year is used instead
        find.latest("unvotes", (x, z, y) -> panels.votes(x, z, y).filter(v -> !Double.isNaN(v.all().kappa())))
                .ifPresentOrElse(f -> {
            Similarity s = f.value().all();
            signals.put(Dimension.DIPLOMATIC, new Signal(Dimension.DIPLOMATIC, clamp(50 + 50 * s.kappa()),
                    String.format("UN General Assembly votes %d: kappa %.2f, S %.2f over %d roll calls", f.year(), s.kappa(),
                            s.s(), s.n()), "unvotes", f.year()));
            Similarity hr = f.value().byIssue().get(UnIssue.HUMAN_RIGHTS);
            if (hr != null && hr.n() >= 5 && !Double.isNaN(hr.kappa())) {
                signals.put(Dimension.IDEATIONAL, new Signal(Dimension.IDEATIONAL, clamp(50 + 50 * hr.kappa()),
                        String.format("UN human-rights votes %d: kappa %.2f over %d roll calls", f.year(), hr.kappa(), hr.n()),
                        "unvotes", f.year()));
            }
            coverage.add("UN votes: " + f.year());
        }, () -> coverage.add("UN votes: none within " + lookback + " years (the bundled data end in 2019)"));

        find.latest("sipri", panels::arms).ifPresentOrElse(f -> {
            // five years of deliveries: the supplier's share of all the recipient's imports in those
            // years (years in which it delivered nothing still count in the total), counted in full
            // only once the volume is substantial, so that a token delivery is not "all" of them
            long[] sums = new long[4];
            for (int y = f.year(); y > f.year() - 5; y--) {
                int ay = a.applyAsInt(y);
                int by = b.applyAsInt(y);
                Optional<DyadYear.Arms> r = panels.arms(ay, by, y);
                if (r.isPresent()) {   // SIPRI covers the year, so the import totals are there too
                    sums[0] += r.get().aToB();
                    sums[1] += r.get().bToA();
                    sums[2] += panels.armsImports(by, y).getAsInt();
                    sums[3] += panels.armsImports(ay, y).getAsInt();
                }
            }
            double toB = sums[2] == 0 ? 0 : (double) sums[0] / sums[2];
            double toA = sums[3] == 0 ? 0 : (double) sums[1] / sums[3];
            double share = Math.max(toB, toA);
            double volume = Math.min(1, Math.log10(1 + sums[0] + sums[1]) / Math.log10(1 + armsVolumeFull));
            signals.put(Dimension.MILITARY, new Signal(Dimension.MILITARY, clamp(25 + 60 * share * volume),
                    String.format("SIPRI arms deliveries %d-%d: %s, %s", f.year() - 4, f.year(),
                            flow(nameA, nameB, sums[0], toB), flow(nameB, nameA, sums[1], toA)), "sipri", f.year()));
            coverage.add("arms transfers: " + f.year());
        }, () -> coverage.add("arms transfers: none within " + lookback + " years (bundled to 2021)"));

        find.latest("cow-trade", panels::trade).ifPresentOrElse(f -> {
            double dep = Math.max(f.value().dependenceA().orElse(0), f.value().dependenceB().orElse(0));
            signals.put(Dimension.ECONOMIC, new Signal(Dimension.ECONOMIC, clamp(20 + 80 * Math.min(1, dep / 0.15)),
                    String.format("COW trade %d: the more dependent side sends %.1f%% of its trade to the other",
                            f.year(), 100 * dep), "cow-trade", f.year()));
            coverage.add("trade: " + f.year());
        }, () -> coverage.add("trade: none within " + lookback + " years (bundled to 2014)"));

        find.latest("cow-igo", (x, z, y) -> boxed(panels.igos(x, z, y)))
                .ifPresentOrElse(f -> {
                    signals.put(Dimension.INSTITUTIONAL, new Signal(Dimension.INSTITUTIONAL,
                            clamp(20 + 60 * Math.min(1, f.value() / 80.0)),
                            String.format("COW IGO %d: %d organisations shared", f.year(), f.value()), "cow-igo", f.year()));
                    coverage.add("IGOs: " + f.year());
                }, () -> coverage.add("IGOs: none within " + lookback + " years (bundled to 2014)"));

        Optional<Signal> rivalry = find.latest("tss-rivalries", panels::rivalry).filter(f -> f.value().active())
                .map(f -> new Signal(Dimension.MILITARY, 0, "strategic rivalry active in " + f.year() + " ("
                        + f.value().tss().or(() -> f.value().thompsonDreyer()).map(k -> String.join(", ", k)).orElse("")
                        + ")", "tss-rivalries", f.year()));
        Optional<AtopObligation> atop = find.latest("atop", panels::alliance).map(f -> new AtopObligation(
                strongest(f.value()), f.year()));
        return new DataSignals(signals, rivalry, atop, coverage);
    }

    /**
     * @return whether no dataset that speaks to the pair itself reached it: no UN votes, trade, IGOs,
     * rivalry or alliance obligation. SIPRI alone does not count: its tables give every pair of
     * member states a row in the years they cover, deliveries or not, so a pair would be
     * "measured" from zeros.
     */
    boolean empty() {
        return signals.keySet().stream().allMatch(d -> d == Dimension.MILITARY) && rivalry.isEmpty()
                && atop.map(a -> a.obligation() == Obligation.NONE).orElse(true);
    }

    /** @return "RUS→IRN 427 TIV (96% of IRN's arms imports)": a delivery of nothing has no share */
    private static String flow(String from, String to, long tiv, double share) {
        return String.format(java.util.Locale.ROOT, "%s\u2192%s %d TIV%s", from, to, tiv, tiv == 0 ? ""
                : String.format(java.util.Locale.ROOT, " (%.0f%% of %s's arms imports)", 100 * share, to));
    }

    private static Obligation strongest(DyadYear.Alliance a) {
        List<String> all = new ArrayList<>(a.aToB());
        all.addAll(a.bToA());
        if (all.contains("defense")) {
            return Obligation.DEFENCE;
        }
        if (all.contains("offense")) {
            return Obligation.OFFENCE;
        }
        if (all.contains("neutrality")) {
            return Obligation.NEUTRALITY;
        }
        if (all.contains("nonaggression")) {
            return Obligation.NON_AGGRESSION;
        }
        return all.contains("consultation") ? Obligation.CONSULTATION : Obligation.NONE;
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 50 : Math.max(0, Math.min(100, v));
    }

    /** Finds the latest covered year of a measure within the look-back window. */
    private record Finder(DyadPanels panels, IntUnaryOperator a, IntUnaryOperator b, int year, int lookback) {

        <T> Optional<Found<T>> latest(String dataset, Measure<T> measure) {
            for (int y = year; y > year - lookback; y--) {
                if (!panels.bundle().dataset(dataset).covers(y)) {
                    continue;
                }
                Optional<T> v = measure.of(a.applyAsInt(y), b.applyAsInt(y), y);
                if (v.isPresent()) {
                    return Optional.of(new Found<>(v.get(), y));
                }
            }
            return Optional.empty();
        }
    }

    private record Found<T>(T value, int year) {
    }

    /** One measure of the panel for a dyad-year. */
    @FunctionalInterface
    private interface Measure<T> {
        Optional<T> of(int a, int b, int year);
    }

    private static Optional<Integer> boxed(java.util.OptionalInt v) {
        return v.isPresent() ? Optional.of(v.getAsInt()) : Optional.empty();
    }
}
