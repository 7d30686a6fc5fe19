package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command and subcommand answers {@code --help} and {@code -h} with its usage, exit 0: the
 * usage errors point users there ("see 'entente events series --help'").
 */
class HelpTest {

    /** @return the command at a path of subcommand names, e.g. [events, series] */
    private static CommandLine command(List<String> path) {
        CommandLine sub = Main.commandLine();
        for (String name : path) {
            sub = sub.getSubcommands().get(name);
        }
        return sub;
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            String name = sub.getCommandName();
            if (name.equals("help") || path.contains(name) || out.stream().anyMatch(p -> p.equals(with(path, name)))) {
                continue;
            }
            out.add(with(path, name));
            collect(sub, with(path, name), out);
        }
    }

    private static List<String> with(List<String> path, String name) {
        List<String> p = new ArrayList<>(path);
        p.add(name);
        return p;
    }

    @Test
    void every_command_answers_help_with_its_usage() {
        List<List<String>> commands = new ArrayList<>();
        collect(Main.commandLine(), List.of(), commands);
        assertThat(commands).hasSizeGreaterThan(20)
                .contains(List.of("events", "series"), List.of("events", "import-rollup"), List.of("forecast", "score"));
        for (List<String> c : commands) {
            for (String flag : new String[] {"--help", "-h"}) {
                List<String> args = with(c, flag);
                Run r = Run.entente(args.toArray(String[]::new));
                assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
                assertThat(r.out()).as(String.join(" ", args)).startsWith("Usage: entente " + String.join(" ", c));
            }
        }
    }

    /** Every parameter and option of every command says in its help what it is: none is listed bare. */
    @Test
    void every_parameter_and_option_has_a_description() {
        List<List<String>> commands = new ArrayList<>();
        collect(Main.commandLine(), List.of(), commands);
        List<String> bare = new ArrayList<>();
        for (List<String> c : commands) {
            CommandLine sub = command(c);
            for (CommandLine.Model.ArgSpec arg : sub.getCommandSpec().args()) {
                if (arg.hidden()) {
                    continue;
                }
                String text = String.join(" ", arg.description()).strip();
                if (text.isEmpty()) {
                    bare.add(String.join(" ", c) + " " + arg.paramLabel() + (arg.isOption()
                            ? " (" + ((CommandLine.Model.OptionSpec) arg).longestName() + ")" : ""));
                }
            }
        }
        assertThat(bare).as("parameters and options without a description").isEmpty();
    }

    /** The examples in each command's help (description or footer) run as written (those that write no file and start no server). */
    @Test
    void the_help_examples_run() {
        List<List<String>> commands = new ArrayList<>();
        collect(Main.commandLine(), List.of(), commands);
        List<String> ran = new ArrayList<>();
        for (List<String> c : commands) {
            CommandLine sub = command(c);
            List<String> text = new ArrayList<>(List.of(sub.getCommandSpec().usageMessage().description()));
            text.addAll(List.of(sub.getCommandSpec().usageMessage().footer()));
            for (String line : text) {
                for (String l : line.split("%n|\n")) {
                    if (!l.startsWith("  entente ")) {
                        continue;
                    }
                    String example = l.trim().split("\\s{2,}")[0];
                    if (example.contains("--out") || example.contains(" serve") || example.contains(".txt")
                            || example.contains(".pdf")) {
                        continue;
                    }
                    String[] args = example.substring("entente ".length()).split(" ");
                    Run r = Run.entente(args);
                    assertThat(r.code()).as(example + ": " + r.err()).isZero();
                    ran.add(example);
                }
            }
        }
        assertThat(ran).contains("entente scenarios --observe sp-su35-delivered=yes").hasSizeGreaterThan(5);
    }

    @Test
    void the_help_command_describes_nested_subcommands() {
        Run r = Run.entente("help", "forecast", "resolve");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Usage: entente forecast resolve");
        assertThat(Run.entente("help", "events", "series").out()).startsWith("Usage: entente events series");
        assertThat(Run.entente("help").out()).startsWith("Usage: entente");
        Run bad = Run.entente("help", "forecast", "nope");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("'entente forecast' has no command 'nope'").contains("resolve");
        Run leaf = Run.entente("help", "forecast", "resolve", "extra");
        assertThat(leaf.code()).isEqualTo(2);
        assertThat(leaf.err()).contains("'entente forecast resolve' has no subcommands; 'entente help forecast resolve' "
                + "describes it");
        Run option = Run.entente("help", "--bogus");
        assertThat(option.code()).isEqualTo(2);
        assertThat(option.out()).isEmpty();
    }

    @Test
    void a_usage_error_points_to_help_that_works() {
        Run bad = Run.entente("events", "series", "IRN");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("see 'entente events series --help'");
        assertThat(Run.entente("events", "series", "--help").code()).isZero();
    }
}
