/**
 * Scenarios: where a partnership could go. A case's outlook becomes a
 * {@link org.entente.scenarios.DriverNetwork} whose joint states are enumerated, so that
 * observing a signpost updates them exactly; {@link org.entente.scenarios.Simulation} then runs
 * the spectrum scores forward year by year from today's assessment, with inertia and shocks,
 * under driver states drawn from that distribution. Every run takes a seed. See
 * {@code docs/scenarios.md}.
 */
package org.entente.scenarios;
