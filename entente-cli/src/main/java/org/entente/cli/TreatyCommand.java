package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.treaty.TreatyCoder;
import org.entente.treaty.TreatyCoding;
import org.entente.treaty.TreatyComparison;
import org.entente.treaty.TreatyTextException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente treaty}: codes a treaty's obligations from its text, each with the clause behind it. */
@Command(name = "treaty", description = {"Codes a treaty's obligations from its text (plain text, HTML or PDF), "
        + "each with the clause that triggers it; see docs/treaty-coding.md.",
        "  entente treaty code treaty.txt", "  entente treaty compare old-treaty.txt new-treaty.pdf --json",
        "Full texts to try it on (public-domain treaties, with their ATOP coding in docs/treaty-validation.md):",
        "  entente treaty code entente-treaty/src/test/resources/org/entente/treaty/corpus/1949-north-atlantic-treaty.txt"},
        subcommands = {TreatyCommand.Code.class, TreatyCommand.Compare.class})
final class TreatyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "treaty needs a subcommand: code FILE, or compare A B");
    }

    /** Reads and codes one file, turning unreadable input into bad input (exit code 2). */
    static TreatyCoding code(Path file) {
        try {
            return new TreatyCoder().code(file);
        } catch (TreatyTextException e) {
            throw new Failures.BadInputException(e.getMessage());
        }
    }

    /** {@code entente treaty code FILE}. */
    @Command(name = "code", description = "Structure, subjects, obligations with their clauses, ATOP flags, commitment "
            + "and what is conspicuously absent.")
    static final class Code implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The treaty's text: UTF-8 plain text, HTML or PDF.")
        Path file;

        @Option(names = "--json", description = "Print the coding as JSON (offsets point into the extracted text).")
        boolean json;

        @Override
        public Integer call() {
            TreatyCoding coding = code(file);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, coding);
            } else {
                TreatyText.coding(coding, out);
            }
            return 0;
        }
    }

    /** {@code entente treaty compare A B}. */
    @Command(name = "compare", description = "Two treaties side by side, aligned by obligation, by depth provision and by subject.")
    static final class Compare implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "A", description = "The first treaty's text.")
        Path a;

        @Parameters(index = "1", paramLabel = "B", description = "The second treaty's text.")
        Path b;

        @Option(names = "--json", description = "Print the comparison as JSON.")
        boolean json;

        @Override
        public Integer call() {
            TreatyComparison cmp = TreatyComparison.of(code(a), code(b));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, cmp);
            } else {
                TreatyText.comparison(cmp, out);
            }
            return 0;
        }
    }
}
