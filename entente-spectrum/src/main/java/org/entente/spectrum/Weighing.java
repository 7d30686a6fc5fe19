package org.entente.spectrum;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.entente.model.Case;
import org.entente.model.Evidence;
import org.entente.model.PartialDate;
import org.entente.model.Reliability;
import org.entente.model.Source;

/**
 * How much one evidence item weighs on a date: its strength, times the reliability of its
 * best-graded source, times a recency factor that halves every half-life. An item dated after
 * the as-of date weighs nothing: it had not happened.
 */
final class Weighing {

    private final SpectrumConfig config;
    private final Case source;
    private final LocalDate asOf;
    /** Weights already worked out: an assessment asks for each item more than once. */
    private final Map<Evidence, Double> memo = new IdentityHashMap<>();

    /**
     * @param config the weights
     * @param source the case whose evidence is weighed
     * @param asOf   the assessment's date
     */
    Weighing(SpectrumConfig config, Case source, LocalDate asOf) {
        this.config = config;
        this.source = source;
        this.asOf = asOf;
    }

    /** @return the weight of the item on the assessment's date, 0 when it lies after it */
    double weight(Evidence e) {
        return memo.computeIfAbsent(e, this::compute);
    }

    private double compute(Evidence e) {
        Optional<PartialDate> start = start(e);
        if (start.isPresent() && start.get().start().isAfter(asOf)) {
            return 0;
        }
        return config.get("evidence.strength." + e.strength().id()) * reliability(e) * recency(e, asOf);
    }

    /** When the item began: its period, else its earliest linked event, else its earliest dated source. */
    Optional<PartialDate> start(Evidence e) {
        return CaseOnDate.start(source, e);
    }

    private double reliability(Evidence e) {
        return e.sources().stream().map(source::source).flatMap(Optional::stream).map(Source::reliability)
                .flatMap(Optional::stream).mapToDouble(this::factor).max().orElse(config.get("evidence.ungraded"));
    }

    private double factor(Reliability r) {
        return config.get("evidence.reliability_letter." + r.source())
                * config.get("evidence.credibility_digit." + r.information());
    }

    private double recency(Evidence e, LocalDate asOf) {
        Optional<PartialDate> end = e.period().flatMap(p -> p.to());
        if (end.isEmpty() || !end.get().end().isBefore(asOf)) {
            return 1.0; // still going on at the date
        }
        double years = ChronoUnit.DAYS.between(end.get().end(), asOf) / 365.25;
        return Math.pow(0.5, years / config.get("evidence.half_life_years"));
    }
}
