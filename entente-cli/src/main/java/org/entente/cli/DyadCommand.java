package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.reference.Country;
import org.entente.reference.CountryTable;
import org.entente.reference.data.Bundle;
import org.entente.reference.panel.DyadPanels;
import org.entente.reference.panel.DyadYear;
import org.entente.reference.panel.Partners;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente dyad}: the dyad-year panel of any two states, from the bundled datasets. */
@Command(name = "dyad", description = {"The dyad-year panel for any two states from bundled public data: UN vote "
        + "similarity, alliances, arms, trade, IGOs, rivalry, disputes, capabilities, contiguity, leaders.",
        "  entente dyad IRN RUS --from 1992", "  entente dyad IRN --partners --year 2014 --by un-s",
        "  entente dyad --sources"})
final class DyadCommand implements Callable<Integer> {

    /** Output formats of the panel. */
    enum Format { table, csv, json }

    @ParentCommand
    Entente root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "STATE", description = "ISO code, COW code or name, e.g. IRN, 365, Russia.")
    List<String> states = List.of();

    @Option(names = "--from", paramLabel = "YEAR", description = "First year (default: 29 years before --to).")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Last year (default: the last year any dataset covers).")
    Integer to;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--json", description = "Same as --format json.")
    boolean json;

    @Option(names = "--partners", description = "List the first state's closest partners in --year.")
    boolean partners;

    @Option(names = "--year", paramLabel = "YEAR", description = "The year for --partners.")
    Integer year;

    @Option(names = "--by", defaultValue = "un-s", description = "Measure for --partners: un-s, trade or arms.")
    String by;

    @Option(names = "--top", defaultValue = "15", description = "How many partners to list (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--sources", description = "List the bundled datasets with coverage and citation.")
    boolean sources;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            format = Format.json;
        }
        Bundle bundle = Bundle.bundled();
        var given = spec.commandLine().getParseResult();
        if ((sources || partners) && format == Format.csv) {
            throw new Failures.BadInputException("--format csv gives the panel of a pair; --" + (sources ? "sources" : "partners")
                    + " prints a table or, with --json, JSON");
        }
        if (partners && (given.hasMatchedOption("--from") || given.hasMatchedOption("--to"))) {
            throw new Failures.BadInputException("--from and --to go with a pair's panel; --partners takes one --year");
        }
        if (sources) {
            DyadText.sources(bundle, out, format == Format.json);
            return 0;
        }
        CountryTable countries = root.workspace().countries();
        if (partners) {
            if (states.size() != 1 || year == null) {
                throw new Failures.BadInputException("--partners takes one state and --year, e.g. dyad IRN --partners --year 2014");
            }
            Country a = countries.resolve(states.get(0));
            DyadArgs.year(year, "--year");
            if (top < 1) {
                throw new Failures.BadInputException("--top " + top + ": give how many partners to list, 1 or more");
            }
            Partners.Measure measure = measure(by);
            // the state's code in that year, as a pair's panel reads it: Germany is the Federal Republic (260) up to 1990
            int code = countries.cowFor(a, year).orElseGet(() -> cow(a));
            List<Partners.Partner> list = DyadPanels.load(bundle).partners(code, year, measure);
            if (list.isEmpty()) {
                var d = bundle.dataset(measure.dataset());
                throw new Failures.BadInputException(a.name() + " has no partners by " + measure.id() + " in " + year
                        + (d.covers(year) ? " (no shared measure that year)" : ": " + d.name() + " covers " + d.from() + "-"
                        + d.to()) + "; give another --year or --by");
            }
            DyadText.partners(a, year, measure, list.subList(0, Math.min(top, list.size())), countries, out,
                    format == Format.json);
            return 0;
        }
        if (states.size() != 2) {
            throw new Failures.BadInputException("dyad needs two states (e.g. dyad IRN RUS), or --partners, or --sources");
        }
        if (given.hasMatchedOption("--by") || year != null || given.hasMatchedOption("--top")) {
            throw new Failures.BadInputException("--by, --year and --top go with --partners; for a pair, give --from and --to");
        }
        Country[] pair = DyadArgs.two(countries, states.get(0), states.get(1));
        Country a = pair[0];
        Country b = pair[1];
        int last = to != null ? DyadArgs.year(to, "--to") : DyadPanels.lastCovered(bundle);
        int first = from != null ? DyadArgs.year(from, "--from") : DyadPanels.firstShown(last);
        if (first > last) {
            throw new Failures.BadInputException("--from " + first + " is after --to " + last);
        }
        cow(a);
        cow(b);
        List<DyadYear> rows = DyadPanels.load(bundle).panel(y -> countries.cowFor(a, y).orElseThrow(),
                y -> countries.cowFor(b, y).orElseThrow(), first, last);
        switch (format) {
            case json -> Json.print(out, new DyadText.Panel(a.iso3(), a.name(), b.iso3(), b.name(), first, last, rows,
                    bundle.datasets()));
            case csv -> DyadText.csv(rows, out);
            default -> DyadText.table(a, b, rows, bundle, out);
        }
        return 0;
    }

    private static int cow(Country c) {
        return c.cowCode().orElseThrow(() -> new Failures.BadInputException(c.name()
                + " has no Correlates of War code, so the datasets do not cover it"));
    }

    private static Partners.Measure measure(String word) {
        for (Partners.Measure m : Partners.Measure.values()) {
            if (m.id().equals(word)) {
                return m;
            }
        }
        throw new Failures.BadInputException("--by must be un-s, trade or arms, not '" + word + "'");
    }
}
