package org.entente.model;

/** What kind of document a source is. */
public enum SourceKind implements Word {
    BRIEF, NEWS, ANALYSIS, OFFICIAL, TREATY_TEXT, DATASET, REFERENCE;

    @Override
    public String id() {
        return Word.fromConstant(name());
    }
}
