/**
 * Reading the bundled datasets: gzip-compressed TSV files listed in {@code MANIFEST.tsv} with
 * their row counts and SHA-256 checksums, so that a truncated or corrupt file fails loudly with
 * its name and line instead of silently losing rows. Tables keyed by dyad and year are held in
 * sorted primitive arrays ({@link org.entente.reference.data.DyadYearTable}).
 */
package org.entente.reference.data;
