/**
 * Opening the embedded DuckDB files Entente keeps (the event store, the forecast ledger) with the
 * checks they share: that the file is a database and not data DuckDB would read into memory, and
 * why an open failed, so that each store can say what to do in its own words.
 */
package org.entente.duckdb;
