package org.entente.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code entente help [COMMAND [SUBCOMMAND...]]}: the usage of any command in the tree,
 * {@code entente help forecast resolve} included (picocli's own help command looks one level
 * down only, and printed the parent's usage for a subcommand).
 */
@Command(name = "help", helpCommand = true, description = "Show the usage of a command, e.g. 'entente help events series'.")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command and subcommands to describe.")
    String[] commands = {};

    private CommandLine self;
    private CommandLine.Help.ColorScheme colours;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter outWriter,
                     PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colours = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine target = self.getParent();
        StringBuilder path = new StringBuilder("entente");
        // options given to help are left unmatched by picocli, which would print the top-level usage and exit 0
        java.util.List<String> all = new java.util.ArrayList<>(self.getParseResult() == null ? java.util.List.of()
                : self.getParseResult().unmatched());
        all.addAll(java.util.List.of(commands));
        for (String name : all) {
            if (name.startsWith("-")) {
                throw new CommandLine.ParameterException(self, "help takes command names, not options like '" + name
                        + "', e.g. entente help events series");
            }
            CommandLine sub = target.getSubcommands().get(name);
            if (sub == null && target.getSubcommands().isEmpty()) {
                throw new CommandLine.ParameterException(self, "'" + path + "' has no subcommands; 'entente help "
                        + path.substring("entente".length()).strip() + "' describes it");
            }
            if (sub == null) {
                throw new CommandLine.ParameterException(self, "'" + path + "' has no command '" + name + "'; its commands: "
                        + String.join(", ", target.getSubcommands().keySet()));
            }
            path.append(' ').append(name);
            target = sub;
        }
        target.usage(out, colours);
        out.flush();
    }
}
