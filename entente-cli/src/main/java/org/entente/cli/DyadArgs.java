package org.entente.cli;

import org.entente.reference.Country;
import org.entente.reference.CountryTable;
import org.entente.reference.panel.DyadPanels;

/**
 * The checks every command that takes a pair of states and years makes, the same as the web
 * API's: two different states, and years the bundled data can speak to (the Correlates of War
 * state system begins in 1816).
 */
final class DyadArgs {

    /** The first and last year a dyad-year may have, as in the web API. */
    static final int FIRST_YEAR = DyadPanels.FIRST_YEAR;
    static final int LAST_YEAR = DyadPanels.LAST_YEAR;

    private DyadArgs() {
    }

    /** @return the two states, resolved; the same state twice is bad input */
    static Country[] two(CountryTable countries, String a, String b) {
        Country ca = countries.resolve(a);
        Country cb = countries.resolve(b);
        distinct(ca.iso3(), cb.iso3(), "", " ('" + a + "' and '" + b + "')");
        return new Country[] {ca, cb};
    }

    /**
     * Refuses the same state twice.
     *
     * @param before what the message starts with (e.g. the option), or empty
     * @param after  what it ends with (e.g. the names as typed), or empty
     */
    static void distinct(String iso3a, String iso3b, String before, String after) {
        if (iso3a.equals(iso3b)) {
            throw new Failures.BadInputException(before + "a dyad needs two different states, not " + iso3a + " twice" + after);
        }
    }

    /** @return the year, checked to lie between {@link #FIRST_YEAR} and {@link #LAST_YEAR} */
    static int year(int year, String option) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new Failures.BadInputException(option + " " + year + " is outside the years the data can cover; give a "
                    + "year from " + FIRST_YEAR + " (the start of the Correlates of War state system) to " + LAST_YEAR);
        }
        return year;
    }

    /**
     * @return the year of a data-only assessment: as {@link #year}, and not after this year, since the
     * data record nothing later (the data signals would only reach back to the last years they hold)
     */
    static int pastYear(int year, String option) {
        year(year, option);
        int now = java.time.Year.now().getValue();
        if (year > now) {
            org.entente.reference.data.Bundle bundle = org.entente.reference.data.Bundle.bundled();
            int end = org.entente.reference.panel.DyadPanels.lastCovered(bundle);
            throw new Failures.BadInputException(option + " " + year + " is after this year (" + now + "): the data record "
                    + "no later year; the bundled datasets end in " + end + " at the latest (ATOP's alliances in "
                    + bundle.dataset("atop").to() + "), so give " + now + " or earlier");
        }
        return year;
    }
}
