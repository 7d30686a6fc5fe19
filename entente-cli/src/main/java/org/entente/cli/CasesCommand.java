package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.entente.casefile.CaseFileException;
import org.entente.casefile.CaseFiles;
import org.entente.casefile.Diagnostic;
import org.entente.model.Case;
import org.entente.model.PartialDate;
import org.entente.model.TimelineEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente cases}: the cases in the library, one line each. */
@Command(name = "cases", description = "List the cases: id, dyad, counts, the span of their timelines (FROM, TO) and the date each was brought up to (AS OF).")
final class CasesCommand implements Callable<Integer> {

    @ParentCommand
    Entente root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    /**
     * One line of the listing.
     *
     * @param id       the case id
     * @param title    its title
     * @param dyad     "IRN–RUS"
     * @param sources  how many sources
     * @param events   how many timeline events
     * @param evidence how many evidence items
     * @param treaties how many treaties
     * @param first    the earliest event date
     * @param last     the latest event date
     * @param asOf     when it was last brought up to date
     */
    record Row(String id, String title, String dyad, int sources, int events, int evidence, int treaties,
               Optional<PartialDate> first, Optional<PartialDate> last, PartialDate asOf) {

        static Row of(Case c) {
            List<TimelineEvent> t = c.chronology();
            return new Row(c.id(), c.title(), c.dyadLabel(), c.sources().size(), t.size(), c.evidence().size(),
                    c.treaties().size(), t.stream().findFirst().map(TimelineEvent::date),
                    t.isEmpty() ? Optional.empty() : Optional.of(t.get(t.size() - 1).date()), c.asOf());
        }
    }

    @Override
    public Integer call() {
        Workspace ws = root.workspace();
        List<Row> rows = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        Path library = ws.library().root();
        if (!java.nio.file.Files.exists(library)) {
            throw new Failures.BadInputException(library + ": there is no folder of cases here; name one with --cases DIR "
                    + "(a folder holding one folder per case, each with its case.yaml), or leave --cases out for the "
                    + "built-in cases");
        }
        for (Path file : CaseFiles.find(library)) {
            CaseFiles.Outcome o = ws.files().check(file);
            o.value().map(Row::of).ifPresent(rows::add);
            problems.addAll(o.diagnostics());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, rows);
        } else {
            // FROM and TO span the timeline's events; AS OF is the date the case was brought up to
            out.printf("%-14s %-9s %7s %7s %8s %8s  %-10s %-10s  %-10s  %s%n", "ID", "DYAD", "SOURCES", "EVENTS",
                    "EVIDENCE", "TREATIES", "FROM", "TO", "AS OF", "TITLE");
            for (Row r : rows) {
                out.printf("%-14s %-9s %7d %7d %8d %8d  %-10s %-10s  %-10s  %s%n", r.id(), r.dyad(), r.sources(), r.events(),
                        r.evidence(), r.treaties(), r.first().map(Object::toString).orElse("-"),
                        r.last().map(Object::toString).orElse("-"), r.asOf(), r.title());
            }
            out.flush();
        }
        if (!problems.isEmpty()) {
            throw new CaseFileException(problems);
        }
        return 0;
    }
}
