package org.entente.model;

/** Alliance obligations in the ATOP typology (Leeds et al. 2002), plus none; ordered from the most binding to the least. */
public enum Obligation implements Word {
    DEFENCE, OFFENCE, NEUTRALITY, NON_AGGRESSION, CONSULTATION, NONE;

    @Override
    public String id() {
        return Word.fromConstant(name());
    }
}
