package org.entente.treaty.coding;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.model.Binding;
import org.entente.model.DepthProvision;
import org.entente.model.Obligation;
import org.entente.treaty.clause.Quote;

/**
 * The commitment level (0-100) on the spectrum model's scale: the strongest clause's points
 * scaled by how binding its wording is, plus 3 per distinct depth provision up to 15. The table
 * is a copy of the {@code commitment} section of {@code config/spectrum.yaml} (see
 * {@code docs/spectrum.md}); it is repeated here because this module reads text and must not
 * depend on the spectrum module. Standing consultation (no crisis trigger) does not count, and
 * machine coding is scored as if confirmed (the spectrum model applies its own discount to
 * unconfirmed coding).
 *
 * @param score      the level, 0-100
 * @param strongest  the obligation of the strongest clause, or none
 * @param binding    that clause's wording, or declaratory when there is none
 * @param clause     that clause, if any
 * @param depthBonus the points added for depth provisions
 */
public record Commitment(int score, Obligation strongest, Binding binding, Optional<Quote> clause, int depthBonus) {

    private static final Map<Obligation, Integer> POINTS = Map.of(Obligation.DEFENCE, 100, Obligation.OFFENCE, 90,
            Obligation.NEUTRALITY, 55, Obligation.NON_AGGRESSION, 40, Obligation.CONSULTATION, 30, Obligation.NONE, 10);
    private static final Map<Binding, Double> FACTOR = Map.of(Binding.BINDING, 1.0, Binding.CONDITIONAL, 0.85,
            Binding.HORTATORY, 0.5, Binding.DECLARATORY, 0.4, Binding.PROCEDURAL, 0.3);
    private static final int DEPTH_BONUS = 3;
    private static final int DEPTH_CAP = 15;

    /**
     * @param obligations the obligations found
     * @param depth       the depth provisions found
     * @return the commitment they add up to
     */
    public static Commitment of(List<ObligationFinding> obligations, List<DepthFinding> depth) {
        double best = POINTS.get(Obligation.NONE);
        ObligationFinding strongest = null;
        for (ObligationFinding f : obligations) {
            if (f.obligation() == Obligation.CONSULTATION && f.conditions().isEmpty()) {
                continue;
            }
            double v = value(f.obligation(), f.binding());
            if (v > best) {
                best = v;
                strongest = f;
            }
        }
        Set<DepthProvision> distinct = EnumSet.noneOf(DepthProvision.class);
        depth.forEach(d -> distinct.add(d.provision()));
        int bonus = Math.min(DEPTH_CAP, DEPTH_BONUS * distinct.size());
        int score = (int) Math.round(Math.min(100, best + bonus));
        return strongest == null ? new Commitment(score, Obligation.NONE, Binding.DECLARATORY, Optional.empty(), bonus)
                : new Commitment(score, strongest.obligation(), strongest.binding(), Optional.of(strongest.quote()), bonus);
    }

    /**
     * @param o an obligation
     * @param b its wording
     * @return its points on the commitment scale
     */
    public static double value(Obligation o, Binding b) {
        return POINTS.get(o) * FACTOR.get(b);
    }
}
