/**
 * The partnership spectrum: from a case's evidence, its treaties and the dyad-year panel,
 * {@link org.entente.spectrum.Assessor} scores six dimensions, the commitment the treaties bind
 * the two to, and the hedging their limits show, and places the partnership in one of five
 * bands by documented rules; every score carries the contributions that moved it. The
 * numbers come from {@link org.entente.spectrum.SpectrumConfig} ({@code config/spectrum.yaml}).
 * See {@code docs/spectrum.md}.
 */
package org.entente.spectrum;
