package org.entente.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Band;
import org.entente.model.Case;
import org.entente.model.Dimension;
import org.entente.model.Outlook;
import org.entente.model.Scenario;
import org.entente.spectrum.Assessment;
import org.entente.spectrum.BandRules;
import org.entente.spectrum.SpectrumConfig;

/**
 * Runs a case's outlook forward from an assessment: the baseline, each named scenario, the
 * sensitivity to each driver, and the effect of observed signposts.
 */
public final class ScenarioModel {

    /**
     * Simulated futures in every published outlook (command line, brief, web app, ledger), so that
     * they print the same numbers: band shares with a standard error under 0.4 points.
     */
    public static final int RUNS = 20_000;
    /** The seed of every published outlook: the day the issue brief appeared. */
    public static final long SEED = 20250605L;

    private static final List<Dimension> DIMENSIONS = List.of(Dimension.MILITARY, Dimension.ECONOMIC,
            Dimension.ENERGY_NUCLEAR, Dimension.DIPLOMATIC, Dimension.INSTITUTIONAL, Dimension.IDEATIONAL);
    private static final double[] QUANTILES = {0.05, 0.25, 0.5, 0.75, 0.95};

    /** The furthest a forecast may reach beyond its start, in years. */
    public static final int MAX_YEARS = 50;

    /**
     * Why a forecast cannot start on a date or reach a horizon, in the words the command line and
     * the API both give, each naming its own option or parameter.
     *
     * @param horizon     the last year asked for, or null for the case's own
     * @param horizonName how the caller names it ("--horizon", "horizon")
     * @param start       the date the forecast starts from
     * @param asOfName    how the caller names the start date ("--as-of", "asOf")
     * @param caseHorizon the case's own horizon
     * @return the problem, or null when there is none
     */
    public static HorizonProblem horizonProblem(Integer horizon, String horizonName, java.time.LocalDate start, String asOfName,
                                        int caseHorizon) {
        int year = start.getYear();
        if (horizon != null && horizon <= year) {
            return new HorizonProblem(horizonName + " " + horizon + " is not after the start (" + start + "): the forecast "
                    + "begins with " + (year + 1) + "; give " + horizonName + " " + (year + 1) + " or later (the case's own "
                    + "horizon is " + caseHorizon + ")", false);
        }
        if (horizon != null && horizon > year + MAX_YEARS) {
            return new HorizonProblem(horizonName + " " + horizon + " is more than " + MAX_YEARS + " years after " + year
                    + "; a forecast so far out says nothing the model can back (the case's own horizon is " + caseHorizon
                    + ")", false);
        }
        if (caseHorizon > year + MAX_YEARS) {
            // a start far back: the same limit, said for the date given; every run goes on to the
            // case's horizon (its drivers change by then), whatever the horizon asked for
            return new HorizonProblem(asOfName + " " + start + " is more than " + MAX_YEARS + " years before the case's "
                    + "horizon (" + caseHorizon + "); a forecast so far out says nothing the model can back: give a date "
                    + "from " + (caseHorizon - MAX_YEARS) + " on", true);
        }
        return null;
    }

    /**
     * Why a forecast cannot be made as asked.
     *
     * @param message   what is wrong and what to give instead, naming the caller's option or parameter
     * @param startTooFarBack whether the start date is at fault (else the horizon asked for)
     */
    public record HorizonProblem(String message, boolean startTooFarBack) {
    }

    /** Where observations not in the case file come from when a caller does not say: the command line's --observe. */
    public static final String COMMAND_LINE = "command line";

    private final SpectrumConfig config;

    /**
     * @param config the spectrum's weights and thresholds
     */
    public ScenarioModel(SpectrumConfig config) {
        this.config = config;
    }

