package org.entente.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Case;
import org.entente.model.Outlook;
import org.entente.scenarios.Forecast;
import org.entente.scenarios.ScenarioModel;

/**
 * Scenario forecasts for the API and the scenarios page: the case's own signpost observations,
 * overridden by those the request marks, run through the scenario model with a fixed seed, so
 * the same request always gives the same numbers. Recent answers are kept in a small
 * least-recently-used cache, keyed by case version and request.
 */
final class Forecasts {

    /** The seed the command line uses by default, so the browser and the terminal agree. */
    static final long SEED = org.entente.scenarios.ScenarioModel.SEED;
    /** Monte Carlo runs per forecast unless the request asks for others. */
    static final int RUNS = org.entente.scenarios.ScenarioModel.RUNS;
    private static final int MAX_RUNS = 200_000;
    private static final int CACHED = 64;
    /** How a forecast labels the observations the request made, beside the case file's own. */
    static final String GIVEN_BY = "request";

    private final Library library;
    private final Map<String, Forecast> cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Forecast> eldest) {
            return size() > CACHED;
        }
    });

    Forecasts(Library library) {
        this.library = library;
    }

    /**
     * What a request asks of a forecast, as the query parameters give it.
     *
     * @param observe  the observations, each "signpost:yes" or "signpost=yes" (no, unknown)
     * @param runs     Monte Carlo runs
     * @param asOf     the date to start from, or null for the case's own (its observations are then left out)
     * @param scenario a scenario to hold true, or null
     * @param horizon  the last year, or null for the case's own
     * @param seed     the seed
     */
    record Asked(List<String> observe, int runs, String asOf, String scenario, Integer horizon, long seed) {
    }

    /**
     * @param id    the case id
     * @param asked what the request asks for
     * @return the forecast, the same as {@code entente scenarios --json} with the same options
     * @throws ApiProblem 400 for an unknown signpost or scenario, a bad answer, runs out of range, or a
     *                    date or horizon the command line refuses too (in its words)
     */
    Forecast forecast(String id, Asked asked) {
        Case c = library.load(id);
        Outlook outlook = c.outlook().orElseThrow(() -> ApiProblem.notFound("case " + id + " has no outlook section",
                "add drivers and signposts (docs/case-format.md) to forecast it"));
        if (asked.runs() < 100 || asked.runs() > MAX_RUNS) {
            throw ApiProblem.badRequest("runs must be between 100 and " + MAX_RUNS + ", not " + asked.runs(),
                    "leave it out for " + RUNS);
        }
        java.time.LocalDate date = asked.asOf() == null ? c.asOf().end() : Api.caseDate(c, asked.asOf());
        ScenarioModel.HorizonProblem problem = ScenarioModel.horizonProblem(asked.horizon(), "horizon", date, "asOf",
                outlook.horizon());
        if (problem != null) {
            // the hint fits the check that failed: a horizon out of reach, or a start too far back
            throw ApiProblem.badRequest(problem.message(), problem.startTooFarBack()
                    ? "give an asOf from " + (outlook.horizon() - ScenarioModel.MAX_YEARS) + " on, or leave it out for the case's date"
                    : "leave horizon out for the case's own (" + outlook.horizon() + ")");
        }
        Map<String, Boolean> fromCase = new LinkedHashMap<>();
        if (asked.asOf() == null) {   // a replay leaves out what was observed since, as --as-of does
            outlook.signposts().forEach(s -> s.observed().ifPresent(o -> fromCase.put(s.id(), o)));
        }
        Map<String, Boolean> given = new LinkedHashMap<>(fromCase);
        Map<String, String> answered = new LinkedHashMap<>();
        for (String o : asked.observe()) {
            parse(outlook, o, given, answered);
        }
        int horizon = asked.horizon() != null ? asked.horizon() : outlook.horizon();
        String key = id + "@" + System.identityHashCode(c) + "/" + asked.runs() + "/" + date + "/" + horizon + "/"
                + asked.seed() + "/" + asked.scenario() + "/" + new java.util.TreeMap<>(given);
        Forecast cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        try {
            Forecast f = new ScenarioModel(library.config()).forecast(c, asked.asOf() == null ? library.assessment(id)
                    : library.assessment(id, date), given, fromCase, GIVEN_BY, horizon, asked.runs(), asked.seed(),
                    asked.scenario());
            cache.put(key, f);
            return f;
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage(), "check the observations and the scenario against the case's");
        }
    }

    /**
     * Reads "id:yes" (or "id=yes") into the map, checking the signpost exists and has not been
     * given another answer earlier in the request (as the command line refuses --observe twice).
     */
    private static void parse(Outlook outlook, String text, Map<String, Boolean> into, Map<String, String> answered) {
        int at = Math.max(text.lastIndexOf(':'), text.lastIndexOf('='));
        String sp = at < 0 ? text : text.substring(0, at);
        String answer = at < 0 ? "" : text.substring(at + 1);
        List<String> known = new ArrayList<>();
        outlook.signposts().forEach(s -> known.add(s.id()));
        if (!known.contains(sp)) {
            throw ApiProblem.badRequest("observe: no signpost '" + Html.clip(sp) + "'", "signposts: " + String.join(", ",
                    known));
        }
        if (!List.of("yes", "no", "unknown").contains(answer)) {
            throw ApiProblem.badRequest("observe " + sp + ": answer yes, no or unknown, not '" + Html.clip(answer) + "'",
                    "e.g. observe=" + sp + ":yes");
        }
        String before = answered.putIfAbsent(sp, answer);
        if (before != null && !before.equals(answer)) {
            throw ApiProblem.badRequest("observe " + sp + " is given both " + before + " and " + answer + "; give it once",
                    "keep the answer you mean, e.g. observe=" + sp + ":" + before);
        }
        if (answer.equals("unknown")) {
            into.remove(sp);
        } else {
            into.put(sp, answer.equals("yes"));
        }
    }
}
