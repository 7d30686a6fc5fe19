package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.Case;
import org.entente.model.Treaty;
import org.entente.server.CaseTreatyComparison;
import org.entente.treaty.TreatyCoder;
import org.entente.treaty.TreatyCoding;
import org.entente.treaty.TreatyComparison;
import org.entente.treaty.TreatyTextException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente treaty}: codes a treaty's obligations from its text, each with the clause behind it. */
@Command(name = "treaty", description = {"Codes a treaty's obligations from its text (plain text, HTML or PDF), "
        + "each with the clause that triggers it; see docs/treaty-coding.md.",
        "  entente treaty code treaty.txt", "  entente treaty compare old-treaty.txt new-treaty.pdf --json",
        "  entente treaty compare iran-russia/cspt-2025 russia-dprk/cspt-2024   (the treaties of two cases)",
        "Full texts to try it on (public-domain treaties, with their ATOP coding in docs/treaty-validation.md):",
        "  entente treaty code entente-treaty/src/test/resources/org/entente/treaty/corpus/1949-north-atlantic-treaty.txt"},
        subcommands = {TreatyCommand.Code.class, TreatyCommand.Compare.class})
final class TreatyCommand implements Callable<Integer> {

    @ParentCommand
    Entente root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "treaty needs a subcommand: code FILE, or compare A B");
    }

    /**
     * Reads and codes one file, turning unreadable input into bad input (exit code 2). What was
     * lost in reading a damaged file is said on standard error; the coding carries it too.
     */
    static TreatyCoding code(Path file, CommandSpec spec) {
        TreatyCoding coding;
        try {
            coding = new TreatyCoder().code(file);
        } catch (TreatyTextException e) {
            throw new Failures.BadInputException(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        coding.warnings().forEach(w -> err.println("entente: warning: " + file + ": " + w));
        err.flush();
        return coding;
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
            TreatyCoding coding = code(file, spec);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, coding);
            } else {
                TreatyText.coding(coding, out);
            }
            return 0;
        }
    }

    /** A treaty of a case, as its case file codes it. */
    record CaseTreaty(String caseId, Case source, Treaty treaty) {

        String ref() {
            return caseId + "/" + treaty.id();
        }
    }

    /** {@code CASE/TREATY}: a case id and a treaty id, each as case files write ids. */
    private static final Pattern REF = Pattern.compile("([a-z0-9][a-z0-9-]{0,63})/([a-z0-9][a-z0-9-]{0,63})");

    /**
     * @param arg   a path, or {@code CASE/TREATY}; a file of that name wins
     * @param which "A" or "B", for messages
     * @return the case's treaty the argument names, or empty when it is to be read as a text file
     */
    static Optional<CaseTreaty> caseTreaty(Workspace ws, String arg, String which) {
        Matcher m = REF.matcher(arg);
        if (Files.exists(Path.of(arg)) || !m.matches()) {
            return Optional.empty();
        }
        List<String> known = ws.library().ids();
        if (!known.contains(m.group(1))) {
            throw new Failures.BadInputException(which + ": " + arg + " is no file, and there is no case '" + m.group(1)
                    + "' in " + ws.library().root() + "; known cases: " + (known.isEmpty() ? "none" : String.join(", ", known)));
        }
        Case c = ws.load(m.group(1));
        Treaty t = c.treaties().stream().filter(x -> x.id().equals(m.group(2))).findFirst().orElseThrow(() ->
                new Failures.BadInputException(which + ": case " + c.id() + " has no treaty '" + m.group(2) + "'; its treaties: "
                        + (c.treaties().isEmpty() ? "none" : String.join(", ", c.treaties().stream().map(Treaty::id).toList()))));
        return Optional.of(new CaseTreaty(m.group(1), c, t));
    }

    /** A text file to code: a missing one is bad input that names both kinds of argument. */
    static Path text(String arg, String which) {
        Path p = Path.of(arg);
        if (!Files.exists(p)) {
            throw new Failures.BadInputException(which + ": no such file " + arg + "; give a treaty's text (plain text, HTML "
                    + "or PDF) or a case's treaty as CASE/TREATY, e.g. iran-russia/cspt-2025 (entente show CASE lists them)");
        }
        return p;
    }

    /** {@code entente treaty compare A B}. */
    @Command(name = "compare", description = {"Two treaties side by side, aligned by obligation, by depth provision and "
            + "by subject: two texts, coded now, or two treaties of cases (in the --cases folder) as their case files "
            + "code them, as the web API compares them.",
        "  entente treaty compare iran-russia/cspt-2025 russia-dprk/cspt-2024"})
    static final class Compare implements Callable<Integer> {

        @ParentCommand
        TreatyCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "A", description = "The first treaty: its text (plain text, HTML or PDF), "
                + "or a case's treaty as CASE/TREATY, e.g. iran-russia/cspt-2025.")
        String a;

        @Parameters(index = "1", paramLabel = "B", description = "The second treaty, the same way.")
        String b;

        @Option(names = "--json", description = "Print the comparison as JSON (for two case treaties, as "
                + "/api/treaties/compare gives it).")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Workspace ws = parent.root.workspace();
            Optional<CaseTreaty> ca = caseTreaty(ws, a, "A");
            Optional<CaseTreaty> cb = caseTreaty(ws, b, "B");
            Path fileA = ca.isPresent() ? null : text(a, "A");   // a missing file is told before a mixed pair
            Path fileB = cb.isPresent() ? null : text(b, "B");
            if (ca.isPresent() != cb.isPresent()) {
                CaseTreaty one = ca.orElseGet(cb::orElseThrow);
                throw new Failures.BadInputException((ca.isPresent() ? "A" : "B") + " is a case's treaty (" + one.ref()
                        + ") and " + (ca.isPresent() ? "B" : "A") + " a text file: compare two texts, or two case treaties "
                        + "(CASE/TREATY); a case's coding and a text's are not made the same way");
            }
            if (ca.isPresent()) {
                CaseTreaty x = ca.get();
                CaseTreaty y = cb.get();
                if (json) {
                    Json.print(out, CaseTreatyComparison.of(x.caseId(), x.source(), x.treaty(), y.caseId(), y.source(),
                            y.treaty()));
                } else {
                    TreatyText.cases(x, y, out);
                }
                return 0;
            }
            TreatyComparison cmp = TreatyComparison.of(code(fileA, spec), code(fileB, spec));
            if (json) {
                Json.print(out, cmp);
            } else {
                TreatyText.comparison(cmp, out);
            }
            return 0;
        }
    }
}
