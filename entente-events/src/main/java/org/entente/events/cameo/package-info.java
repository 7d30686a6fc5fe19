/**
 * The CAMEO vocabulary bundled with Entente: event codes and their descriptions, the Goldstein
 * weight of each code, the CAMEO to PLOVER conversion, GDELT's quad classes, and the project's
 * mapping from CAMEO codes to the event dimensions it measures ({@link org.entente.events.cameo.EventDimension}).
 * Everything is read from the classpath once and held immutably.
 */
package org.entente.events.cameo;
