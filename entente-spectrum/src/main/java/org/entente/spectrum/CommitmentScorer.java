package org.entente.spectrum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.model.Case;
import org.entente.model.Confidence;
import org.entente.model.DepthProvision;
import org.entente.model.Obligation;
import org.entente.model.Treaty;

/**
 * Scores the binding obligations in force on a date: the strongest clause (ATOP's order, scaled
 * by how binding its wording is), plus a bonus for depth provisions. Without a case, the ATOP
 * obligation in force stands in.
 */
final class CommitmentScorer {

    private final SpectrumConfig config;

    CommitmentScorer(SpectrumConfig config) {
        this.config = config;
    }

    /** A treaty counts from its entry into force (or signature, if no date is known) until a successor enters into force. */
    static boolean inForce(Treaty t, Case c, LocalDate asOf) {
        return new CaseOnDate(c, asOf).inForce(t);
    }

    Assessment.Commitment score(Case c, LocalDate asOf, DataSignals data, List<Contribution> explain) {
        if (c == null || c.treaties().isEmpty()) {
            return fromAtop(data, explain);
        }
        double best = 0;
        Obligation strongest = Obligation.NONE;
        boolean defence = false;
        Set<DepthProvision> depth = EnumSet.noneOf(DepthProvision.class);
        List<String> inForce = new ArrayList<>();
        Set<Obligation> absent = new LinkedHashSet<>();
        Treaty.ArticleCoding bestClause = null;
        for (Treaty t : c.treaties()) {
            if (!inForce(t, c, asOf)) {
                continue;
            }
            inForce.add(t.id());
            t.absent().forEach(a -> absent.add(a.obligation()));
            best = Math.max(best, config.get("commitment.obligation.none"));
            for (Treaty.ArticleCoding clause : t.coding()) {
                depth.addAll(clause.depth());
                double v = value(clause);
                if (v > best) {
                    best = v;
                    strongest = clause.obligation();
                    bestClause = clause;
                }
                defence |= clause.obligation() == Obligation.DEFENCE && clause.binding().id().equals("binding");
            }
        }
        double bonus = Math.min(config.get("commitment.depth_cap"), depth.size() * config.get("commitment.depth_bonus"));
        double score = inForce.isEmpty() ? 0 : Math.min(100, best + bonus);
        if (bestClause != null) {
            explain.add(new Contribution("treaty", "commitment", bestClause.id(), "strongest clause in force: "
                    + bestClause.obligation().id() + " (" + bestClause.binding().id() + ")"
                    + bestClause.article().map(a -> ", Art. " + a).orElse("") + ": " + bestClause.summary(), best,
                    0, bestClause.sources()));
        }
        if (bonus > 0) {
            // what the provisions add once the score is capped at 100, so that the effects add up to it
            double added = inForce.isEmpty() ? 0 : score - best;
            explain.add(new Contribution("treaty", "commitment", "depth", "depth provisions in force: "
                    + String.join(", ", depth.stream().map(d -> d.id()).toList()) + (added < bonus ? String.format(java.util.Locale.ROOT,
                    " (worth %.0f, of which %.0f counts: commitment stops at 100)", bonus, added) : ""), added, 0, List.of()));
        }
        for (Obligation o : absent) {
            explain.add(new Contribution("rule", "commitment", "absent-" + o.id(), "no " + o.id()
                    + " obligation in the treaties in force (noted as conspicuously absent)", 0, 0, List.of()));
        }
        return new Assessment.Commitment(score, strongest, defence, inForce, List.copyOf(absent));
    }

    private double value(Treaty.ArticleCoding clause) {
        double v = config.get("commitment.obligation." + clause.obligation().id())
                * config.get("commitment.binding." + clause.binding().id());
        return clause.confidence() == Confidence.CONFIRMED ? v : v * config.get("commitment.unconfirmed_factor");
    }

    private Assessment.Commitment fromAtop(DataSignals data, List<Contribution> explain) {
        Optional<DataSignals.AtopObligation> atop = data.atop();
        if (atop.isEmpty()) {
            return new Assessment.Commitment(0, Obligation.NONE, false, List.of(), List.of());
        }
        Obligation o = atop.get().obligation();
        double score = o == Obligation.NONE ? 0 : config.get("commitment.obligation." + o.id());
        explain.add(new Contribution("data", "commitment", "atop:" + atop.get().year(), "ATOP " + atop.get().year()
                + ": strongest obligation in force " + o.id(), score, 0, List.of("atop")));
        return new Assessment.Commitment(score, o, o == Obligation.DEFENCE, List.of("atop:" + atop.get().year()), List.of());
    }
}
