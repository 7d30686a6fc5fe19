package org.entente.spectrum;

import java.util.List;

/**
 * One thing that moved a score: an evidence item, a data value, a treaty clause, a limit, or a
 * rule. {@code effect} is in score points on its target (a dimension, commitment, hedging or
 * the band), signed; {@code overall} is what that makes on the overall score.
 *
 * @param kind    evidence, data, treaty, limit or rule
 * @param target  what it moved: a dimension id, commitment, hedging, overall or band
 * @param id      the case item's id, or the dataset and year for data
 * @param label   what it is, in a line
 * @param effect  how many points it moved its target
 * @param overall how many points that moved the overall score
 * @param sources ids of the sources it rests on (case source ids, or dataset ids)
 */
public record Contribution(String kind, String target, String id, String label, double effect, double overall,
                           List<String> sources) {

    /** Copies the list. */
    public Contribution {
        sources = List.copyOf(sources);
    }

    /**
     * @param share how much of its effect reaches the overall score
     * @return this contribution with its overall effect set
     */
    Contribution reaching(double share) {
        return new Contribution(kind, target, id, label, effect, effect * share, sources);
    }
}
