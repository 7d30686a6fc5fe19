package org.entente.model;

import java.util.List;

/**
 * What a case needs to know about state codes: whether a code is known, and which known codes
 * are closest to one that is not. The bundled cross-walk implements it; the case reader takes
 * it as an argument so that it does no I/O of its own.
 */
public interface StateCatalog {

    /**
     * @param iso3 an ISO 3166-1 alpha-3 code
     * @return whether the code names a state in the catalogue
     */
    boolean isKnown(String iso3);

    /**
     * @param input a code or name the user typed
     * @return up to a few known codes, each with its name, closest to the input first
     */
    List<String> suggest(String input);
}
