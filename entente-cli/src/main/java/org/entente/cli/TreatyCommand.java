package org.entente.cli;

import picocli.CommandLine.Command;

/** {@code entente treaty}: codes a treaty's obligations from its text (being written). */
@Command(name = "treaty", description = "Codes a treaty's obligations from its text.")
final class TreatyCommand {
}
