package org.entente.cli;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.model.Case;
import org.entente.model.Dimension;
import org.entente.model.Factor;
import org.entente.model.Indicator;
import org.entente.model.Judgement;
import org.entente.model.Obligation;
import org.entente.model.PartialDate;
import org.entente.model.Stance;
import org.entente.model.TimelineEvent;
import org.entente.model.Treaty;
import org.entente.reference.Country;
import org.entente.reference.CountryTable;

/**
 * A readable overview of a case: who, since when, what happened lately, how the evidence falls
 * by dimension, what drives and limits the partnership, and what the treaties bind.
 *
 * @param id          the case id
 * @param title       its title
 * @param dyad        the two states with their COW codes
 * @param asOf        when it was last brought up to date
 * @param summary     the analyst's summary
 * @param first       the earliest event, if any
 * @param last        the latest event, if any
 * @param counts      how many items of each kind the case holds
 * @param dimensions  per dimension: events, and evidence toward alignment and marking limits
 * @param latest      the most recent events, latest first
 * @param judgements  the key judgements
 * @param drivers     what pushes the two together
 * @param limits      what holds them apart
 * @param treaties    the treaties, with the obligations they hold and lack
 * @param indicators  the quantitative series, every value with its date and sources
 */
record Overview(String id, String title, List<State> dyad, PartialDate asOf, String summary,
                Optional<PartialDate> first, Optional<PartialDate> last, Map<String, Integer> counts,
                Map<String, DimensionCount> dimensions, List<TimelineEvent> latest, List<Judgement> judgements,
                List<FactorLine> drivers, List<FactorLine> limits, List<TreatyLine> treaties,
                List<Indicator> indicators) {

    /** How many latest events an overview shows. */
    static final int LATEST = 8;

    record State(String code, String name, Optional<Integer> cow) {
    }

    record DimensionCount(int events, int evidenceToward, int evidenceLimits) {
    }

    record FactorLine(String id, String kind, String title, int evidence) {
    }

    record TreatyLine(String id, String title, PartialDate signed, Optional<PartialDate> entryIntoForce, String status,
                      Optional<Integer> durationYears,
                      Optional<String> renewal, Optional<Integer> articles, List<Obligation> obligations,
                      List<Obligation> absent) {
    }

    static Overview of(Case c, CountryTable countries) {
        List<State> dyad = c.dyad().stream().map(a -> new State(a.code(), a.name(),
                countries.byIso3(a.code()).flatMap(Overview::cow))).toList();
        List<TimelineEvent> chronology = c.chronology();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("sources", c.sources().size());
        counts.put("events", c.timeline().size());
        counts.put("indicators", c.indicators().size());
        counts.put("evidence", c.evidence().size());
        counts.put("drivers", c.drivers().size());
        counts.put("limits", c.limits().size());
        counts.put("treaties", c.treaties().size());
        counts.put("scenarios", c.scenarios().size());
        List<TimelineEvent> latest = chronology.subList(Math.max(0, chronology.size() - LATEST), chronology.size())
                .stream().sorted(Comparator.comparing(TimelineEvent::date).reversed()).toList();
        return new Overview(c.id(), c.title(), dyad, c.asOf(), c.summary(),
                chronology.stream().findFirst().map(TimelineEvent::date),
                chronology.isEmpty() ? Optional.empty() : Optional.of(chronology.get(chronology.size() - 1).date()),
                counts, byDimension(c), latest, c.judgements(), lines(c.drivers()), lines(c.limits()),
                c.treaties().stream().map(Overview::treaty).toList(), c.indicators());
    }

    private static Optional<Integer> cow(Country country) {
        return country.cowCode().isPresent() ? Optional.of(country.cowCode().getAsInt()) : Optional.empty();
    }

    private static Map<String, DimensionCount> byDimension(Case c) {
        Map<String, DimensionCount> out = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            int events = (int) c.timeline().stream().filter(e -> e.dimensions().contains(d)).count();
            int toward = (int) c.evidence().stream()
                    .filter(e -> e.dimension() == d && e.stance() == Stance.TOWARD_ALIGNMENT).count();
            int limits = (int) c.evidence().stream()
                    .filter(e -> e.dimension() == d && e.stance() == Stance.MARKS_LIMIT).count();
            out.put(d.id(), new DimensionCount(events, toward, limits));
        }
        return out;
    }

    private static List<FactorLine> lines(List<? extends Factor<?>> factors) {
        return factors.stream().map(f -> new FactorLine(f.id(), f.kind().id(), f.title(), f.evidence().size())).toList();
    }

    private static TreatyLine treaty(Treaty t) {
        List<Obligation> held = t.coding().stream().map(Treaty.ArticleCoding::obligation)
                .filter(o -> o != Obligation.NONE).distinct().sorted().toList();
        List<Obligation> absent = t.absent().stream().map(Treaty.AbsentObligation::obligation).distinct().toList();
        return new TreatyLine(t.id(), t.title(), t.signed(), t.entryIntoForce(), t.status().id(),
                t.durationYears().isPresent() ? Optional.of(t.durationYears().getAsInt()) : Optional.empty(), t.renewal(),
                t.articles().isPresent() ? Optional.of(t.articles().getAsInt()) : Optional.empty(), held, absent);
    }
}
