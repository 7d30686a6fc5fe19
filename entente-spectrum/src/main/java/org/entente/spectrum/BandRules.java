package org.entente.spectrum;

import java.util.ArrayList;
import java.util.List;
import org.entente.model.Band;

/**
 * The documented rules that turn scores into a band, tried from the top: adversarial, alliance,
 * strategic alignment, strategic transactionalism, else transactional. No binding mutual-defence
 * pledge, no alliance, however dense the cooperation: the brief's ceiling.
 */
public final class BandRules {

    /**
     * What the rules read.
     *
     * @param overall    the overall score
     * @param commitment the commitment score
     * @param defence    whether a binding defence pledge is in force
     * @param hedging    the hedging score, NaN if not measured
     * @param breadth    how many dimensions score at least the breadth threshold with support
     * @param rivalry    the active rivalry, or null
     * @param nearBreadth the supported dimensions within {@link #EDGE} of the breadth threshold
     */
    public record Inputs(double overall, double commitment, boolean defence, double hedging, int breadth, String rivalry,
                         List<Near> nearBreadth) {

        /** Inputs with no dimension near the breadth threshold. */
        public Inputs(double overall, double commitment, boolean defence, double hedging, int breadth, String rivalry) {
            this(overall, commitment, defence, hedging, breadth, rivalry, List.of());
        }

        /** Copies the list. */
        public Inputs {
            nearBreadth = List.copyOf(nearBreadth);
        }
    }

    /**
     * A supported dimension whose score lies within {@link #EDGE} of the breadth threshold, so
     * that the count of broad dimensions rests on it.
     *
     * @param dimension its name
     * @param score     its score
     */
    public record Near(String dimension, double score) {
    }

    /**
     * @param band        the band
     * @param rule        the rule that set it, with the values it read
     * @param wouldChange what would move it up or down
     * @param edges       the thresholds the band rests on: a value within {@link #EDGE} of a
     *                    threshold, on the other side of which the band would differ
     */
    public record Placement(Band band, String rule, List<String> wouldChange, List<String> edges) {

        /** A placement whose edges are not yet known. */
        Placement(Band band, String rule, List<String> wouldChange) {
            this(band, rule, wouldChange, List.of());
        }
    }

    /** How close to a threshold a value counts as resting on it: half a point, less than the scores' rounding shows. */
    static final double EDGE = 0.5;

    private final SpectrumConfig config;
    private final double adversarialBelow;
    private final double allianceCommitment;
    private final double allianceOverall;
    private final double alignmentHedging;
    private final double alignmentOverall;
    private final double alignmentBreadth;
    private final double alignmentCommitment;
    private final double stOverall;
    private final double stBreadth;

    /**
     * @param config the thresholds
     */
    public BandRules(SpectrumConfig config) {
        this.config = config;
        this.adversarialBelow = config.get("bands.adversarial_below");
        this.allianceCommitment = config.get("bands.alliance_commitment");
        this.allianceOverall = config.get("bands.alliance_overall");
        this.alignmentHedging = config.get("bands.alignment_hedging_max");
        this.alignmentOverall = config.get("bands.alignment_overall");
        this.alignmentBreadth = config.get("bands.alignment_breadth");
        this.alignmentCommitment = config.get("bands.alignment_commitment");
        this.stOverall = config.get("bands.st_overall");
        this.stBreadth = config.get("bands.st_breadth");
    }

