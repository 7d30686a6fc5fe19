package org.entente.spectrum;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Band;
import org.entente.model.Dimension;
import org.entente.model.Obligation;

/**
 * Where a partnership stands on a date, and why.
 *
 * @param subject     the case id, or "A-B" for a data-only assessment
 * @param title       a readable name
 * @param asOf        the date assessed: only evidence and data dated before it count
 * @param band        the band
 * @param score       the overall score 0-100
 * @param low         the 5th percentile of the overall score under resampling of the evidence
 * @param high        the 95th percentile
 * @param dimensions  the six dimension scores
 * @param commitment  what the treaties in force bind the two to
 * @param hedging     how much the partnership is held back by limits and third-party ties
 * @param rule        the rule that set the band, in words
 * @param wouldChange what would move it to a neighbouring band
 * @param edges       the thresholds the band rests on (a score within half a point of one, across
 *                    which the band would differ), in words; empty when it rests on none
 * @param explanation the contributions, largest effect on the overall score first
 * @param coverage    what the assessment could and could not see
 * @param thresholds  the thresholds the band rules compare the scores with, which say how each score is shown in text
 */
public record Assessment(String subject, String title, LocalDate asOf, Band band, double score, double low, double high,
                         Map<Dimension, DimensionScore> dimensions, Commitment commitment, Hedging hedging, String rule,
                         List<String> wouldChange, List<String> edges, List<Contribution> explanation,
                         List<String> coverage, Thresholds thresholds) {

    /** Copies the collections. */
    public Assessment {
        Map<Dimension, DimensionScore> byDimension = new EnumMap<>(Dimension.class);   // in Dimension's order
        byDimension.putAll(dimensions);
        dimensions = Collections.unmodifiableMap(byDimension);
        wouldChange = List.copyOf(wouldChange);
        edges = List.copyOf(edges);
        explanation = List.copyOf(explanation);
        coverage = List.copyOf(coverage);
    }

    /**
     * One dimension's score.
     *
     * @param score     0-100: 0 opposed, about 35 arm's length, 50 substantial, 75 deep, 100 integrated
     * @param low       5th percentile under resampling of the evidence
     * @param high      95th percentile
     * @param evidence  how many evidence items counted
     * @param data      how many data signals counted
     * @param supported whether at least one item toward alignment of moderate strength or more, or a
     *                  strong data signal, stands behind it
     * @param broad     whether it counts toward the band rules' breadth: supported, and at or above the
     *                  breadth threshold
     */
    public record DimensionScore(double score, double low, double high, int evidence, int data, boolean supported,
                                 boolean broad) {
    }

    /**
     * The binding obligations in force.
     *
     * @param score      0-100
     * @param strongest  the strongest obligation in force, or none
     * @param defence    whether a binding mutual-defence pledge is in force
     * @param inForce    ids of the treaties (or the dataset) it rests on
     * @param absent     obligations the treaties in force conspicuously lack
     */
    public record Commitment(double score, Obligation strongest, boolean defence, List<String> inForce,
                             List<Obligation> absent) {
    }

    /**
     * Limits and hedging.
     *
     * @param score    0-100, or NaN when nothing could be measured (data-only assessments)
     * @param limits   ids of the case's limits that count at the date
     * @param measured whether it could be measured
     */
    public record Hedging(double score, List<String> limits, boolean measured) {
    }
}
