package org.entente.spectrum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;
import org.entente.model.Case;
import org.entente.model.Dimension;
import org.entente.model.Evidence;
import org.entente.model.Factor;
import org.entente.model.LimitKind;
import org.entente.model.Stance;
import org.entente.reference.panel.DyadPanels;

/**
 * Places a partnership on the spectrum. Pure computation over values already in memory: a
 * case, the loaded panel (optional) and the configuration.
 */
public final class Assessor {

    private final SpectrumConfig config;
    private final DyadPanels panels;

    /**
     * @param config the weights and thresholds
     * @param panels the dyad-year panel, or null to assess from the case alone
     */
    public Assessor(SpectrumConfig config, DyadPanels panels) {
        this.config = config;
        this.panels = panels;
    }

    /**
     * Assesses a case on a date, reading the panel for its two states.
     *
     * @param c     the case
     * @param codeA the first state's COW code in each year (or null without data)
     * @param codeB the second's
     * @param asOf  the date: only evidence and data dated before it count
     * @return the assessment
     */
    public Assessment assess(Case c, IntUnaryOperator codeA, IntUnaryOperator codeB, LocalDate asOf) {
        return assess(c, codeA, codeB, asOf, null);
    }

    /**
     * As {@link #assess(Case, IntUnaryOperator, IntUnaryOperator, LocalDate)}, with the dyad's event
     * record as a further data signal on the diplomatic dimension.
     *
     * @param events what an event store holds on the dyad in the quarters up to {@code asOf}, or null
     */
    public Assessment assess(Case c, IntUnaryOperator codeA, IntUnaryOperator codeB, LocalDate asOf, EventSignal events) {
        DataSignals data = panels == null || codeA == null ? DataSignals.none("no dyad-year data used")
                : DataSignals.of(panels, codeA, codeB, c.dyad().get(0).code(), c.dyad().get(1).code(), asOf.getYear(),
                        (int) config.get("data.lookback_years"), config.get("data.arms_volume_full"));
        return assess(c, c.id(), c.title(), data, asOf, events);
    }

    /**
     * The date to assess a case on when a user asks for a (possibly partial) date: its last day,
     * or the case's own date when the period asked for holds it ({@code 2026} for a case dated
     * 2026-11-27). A period that starts after the case's date is refused: the case records nothing
     * later, and scoring it would only show the evidence ageing; the outlook is the scenarios'
     * job.
     *
     * @throws IllegalArgumentException saying so
     */
    public static LocalDate dateFor(Case c, org.entente.model.PartialDate asked) {
        LocalDate last = c.asOf().end();
        if (asked.start().isAfter(last)) {
            throw new IllegalArgumentException(asked + " is after the case's as_of date (" + last + "): the case records "
                    + "nothing later; give that date or an earlier one (what may come after it is the outlook's "
                    + "subject: scenarios from the case's date)");
        }
        return asked.end().isAfter(last) ? last : asked.end();
    }

    /** The longest trajectory, in years, that the CLI and the web API compute. */
    public static final int MAX_TRAJECTORY_YEARS = 60;

    /**
     * @return why a trajectory from one year to another cannot be computed (reversed, or longer
     * than {@link #MAX_TRAJECTORY_YEARS} years counting both ends), or null when it can
     */
    public static String trajectoryProblem(int from, int to) {
        if (from > to) {
            return "the span " + from + " to " + to + " ends before it starts";
        }
        if (to - from + 1 > MAX_TRAJECTORY_YEARS) {
            return "the span " + from + " to " + to + " covers " + (to - from + 1) + " years; at most "
                    + MAX_TRAJECTORY_YEARS + " are computed, e.g. " + (to - MAX_TRAJECTORY_YEARS + 1) + " to " + to;
        }
        return null;
    }

    /**
     * @return as {@link #trajectoryProblem(int, int)}, and a span ending after the case's year is
     * refused too: its later years would repeat the case's own date
     */
    public static String trajectoryProblem(Case c, int from, int to) {
        int last = c.asOf().end().getYear();
        if (to > last && from <= to) {
            // said first, so that a span too long is not answered with an example that runs past the case too
            return "the span ends in " + to + ", after the case's as_of date (" + c.asOf().end() + "); end it in "
                    + last + " at the latest";
        }
        return trajectoryProblem(from, to);
    }

