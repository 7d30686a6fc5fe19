package org.entente.model;

/** How binding a clause is worded: a firm undertaking, one subject to conditions, an aspiration, a statement of principle, or treaty procedure. */
public enum Binding implements Word {
    BINDING, CONDITIONAL, HORTATORY, DECLARATORY, PROCEDURAL;

    @Override
    public String id() {
        return Word.fromConstant(name());
    }
}
