/**
 * Event data: reading GDELT 1.0, GDELT 2.0 and ICEWS files (plain, gzip, zip, folders, globs)
 * into {@link org.entente.events.Event} values, keeping every malformed row with its file, line
 * and reason, and the {@link org.entente.events.EventStore}, an embedded DuckDB file holding a
 * checksum ledger of ingested files, the full events of watched dyads and the one rollup
 * definition: counts, Goldstein sums, mentions and tone per dyad, month, CAMEO root, quad class
 * and event dimension. Each file is applied in one transaction, so a killed ingest leaves the
 * store as it was before that file.
 */
package org.entente.events;
