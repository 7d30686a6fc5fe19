package org.entente.events;

import java.util.Optional;

/**
 * The states of event data by the names the sources give them: ICEWS writes "Russian Federation"
 * and "Iran, Islamic Republic of", which the country cross-walk does not list, through CAMEO's
 * country table, as the readers map them.
 */
public final class EventStateNames {

    private EventStateNames() {
    }

    /**
     * @param name a country name as an event source writes it
     * @return the state's ISO3 code, if the name is one the readers map
     */
    public static Optional<String> iso3(String name) {
        String iso = Countries.bundled().fromName(name.strip());
        return iso.isEmpty() ? Optional.empty() : Optional.of(iso);
    }
}
