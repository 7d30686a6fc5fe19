package org.entente.model;

/** Which way an indicator to watch points when it is observed. */
public enum Signal implements Word {
    TIGHTEN, LOOSEN;

    @Override
    public String id() {
        return Word.fromConstant(name());
    }
}