    /**
     * @param c            the case (it must have an outlook)
     * @param today        its assessment at the start
     * @param observations signpost id to seen or not; the command line's override the case's own
     * @param fromCase     which of them come from the case file
     * @param horizon      the last year forecast: the case's own horizon, or another; a year's numbers are
     *                     the same whichever (with the same seed), since the drivers change within the
     *                     years to the case's horizon, and years after it continue with no new changes
     * @param runs         Monte Carlo runs per forecast
     * @param seed         the seed
     * @return the forecast
     */
    public Forecast forecast(Case c, Assessment today, Map<String, Boolean> observations, Map<String, Boolean> fromCase,
                             int horizon, int runs, long seed) {
        return forecast(c, today, observations, fromCase, COMMAND_LINE, horizon, runs, seed);
    }

    /**
     * As {@link #forecast(Case, Assessment, Map, Map, int, int, long)}, for callers whose
     * observations come from elsewhere than the command line.
     *
     * @param givenBy where the observations not taken from the case file were given (e.g. "request"):
     *                the forecast labels them with it, as it labels the case's own "case file"
     */
    public Forecast forecast(Case c, Assessment today, Map<String, Boolean> observations, Map<String, Boolean> fromCase,
                             String givenBy, int horizon, int runs, long seed) {
        return forecast(c, today, observations, fromCase, givenBy, horizon, runs, seed, null);
    }

