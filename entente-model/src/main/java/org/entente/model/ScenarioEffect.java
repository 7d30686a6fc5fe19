package org.entente.model;

/** What a scenario would do to the partnership. */
public enum ScenarioEffect implements Word {
    TIGHTEN, LOOSEN, HOLD;

    @Override
    public String id() {
        return Word.fromConstant(name());
    }
}
