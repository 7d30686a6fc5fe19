package org.entente.treaty.coding;

import java.util.List;
import org.entente.model.Obligation;

/**
 * ATOP-style flags: whether the treaty creates each obligation, as ATOP's dyad-year data codes it
 * ({@code defense offense neutral nonagg consul}). A flag is set by a finding that counts for
 * ATOP (binding or conditional wording; consultation only with a crisis trigger).
 *
 * @param defense       a defence obligation
 * @param offense       an offence obligation
 * @param neutrality    a neutrality obligation
 * @param nonAggression a non-aggression obligation
 * @param consultation  a consultation obligation
 */
public record Atop(boolean defense, boolean offense, boolean neutrality, boolean nonAggression, boolean consultation) {

    /**
     * @param findings the obligations found
     * @return the flags they set
     */
    public static Atop of(List<ObligationFinding> findings) {
        return new Atop(has(findings, Obligation.DEFENCE), has(findings, Obligation.OFFENCE),
                has(findings, Obligation.NEUTRALITY), has(findings, Obligation.NON_AGGRESSION),
                has(findings, Obligation.CONSULTATION));
    }

    private static boolean has(List<ObligationFinding> findings, Obligation o) {
        return findings.stream().anyMatch(f -> f.obligation() == o && f.atop());
    }

    /**
     * @param o an obligation
     * @return its flag
     */
    public boolean get(Obligation o) {
        return switch (o) {
            case DEFENCE -> defense;
            case OFFENCE -> offense;
            case NEUTRALITY -> neutrality;
            case NON_AGGRESSION -> nonAggression;
            case CONSULTATION -> consultation;
            case NONE -> !(defense || offense || neutrality || nonAggression || consultation);
        };
    }
}
