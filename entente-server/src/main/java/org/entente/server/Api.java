package org.entente.server;

import org.entente.spectrum.AssessmentJson;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Case;
import org.entente.model.PartialDate;
import org.entente.reference.panel.DyadPanels;
import org.entente.scenarios.Forecast;

/**
 * The JSON API, one route per resource: cases, a case, its assessment, trajectory, scenarios,
 * timeline, evidence and treaties; any pair of states; the reference pairs. The pages call the
 * same methods, so a page always shows what its JSON says.
 */
final class Api {

    /** Turns a forecast into a map, to put a scenario's id before it as the command line does. */
    private static final com.fasterxml.jackson.databind.ObjectMapper CONVERT = JsonMapping.mapper();

    private final Library library;
    private final Forecasts forecasts;
    private final Dyads dyads;
    private final byte[] openApi;
    private final CaseEdits edits;
    private final boolean tokenNeeded;
    private final Treaties treaties;
    private final ForecastLedger ledger;
    private final EventSeries events;

    Api(Library library, Forecasts forecasts, Dyads dyads, CaseEdits edits, boolean tokenNeeded, Treaties treaties,
        ForecastLedger ledger, EventSeries events) {
        this.library = library;
        this.treaties = treaties;
        this.ledger = ledger;
        this.events = events;
        this.edits = edits;
        this.tokenNeeded = tokenNeeded;
        this.forecasts = forecasts;
        this.dyads = dyads;
        this.openApi = resource("/org/entente/server/openapi.json");
    }

    Library library() {
        return library;
    }

    Forecasts forecasts() {
        return forecasts;
    }

    Dyads dyads() {
        return dyads;
    }

    Treaties treaties() {
        return treaties;
    }

    ForecastLedger ledger() {
        return ledger;
    }

    EventSeries events() {
        return events;
    }

    CaseEdits edits() {
        return edits;
    }

    /** @return whether writes need the token, so forms must ask for it */
    boolean tokenNeeded() {
        return tokenNeeded;
    }

    void register(Routes routes) {
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        routes.get("/api/cases", ctx -> ctx.json(library.summaries()));
        routes.get("/api/cases/{id}", ctx -> {
            // the version is taken before the case is read, so a racing edit can only make it older (a later 409), never newer
            ctx.header("ETag", "\"" + edits.version(ctx.pathParam("id")) + "\"");
            ctx.json(library.load(ctx.pathParam("id")));
        });
        routes.get("/api/cases/{id}/assessment", this::assessment);
        routes.get("/api/cases/{id}/trajectory", ctx -> ctx.json(trajectory(ctx.pathParam("id"), ctx.queryParam("from"),
                ctx.queryParam("to")).stream().map(AssessmentJson::of).toList()));
        routes.get("/api/cases/{id}/scenarios", ctx -> ctx.json(scenariosJson(ctx)));
        routes.get("/api/cases/{id}/timeline", ctx -> ctx.json(timeline(ctx)));
        routes.get("/api/cases/{id}/evidence", ctx -> ctx.json(evidence(ctx.pathParam("id"))));
        routes.get("/api/cases/{id}/treaties", ctx -> ctx.json(treaties.of(ctx.pathParam("id"))));
        routes.get("/api/cases/{id}/treaties/compare", ctx -> ctx.json(compare(ctx.pathParam("id"), ctx)));
        routes.get("/api/treaties/compare", ctx -> ctx.json(compare(null, ctx)));
        routes.get("/api/forecasts", ctx -> ctx.json(ledger.read()));
        routes.get("/api/events/{a}/{b}", ctx -> ctx.json(events(ctx)));
        routes.get("/api/dyads/{a}/{b}", ctx -> ctx.json(dyads.panel(ctx.pathParam("a"), ctx.pathParam("b"),
                year(ctx.queryParam("from"), "from"), year(ctx.queryParam("to"), "to"), year(ctx.queryParam("year"), "year")).json()));
        routes.get("/api/references", ctx -> ctx.json(dyads.references()));
        routes.get("/api/states", ctx -> ctx.json(dyads.states()));
    }

    /** @return two treaties side by side; bare treaty ids belong to the case given, if any */
    private Map<String, Object> compare(String caseId, Context ctx) {
        if (caseId != null) {
            library.load(caseId);
        }
        return Treaties.compare(treaties.find(ctx.queryParam("a"), caseId, "a"), treaties.find(ctx.queryParam("b"), caseId, "b"));
    }

    private Map<String, Object> events(Context ctx) {
        String a = dyads.country(ctx.pathParam("a")).iso3();
        String b = dyads.country(ctx.pathParam("b")).iso3();
        Dyads.distinct(a, b);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("a", a);
        out.put("b", b);
        out.putAll(events.dyad(a, b, ctx.queryParam("by"), ctx.queryParam("direction"), ctx.queryParam("weight"),
                ctx.queryParam("month"), number(ctx.queryParam("limit"), "limit")));
        return out;
    }

    private void assessment(Context ctx) {
        String id = ctx.pathParam("id");
        LocalDate date = asOf(id, ctx.queryParam("asOf"));
        if (date == null) {
            ctx.contentType("application/json").result(library.assessmentBytes(id));
            return;
        }
        ctx.json(library.assessmentJson(id, date));
    }

