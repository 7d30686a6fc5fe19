package org.entente.spectrum;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Dimension;
import org.entente.model.Ordered;

/**
 * The JSON shape of an assessment, shared by {@code entente assess --json} and the web API:
 * {"case","asOf","band","score","interval","dimensions",...}, as plain maps and lists.
 */
public final class AssessmentJson {

    private AssessmentJson() {
    }

    /**
     * @param a      an assessment
     * @param recent the year-ends before it ({@link Assessor#recentYearEnds})
     * @return its JSON shape with {@code recentYearEnds}: as of, band, score and edges of each year-end
     */
    public static Map<String, Object> of(Assessment a, List<Assessment> recent) {
        Map<String, Object> out = of(a);
        out.put("recentYearEnds", recent.stream().map(y -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("asOf", y.asOf().toString());
            row.put("band", y.band().id());
            row.put("score", score(y.score()));
            row.put("edges", y.edges());
            return row;
        }).toList());
        return out;
    }

    /**
     * @param a an assessment
     * @return its JSON shape
     */
    public static Map<String, Object> of(Assessment a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("case", a.subject());
        out.put("asOf", a.asOf().toString());
        out.put("band", a.band());
        out.put("score", score(a.score()));
        out.put("interval", List.of(score(a.low()), score(a.high())));
        Map<String, Object> dims = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            Assessment.DimensionScore s = a.dimensions().get(d);
            if (s != null) {
                dims.put(d.id(), Ordered.map("score", score(s.score()), "interval", List.of(score(s.low()), score(s.high())),
                        "evidence", s.evidence(), "data", s.data(), "broad", s.broad()));
            }
        }
        out.put("dimensions", dims);
        Map<String, Object> commitment = new LinkedHashMap<>();
        commitment.put("score", score(a.commitment().score()));
        commitment.put("strongest", a.commitment().strongest());
        commitment.put("defence", a.commitment().defence());
        commitment.put("inForce", a.commitment().inForce());
        commitment.put("absent", a.commitment().absent());
        out.put("commitment", commitment);
        Map<String, Object> hedging = new LinkedHashMap<>();
        hedging.put("score", a.hedging().measured() ? score(a.hedging().score()) : null);
        hedging.put("limits", a.hedging().limits());
        out.put("hedging", hedging);
        out.put("rule", a.rule());
        out.put("wouldChange", a.wouldChange());
        out.put("edges", a.edges());
        out.put("explanation", a.explanation().stream().map(AssessmentJson::contribution).toList());
        out.put("coverage", a.coverage());
        return out;
    }

    private static Map<String, Object> contribution(Contribution c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", c.kind());
        out.put("target", c.target());
        out.put("id", c.id());
        out.put("label", c.label());
        out.put("effect", round(c.effect()));
        out.put("overall", round(c.overall()));
        out.put("sources", c.sources());
        return out;
    }

    /**
     * @param v a score
     * @return it rounded to two decimals, as the JSON gives scores: one decimal would invite a second
     *         rounding (48.46 given as 48.5, read as 49, where the text shows 48)
     */
    public static double score(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /**
     * @param v an effect on a score
     * @return it rounded to one decimal, as the JSON gives effects
     */
    public static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
