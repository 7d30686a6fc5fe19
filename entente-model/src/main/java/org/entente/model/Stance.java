package org.entente.model;

/** Which way a piece of evidence bears on a dimension. */
public enum Stance implements Word {
    TOWARD_ALIGNMENT, MARKS_LIMIT;

    @Override
    public String id() {
        return Word.fromConstant(name());
    }
}
