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
     * @param id      the case id
     * @param observe the request's observations, each "signpost:yes" or "signpost:no"
     * @param runs    Monte Carlo runs
     * @return the forecast
     * @throws ApiProblem 400 for an unknown signpost, a bad answer or runs out of range
     */
    Forecast forecast(String id, List<String> observe, int runs) {
        Case c = library.load(id);
        Outlook outlook = c.outlook().orElseThrow(() -> ApiProblem.notFound("case " + id + " has no outlook section",
                "add drivers and signposts (docs/case-format.md) to forecast it"));
        if (runs < 100 || runs > MAX_RUNS) {
            throw ApiProblem.badRequest("runs must be between 100 and " + MAX_RUNS + ", not " + runs, "leave it out for "
                    + RUNS);
        }
        Map<String, Boolean> fromCase = new LinkedHashMap<>();
        outlook.signposts().forEach(s -> s.observed().ifPresent(o -> fromCase.put(s.id(), o)));
        Map<String, Boolean> given = new LinkedHashMap<>(fromCase);
        Map<String, String> answered = new LinkedHashMap<>();
        for (String o : observe) {
            parse(outlook, o, given, answered);
        }
        String key = id + "@" + System.identityHashCode(c) + "/" + runs + "/" + new java.util.TreeMap<>(given);
        Forecast cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        try {
            Forecast f = new ScenarioModel(library.config()).forecast(c, library.assessment(id), given, fromCase,
                    GIVEN_BY, outlook.horizon(), runs, SEED);
            cache.put(key, f);
            return f;
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage(), "check the observations against the case's signposts");
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
