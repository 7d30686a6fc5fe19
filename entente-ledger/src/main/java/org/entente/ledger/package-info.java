/**
 * The forecast ledger: dated probabilistic forecasts (a yes/no question with a probability, or
 * a distribution over outcomes such as bands), the model version and inputs that produced them,
 * their resolution, and proper scores: Brier (1950) and the logarithmic score, with a
 * calibration table. {@link org.entente.ledger.Scoring} is pure; {@link
 * org.entente.ledger.Ledger} keeps the records in an embedded DuckDB file.
 */
package org.entente.ledger;
