package org.entente.reference;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One state of the cross-walk, with its code in each dataset Entente reads.
 *
 * @param iso3     ISO 3166-1 alpha-3 (or ISO 3166-3 for dissolved states)
 * @param name     its name
 * @param cowCode  Correlates of War numeric code, if in the COW state system
 * @param cowAbb   Correlates of War abbreviation
 * @param unCode   code in the UN General Assembly voting data
 * @param cameo    CAMEO country code used by GDELT and ICEWS actors
 * @param fips     FIPS 10-4 code used by GDELT's geography fields
 * @param fromYear first year of system membership, if known
 * @param toYear   last year, if it has left the system
 * @param note     how successions and special cases are handled
 */
public record Country(String iso3, String name, OptionalInt cowCode, Optional<String> cowAbb,
                     Optional<String> unCode, Optional<String> cameo, Optional<String> fips,
                     OptionalInt fromYear, OptionalInt toYear, Optional<String> note) {

    /** Checks the key fields. */
    public Country {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(name, "name");
        if (!iso3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("iso3 '" + iso3 + "' is not three capital letters");
        }
    }
}
