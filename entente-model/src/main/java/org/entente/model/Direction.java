package org.entente.model;

/** Which way a dated event moves a partnership: closer, toward a limit, both, or context acting on both. */
public enum Direction implements Word {
    TOWARD_ALIGNMENT, MARKS_LIMIT, MIXED, CONTEXT;

    @Override
    public String id() {
        return Word.fromConstant(name());
    }
}
