/**
 * The dyad-year panel: for any two states and span of years, the measures Entente draws from the
 * bundled datasets (UN vote similarity, alliance obligations, arms transfers, trade and
 * dependence, shared IGOs, rivalry, disputes, capabilities, contiguity, leader changes). A year a
 * dataset does not cover is "no data" (an empty optional), never zero. {@link
 * org.entente.reference.panel.DyadPanels} is the library API; nothing here prints.
 */
package org.entente.reference.panel;
