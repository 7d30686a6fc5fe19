package org.entente.model;

/**
 * The dimensions along which a partnership is described. The first six are scored by the
 * spectrum model; {@link #REGIONAL} tags dated events whose weight is regional context.
 */
public enum Dimension implements Word {
    MILITARY, ECONOMIC, ENERGY_NUCLEAR, DIPLOMATIC, INSTITUTIONAL, IDEATIONAL, REGIONAL;

    @Override
    public String id() {
        return Word.fromConstant(name());
    }

    /** @return whether the spectrum model scores this dimension */
    public boolean scored() {
        return this != REGIONAL;
    }
}
