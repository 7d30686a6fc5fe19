/**
 * The domain of Entente: a {@link org.entente.model.Case} describes one partnership between two
 * states with its sources, dated events, quantitative indicators, evidence, drivers, limits,
 * treaties and scenarios. Everything here is an immutable record or a closed vocabulary
 * ({@link org.entente.model.Word}); nothing reads files or the network.
 */
package org.entente.model;
