package org.entente.model;

/** The kinds of systemic pressure that push two states together. */
public enum DriverKind implements Word {
    SYSTEMIC_PRESSURE, SANCTIONS, REGIONAL_CONFLICT, MILITARY_NEEDS, ECONOMIC_ISOLATION, MULTIPOLAR_VISION, INSTITUTIONALISATION, GEOGRAPHY;

    @Override
    public String id() {
        return Word.fromConstant(name());
    }
}
