package org.entente.scenarios;

import java.util.List;
import java.util.Map;
import org.entente.model.Band;
import org.entente.model.Ordered;

/**
 * A scenario forecast: the baseline band probabilities and score quantiles per year, each named
 * scenario as a conditional forecast, the sensitivity to each driver, and what the signposts
 * observed did to the drivers.
 *
 * @param subject       the case id
 * @param asOf          the date of the starting assessment
 * @param startBand     the band today
 * @param startScore    the overall score today
 * @param runs          Monte Carlo runs per forecast
 * @param seed          the seed that reproduces it
 * @param caseHorizon   the case's own horizon: the year by which its drivers' changes set in; years
 *                      of {@code baseline} after it bring no new changes
 * @param held          the driver states of the scenario the forecast is given (its {@code when}), empty
 *                      for the unconditioned outlook: {@code baseline}, {@code sensitivity}, {@code
 *                      priorDrivers} and {@code drivers} are then all conditioned on them
 * @param baseline      per year, under the current (posterior) driver distribution
 * @param scenarios     per named scenario, P(scenario) and P(band | scenario) at the horizon
 * @param sensitivity   per driver, how far P(strategic-alignment or alliance) at the horizon moves across its states, largest first
 * @param observations  signpost id to what was observed, and where the observation came from
 * @param priorDrivers  driver marginals before the observations
 * @param drivers       driver marginals after them
 * @param indicators    every signpost of the case with its current observation
 */
public record Forecast(String subject, String asOf, Band startBand, double startScore, int runs, long seed,
                       int caseHorizon, Map<String, List<String>> held, List<Year> baseline, List<Conditional> scenarios, List<Sensitivity> sensitivity,
                       Map<String, String> observations, Map<String, Map<String, Double>> priorDrivers,
                       Map<String, Map<String, Double>> drivers, List<Indicator> indicators) {

    /** Copies the collections. */
    public Forecast {
        held = Ordered.copyOf(held);
        baseline = List.copyOf(baseline);
        scenarios = List.copyOf(scenarios);
        sensitivity = List.copyOf(sensitivity);
        observations = Ordered.copyOf(observations);   // in the order given
        indicators = List.copyOf(indicators);
    }

    /**
     * One simulated year.
     *
     * @param year      the calendar year
     * @param bands     P(band), keyed by band id
     * @param quantiles overall score at the 5th, 25th, 50th, 75th and 95th percentiles
     * @param cooperation the shares of runs meeting strategic-transactionalism's two conditions, so that a
     *                  rise of transactional can be told apart: loss of breadth or a fall of the overall
     *                  score; and the runs another band's rule places above transactional without them
     */
    public record Year(int year, Map<String, Double> bands, List<Double> quantiles, Conditions cooperation) {
    }

    /**
     * Strategic-transactionalism's two conditions in one simulated year. A run meeting both is above
     * transactional; one meeting neither or only one is transactional, unless another band's own rule
     * places it higher: alliance asks for a defence pledge, commitment and the overall score, not breadth.
     *
     * @param overallAt  the overall score it needs (the band rules' threshold)
     * @param breadthAt  the broad dimensions it needs
     * @param overall    the share of runs with the overall score at or above {@code overallAt}
     * @param breadth    the share of runs with at least {@code breadthAt} broad dimensions
     * @param both       the share of runs meeting both
     * @param otherRules by band id, the share of runs that band's rule places above transactional without
     *                   both conditions; only bands that hold any
     */
    public record Conditions(double overallAt, int breadthAt, double overall, double breadth, double both,
                             Map<String, Double> otherRules) {

        /** Copies the map, in band order. */
        public Conditions {
            otherRules = Ordered.copyOf(otherRules);
        }

        /**
         * What the shares say, as the command line, the brief's source and the web page give them. With
         * no run placed above transactional by another rule, the two conditions are what lifts a run
         * above it; otherwise that is said of them no longer, and the other rule's share is given.
         *
         * @param year the year the shares are of
         * @return e.g. "what lifts a run above transactional, in 2035: overall 45 or more in 99.9% of
         * runs, 3 or more broad dimensions in 48.0%, both in 48.0%", or, with another rule at work,
         * "strategic-transactionalism's two conditions, in 2035: [the same shares]; placed above
         * transactional without both, by another band's rule: 5.7% (alliance, which asks for no breadth)"
         */
        public String said(int year) {
            String shares = String.format(java.util.Locale.ROOT, ", in %d: overall %s or more in %s of runs, %d or more "
                    + "broad dimensions in %s, both in %s", year, org.entente.spectrum.BandRules.number(overallAt),
                    share(overall), breadthAt, share(breadth), share(both));
            if (otherRules.isEmpty()) {
                return "what lifts a run above transactional" + shares;
            }
            java.util.List<String> others = new java.util.ArrayList<>();
            otherRules.forEach((band, p) -> others.add(share(p) + " (" + band
                    + (band.equals(Band.ALLIANCE.id()) ? ", which asks for no breadth" : "") + ")"));
            return "strategic-transactionalism's two conditions" + shares + "; placed above transactional without both, "
                    + "by another band's rule: " + String.join(", ", others);
        }

        /**
         * @param p a share of runs
         * @return it to a tenth of a percent, never rounded to all or none when it is neither ("over 99.9%")
         */
        public static String share(double p) {
            return p > 0.999 && p < 1 ? "over 99.9%" : p > 0 && p < 0.001 ? "under 0.1%"
                    : String.format(java.util.Locale.ROOT, "%.1f%%", 100 * p);
        }

        /**
         * A share for a table cell, never rounded to all or none when it is neither: the command
         * line's tables, the brief's and the web page's all write shares this way.
         *
         * @param p        a share
         * @param decimals the decimals shown (0 or 1)
         * @return e.g. "99.5%" (one decimal), "&gt;99%" for 0.995 and "&lt;1%" for 0.004 (none)
         */
        public static String cell(double p, int decimals) {
            double step = Math.pow(10, -decimals - 2);   // the least share the cell shows: 1% or 0.1%
            String format = "%." + decimals + "f%%";
            if (p > 0 && p < step / 2) {
                return "<" + String.format(java.util.Locale.ROOT, format, 100 * step);
            }
            if (p < 1 && p >= 1 - step / 2) {
                return ">" + String.format(java.util.Locale.ROOT, format, 100 * (1 - step));
            }
            return String.format(java.util.Locale.ROOT, format, 100 * p);
        }
    }

    /**
     * A named scenario as a conditional forecast.
     *
     * @param id          the scenario's id
     * @param title       its title
     * @param when        the driver states that make it up
     * @param prior       P(scenario) before the observations
     * @param posterior   P(scenario) after them
     * @param bayesFactor how much the observations favour it: posterior odds over prior odds
     * @param bands       P(band | scenario) at the horizon, keyed by band id
     */
    public record Conditional(String id, String title, Map<String, List<String>> when, double prior, double posterior,
                              double bayesFactor, Map<String, Double> bands) {
    }

    /**
     * How much one driver matters.
     *
     * @param variable the driver's id
     * @param byState  P(strategic-alignment or alliance at the horizon) with the driver fixed in each state
     * @param range    the largest minus the smallest of those
     */
    public record Sensitivity(String variable, Map<String, Double> byState, double range) {
    }

    /**
     * A signpost and what is known of it.
     *
     * @param id          its id
     * @param name        what to look for
     * @param variable    the driver it speaks to
     * @param observation yes, no or unknown
     * @param from        case (recorded in the case file), command line, or none
     */
    public record Indicator(String id, String name, String variable, String observation, String from) {
    }
}