    /**
     * Reads {@code asOf} as {@code --as-of} reads it, for the assessment route and the overview page alike.
     *
     * @param id   the case
     * @param asOf the parameter as given, or null
     * @return the date to assess the case at, or null when the parameter is not given
     * @throws ApiProblem 400 for a value that is no date, a year outside 1816-2100, or a date after the case's
     */
    LocalDate asOf(String id, String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        return caseDate(library.load(id), asOf);
    }

    /**
     * Reads an asOf parameter as the command line reads --as-of: a date in the years the data cover,
     * not after the case's own.
     *
     * @param c    the case
     * @param asOf the parameter, given
     * @return the day it stands for (a year or a month stands for its last day, or the case's date)
     * @throws ApiProblem 400 for a malformed or impossible date, or one the case cannot speak to
     */
    static LocalDate caseDate(Case c, String asOf) {
        PartialDate asked;
        try {
            asked = PartialDate.parse(asOf).orElseThrow(() -> new IllegalArgumentException("not a date"));
        } catch (IllegalArgumentException e) {
            // a date that does not exist (2020-00, 2025-02-30) says why, as the command line does
            throw ApiProblem.badRequest("asOf: '" + Html.clip(asOf) + "' is not a date" + (e.getMessage().equals("not a date")
                    ? "" : ": " + e.getMessage()), "write YYYY, YYYY-MM or YYYY-MM-DD");
        }
        checkYear(asked.year(), "asOf");
        try {
            return org.entente.spectrum.Assessor.dateFor(c, asked);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("asOf " + e.getMessage(), "give a date up to the case's as_of");
        }
    }

    /**
     * Years the trajectory gives by default, counting both ends as the API counts every span (the
     * 60-year limit, the dyad panel's 30 years): 2007 to 2026 for a case dated 2026.
     */
    static final int TRAJECTORY_YEARS = 20;

    /** @return the trajectory, by default the {@link #TRAJECTORY_YEARS} years up to the case's date */
    List<org.entente.spectrum.Assessment> trajectory(String id, String from, String to) {
        Case c = library.load(id);
        int last = c.asOf().end().getYear();
        Integer f = year(from, "from");
        Integer t = year(to, "to");
        int first = f != null ? f : last - TRAJECTORY_YEARS + 1;
        int end = t != null ? t : last;
        String problem = org.entente.spectrum.Assessor.trajectoryProblem(c, first, end);
        if (problem != null) {
            throw ApiProblem.badRequest(problem, "e.g. from=2005&to=" + last);
        }
        return library.trajectory(id, first, end);
    }

    Forecast scenarios(Context ctx) {
        Integer runs = number(given(ctx, "runs"), "runs");
        String seed = given(ctx, "seed");
        long seeded;
        try {
            seeded = seed == null ? Forecasts.SEED : Long.parseLong(seed.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("seed: '" + Html.clip(seed) + "' is not a whole number", "e.g. seed="
                    + Routes.example("seed"));
        }
        return forecasts.forecast(ctx.pathParam("id"), new Forecasts.Asked(ctx.queryParams("observe"),
                runs == null ? Forecasts.RUNS : runs, given(ctx, "asOf"), given(ctx, "scenario"),
                number(given(ctx, "horizon"), "horizon"), seeded));
    }

    /**
     * @return a query parameter's value, null when not given or given blank (the API refuses a
     * blank value before this is reached; a page's own form sends a field left empty so)
     */
    static String given(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v;
    }

    /**
     * @return the forecast as {@code entente scenarios --json} prints it: under a scenario, its id
     * first, then the forecast given it
     */
    private Object scenariosJson(Context ctx) {
        Forecast f = scenarios(ctx);
        String scenario = given(ctx, "scenario");
        if (scenario == null) {
            return f;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario);   // the year-by-year outlook ("baseline") is conditioned on it
        m.putAll(CONVERT.convertValue(f, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { }));
        return m;
    }

    List<Map<String, Object>> timeline(Context ctx) {
        Case c = library.load(ctx.pathParam("id"));
        return CaseViews.timeline(c, CaseViews.TimelineFilter.parse(ctx.queryParam("dimension"),
                ctx.queryParam("direction"), ctx.queryParam("from"), ctx.queryParam("to")));
    }

    Map<String, Object> evidence(String id) {
        Case c = library.load(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("case", id);
        out.put("evidence", CaseViews.evidence(c, library.assessment(id)));
        out.put("sources", c.sources());
        return out;
    }

    /** @return the year given as the parameter, checked as {@link #checkYear} does, or null when absent */
    static Integer year(String text, String name) {
        Integer y = number(text, name);
        if (y != null) {
            checkYear(y, name);
        }
        return y;
    }

    /**
     * Refuses, in the words the command line uses for its year and date options, a year outside
     * {@link DyadPanels#FIRST_YEAR} to {@link DyadPanels#LAST_YEAR}: every parameter that takes a
     * year or a date goes through here.
     *
     * @param year the year asked for, alone or as part of a date
     * @param name the parameter
     * @throws ApiProblem 400 when the data cannot speak to the year
     */
    static void checkYear(int year, String name) {
        if (year < DyadPanels.FIRST_YEAR || year > DyadPanels.LAST_YEAR) {
            throw ApiProblem.badRequest(name + " " + year + " is outside the years the data can cover",
                    "give a year from " + DyadPanels.FIRST_YEAR + " (the start of the Correlates of War state system) to "
                            + DyadPanels.LAST_YEAR);
        }
    }

    static Integer number(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name + ": '" + Html.clip(text) + "' is not a whole number",
                    "e.g. " + name + "=" + Routes.example(name));
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
