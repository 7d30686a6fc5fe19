package org.entente.model;

/** The kinds of limit that hold two partners apart; the first four are the brief's. */
public enum LimitKind implements Word {
    DIVERGENT_AGENDAS, THREAT_PERCEPTIONS, ECONOMIC_LIMITS, THIRD_PARTY_TIES, MISTRUST;

    @Override
    public String id() {
        return Word.fromConstant(name());
    }
}
