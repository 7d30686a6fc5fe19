package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.entente.model.Case;
import org.entente.model.Outlook;
import org.entente.reference.Country;
import org.entente.reference.panel.DyadPanels;
import org.entente.scenarios.Forecast;
import org.entente.scenarios.ScenarioModel;
import org.entente.spectrum.Assessment;
import org.entente.spectrum.Assessor;
import org.entente.spectrum.SpectrumConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente scenarios [CASE]}: where the partnership could go, and what will tell. */
@Command(name = "scenarios", description = {"Forecast the partnership's band year by year under its drivers; "
        + "named scenarios, sensitivity, and signposts (default case: iran-russia).",
        "  entente scenarios --observe sp-su35-delivered=yes",
        "  entente scenarios iran-russia --as-of 2025-06-05    (replay: only what was known then)"})
final class ScenariosCommand implements Callable<Integer> {

    @ParentCommand
    Entente root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE", description = "A case id or path (default: iran-russia).")
    String caseId;

    @Option(names = "--horizon", paramLabel = "YEAR", description = "Last year forecast (default: the case's outlook horizon).")
    Integer horizon;

    @Option(names = "--runs", defaultValue = "" + ScenarioModel.RUNS, description = "Monte Carlo runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "" + ScenarioModel.SEED, description = "Random seed (default ${DEFAULT-VALUE}): same seed, same numbers.")
    long seed;

    @Option(names = "--scenario", paramLabel = "ID", description = "Show only this scenario, year by year.")
    String scenario;

    @Option(names = "--observe", paramLabel = "ID=yes|no|unknown", description = "A signpost seen (yes) or not (no), "
            + "or not known (unknown: leaves out what the case file records for it, as the web app's board does); ID:yes works too; repeatable.")
    List<String> observe = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "DATE", description = "Start from the assessment as of DATE; the case's own "
            + "observations are then left out (give them with --observe).")
    String asOf;

