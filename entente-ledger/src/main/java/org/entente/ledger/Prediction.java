package org.entente.ledger;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded forecast.
 *
 * @param id           its id
 * @param question     what is forecast
 * @param made         when the forecast was made
 * @param resolves     when it should be resolvable
 * @param outcomes     probability per outcome; a yes/no question has the outcomes "yes" and "no"
 * @param model        the model version and inputs that produced it (free text, e.g. seed and observations)
 * @param subject      the case or dyad it is about
 * @param outcome      the outcome once resolved
 * @param resolvedOn   when it was resolved
 */
public record Prediction(String id, String question, LocalDate made, LocalDate resolves, Map<String, Double> outcomes,
                         String model, String subject, Optional<String> outcome, Optional<LocalDate> resolvedOn) {

    /** Checks the distribution. */
    public Prediction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("forecast id '" + id + "' must be 1 to 120 letters, digits and . _ @ : -, "
                    + "starting with a letter or digit (e.g. irn-rus-defence-2027)");
        }
        if (question.isBlank()) {
            throw new IllegalArgumentException("forecast '" + id + "' needs a question");
        }
        if (resolves.isBefore(made)) {
            throw new IllegalArgumentException("forecast '" + id + "' resolves on " + resolves + ", before it was made ("
                    + made + ")");
        }
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));   // in the order given
        if (outcomes.size() < 2) {
            throw new IllegalArgumentException("a forecast needs at least two outcomes, found " + outcomes.keySet());
        }
        double sum = outcomes.values().stream().mapToDouble(Double::doubleValue).sum();
        // written so that NaN fails each test: a NaN probability would spoil every score of the ledger
        if (outcomes.values().stream().anyMatch(p -> !(p >= 0 && p <= 1)) || !(Math.abs(sum - 1) <= 1e-6)) {
            throw new IllegalArgumentException("probabilities must lie in 0-1 and sum to 1, found " + outcomes);
        }
        if (outcome.isPresent() && !outcomes.containsKey(outcome.get())) {
            throw new IllegalArgumentException("outcome '" + outcome.get() + "' is not one of " + outcomes.keySet());
        }
        if (resolvedOn.isPresent() && resolvedOn.get().isBefore(made)) {
            throw new IllegalArgumentException("forecast '" + id + "' cannot be resolved on " + resolvedOn.get()
                    + ", before it was made (" + made + ")");
        }
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@:-]{0,119}");

    /**
     * @param p a probability for "yes"
     * @return the yes/no distribution
     */
    public static Map<String, Double> yesNo(double p) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("yes", p);
        // the complement as a decimal: 0.7 gives 0.3, not 1 - 0.7 = 0.30000000000000004, which prints
        // oddly and could fall into the calibration bin below the one it belongs to
        out.put("no", Double.isFinite(p) ? java.math.BigDecimal.ONE.subtract(new java.math.BigDecimal(Double.toString(p)))
                .doubleValue() : 1 - p);   // NaN or infinite: left for the check that refuses it
        return out;
    }
}
