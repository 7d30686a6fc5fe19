package org.entente.model;

/** How exact a figure is. */
public enum Qualifier implements Word {
    EXACTLY, ABOUT, OVER, UNDER, UP_TO, AT_LEAST;

    @Override
    public String id() {
        return Word.fromConstant(name());
    }
}