    @Option(names = "--config", paramLabel = "FILE", description = "Spectrum weights and thresholds.")
    Path config;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--events", paramLabel = "FILE", description = "Event store: its record of the dyad counts in the "
            + "starting assessment, as in assess --events, and its last quarters are shown as event indicators.")
    Path events;

    @Override
    public Integer call() {
        Workspace ws = root.workspace();
        SpectrumConfig cfg = config == null ? SpectrumConfig.defaults() : SpectrumConfig.load(config);
        Case c = ws.load(caseId == null ? AssessCommand.DEFAULT_CASE : caseId);
        Outlook outlook = c.outlook().orElseThrow(() -> new Failures.BadInputException("case " + c.id()
                + " has no outlook section; add drivers and signposts (docs/case-format.md) to forecast it"));
        LocalDate date = asOf == null ? c.asOf().end() : ForecastCommand.caseDate(asOf, "--as-of", c);
        Map<String, Boolean> fromCase = new LinkedHashMap<>();
        if (asOf == null) {
            outlook.signposts().forEach(s -> s.observed().ifPresent(o -> fromCase.put(s.id(), o)));
        }
        Map<String, Boolean> observations = new LinkedHashMap<>(fromCase);
        Map<String, String> answers = new LinkedHashMap<>();
        for (String o : observe) {
            int eq = separator(o);
            if (eq <= 0) {
                throw new Failures.BadInputException("--observe '" + o + "' is not ID=yes|no|unknown (or ID:yes|no|unknown),"
                        + " e.g. --observe " + outlook.signposts().get(0).id() + "=yes");
            }
            String id = signpost(outlook, o.substring(0, eq).strip());
            String v = o.substring(eq + 1).strip();
            String before = answers.put(id, v);
            if (before != null && !before.equals(v)) {
                throw new Failures.BadInputException("--observe " + id + " is given both " + before + " and " + v
                        + "; give it once");
            }
            if (!v.equals("unknown")) {
                answer(id, v);   // refused here, at the option that holds it
            }
        }
        answers.forEach((id, v) -> {
            if (v.equals("unknown")) {   // not known: the case file's record of it is left out
                observations.remove(id);
                fromCase.remove(id);
            } else {
                observations.put(id, answer(id, v));
            }
        });
        Map<String, Boolean> given = new LinkedHashMap<>(observations);
        int last = horizon != null ? horizon : outlook.horizon();
        ScenarioModel.HorizonProblem problem = ScenarioModel.horizonProblem(horizon, "--horizon", date, "--as-of", outlook.horizon());
        if (problem != null) {
            throw new Failures.BadInputException(problem.message());
        }
        if (runs < 100 || runs > 5_000_000) {
            throw new Failures.BadInputException("--runs must be between 100 and 5000000");
        }
        Optional<AssessEvents> record = Optional.empty();
        org.entente.spectrum.EventSignal signal = null;
        if (events != null) {
            record = Optional.of(AssessEvents.readForScoring(events, c.dyad().get(0).code(), c.dyad().get(1).code(), date,
                    cfg, AssessEvents.QUARTERS));
            signal = record.get().signal(cfg, date);
        }
        Assessment today = assessAt(ws, c, date, cfg, panels(ws, c), signal);
        Forecast f;
        try {
            f = new ScenarioModel(cfg).forecast(c, today, given, fromCase, ScenarioModel.COMMAND_LINE, last, runs, seed,
                    scenario);
        } catch (IllegalArgumentException e) {
            throw new Failures.BadInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            if (record.isPresent() || scenario != null) {
                Map<String, Object> m = new LinkedHashMap<>();
                if (scenario != null) {
                    m.put("scenario", scenario);   // the year-by-year outlook ("baseline") is conditioned on it
                }
                m.putAll(Json.mapper().convertValue(f, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { }));
                record.ifPresent(r -> m.put("events", r.json()));
                Json.print(out, m);
            } else {
                Json.print(out, f);
            }
        } else {
            ScenariosText.print(f, c, scenario, today.thresholds(), out);
            // the event record as indicators: its last quarters and any shift the change detection flags
            record.ifPresent(e -> e.print(out));
        }
        return 0;
    }

    /**
     * Refuses an --as-of so far back that the forecast would run more than {@link ScenarioModel#MAX_YEARS}
     * years (the brief; scenarios asks {@link ScenarioModel#horizonProblem} with its --horizon too):
     * every run goes on to the case's horizon, whatever --horizon prints.
     */
    static void withinReach(Outlook outlook, LocalDate date) {
        ScenarioModel.HorizonProblem problem = ScenarioModel.horizonProblem(null, "--horizon", date, "--as-of", outlook.horizon());
        if (problem != null) {
            throw new Failures.BadInputException(problem.message());
        }
    }

    /** The case's assessment on a date, with the dyad-year data cut to its two states. */
    static Assessment assessAt(Workspace ws, Case c, LocalDate date, SpectrumConfig cfg) {
        return assessAt(ws, c, date, cfg, panels(ws, c));
    }

    /** @return the dyad-year panels of the case's two states (from the cached extract) */
    static DyadPanels panels(Workspace ws, Case c) {
        Country a = ws.countries().byIso3(c.dyad().get(0).code()).orElseThrow();
        Country b = ws.countries().byIso3(c.dyad().get(1).code()).orElseThrow();
        return DyadPanels.load(AssessCommand.dataFor(ws, a, b));
    }

    /** The case assessed at a date with panels already loaded. */
    static Assessment assessAt(Workspace ws, Case c, LocalDate date, SpectrumConfig cfg, DyadPanels panels) {
        return assessAt(ws, c, date, cfg, panels, null);
    }

    /** The same, with an event store's record of the dyad as a further signal (or null). */
    static Assessment assessAt(Workspace ws, Case c, LocalDate date, SpectrumConfig cfg, DyadPanels panels,
                               org.entente.spectrum.EventSignal events) {
        Country a = ws.countries().byIso3(c.dyad().get(0).code()).orElseThrow();
        Country b = ws.countries().byIso3(c.dyad().get(1).code()).orElseThrow();
        return new Assessor(cfg, panels).assess(c, y -> ws.countries().cowFor(a, y).orElse(0),
                y -> ws.countries().cowFor(b, y).orElse(0), date, events);
    }

    /**
     * @return where the answer starts: the first '=' or ':', as the API reads its observe parameter
     * (a signpost id has neither), or -1
     */
    static int separator(String observation) {
        for (int i = 0; i < observation.length(); i++) {
            if (observation.charAt(i) == '=' || observation.charAt(i) == ':') {
                return i;
            }
        }
        return -1;
    }

    private static String signpost(Outlook o, String id) {
        if (o.signposts().stream().noneMatch(s -> s.id().equals(id))) {
            throw new Failures.BadInputException("--observe: no signpost '" + id + "'; signposts: "
                    + o.signposts().stream().map(Outlook.Signpost::id).toList());
        }
        return id;
    }

    private static boolean answer(String id, String v) {
        return switch (v) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new Failures.BadInputException("--observe " + id + "=" + v + ": write yes, no or unknown");
        };
    }
}