    /**
     * The band alone, without the words that explain it: the same rules as {@link #place}, for
     * simulations that classify millions of partnership-years.
     *
     * @param overall    the overall score
     * @param commitment the commitment score
     * @param defence    whether a binding defence pledge is in force
     * @param hedging    the hedging score, NaN if not measured
     * @param breadth    dimensions scoring at least the breadth threshold with support
     * @param rivalry    whether a strategic rivalry is active
     * @return the band
     */
    public Band band(double overall, double commitment, boolean defence, double hedging, int breadth, boolean rivalry) {
        if (rivalry && !defence || overall < adversarialBelow) {
            return Band.ADVERSARIAL;
        }
        if (defence && commitment >= allianceCommitment && overall >= allianceOverall) {
            return Band.ALLIANCE;
        }
        boolean hedgingOk = Double.isNaN(hedging) || hedging <= alignmentHedging;
        if (overall >= alignmentOverall && breadth >= alignmentBreadth && commitment >= alignmentCommitment && hedgingOk) {
            return Band.STRATEGIC_ALIGNMENT;
        }
        return overall >= stOverall && breadth >= stBreadth ? Band.STRATEGIC_TRANSACTIONALISM : Band.TRANSACTIONAL;
    }

    private double t(String key) {
        return config.get("bands." + key);
    }

    /** @return the overall score strategic-transactionalism needs */
    public double stOverall() {
        return stOverall;
    }

    /** @return how many broad dimensions strategic-transactionalism needs */
    public int stBreadth() {
        return (int) Math.ceil(stBreadth);
    }

    /** @return a threshold as the configuration gives it: 45, or 45.5, never rounded */
    private String th(String key) {
        return number(t(key));
    }

    /** @return a number as written, without trailing zeros (45, 45.5) */
    public static String number(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    /**
     * @param in the scores the rules read
     * @return the band, the rule that set it, and what would change it
     */
    public Placement place(Inputs in) {
        Placement p = placing(in);
        return new Placement(p.band(), p.rule(), p.wouldChange(), edges(in, p.band()));
    }

    /**
     * The thresholds a band rests on: for each score the rules read (overall, commitment,
     * hedging), each threshold on it within {@link #EDGE}, where the same inputs with that score
     * just across the threshold give another band; and each supported dimension within
     * {@link #EDGE} of the breadth threshold whose crossing would change the count of broad
     * dimensions, and with it the band. One line per score and threshold value, even where two
     * settings share a value.
     *
     * @return e.g. "hedging 49.9 is just under its threshold of 50: over it, the band would be strategic-transactionalism"
     */
    List<String> edges(Inputs in, Band band) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        String[][] scores = {{"overall", "adversarial_below", "st_overall", "alignment_overall", "alliance_overall"},
            {"commitment", "alignment_commitment", "alliance_commitment"}, {"hedging", "alignment_hedging_max"}};
        for (String[] score : scores) {
            double v = score[0].equals("overall") ? in.overall() : score[0].equals("commitment") ? in.commitment() : in.hedging();
            if (Double.isNaN(v)) {
                continue;
            }
            for (int i = 1; i < score.length; i++) {
                double t = t(score[i]);
                if (Math.abs(v - t) >= EDGE) {
                    continue;
                }
                for (double across : new double[] {t - 1e-6, t + 1e-6}) {
                    if (v != t && (across > t) == (v > t)) {
                        continue;   // the same side as the value: no crossing
                    }
                    Band other = band(score[0].equals("overall") ? across : in.overall(),
                            score[0].equals("commitment") ? across : in.commitment(), in.defence(),
                            score[0].equals("hedging") ? across : in.hedging(), in.breadth(), in.rivalry() != null);
                    if (other != band) {
                        out.add(edge(score[0], v, "its threshold", t, across, other));
                        break;
                    }
                }
            }
        }
        double t = t("breadth_score");
        for (Near d : in.nearBreadth()) {
            // a broad dimension (at or over the threshold) would stop counting just under it, and the reverse
            int breadth = in.breadth() + (d.score() >= t ? -1 : 1);
            Band other = band(in.overall(), in.commitment(), in.defence(), in.hedging(), breadth, in.rivalry() != null);
            if (other != band) {
                out.add(edge(d.dimension(), d.score(), "the breadth threshold", t, d.score() >= t ? t - 1e-6 : t, other));
            }
        }
        return List.copyOf(out);
    }

