/**
 * The event rollup of {@code entente-events} on Apache Spark, for archives larger than one machine
 * reads in reasonable time. Each file is read whole by one task with entente-events' own
 * {@link org.entente.events.RowRollup} (format detection, row rules, CAMEO and country mapping,
 * the rollup's keys and sums), so the two engines share one definition; Spark only spreads the
 * files over executors, adds the per-file sums with one {@code GROUP BY} and writes Parquet.
 */
package org.entente.spark;