    /**
     * As {@link #forecast(Case, Assessment, Map, Map, String, int, int, long)}, with the year-by-year
     * outlook conditioned on one named scenario: the drivers' joint distribution after the
     * observations, restricted to the scenario's driver states, exactly as the scenario's row
     * of P(band | scenario) is computed (so that the two agree). The sensitivity and the drivers
     * before and after the observations are given the scenario too: a state it rules out is not
     * shown, and a driver it holds to one state does not vary.
     *
     * @param only a scenario's id, or null for the unconditioned outlook
     */
    public Forecast forecast(Case c, Assessment today, Map<String, Boolean> observations, Map<String, Boolean> fromCase,
                             String givenBy, int horizon, int runs, long seed, String only) {
        Outlook outlook = c.outlook().orElseThrow(() -> new IllegalArgumentException("case " + c.id()
                + " has no outlook section: add drivers and signposts (docs/case-format.md) to forecast it"));
        DriverNetwork network = new DriverNetwork(outlook);
        int first = today.asOf().getYear() + 1;
        if (horizon < first) {
            throw new IllegalArgumentException("the horizon " + horizon + " is before the first forecast year " + first);
        }
        BandRules rules = new BandRules(config);
        Simulation sim = new Simulation(setup(c, today, outlook, network, horizon - first + 1), rules, network);
        double[] prior = network.prior();
        double[] posterior = network.observe(prior, observations, outlook.signposts());
        Scenario held = only == null ? null : c.scenarios().stream().filter(s -> s.id().equals(only)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario '" + only + "' in " + c.id() + "; scenarios: "
                        + c.scenarios().stream().map(Scenario::id).toList()));
        if (held != null && held.when().isEmpty()) {
            throw new IllegalArgumentException("scenario '" + only + "' names no driver states ('when'), so it cannot be run");
        }
        if (held != null && mass(network, posterior, held) <= 0) {
            throw new IllegalArgumentException("scenario '" + only + "' has no chance left after the observations, so it cannot be run");
        }
        // under a scenario, everything after the scenario table is given it: the years, the
        // sensitivity, and the drivers before and after the observations
        double[] heldAfter = held == null ? posterior : network.condition(posterior, held.when());
        double[] heldBefore = held == null ? prior : network.condition(prior, held.when());
        Simulation.Result base = sim.run(heldAfter, runs, seed);
        List<Forecast.Year> years = new ArrayList<>();
        for (int y = 0; y < horizon - first + 1; y++) {
            List<Double> q = new ArrayList<>();
            for (double p : QUANTILES) {
                q.add(base.quantile(y, p));
            }
            years.add(new Forecast.Year(first + y, bands(base, y), q, new Forecast.Conditions(rules.stOverall(),
                    rules.stBreadth(), base.meeting(y, true, false), base.meeting(y, false, true), base.meeting(y, true, true),
                    otherRules(base, y))));
        }
        int last = horizon - first;
        List<Forecast.Conditional> scenarios = new ArrayList<>();
        for (Scenario s : c.scenarios()) {
            if (s.when().isEmpty() || held != null && s != held) {
                continue;
            }
            double before = mass(network, prior, s);
            double after = mass(network, posterior, s);
            // the held scenario's row is the outlook just run: the same conditioning, the same seed
            Map<String, Double> given = after <= 0 ? Map.of() : s == held ? bands(base, last)
                    : bands(sim.run(network.condition(posterior, s.when()), runs, seed), last);
            scenarios.add(new Forecast.Conditional(s.id(), s.title(), s.when(), before, after,
                    odds(after) / odds(before), given));
        }
        return new Forecast(c.id(), today.asOf().toString(), today.band(), today.score(), runs, seed, outlook.horizon(),
                held == null ? Map.of() : held.when(), years, scenarios,
                sensitivity(network, sim, heldAfter, Math.max(1000, runs / 4), seed, last),
                describe(observations, fromCase, givenBy), network.marginals(heldBefore), network.marginals(heldAfter),
                indicators(outlook, observations, fromCase, givenBy));
    }

    /**
     * The simulation a forecast would run, for benchmarks and for exporting the model.
     *
     * @param c       the case
     * @param today   its assessment at the start
     * @param horizon the last year
     * @return the simulation, with its network and inputs
     */
    public Prepared prepare(Case c, Assessment today, int horizon) {
        Outlook outlook = c.outlook().orElseThrow(() -> new IllegalArgumentException("case " + c.id() + " has no outlook"));
        DriverNetwork network = new DriverNetwork(outlook);
        Simulation.Setup setup = setup(c, today, outlook, network, horizon - today.asOf().getYear());
        return new Prepared(new Simulation(setup, new BandRules(config), network), network, setup);
    }

    /**
     * A ready simulation.
     *
     * @param simulation the simulation
     * @param network    its drivers
     * @param setup      its inputs
     */
    public record Prepared(Simulation simulation, DriverNetwork network, Simulation.Setup setup) {
    }

    /**
     * @param years the years forecast; a driver's change sets in within those to the case's own
     *              horizon, whatever that number is, since its priors are its states by then
     */
    private Simulation.Setup setup(Case c, Assessment today, Outlook outlook, DriverNetwork network, int years) {
        int first = today.asOf().getYear() + 1;
        if (outlook.horizon() < first) {
            throw new IllegalArgumentException("case " + c.id() + ": its outlook's horizon " + outlook.horizon()
                    + " is before the first forecast year " + first + ", and its drivers' priors are their states by "
                    + "that horizon; set outlook.horizon to " + first + " or later");
        }
        double[] start = new double[Simulation.TARGETS];
        boolean[] supported = new boolean[6];
        double[] weights = new double[6];
        for (int d = 0; d < 6; d++) {
            start[d] = today.dimensions().get(DIMENSIONS.get(d)).score();
            supported[d] = today.dimensions().get(DIMENSIONS.get(d)).supported();
            weights[d] = config.get("dimensions.weights." + DIMENSIONS.get(d).id());
        }
        start[6] = today.commitment().score();
        start[7] = today.hedging().measured() ? today.hedging().score() : Double.NaN;
        List<Outlook.Variable> vars = network.variables();
        double[][][] effects = new double[vars.size()][][];
        for (int v = 0; v < vars.size(); v++) {
            effects[v] = new double[vars.get(v).states().size()][Simulation.TARGETS];
            for (int s = 0; s < vars.get(v).states().size(); s++) {
                Map<String, Double> e = vars.get(v).effects().getOrDefault(vars.get(v).states().get(s), Map.of());
                for (int d = 0; d < 6; d++) {
                    effects[v][s][d] = e.getOrDefault(DIMENSIONS.get(d).id(), 0.0);
                }
                effects[v][s][6] = e.getOrDefault("commitment", 0.0);
                effects[v][s][7] = e.getOrDefault("hedging", 0.0);
            }
        }
        return new Simulation.Setup(start, supported, today.commitment().defence(), effects, weights,
                config.get("commitment.share_in_overall"), config.get("bands.breadth_score"), outlook.floor(),
                outlook.inertia(), outlook.shock(), years, outlook.horizon() - first + 1,
                network.onsets(first, outlook.horizon() - first + 1));
    }

    private static Map<String, Double> bands(Simulation.Result r, int year) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Band b : Band.values()) {
            out.put(b.id(), r.probability(year, b));
        }
        return out;
    }

    /** @return by band above strategic-transactionalism, the runs its own rule placed there without both conditions */
    private static Map<String, Double> otherRules(Simulation.Result r, int year) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Band b : Band.values()) {
            double p = b.ordinal() > Band.STRATEGIC_TRANSACTIONALISM.ordinal() ? r.withoutBoth(year, b) : 0;
            if (p > 0) {
                out.put(b.id(), p);
            }
        }
        return out;
    }

    private static double mass(DriverNetwork network, double[] p, Scenario s) {
        double m = 0;
        for (int j = 0; j < p.length; j++) {
            m += network.satisfies(j, s.when()) ? p[j] : 0;
        }
        return m;
    }

    private static double odds(double p) {
        return p >= 1 ? Double.POSITIVE_INFINITY : p / (1 - p);
    }

    private static List<Forecast.Sensitivity> sensitivity(DriverNetwork network, Simulation sim, double[] p, int runs,
                                                          long seed, int last) {
        List<Forecast.Sensitivity> out = new ArrayList<>();
        for (Outlook.Variable v : network.variables()) {
            Map<String, Double> byState = new LinkedHashMap<>();
            for (String state : v.states()) {
                Map<String, List<String>> fixed = Map.of(v.id(), List.of(state));
                double mass = 0;
                for (int j = 0; j < p.length; j++) {
                    mass += network.satisfies(j, fixed) ? p[j] : 0;
                }
                if (mass == 0) {
                    continue; // a state the current outlook rules out has no forecast to show
                }
                Simulation.Result r = sim.run(network.condition(p, fixed), runs, seed);
                byState.put(state, r.probability(last, Band.STRATEGIC_ALIGNMENT) + r.probability(last, Band.ALLIANCE));
            }
            double max = byState.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            double min = byState.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
            out.add(new Forecast.Sensitivity(v.id(), byState, max - min));
        }
        out.sort(Comparator.comparingDouble(Forecast.Sensitivity::range).reversed());
        return out;
    }

    private static Map<String, String> describe(Map<String, Boolean> observations, Map<String, Boolean> fromCase,
                                                String givenBy) {
        Map<String, String> out = new LinkedHashMap<>();
        observations.forEach((k, v) -> out.put(k, (v ? "yes" : "no") + (fromCase.containsKey(k)
                && fromCase.get(k).equals(v) ? " (case file)" : " (" + givenBy + ")")));
        return out;
    }

    private static List<Forecast.Indicator> indicators(Outlook o, Map<String, Boolean> obs, Map<String, Boolean> fromCase,
                                                       String givenBy) {
        List<Forecast.Indicator> out = new ArrayList<>();
        for (Outlook.Signpost s : o.signposts()) {
            Boolean seen = obs.get(s.id());
            String from = seen == null ? "none" : fromCase.containsKey(s.id()) && fromCase.get(s.id()).equals(seen)
                    ? "case" : givenBy;
            out.add(new Forecast.Indicator(s.id(), s.title(), s.variable(), seen == null ? "unknown" : seen ? "yes" : "no",
                    from));
        }
        return out;
    }
}
