package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.entente.model.Actor;
import org.entente.model.Case;
import org.entente.reference.Country;
import org.entente.reference.data.Bundle;
import org.entente.reference.panel.DyadPanels;
import org.entente.spectrum.Assessment;
import org.entente.spectrum.Assessor;
import org.entente.spectrum.SpectrumConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code entente assess [CASE]}: the main job. Places a partnership on the spectrum from its
 * case's evidence, treaties and the dyad-year panel; on the built-in Iran-Russia case by default.
 */
@Command(name = "assess", description = {"Place a partnership on the spectrum and say why (default case: iran-russia).",
        "  entente assess                       the built-in case, as a briefing",
        "  entente assess russia-dprk --explain   every contribution, largest first",
        "  entente assess iran-russia --trajectory 2005:2026",
        "  entente assess --dyad USA JPN --year 2015   data only, any two states"})
final class AssessCommand implements Callable<Integer> {

    /** The built-in case assessed when none is named. */
    static final String DEFAULT_CASE = "iran-russia";

    @ParentCommand
    Entente root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE", description = "A case id or path (default: "
            + DEFAULT_CASE + ").")
    String caseId;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--explain", description = "List every contribution, largest effect first.")
    boolean explain;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Assess using only evidence and data dated before DATE "
            + "(YYYY, YYYY-MM or YYYY-MM-DD; default: the case's as-of date).")
    String asOf;

    @Option(names = "--trajectory", paramLabel = "FROM:TO", description = "Band and scores for each year FROM to TO (years "
            + DyadArgs.FIRST_YEAR + " to " + DyadArgs.LAST_YEAR + ", as everywhere else).")
    String trajectory;

    @Option(names = "--dyad", arity = "2", paramLabel = "STATE", description = "Data-only assessment of two states, no case.")
    List<String> dyad;

    @Option(names = "--year", paramLabel = "YEAR", description = "With --dyad: the year, up to the current one "
            + "(default 2018, ATOP's last).")
    Integer year;

    @Option(names = "--config", paramLabel = "FILE", description = "Spectrum weights and thresholds (default: config/spectrum.yaml).")
    Path config;

    @Option(names = "--events", paramLabel = "FILE", description = "Event store whose record of the dyad's last "
            + "quarters is shown and whose net verbal cooperation counts in the diplomatic score (without it: the "
            + "events commands' store, when it exists, is shown only).")
    Path events;
    @Option(names = "--no-data", description = "Use the case alone, without the dyad-year panel.")
    boolean noData;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Workspace ws = root.workspace();
        SpectrumConfig cfg = config == null ? SpectrumConfig.defaults() : SpectrumConfig.load(config);
        if (dyad != null) {
            if (caseId != null || trajectory != null) {
                throw new Failures.BadInputException("--dyad takes two states and --year, not a case or --trajectory");
            }
            if (events != null) {
                throw new Failures.BadInputException("--events goes with a case's assessment: a data-only one (--dyad) "
                        + "reads no event data");
            }
            if (asOf != null) {
                throw asOfWithDyad(asOf, dyad);
            }
            if (noData) {
                throw new Failures.BadInputException("--no-data assesses a case without the data; a data-only assessment "
                        + "(--dyad) has nothing else: leave --no-data out, or name a case instead of --dyad");
            }
            Country[] pair = DyadArgs.two(ws.countries(), dyad.get(0), dyad.get(1));
            Country a = pair[0];
            Country b = pair[1];
            int y = year == null ? 2018 : DyadArgs.pastYear(year, "--year");
            Assessment r = new Assessor(cfg, DyadPanels.load(Bundle.bundled())).assessDyad(cow(ws, a, y), cow(ws, b, y),
                    a.iso3() + "-" + b.iso3(), y);
            print(r, null, cfg, out);
            return 0;
        }
        if (year != null) {
            throw new Failures.BadInputException("--year goes with --dyad (a data-only assessment); for a case, give "
                    + "--as-of DATE");
        }
        Case c = ws.load(caseId == null ? DEFAULT_CASE : caseId);
        Actor first = c.dyad().get(0);
        Actor second = c.dyad().get(1);
        Country a = ws.countries().byIso3(first.code()).orElseThrow();
        Country b = ws.countries().byIso3(second.code()).orElseThrow();
        Assessor assessor = new Assessor(cfg, noData ? null : DyadPanels.load(dataFor(ws, a, b)));
        java.util.function.IntUnaryOperator ca = y -> ws.countries().cowFor(a, y).orElse(0);
        java.util.function.IntUnaryOperator cb = y -> ws.countries().cowFor(b, y).orElse(0);
        if (events != null && (trajectory != null || noData)) {
            throw new Failures.BadInputException("--events goes with one assessment of the case with its data, not with "
                    + (noData ? "--no-data (the case alone)" : "--trajectory"));
        }
        if (trajectory != null) {
            if (asOf != null) {
                throw new Failures.BadInputException("--trajectory and --as-of do not go together: a trajectory assesses "
                        + "the end of each year (the case's own date in its last year)");
            }
            if (explain) {
                throw new Failures.BadInputException("--explain lists the contributions to one assessment, not to "
                        + "--trajectory's table of years; for one year's, give --as-of DATE --explain");
            }
            int[] span = span(trajectory);
            String late = Assessor.trajectoryProblem(c, span[0], span[1]);
            if (late != null) {
                throw new Failures.BadInputException("--trajectory " + trajectory + ": " + late);
            }
            List<Assessment> years = assessor.trajectory(c, ca, cb, span[0], span[1]);
            if (json) {
                Json.print(out, years.stream().map(org.entente.spectrum.AssessmentJson::of).toList());
            } else {
                AssessText.trajectory(c, years, out);
            }
            return 0;
        }
        LocalDate date = asOf == null ? c.asOf().end() : ForecastCommand.caseDate(asOf, "--as-of", c);
        // a store named with --events also feeds the diplomatic score; the default store is only shown
        Optional<AssessEvents> record = events != null
                ? Optional.of(AssessEvents.readForScoring(events, a.iso3(), b.iso3(), date, cfg, AssessEvents.QUARTERS))
                : AssessEvents.readIfPresent(EventsCommand.defaultStore(), a.iso3(), b.iso3(), date);
        org.entente.spectrum.EventSignal signal = events != null ? record.get().signal(cfg, date) : null;
        Assessment r = assessor.assess(c, ca, cb, date, signal);
        List<Assessment> recent = recentYearEnds(assessor, c, ca, cb, date);
        if (json) {
            Map<String, Object> m = org.entente.spectrum.AssessmentJson.of(r, recent);
            record.ifPresent(e -> m.put("events", e.json()));
            Json.print(out, m);
        } else {
            AssessText.briefing(r, c, explain, cfg, recent, out);
            record.ifPresent(e -> e.print(out));
        }
        return 0;
    }

    /** @return the refusal of --as-of with --dyad (assess and brief): a data-only assessment is as of its --year */
    static Failures.BadInputException asOfWithDyad(String asOf, List<String> dyad) {
        return new Failures.BadInputException("--as-of goes with a case's assessment; a data-only one (--dyad) is "
                + "as of the end of --year, e.g. --dyad " + String.join(" ", dyad) + " --year "
                + (asOf.matches("\\d{4}.*") ? asOf.substring(0, 4) : "YEAR"));
    }

    /** @return the case assessed at the end of each of the five years before the date's year ({@link Assessor#recentYearEnds}) */
    static List<Assessment> recentYearEnds(Assessor assessor, Case c, java.util.function.IntUnaryOperator ca,
                                           java.util.function.IntUnaryOperator cb, LocalDate date) {
        return assessor.recentYearEnds(c, ca, cb, date);
    }

    /**
     * The bundled data cut down to the two states, cached after the first run so that an
     * assessment does not parse every row of every dataset (see DyadExtract).
     */
    static Bundle dataFor(Workspace ws, Country a, Country b) {
        java.util.Set<Integer> codes = new java.util.HashSet<>(ws.countries().cowCodes(a));
        codes.addAll(ws.countries().cowCodes(b));
        return org.entente.reference.data.DyadExtract.of(Bundle.bundled(), cacheFolder(), codes);
    }

    /** Where data extracts are kept (see DyadExtract.defaultFolder). */
    static Path cacheFolder() {
        return org.entente.reference.data.DyadExtract.defaultFolder();
    }

    private void print(Assessment r, Case c, SpectrumConfig cfg, PrintWriter out) {
        if (json) {
            Json.print(out, org.entente.spectrum.AssessmentJson.of(r));
        } else {
            AssessText.briefing(r, c, explain, cfg, List.of(), out);
        }
    }

    private static int cow(Workspace ws, Country c, int year) {
        return ws.countries().cowFor(c, year).orElseThrow(() -> new Failures.BadInputException(c.name()
                + " has no Correlates of War code, so the datasets do not cover it"));
    }

    private static int[] span(String text) {
        String[] p = text.split(":");
        try {
            int from = Integer.parseInt(p[0]);
            int to = Integer.parseInt(p[1]);
            if (p.length != 2 || from > to || from < DyadArgs.FIRST_YEAR || to > DyadArgs.LAST_YEAR) {
                throw new NumberFormatException();
            }
            return new int[] {from, to};   // its length and end are checked against the case (Assessor.trajectoryProblem)
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new Failures.BadInputException("--trajectory takes FROM:TO years from " + DyadArgs.FIRST_YEAR + " to "
                    + DyadArgs.LAST_YEAR + ", e.g. 2005:2026, "
                    + "not '" + text + "'");
        }
    }

}