    private static String edge(String what, double v, String threshold, double t, double across, Band other) {
        // a value within half a point of its threshold shows its tenths (unless whole): "45", beside 45.5, would hide how close
        String shown = v == Math.rint(v) ? near(v, t) : near(v, t, 1);
        String where = v < t ? "just under" : v > t ? "just over" : "at";
        return String.format(java.util.Locale.ROOT, "%s %s is %s %s of %s: %s it, the band would be %s", what, shown, where,
                threshold, number(t), across < t ? "under" : "over", other.id());
    }

    private Placement placing(Inputs in) {
        // each score is shown one way in all the sentences: with the decimals the closest of its thresholds needs
        String ov = shown(in.overall(), "adversarial_below", "st_overall", "alignment_overall", "alliance_overall");
        String cm = shown(in.commitment(), "alignment_commitment", "alliance_commitment");
        String hd = Double.isNaN(in.hedging()) ? "not measured" : shown(in.hedging(), "alignment_hedging_max");
        List<String> change = new ArrayList<>();
        boolean hedgingOk = Double.isNaN(in.hedging()) || in.hedging() <= t("alignment_hedging_max");
        if (in.rivalry() != null && !in.defence()) {
            change.add("would be " + band(in.overall(), in.commitment(), false, in.hedging(), in.breadth(), false).id()
                    + " when the rivalry ends (" + in.rivalry() + ")");
            return new Placement(Band.ADVERSARIAL, "an active strategic rivalry and no defence pledge: " + in.rivalry(), change);
        }
        if (in.overall() < t("adversarial_below")) {
            change.add(String.format("would be transactional with an overall score of %s or more (now %s)",
                    th("adversarial_below"), ov));
            return new Placement(Band.ADVERSARIAL, String.format("overall %s below %s", ov, th("adversarial_below")), change);
        }
        if (in.defence() && in.commitment() >= t("alliance_commitment") && in.overall() >= t("alliance_overall")) {
            // what each of the two conditions would leave, read from the rules themselves
            Band lapsed = band(in.overall(), in.commitment(), false, in.hedging(), in.breadth(), in.rivalry() != null);
            Band lower = band(t("alliance_overall") - 1e-6, in.commitment(), true, in.hedging(), in.breadth(), in.rivalry() != null);
            change.add("would be " + lapsed.id() + " if the defence pledge lapsed"
                    + (in.rivalry() != null ? ", with the rivalry active (" + in.rivalry() + ")" : ""));
            change.add(String.format("would fall to %s with overall under %s (now %s)", lower.id(), th("alliance_overall"), ov));
            return new Placement(Band.ALLIANCE, String.format("a binding defence pledge in force (commitment %s >= %s) "
                    + "and overall %s >= %s", cm, th("alliance_commitment"),
                    ov, th("alliance_overall")), change);
        }
        List<String> forAlliance = new ArrayList<>();
        if (in.overall() < t("alliance_overall")) {
            forAlliance.add(String.format("overall %s or more (now %s)", th("alliance_overall"), ov));
        }
        if (in.commitment() < t("alliance_commitment")) {
            forAlliance.add(String.format("commitment %s or more (now %s)", th("alliance_commitment"), cm));
        }
        // the neighbouring bands first (up, then down), a band further away after them
        String alliance = in.defence() ? "would be alliance with " + String.join(" and ", forAlliance)
                : String.format("would be alliance only with a binding mutual-defence pledge in force (commitment now %s,"
                + " needs %s and a defence clause)", cm, th("alliance_commitment"));
        boolean broad = in.breadth() >= t("alignment_breadth");
        if (in.overall() >= t("alignment_overall") && broad && in.commitment() >= t("alignment_commitment") && hedgingOk) {
            change.add(alliance);
            change.add(String.format("would fall to strategic-transactionalism with overall under %s, fewer than %s "
                    + "broad dimensions, commitment under %s or hedging over %s (now %s, %d, %s and %s)",
                    th("alignment_overall"), th("alignment_breadth"), th("alignment_commitment"), th("alignment_hedging_max"),
                    ov, in.breadth(), cm, hd));
            return new Placement(Band.STRATEGIC_ALIGNMENT, String.format("overall %s >= %s on %d broad dimensions, "
                    + "commitment %s >= %s, hedging %s <= %s, but no defence pledge", ov,
                    th("alignment_overall"), in.breadth(), cm,
                    th("alignment_commitment"), hd, th("alignment_hedging_max")), change);
        }
        List<String> missing = new ArrayList<>();
        if (in.overall() < t("alignment_overall")) {
            missing.add(String.format("overall %s or more (now %s)", th("alignment_overall"), ov));
        }
        if (!broad) {
            missing.add(String.format("%s broad dimensions (now %d)", th("alignment_breadth"), in.breadth()));
        }
        if (in.commitment() < t("alignment_commitment")) {
            missing.add(String.format("commitment %s or more (now %s)", th("alignment_commitment"), cm));
        }
        if (!hedgingOk) {
            missing.add(String.format("hedging %s or less (now %s)", th("alignment_hedging_max"), hd));
        }
        String alignment = "would be strategic-alignment with " + String.join(" and ", missing);
        if (in.overall() >= t("st_overall") && in.breadth() >= t("st_breadth")) {
            change.add(alignment);
            change.add(String.format("would fall to transactional with overall under %s or fewer than %s broad dimensions"
                    + " (now %s and %d)", th("st_overall"), th("st_breadth"), ov, in.breadth()));
            change.add(alliance);
            return new Placement(Band.STRATEGIC_TRANSACTIONALISM, String.format("overall %s >= %s across %d dimensions "
                    + "scoring %s or more with support, yet short of alignment", ov, th("st_overall"),
                    in.breadth(), th("breadth_score")), change);
        }
        change.add(String.format("would be strategic-transactionalism with overall %s or more and %s broad dimensions "
                + "(now %s and %d)", th("st_overall"), th("st_breadth"), ov, in.breadth()));
        // a rivalry makes the pair adversarial only without a defence pledge
        String rivalryRoute = in.defence() ? in.rivalry() != null ? ", or if the defence pledge lapsed while the rivalry ("
                + in.rivalry() + ") is active" : "" : ", or with an active strategic rivalry";
        change.add(String.format("would be adversarial with overall under %s%s (now %s)", th("adversarial_below"),
                rivalryRoute, ov));
        change.add(alignment);
        change.add(alliance);
        return new Placement(Band.TRANSACTIONAL, String.format("overall %s, %d broad dimensions: cooperation without "
                + "breadth or binding ties", ov, in.breadth()), change);
    }

