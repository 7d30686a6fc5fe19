package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.entente.ledger.Ledger;
import org.entente.ledger.Prediction;
import org.entente.ledger.Scoring;
import org.entente.model.Case;
import org.entente.model.Outlook;
import org.entente.model.PartialDate;
import org.entente.scenarios.DriverNetwork;
import org.entente.scenarios.ScenarioModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente forecast record|list|resolve|score|replay}: the forecast ledger. */
@Command(name = "forecast", description = "The forecast ledger: record dated forecasts, resolve them, score them "
        + "(Brier, log score, calibration).", subcommands = {ForecastCommand.Record.class, ForecastCommand.ListAll.class,
        ForecastCommand.Resolve.class, ForecastCommand.Score.class, ForecastCommand.Replay.class})
final class ForecastCommand {

    @ParentCommand
    Entente root;

    @Option(names = "--ledger", paramLabel = "FILE", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "The ledger file (default: $ENTENTE_LEDGER, else ~/.local/share/entente/ledger.duckdb).")
    Path ledger;

    Ledger open() {
        return Ledger.open(ledger != null ? ledger : defaultLedger());
    }

    /** @param what how the message goes on after "there is no forecast ledger here" */
    private static void mustExist(Path file, String what) {
        if (!java.nio.file.Files.exists(file)) {
            throw new Failures.BadInputException(file + ": there is no forecast ledger here" + what);
        }
    }

    /** @return an existing ledger opened for writing (resolve): none is created, named or default */
    Ledger openExisting() {
        Path file = ledger != null ? ledger : defaultLedger();
        mustExist(file, ", so nothing to resolve; check the path, or record forecasts first with 'entente forecast record'");
        return Ledger.open(file);
    }

    /** @return the ledger opened to read only (list, score): nothing is created or changed */
    Ledger openForReading() {
        if (ledger != null) {
            // a named ledger that is not there is a mistyped path, not an empty ledger
            mustExist(ledger, "; check the path, or start one with 'entente forecast record ... --ledger " + ledger + "'");
        }
        return Ledger.openForReading(ledger != null ? ledger : defaultLedger());
    }

