package org.entente.model;

/** How strongly a piece of evidence bears on its dimension. */
public enum Strength implements Word {
    WEAK, MODERATE, STRONG;

    @Override
    public String id() {
        return Word.fromConstant(name());
    }
}
