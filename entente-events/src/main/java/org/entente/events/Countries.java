package org.entente.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.entente.events.cameo.Cameo;
import org.entente.reference.Country;
import org.entente.reference.CountryTable;

/**
 * Turns the country codes of event files into ISO3: GDELT's CAMEO country codes through the
 * cross-walk's {@code cameo_code} column, ICEWS's country names through the CAMEO country
 * dictionary and then the same column. Codes of regions and organisations map to nothing.
 */
final class Countries {

    /** The bundled cross-walk and CAMEO tables, read once per process, when first needed. */
    private static final class Bundled {
        static final Countries TABLES = new Countries(CountryTable.bundled(), Cameo.bundled());
    }

    /** @return the readers' mapping over the bundled tables */
    static Countries bundled() {
        return Bundled.TABLES;
    }

    private final Map<String, String> isoByCameo = new HashMap<>();
    private final Map<String, String> isoByName = new HashMap<>();
    private final Cameo cameo;

    Countries(CountryTable table, Cameo cameo) {
        this.cameo = cameo;
        for (Country c : table.all()) {
            c.cameo().ifPresent(code -> isoByCameo.putIfAbsent(code, c.iso3()));
            isoByName.putIfAbsent(c.name().toLowerCase(Locale.ROOT), c.iso3());
        }
    }

    /**
     * @param cameoCode a CAMEO country code as GDELT writes it, possibly empty
     * @return the state's ISO3, or empty
     */
    String fromCameo(String cameoCode) {
        return cameoCode.isEmpty() ? "" : isoByCameo.getOrDefault(cameoCode, "");
    }

    /** @return every state a CAMEO country code can map to, ISO3 */
    java.util.Collection<String> states() {
        return java.util.List.copyOf(new java.util.TreeSet<>(isoByCameo.values()));
    }

    /**
     * @param name a country name as ICEWS writes it, possibly empty or {@code NA}
     * @return the state's ISO3, or empty
     */
    String fromName(String name) {
        if (name.isEmpty() || name.equals("NA")) {
            return "";
        }
        String viaCameo = cameo.countryCode(name).map(this::fromCameo).orElse("");
        return viaCameo.isEmpty() ? isoByName.getOrDefault(name.strip().toLowerCase(Locale.ROOT), "") : viaCameo;
    }
}