    /** @return the value with as many decimals as the closest of the given thresholds needs to show its side */
    private String shown(double value, String... keys) {
        return Thresholds.shown(value, java.util.Arrays.stream(keys).map(this::t).toList());
    }

    /** @return the thresholds each score is compared with, for showing the scores in text as the rules do */
    public Thresholds thresholds() {
        return new Thresholds(List.of(adversarialBelow, stOverall, alignmentOverall, allianceOverall), t("breadth_score"),
                List.of(alignmentCommitment, allianceCommitment), alignmentHedging);
    }

    /**
     * @return the value as a whole number, or with as many decimals as it takes to show it on its
     * own side of the threshold it is compared with ("now 44.6" beside "45 or more", not "now 45";
     * "now 44.96", not "now 45.0")
     */
    static String near(double value, double threshold) {
        return near(value, threshold, 0);
    }

    /** As {@link #near(double, double)}, with at least {@code least} decimals. */
    static String near(double value, double threshold, int least) {
        for (int decimals = least; ; decimals++) {
            String shown = String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
            double read = Double.parseDouble(shown);
            // shown on the same side of the threshold as the value itself (or exactly on it, as the value is)
            boolean sameSide = value < threshold ? read < threshold : value > threshold ? read > threshold : true;
            if (sameSide || decimals == 6) {
                return shown;
            }
        }
    }

}
