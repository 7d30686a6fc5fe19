/**
 * Reference data bundled with Entente and read from the classpath. {@link
 * org.entente.reference.CountryTable} is the one cross-walk between the codes that different
 * datasets use for a state: ISO 3166 alpha-3, Correlates of War, UN vote codes, CAMEO/GDELT and
 * FIPS.
 */
package org.entente.reference;
