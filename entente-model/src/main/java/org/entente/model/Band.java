package org.entente.model;

/**
 * The bands of the partnership spectrum, from adversaries to allies. The middle band is the
 * brief's "strategic transactionalism": more than deal-by-deal cooperation, short of alignment.
 */
public enum Band implements Word {
    ADVERSARIAL, TRANSACTIONAL, STRATEGIC_TRANSACTIONALISM, STRATEGIC_ALIGNMENT, ALLIANCE;

    @Override
    public String id() {
        return Word.fromConstant(name());
    }
}
