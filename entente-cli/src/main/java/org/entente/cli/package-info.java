/**
 * The {@code entente} command line: one picocli command per capability, text or {@code --json}
 * output, and the mapping from failures to exit codes (0 ok, 1 failure, 2 bad usage or bad
 * input) in {@link org.entente.cli.Failures}, the only place that decides them.
 */
package org.entente.cli;