    static Path defaultLedger() {
        String property = System.getProperty("entente.ledger");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("ENTENTE_LEDGER");
        return env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".local", "share", "entente", "ledger.duckdb");
    }

    /**
     * @param text a date option's value: YYYY, YYYY-MM or YYYY-MM-DD
     * @param what the option, for the message
     * @return the last day it covers
     * @throws Failures.BadInputException when it is not a date (exit 2)
     */
    /**
     * @return the date a case is assessed on for {@code --as-of TEXT}: see {@link
     * org.entente.spectrum.Assessor#dateFor}; a date after the case's own, or in a year the data
     * cannot cover ({@link DyadArgs#year}), is bad input
     */
    static LocalDate caseDate(String text, String what, org.entente.model.Case c) {
        date(text, what);   // the same message for a malformed date
        LocalDate d;
        try {
            d = org.entente.spectrum.Assessor.dateFor(c, PartialDate.parse(text).orElseThrow());
        } catch (IllegalArgumentException e) {
            throw new Failures.BadInputException(what + " " + e.getMessage());
        }
        DyadArgs.year(d.getYear(), what);
        return d;
    }

    static LocalDate date(String text, String what) {
        try {
            return PartialDate.parse(text).map(PartialDate::end).orElseThrow(() -> new Failures.BadInputException(
                    what + " '" + text + "' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"));
        } catch (IllegalArgumentException e) {
            throw new Failures.BadInputException(what + " '" + text + "': " + e.getMessage());
        }
    }

    /**
     * @param text a date given on the command line: a year or a month stands for its last day, or for
     *             today when it is the current year or month
     * @param what the option
     * @param why  why a later date makes no sense
     * @return the day, when it is not after today
     */
    static LocalDate notAfterToday(String text, String what, String why) {
        LocalDate d = date(text, what);
        LocalDate today = LocalDate.now();
        PartialDate given = PartialDate.parse(text).orElseThrow();   // date() has parsed it
        if (d.isAfter(today) && !given.start().isAfter(today)) {
            return today;   // "2026" in 2026: made (or resolved) this year, so no later than today
        }
        if (d.isAfter(today)) {
            throw new Failures.BadInputException(what + " " + text.strip() + " is in the future (today is " + today + "): "
                    + why + "; give today's date or an earlier one");
        }
        return d;
    }

    /** {@code forecast record}. */
    @Command(name = "record", description = "Record a forecast: --probability for a yes/no question, or --outcomes.")
    static final class Record implements Callable<Integer> {
        @ParentCommand
        ForecastCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--id", required = true, description = "An id for the forecast.")
        String id;
        @Option(names = "--question", required = true, description = "What is forecast.")
        String question;
        @Option(names = "--resolves", required = true, paramLabel = "DATE", description = "When it can be resolved.")
        String resolves;
        @Option(names = "--probability", description = "P(yes) for a yes/no question.")
        Double probability;
        @Option(names = "--outcomes", split = ",", paramLabel = "NAME=P", description = "A distribution, e.g. transactional=0.4,strategic-transactionalism=0.6.")
        List<String> outcomes;
        @Option(names = "--subject", defaultValue = "", description = "The case or dyad it is about.")
        String subject;
        @Option(names = "--model", defaultValue = "analyst", description = "What produced it (model version, inputs).")
        String model;
        @Option(names = "--made", paramLabel = "DATE", description = "When it was made (default today).")
        String made;

        @Override
        public Integer call() {
            Map<String, Double> dist = probability != null ? Prediction.yesNo(probability) : outcomes(outcomes);
            if (dist == null || probability != null && outcomes != null) {
                throw new Failures.BadInputException("give either --probability or --outcomes");
            }
            Prediction p;
            try {
                p = new Prediction(id, question, made == null ? LocalDate.now() : notAfterToday(made, "--made",
                                "a forecast is recorded as made on a day that has come"),
                        date(resolves, "--resolves"), dist, model, subject, Optional.empty(), Optional.empty());
            } catch (IllegalArgumentException e) {
                String m = e.getMessage();
                throw new Failures.BadInputException((m.startsWith("probabilities") ? (probability != null
                        ? "--probability " + probability + ": " : "--outcomes: ") : "") + m);
            }
            try (Ledger l = parent.open()) {
                l.record(p);
            }
            spec.commandLine().getOut().println("recorded " + id);
            return 0;
        }

        /**
         * @param given the {@code NAME=P} items of {@code --outcomes}, or null
         * @return the distribution, in the order given, or null when none was given
         * @throws Failures.BadInputException for an item without a name or a number, or a name given twice
         */
        static Map<String, Double> outcomes(List<String> given) {
            if (given == null) {
                return null;
            }
            Map<String, Double> dist = new LinkedHashMap<>();
            for (String item : given) {
                int eq = item.indexOf('=');
                String example = "; write NAME=P for each, e.g. --outcomes transactional=0.4,strategic-transactionalism=0.6";
                if (eq < 0) {
                    throw new Failures.BadInputException("--outcomes: '" + item + "' has no probability" + example);
                }
                String name = item.substring(0, eq).strip();
                if (name.isEmpty()) {
                    throw new Failures.BadInputException("--outcomes: '" + item + "' names no outcome" + example);
                }
                String value = item.substring(eq + 1).strip();
                if (!value.matches("[0-9]+(\\.[0-9]+)?|\\.[0-9]+")) {   // a plain decimal, not 0x1p-1 or 0.5f
                    throw new Failures.BadInputException("--outcomes: '" + item + "': '" + item.substring(eq + 1)
                            + "' is not a probability; write a decimal number from 0 to 1 after the '='");
                }
                double p = Double.parseDouble(value);
                if (dist.put(name, p) != null) {
                    throw new Failures.BadInputException("--outcomes: '" + name + "' is given twice; name each outcome once");
                }
            }
            return dist;
        }
    }

    /** {@code forecast list}. */
    @Command(name = "list", description = "List the recorded forecasts.")
    static final class ListAll implements Callable<Integer> {
        @ParentCommand
        ForecastCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Ledger l = parent.openForReading()) {
                List<Prediction> all = l.all();
                if (json) {
                    Json.print(out, all);
                    return 0;
                }
                LocalDate today = LocalDate.now();
                long overdue = 0;
                for (Prediction p : all) {
                    // open past its date: it can be resolved now (entente forecast resolve ID --outcome ...)
                    boolean late = p.outcome().isEmpty() && p.resolves().isBefore(today);
                    overdue += late ? 1 : 0;
                    out.printf(Locale.ROOT, "%-34s made %s resolves %s  %-14s %s%n    %s%n", p.id(), p.made(), p.resolves(),
                            p.outcome().map(o -> "-> " + o).orElse(late ? "open, overdue" : "open"), p.subject(),
                            p.question() + "  " + shares(p.outcomes()));
                }
                if (overdue > 0) {
                    out.println(overdue + " open forecast(s) past their resolution date: resolve them with 'entente forecast "
                            + "resolve ID --outcome OUTCOME'");
                }
                out.flush();
            }
            return 0;
        }
    }

    /** @return a forecast's outcomes as percentages, e.g. "yes 42.6%, no 57.4%" */
    static String shares(Map<String, Double> outcomes) {
        return outcomes.entrySet().stream().sorted(java.util.Comparator.comparing(e -> !e.getKey().equals("yes")))   // yes before no
                .map(e -> String.format(Locale.ROOT, "%s %.1f%%", e.getKey(), 100 * e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** {@code forecast resolve}. */
    @Command(name = "resolve", description = "Record what happened.")
    static final class Resolve implements Callable<Integer> {
        @ParentCommand
        ForecastCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID", description = "The forecast's id, as recorded (see forecast list).")
        String id;
        @Option(names = "--outcome", required = true, description = "What happened: yes, no, or an outcome's name.")
        String outcome;
        @Option(names = "--on", paramLabel = "DATE", description = "When (default today).")
        String on;
        @Option(names = "--correct", description = "Replace an earlier, different resolution (without it, that is refused).")
        boolean correct;

        @Override
        public Integer call() {
            LocalDate when = on == null ? LocalDate.now() : notAfterToday(on, "--on",
                    "an outcome is recorded once it is known");
            try (Ledger l = parent.openExisting()) {
                l.resolve(id, outcome, when, correct);
            }
            spec.commandLine().getOut().println("resolved " + id + " -> " + outcome);
            return 0;
        }
    }

    /** {@code forecast score}. */
    @Command(name = "score", description = "Brier and log scores of the resolved forecasts, and a calibration table.")
    static final class Score implements Callable<Integer> {
        @ParentCommand
        ForecastCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Ledger l = parent.openForReading()) {
                List<Prediction> resolved = l.all().stream().filter(p -> p.outcome().isPresent()).toList();
                List<Map<String, Object>> rows = new ArrayList<>();
                double brier = 0;
                double log = 0;
                for (Prediction p : resolved) {
                    double b = Scoring.brier(p.outcomes(), p.outcome().get());
                    double g = Scoring.log(p.outcomes(), p.outcome().get());
                    brier += b;
                    log += g;
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", p.id());
                    row.put("outcome", p.outcome().get());
                    row.put("probability", p.outcomes().get(p.outcome().get()));
                    row.put("brier", b);
                    row.put("log", g);
                    rows.add(row);
                }
                int n = resolved.size();
                if (json) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("resolved", n);
                    o.put("meanBrier", n == 0 ? null : brier / n);
                    o.put("meanLog", n == 0 ? null : log / n);
                    o.put("forecasts", rows);
                    o.put("calibration", Scoring.calibration(resolved));
                    Json.print(out, o);
                    return 0;
                }
                for (Map<String, Object> r : rows) {
                    out.printf(Locale.ROOT, "  %-34s %-26s p=%.2f  Brier %.3f  log %.3f%n", r.get("id"), r.get("outcome"),
                            r.get("probability"), r.get("brier"), r.get("log"));
                }
                out.printf(Locale.ROOT, "%d resolved forecasts; mean Brier %s (0 best, 2 worst; 0.5 for a yes/no coin flip), "
                        + "mean log score %s (0 best; 0.69 for a coin flip)%n", n, n == 0 ? "-" : String.format(Locale.ROOT,
                        "%.3f", brier / n), n == 0 ? "-" : String.format(Locale.ROOT, "%.3f", log / n));
                out.println("Calibration (each outcome's probability, binned): forecast vs observed frequency");
                for (Scoring.Bin b : Scoring.calibration(resolved)) {
                    out.printf(Locale.ROOT, "  %.1f-%.1f  n=%3d  forecast %.2f  observed %.2f%n", b.from(), b.to(), b.n(),
                            b.forecast(), b.observed());
                }
                out.flush();
            }
            return 0;
        }
    }

    /**
     * {@code forecast replay CASE}: records the signpost forecasts the case's outlook implied
     * before any observation, and resolves those the case has since observed.
     */
    @Command(name = "replay", description = "Record the case's signpost forecasts as of a date (default the brief, "
            + "2025-06-05) and resolve those the case has observed since; already recorded ones are kept.")
    static final class Replay implements Callable<Integer> {
        @ParentCommand
        ForecastCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", arity = "0..1", paramLabel = "CASE", description = "A case id or path, whose outlook "
                + "has signposts (default: iran-russia).")
        String caseId;
        @Option(names = "--as-of", defaultValue = "2025-06-05", paramLabel = "DATE", description = "When the forecasts count as made.")
        String asOf;

        @Override
        public Integer call() {
            Case c = parent.root.workspace().load(caseId == null ? AssessCommand.DEFAULT_CASE : caseId);
            Outlook o = c.outlook().orElseThrow(() -> new Failures.BadInputException("case " + c.id() + " has no outlook"));
            DriverNetwork net = new DriverNetwork(o);
            double[] prior = net.prior();
            // as assess and scenarios read --as-of: a year holding the case's date means that date
            LocalDate made = caseDate(asOf, "--as-of", c);
            if (made.isAfter(LocalDate.now())) {
                throw new Failures.BadInputException("--as-of " + made + " is in the future: a replay records forecasts "
                        + "as made on that date, and resolves them from what the case has observed since");
            }
            org.entente.scenarios.Forecast bands = bands(c, made);   // the slow part, before the ledger is touched
            int[] counts = new int[2];
            try (Ledger l = parent.open()) {
                // one transaction: a replay killed half-way leaves the ledger as it was
                l.atomically(() -> {
                    for (Outlook.Signpost s : o.signposts()) {
                        String id = c.id() + "." + s.id() + "@" + made;
                        if (l.find(id).isEmpty()) {
                            l.record(new Prediction(id, "Will this be seen by " + c.asOf() + ": " + s.title() + "?", made,
                                    c.asOf().end(), Prediction.yesNo(net.chanceSeen(prior, s)),
                                    "Entente " + Entente.VERSION + ", outlook prior (case " + c.id() + " as written on " + c.asOf() + ", in-sample; no "
                                    + "observations)", c.id(), Optional.empty(),
                                    Optional.empty()));
                            counts[0]++;
                        }
                        if (s.observed().isPresent() && l.find(id).flatMap(Prediction::outcome).isEmpty()) {
                            l.resolve(id, s.observed().get() ? "yes" : "no", c.asOf().end());
                            counts[1]++;
                        }
                    }
                    for (org.entente.scenarios.Forecast.Year y : bands.baseline()) {
                        String id = c.id() + ".band-" + y.year() + "@" + made;
                        if (l.find(id).isEmpty()) {
                            l.record(new Prediction(id, "Band of " + c.id() + " at the end of " + y.year() + "?", made,
                                    LocalDate.of(y.year(), 12, 31), y.bands(), "Entente " + Entente.VERSION + ", scenarios as of " + made + ", outlook "
                                    + "as written on " + c.asOf() + ", seed " + ScenarioModel.SEED + ", " + ScenarioModel.RUNS
                                    + " runs, no observations",
                                    c.id(), Optional.empty(), Optional.empty()));
                            counts[0]++;
                        }
                    }
                });
            }
            spec.commandLine().getOut().println("replay of " + c.id() + " as of " + made + ": " + counts[0]
                    + " forecasts recorded, " + counts[1] + " resolved from the case's observations; "
                    + "see 'entente forecast score'");
            if (made.isBefore(c.asOf().end())) {
                OverviewText.wrap(spec.commandLine().getOut(), "The evidence, treaties and data are those known on " + made
                        + ", but the outlook (its drivers, their odds and the signposts) was written on " + c.asOf()
                        + ", knowing what happened in between: the scores measure how well it fits, in-sample, not what "
                        + "a forecaster could have foreseen on " + made + ".", "note: ");
            }
            return 0;
        }


        /** The replay's band forecast for each year to the horizon (each resolvable at its year's end). */
        private org.entente.scenarios.Forecast bands(Case c, LocalDate made) {
            org.entente.spectrum.SpectrumConfig cfg = org.entente.spectrum.SpectrumConfig.defaults();
            org.entente.spectrum.Assessment start = ScenariosCommand.assessAt(parent.root.workspace(), c, made, cfg);
            return new ScenarioModel(cfg).forecast(c, start, Map.of(), Map.of(),
                    c.outlook().orElseThrow().horizon(), ScenarioModel.RUNS, ScenarioModel.SEED);
        }
    }
}
