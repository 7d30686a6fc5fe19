package org.entente.model;

/** What a treaty article is about (multi-label). */
public enum TreatySubject implements Word {
    SECURITY_DEFENCE, MILITARY_TECHNICAL, INTELLIGENCE, COUNTER_TERRORISM, ECONOMY_TRADE, FINANCE_SANCTIONS, ENERGY, NUCLEAR, TRANSPORT, SCIENCE_TECHNOLOGY, INFORMATION_MEDIA, CULTURE_EDUCATION_HEALTH, LEGAL_CONSULAR, REGIONAL, MULTILATERAL, GENERAL;

    @Override
    public String id() {
        return Word.fromConstant(name());
    }
}