    /**
     * Assesses a case once a year: at the end of each year, or at the case's own date for a year
     * that ends after it.
     *
     * @param from the first year
     * @param to   the last year; {@link #trajectoryProblem(Case, int, int)} must hold no objection to the span
     * @return one assessment per year, in order
     */
    public List<Assessment> trajectory(Case c, IntUnaryOperator codeA, IntUnaryOperator codeB, int from, int to) {
        String problem = trajectoryProblem(c, from, to);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        LocalDate last = c.asOf().end();
        List<Assessment> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            LocalDate end = LocalDate.of(y, 12, 31);
            years.add(assess(c, codeA, codeB, end.isAfter(last) ? last : end));
        }
        return years;
    }

    /** Year-ends shown beside an assessment, so that a band held only lately, or only now, is seen as such. */
    public static final int RECENT_YEARS = 5;

    /**
     * @param c     a case
     * @param codeA the first state's COW code by year
     * @param codeB the second's
     * @param date  the date assessed
     * @return the case assessed at the end of each of the {@link #RECENT_YEARS} years before the
     * date's year (as a trajectory does; without an event record), oldest first; none when those
     * years fall outside what a trajectory computes
     */
    public List<Assessment> recentYearEnds(Case c, IntUnaryOperator codeA, IntUnaryOperator codeB, LocalDate date) {
        int to = date.getYear() - 1;
        int from = Math.max(DyadPanels.FIRST_YEAR, to - RECENT_YEARS + 1);
        return from > to || trajectoryProblem(c, from, to) != null ? List.of() : trajectory(c, codeA, codeB, from, to);
    }

    /**
     * A data-only assessment of any two states, without a case.
     *
     * @param a     the first state's COW code
     * @param b     the second's
     * @param label "IRN-RUS": the two names, which also say the direction of arms deliveries
     * @param year  the year
     * @return the assessment
     */
    public Assessment assessDyad(int a, int b, String label, int year) {
        if (panels == null) {
            throw new IllegalStateException("a data-only assessment needs the dyad-year panel");
        }
        int lookback = (int) config.get("data.lookback_years");
        String[] names = label.split("-", 2);   // "IRN-RUS": the two names the labels use
        DataSignals data = DataSignals.of(panels, y -> a, y -> b, names[0], names.length == 2 ? names[1] : "B", year,
                lookback, config.get("data.arms_volume_full"));
        if (data.empty()) {
            throw new NoDataException(label + " in " + year + ": no dyad-year data on the pair within " + lookback
                    + " years (" + String.join("; ", data.coverage()) + "; arms transfers alone do not place a pair), so "
                    + "there is nothing to assess; give a year when both states existed and the datasets reach");
        }
        return assess(null, label, label + " (data only)", data, LocalDate.of(year, 12, 31), null);
    }

    /**
     * Data-only assessments of every pair of states that voted in the UN General Assembly in a
     * year, computed on all cores.
     *
     * @param year the year
     * @return one assessment per pair, in no particular order
     */
    public List<Assessment> assessAll(int year) {
        int[] voters = panels.votes().voters(year);
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < voters.length; i++) {
            for (int j = i + 1; j < voters.length; j++) {
                pairs.add(new int[] {voters[i], voters[j]});
            }
        }
        return pairs.parallelStream().map(p -> {
            try {
                return assessDyad(p[0], p[1], p[0] + "-" + p[1], year);
            } catch (NoDataException e) {
                return null;   // a pair no dataset reaches: left out, not scored as the prior
            }
        }).filter(java.util.Objects::nonNull).toList();
    }

    private Assessment assess(Case c, String subject, String title, DataSignals data, LocalDate asOf, EventSignal events) {
        Weighing weighing = c == null ? null : new Weighing(config, c, asOf);
        DimensionScorer scorer = new DimensionScorer(config);
        Map<Dimension, List<DimensionScorer.Pull>> pulls = scorer.pulls(c, weighing, asOf, data, events);
        List<String> coverage = new ArrayList<>(data.coverage());
        if (events != null) {
            coverage.add("events: " + (events.source().isEmpty() ? "" : events.source() + " ") + events.from() + " to "
                    + events.to() + ", " + events.verbal() + " verbal events" + (scorer.counts(events) ? ""
                    : events.verbal() == 0 ? ", nothing to count"
                    : config.get("events.weight") == 0 ? ", not counted (events.weight is 0)"
                    : ", too few to count (fewer than " + (long) config.get("events.min_verbal_events") + ")"));
        }
        SplittableRandom random = new SplittableRandom((long) config.get("bootstrap.seed") ^ subject.hashCode());
        int samples = (int) config.get("bootstrap.samples");
        double dimShare = 1 - config.get("commitment.share_in_overall");
        double weightSum = DimensionScorer.scored().stream().mapToDouble(this::weight).sum();

        Map<Dimension, Assessment.DimensionScore> dims = new EnumMap<>(Dimension.class);
        List<Contribution> explain = new ArrayList<>();
        double mean = 0;
        double low = 0;
        double high = 0;
        int breadth = 0;
        List<BandRules.Near> nearBreadth = new ArrayList<>();
        for (Dimension d : DimensionScorer.scored()) {
            List<DimensionScorer.Pull> p = pulls.get(d);
            DimensionScorer.Scored s = scorer.score(p);
            // a stream per dimension, so that a pull added to one dimension leaves the others' intervals as they were
            double[] iv = scorer.interval(p, new SplittableRandom(random.nextLong() ^ d.ordinal()), samples);
            int evidence = (int) p.stream().filter(x -> x.source().kind().equals("evidence")).count();
            boolean supported = p.stream().anyMatch(DimensionScorer.Pull::support);
            boolean broad = supported && s.score() >= config.get("bands.breadth_score");
            dims.put(d, new Assessment.DimensionScore(s.score(), iv[0], iv[1], evidence, p.size() - evidence, supported,
                    broad));
            double share = dimShare * weight(d) / weightSum;
            s.effects().forEach(e -> explain.add(e.reaching(share)));
            mean += share * s.score();
            low += share * iv[0];
            high += share * iv[1];
            breadth += broad ? 1 : 0;
            if (supported && Math.abs(s.score() - config.get("bands.breadth_score")) < BandRules.EDGE) {
                nearBreadth.add(new BandRules.Near(d.id(), s.score()));
            }
        }
        List<Contribution> commitmentExplain = new ArrayList<>();
        Assessment.Commitment commitment = new CommitmentScorer(config).score(c, asOf, data, commitmentExplain);
        double cShare = config.get("commitment.share_in_overall");
        commitmentExplain.forEach(e -> explain.add(e.reaching(e.kind().equals("rule") ? 0 : cShare)));
        double overall = mean + cShare * commitment.score();
        defined(dims, overall, low, high);
        Assessment.Hedging hedging = hedging(c, weighing, explain);
        String rivalry = data.rivalry().map(DataSignals.Signal::label).orElse(null);
        BandRules rules = new BandRules(config);
        BandRules.Placement placement = rules.place(new BandRules.Inputs(overall, commitment.score(),
                commitment.defence(), hedging.score(), breadth, rivalry, nearBreadth));
        explain.add(new Contribution("rule", "band", placement.band().id(), placement.rule(), 0, 0,
                data.rivalry().map(r -> List.of(r.dataset())).orElse(List.of())));
        explain.sort(Comparator.comparingDouble((Contribution x) -> -Math.abs(x.overall())));
        return new Assessment(subject, title, asOf, placement.band(), overall, low + cShare * commitment.score(),
                high + cShare * commitment.score(), dims, commitment, hedging, placement.rule(), placement.wouldChange(),
                placement.edges(), explain, coverage, rules.thresholds());
    }

    /**
     * A safety net under the configuration's checks: weights so large that their sums overflow make
     * a score NaN, which would print as a band. Refused instead, with the settings to look at.
     */
    private void defined(Map<Dimension, Assessment.DimensionScore> dims, double overall, double low, double high) {
        for (Map.Entry<Dimension, Assessment.DimensionScore> e : dims.entrySet()) {
            Assessment.DimensionScore d = e.getValue();
            if (!Double.isFinite(d.score()) || !Double.isFinite(d.low()) || !Double.isFinite(d.high())) {
                throw undefined("the " + e.getKey().id() + " score", "'dimensions.prior_weight', 'evidence.strength', "
                        + "'data.weight' and 'events.weight'");
            }
        }
        if (!Double.isFinite(overall) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw undefined("the overall score", "'dimensions.weights' and 'commitment'");
        }
    }

    private SpectrumConfig.ConfigException undefined(String what, String settings) {
        return new SpectrumConfig.ConfigException(config.source() + ": these settings leave " + what + " undefined (a "
                + "sum of weights that is 0 or too large to compute); check " + settings + ", and keep them near the "
                + "values in config/spectrum.yaml");
    }

    private double weight(Dimension d) {
        return config.get("dimensions.weights." + d.id());
    }

    private Assessment.Hedging hedging(Case c, Weighing weighing, List<Contribution> explain) {
        if (c == null) {
            return new Assessment.Hedging(Double.NaN, List.of(), false);
        }
        double limiting = 0;
        double total = 0;
        for (Evidence e : c.evidence()) {
            double w = weighing.weight(e);
            total += w;
            limiting += e.stance() == Stance.MARKS_LIMIT ? w : 0;
        }
        double units = 0;
        List<String> counted = new ArrayList<>();
        List<Factor<LimitKind>> active = new ArrayList<>();
        for (Factor<LimitKind> limit : c.limits()) {
            boolean counts = limit.evidence().isEmpty() || limit.evidence().stream().anyMatch(id -> c.evidence().stream()
                    .anyMatch(e -> e.id().equals(id) && weighing.weight(e) > 0));
            if (counts) {
                units += units(limit);
                counted.add(limit.id());
                active.add(limit);
            }
        }
        if (total == 0) {
            // nothing dated before the as-of date: the limits cannot be weighed against anything
            return new Assessment.Hedging(Double.NaN, counted, false);
        }
        double score = 100 * (limiting + units) / (total + units);
        for (Factor<LimitKind> limit : active) {
            // each limit's share of the score: its units over the whole weight
            explain.add(new Contribution("limit", "hedging", limit.id(), limit.title() + " [" + limit.kind().id() + "]",
                    100 * units(limit) / (total + units), 0, limit.sources()));
        }
        return new Assessment.Hedging(score, counted, true);
    }

    private double units(Factor<LimitKind> limit) {
        return config.get("hedging.per_limit")
                + (limit.kind() == LimitKind.THIRD_PARTY_TIES ? config.get("hedging.third_party_extra") : 0);
    }
}
