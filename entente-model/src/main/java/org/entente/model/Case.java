package org.entente.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One partnership between two states, as its case file describes it.
 *
 * @param schema     the case-format version
 * @param id         its id, equal to its folder's name
 * @param title      its title
 * @param asOf       when it was last brought up to date
 * @param summary    a few sentences on where it stands
 * @param dyad       the two states
 * @param sources    the bibliography
 * @param judgements the analyst's key judgements
 * @param timeline   dated events
 * @param indicators quantitative series
 * @param evidence   claims bearing on dimensions
 * @param drivers    what pushes the two together
 * @param limits     what holds them apart
 * @param treaties   instruments between them
 * @param scenarios  futures and their signposts
 * @param outlook    the scenario model's drivers and signposts, if the case has them
 */
public record Case(int schema, String id, String title, PartialDate asOf, String summary, List<Actor> dyad,
                   List<Source> sources, List<Judgement> judgements, List<TimelineEvent> timeline,
                   List<Indicator> indicators, List<Evidence> evidence, List<Factor<DriverKind>> drivers,
                   List<Factor<LimitKind>> limits, List<Treaty> treaties, List<Scenario> scenarios,
                   Optional<Outlook> outlook) {

    /** Copies the lists and checks the dyad has two distinct states. */
    public Case {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(summary, "summary");
        dyad = List.copyOf(dyad);
        sources = List.copyOf(sources);
        judgements = List.copyOf(judgements);
        timeline = List.copyOf(timeline);
        indicators = List.copyOf(indicators);
        evidence = List.copyOf(evidence);
        drivers = List.copyOf(drivers);
        limits = List.copyOf(limits);
        treaties = List.copyOf(treaties);
        scenarios = List.copyOf(scenarios);
        if (dyad.size() != 2 || dyad.get(0).code().equals(dyad.get(1).code())) {
            throw new IllegalArgumentException("case " + id + " needs two distinct states");
        }
    }

    /** @return the source with this id, if the case has one */
    public Optional<Source> source(String sourceId) {
        return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst();
    }

    /** @return the timeline sorted by date, earliest first */
    public List<TimelineEvent> chronology() {
        return timeline.stream().sorted(Comparator.comparing(TimelineEvent::date)).toList();
    }

    /** @return "IRN–RUS" */
    public String dyadLabel() {
        return dyad.get(0).code() + "\u2013" + dyad.get(1).code();
    }
}
