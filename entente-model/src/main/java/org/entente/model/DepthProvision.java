package org.entente.model;

/** Provisions that deepen a security commitment (after Benson and Clinton 2016 and ATOP's depth items). */
public enum DepthProvision implements Word {
    MILITARY_CONTACT, JOINT_EXERCISES, BASES_TRANSIT, INTEGRATED_COMMAND, ARMS_AID, INTELLIGENCE_SHARING, ECONOMIC_AID, ORGANISATION;

    @Override
    public String id() {
        return Word.fromConstant(name());
    }
}
