package org.entente.events.cameo;

import java.util.Locale;
import java.util.Optional;
import org.entente.model.Dimension;

/**
 * What a CAMEO event is about, for the dimensions Entente measures. Each constant lists the
 * CAMEO code prefixes it covers; a code belongs to the constant with the longest matching
 * prefix, and to none when nothing matches (statements, consultations, demands and the like
 * are counted in the totals but in no dimension). The reasoning is in {@code docs/events.md}.
 */
public enum EventDimension {
    /** 061 cooperate economically. */
    ECONOMIC(Dimension.ECONOMIC, "061"),
    /** 062 cooperate militarily. */
    MILITARY(Dimension.MILITARY, "062"),
    /** 063 judicial cooperation. */
    JUDICIAL(Dimension.INSTITUTIONAL, "063"),
    /** 064 share intelligence. */
    INTELLIGENCE(Dimension.MILITARY, "064"),
    /** 07 provide aid, every kind. */
    AID(Dimension.ECONOMIC, "07"),
    /** 057 sign a formal agreement. */
    AGREEMENT(Dimension.INSTITUTIONAL, "057"),
    /** 16 reduce relations (sanctions, expulsions, broken ties). */
    REDUCED_RELATIONS(Dimension.DIPLOMATIC, "16"),
    /** 17 coerce. */
    COERCION(Dimension.MILITARY, "17"),
    /** 18 assault, 19 fight, 20 unconventional mass violence. */
    FORCE(Dimension.MILITARY, "18", "19", "20");

    private final Dimension dimension;
    private final String[] prefixes;

    EventDimension(Dimension dimension, String... prefixes) {
        this.dimension = dimension;
        this.prefixes = prefixes;
    }

    /** @return the spectrum dimension the events inform */
    public Dimension dimension() {
        return dimension;
    }

    /** @return the lower-case, hyphenated name used in the store and on the command line */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param cameoCode a CAMEO event code of two to four digits
     * @return its dimension, if any
     */
    public static Optional<EventDimension> of(String cameoCode) {
        EventDimension best = null;
        int length = 0;
        for (EventDimension d : values()) {
            for (String p : d.prefixes) {
                if (cameoCode.startsWith(p) && p.length() > length) {
                    best = d;
                    length = p.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * @param id a name as {@link #id()} gives it, case-insensitive
     * @return the dimension
     * @throws IllegalArgumentException naming the valid ids when there is none
     */
    public static EventDimension parse(String id) {
        for (EventDimension d : values()) {
            if (d.id().equalsIgnoreCase(id.strip())) {
                return d;
            }
        }
        StringBuilder valid = new StringBuilder();
        for (EventDimension d : values()) {
            valid.append(valid.length() == 0 ? "" : ", ").append(d.id());
        }
        throw new IllegalArgumentException("unknown event dimension '" + id + "'; valid: " + valid);
    }
}
