/**
 * Benchmarks, run from {@code bench/*.sh} on a built tree. Each times the production path beside
 * a baseline in the same run and prints the ratio; none runs during the tests.
 */
package org.entente.bench;
