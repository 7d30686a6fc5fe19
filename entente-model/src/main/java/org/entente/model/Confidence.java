package org.entente.model;

/** How well a fact is established: confirmed, resting on one weak source (unconfirmed), or disputed between sources (conflicting). */
public enum Confidence implements Word {
    CONFIRMED, UNCONFIRMED, CONFLICTING;

    @Override
    public String id() {
        return Word.fromConstant(name());
    }
}
