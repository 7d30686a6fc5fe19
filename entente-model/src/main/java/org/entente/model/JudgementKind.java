package org.entente.model;

/** An analyst's key judgement: a takeaway, a conclusion, or a standing assessment. */
public enum JudgementKind implements Word {
    TAKEAWAY, CONCLUSION, ASSESSMENT;

    @Override
    public String id() {
        return Word.fromConstant(name());
    }
}
