package org.entente.spectrum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.entente.model.Case;
import org.entente.model.Dimension;
import org.entente.model.Evidence;
import org.entente.model.Stance;
import org.entente.model.Strength;

/**
 * Scores each dimension as a weighted mean: a prior at arm's length, each evidence item pulling
 * toward a high score (toward alignment) or a low one (a limit) with its weight, and the data
 * signal pulling toward its value with a fixed weight. The interval comes from reweighting the
 * evidence items at random (the Bayesian bootstrap) and drawing each data signal's weight.
 */
final class DimensionScorer {

    /** One weighted pull on a dimension. */
    record Pull(double weight, double target, Contribution source, boolean support) {
    }

    private final SpectrumConfig config;

    DimensionScorer(SpectrumConfig config) {
        this.config = config;
    }

    /** Collects the pulls of the case's evidence and of the data, by dimension. */
    Map<Dimension, List<Pull>> pulls(Case c, Weighing weighing, LocalDate asOf, DataSignals data) {
        return pulls(c, weighing, asOf, data, null);
    }

    /**
     * As {@link #pulls(Case, Weighing, LocalDate, DataSignals)}, with the event record's pull on the
     * diplomatic dimension when it holds enough verbal events (see docs/spectrum.md).
     *
     * @param events the event signal, or null
     */
    Map<Dimension, List<Pull>> pulls(Case c, Weighing weighing, LocalDate asOf, DataSignals data, EventSignal events) {
        Map<Dimension, List<Pull>> out = new EnumMap<>(Dimension.class);
        for (Dimension d : scored()) {
            out.put(d, new ArrayList<>());
        }
        if (c != null) {
            for (Evidence e : c.evidence()) {
                double w = weighing.weight(e);
                if (w > 0) {
                    boolean toward = e.stance() == Stance.TOWARD_ALIGNMENT;
                    double target = config.get(toward ? "evidence.target_toward" : "evidence.target_limit");
                    out.get(e.dimension()).add(new Pull(w, target, new Contribution("evidence", e.dimension().id(), e.id(),
                            e.claim(), 0, 0, e.sources()), toward && e.strength() != Strength.WEAK));
                }
            }
        }
        data.signals().values().forEach(s -> out.get(s.dimension()).add(new Pull(config.get("data.weight")
                * Math.pow(0.5, Math.max(0, asOf.getYear() - s.year()) / config.get("data.half_life_years")), s.value(),
                new Contribution("data", s.dimension().id(), s.dataset() + ":" + s.year(), s.label(), 0, 0,
                        List.of(s.dataset())), s.value() >= 60)));
        if (counts(events)) {
            double target = eventTarget(events);
            out.get(Dimension.DIPLOMATIC).add(new Pull(config.get("events.weight"), target, new Contribution("data",
                    Dimension.DIPLOMATIC.id(), EventSignal.CONTRIBUTION_PREFIX + events.source() + ":" + events.to(), label(events), 0, 0,
                    List.of("events-" + events.source())), target >= 60));
        }
        return out;
    }

    /** @return whether the event record holds enough verbal events to count */
    boolean counts(EventSignal events) {
        return events != null && events.verbal() > 0 && events.verbal() >= config.get("events.min_verbal_events")
                && config.get("events.weight") > 0;
    }

    /** @return the score the event record pulls the diplomatic dimension toward: 50 + 40 x net verbal cooperation */
    static double eventTarget(EventSignal e) {
        return 50 + 40 * e.netVerbal();
    }

    static String label(EventSignal e) {
        return String.format(java.util.Locale.ROOT, "%s events %s to %s: net verbal cooperation %.2f over %d verbal events "
                + "(%d cooperative, %d conflictual)", e.source().toUpperCase(java.util.Locale.ROOT), e.from(), e.to(),
                e.netVerbal(), e.verbal(), e.verbalCooperation(), e.verbalConflict());
    }

    static List<Dimension> scored() {
        return List.of(Dimension.MILITARY, Dimension.ECONOMIC, Dimension.ENERGY_NUCLEAR, Dimension.DIPLOMATIC,
                Dimension.INSTITUTIONAL, Dimension.IDEATIONAL);
    }

    /** The score of one dimension from its pulls, each pull's effect filled in. */
    Scored score(List<Pull> pulls) {
        double center = config.get("dimensions.prior_center");
        double prior = config.get("dimensions.prior_weight");
        double sumW = prior;
        double sum = prior * center;
        for (Pull p : pulls) {
            sumW += p.weight();
            sum += p.weight() * p.target();
        }
        double score = sum / sumW;
        List<Contribution> effects = new ArrayList<>();
        for (Pull p : pulls) {
            Contribution c = p.source();
            // the pull's share of the deviation from the prior: weight * (target - center) / total weight
            effects.add(new Contribution(c.kind(), c.target(), c.id(), c.label(), p.weight() * (p.target() - center) / sumW,
                    0, c.sources()));
        }
        return new Scored(score, effects);
    }

    /** A dimension's score with the effect of each pull. */
    record Scored(double score, List<Contribution> effects) {
    }

    /**
     * The 5th and 95th percentiles of the score when each evidence item's weight is multiplied by
     * a draw from the exponential distribution (the Bayesian bootstrap, Rubin 1981, with weights
     * left unnormalised, so that how much the evidence as a whole outweighs the prior varies too:
     * two items that agree no longer give an interval of zero width) and each data signal's weight
     * is drawn uniformly between none and twice its own, since how much a proxy should count is
     * itself uncertain.
     */
    double[] interval(List<Pull> pulls, SplittableRandom random, int samples) {
        double center = config.get("dimensions.prior_center");
        double prior = config.get("dimensions.prior_weight");
        List<Pull> evidence = pulls.stream().filter(p -> p.source().kind().equals("evidence")).toList();
        List<Pull> data = pulls.stream().filter(p -> !p.source().kind().equals("evidence")).toList();
        double[] draws = new double[samples];
        for (int s = 0; s < samples; s++) {
            double sumW = prior;
            double sum = prior * center;
            for (Pull d : data) {
                double w = d.weight() * 2 * random.nextDouble();
                sumW += w;
                sum += w * d.target();
            }
            for (Pull e : evidence) {
                double w = e.weight() * -Math.log(1 - random.nextDouble());   // Exp(1): the Bayesian bootstrap's weight
                sumW += w;
                sum += w * e.target();
            }
            draws[s] = sum / sumW;
        }
        java.util.Arrays.sort(draws);
        return new double[] {draws[(int) Math.floor(0.05 * (samples - 1))], draws[(int) Math.ceil(0.95 * (samples - 1))]};
    }
}
