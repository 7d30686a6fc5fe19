package org.entente.reference.unvotes;

import java.util.Optional;

/** The issue codes of the UN roll calls (Voeten's classification). */
public enum UnIssue {
    /** The Palestinian conflict and the Middle East. */
    MIDDLE_EAST("me", "Middle East"),
    /** Nuclear weapons and nuclear material. */
    NUCLEAR("nu", "nuclear"),
    /** Arms control and disarmament. */
    ARMS_CONTROL("di", "arms control"),
    /** Human rights. */
    HUMAN_RIGHTS("hr", "human rights"),
    /** Colonialism. */
    COLONIALISM("co", "colonialism"),
    /** Economic development. */
    ECONOMIC_DEVELOPMENT("ec", "economic development");

    private final String code;
    private final String label;

    UnIssue(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** @return the two-letter code used in the data */
    public String code() {
        return code;
    }

    /** @return a short label */
    public String label() {
        return label;
    }

    /**
     * @param code a two-letter code
     * @return the issue, if the code is one
     */
    public static Optional<UnIssue> ofCode(String code) {
        for (UnIssue i : values()) {
            if (i.code.equals(code)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
