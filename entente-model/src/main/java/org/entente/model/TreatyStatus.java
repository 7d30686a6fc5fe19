package org.entente.model;

/** Where a treaty stands in its life cycle. */
public enum TreatyStatus implements Word {
    SIGNED, RATIFYING, IN_FORCE, EXPIRED, SUPERSEDED, SUSPENDED;

    @Override
    public String id() {
        return Word.fromConstant(name());
    }
}
