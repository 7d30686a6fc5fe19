package org.entente.casefile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.model.Dimension;
import org.entente.model.DriverKind;
import org.entente.model.Evidence;
import org.entente.model.Factor;
import org.entente.model.Judgement;
import org.entente.model.JudgementKind;
import org.entente.model.LimitKind;
import org.entente.model.Period;
import org.entente.model.Scenario;
import org.entente.model.ScenarioEffect;
import org.entente.model.Signal;
import org.entente.model.Stance;
import org.entente.model.Strength;
import org.entente.model.Word;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads the analyst's parts of a case: judgements, evidence, drivers, limits and scenarios. */
final class AnalysisReader extends ItemReader {

    private static final Set<String> JUDGEMENT = Set.of("id", "kind", "text", "sources");
    private static final Set<String> EVIDENCE = Set.of("id", "claim", "dimension", "stance", "strength",
            "period", "events", "sources");
    private static final Set<String> PERIOD = Set.of("from", "to");
    private static final Set<String> FACTOR = Set.of("id", "kind", "title", "description", "evidence", "sources");
    private static final Set<String> SCENARIO = Set.of("id", "title", "description", "effect", "sources", "indicators",
            "when");
    private static final Set<String> WATCH = Set.of("id", "description", "signals");

    private final Map<String, List<String>> variableStates;
    private final AsOf asOf;
    private final Map<String, Stance> stances = new LinkedHashMap<>();
    private final List<Cited> cited = new ArrayList<>();

    /** A driver's or limit's evidence list, for {@link #checkFactors()}. */
    private record Cited(String what, String id, Stance expected, List<String> evidence, Node at) {
    }

    AnalysisReader(Problems problems, Ids ids, Map<String, List<String>> variableStates, AsOf asOf) {
        super(problems, ids);
        this.variableStates = variableStates;
        this.asOf = asOf;
    }

    Optional<Judgement> judgement(Node n) {
        int before = problems.count();
        Fields f = fields(n, "judgement", JUDGEMENT);
        var id = f.id(Ids.Kind.OTHER);
        var kind = f.word("kind", JudgementKind.class, true);
        var text = f.text("text", true);
        var sources = f.refs("sources", Ids.Kind.SOURCE, true);
        return build(n, before, () -> new Judgement(id.get(), kind.get(), text.get(), sources));
    }

    Optional<Evidence> evidence(Node n) {
        int before = problems.count();
        Fields f = fields(n, "evidence item", EVIDENCE);
        var id = f.id(Ids.Kind.EVIDENCE);
        var claim = f.text("claim", true);
        var dimension = f.word("dimension", Dimension.class, Dimension::scored,
                "evidence must bear on a scored dimension", true);
        var stance = f.word("stance", Stance.class, true);
        var strength = f.word("strength", Strength.class, true);
        var period = f.get("period").flatMap(this::period);
        var events = f.refs("events", Ids.Kind.EVENT, false);
        var sources = f.refs("sources", Ids.Kind.SOURCE, true);
        if (id.isPresent() && stance.isPresent()) {
            stances.putIfAbsent(id.get(), stance.get());
        }
        return build(n, before, () -> new Evidence(id.get(), claim.get(), dimension.get(), stance.get(),
                strength.get(), period, events, sources));
    }

    private Optional<Period> period(Node n) {
        int before = problems.count();
        Fields f = fields(n, "period", PERIOD);
        var from = f.date("from", true);
        from.ifPresent(d -> asOf.checkPeriodStart(d, f.get("from").get()));
        var to = f.date("to", false);
        return build(n, before, () -> new Period(from.get(), to));
    }

    Optional<Factor<DriverKind>> driver(Node n) {
        return factor(n, "driver", DriverKind.class, Stance.TOWARD_ALIGNMENT);
    }

    Optional<Factor<LimitKind>> limit(Node n) {
        return factor(n, "limit", LimitKind.class, Stance.MARKS_LIMIT);
    }

    /**
     * Reports each driver that cites only evidence marking a limit, and each limit that cites only
     * evidence toward alignment: a factor's evidence is what supports it. One item of the other
     * stance among others is left alone, as a counterpoint the analyst chose to cite. Call once
     * the whole file has been read; an item whose stance could not be read is not judged.
     */
    void checkFactors() {
        for (Cited c : cited) {
            List<Stance> of = c.evidence().stream().map(stances::get).toList();
            if (!of.isEmpty() && of.stream().allMatch(s -> s != null && s != c.expected())) {
                boolean driver = c.expected() == Stance.TOWARD_ALIGNMENT;
                problems.at(c.at(), c.what() + " '" + c.id() + "' cites only evidence "
                        + (driver ? "that marks a limit" : "toward alignment") + " (" + String.join(", ", c.evidence()) + ")",
                        "a " + c.what() + "'s evidence supports it: cite at least one item with 'stance: "
                                + c.expected().id() + "', or check each item's 'stance'" + (driver
                                ? "; evidence that marks a limit belongs under a limit"
                                : "; evidence toward alignment belongs under a driver"));
            }
        }
    }

    private <K extends Enum<K> & Word> Optional<Factor<K>> factor(Node n, String what, Class<K> kinds, Stance expected) {
        int before = problems.count();
        Fields f = fields(n, what, FACTOR);
        var id = f.id(Ids.Kind.OTHER);
        var kind = f.word("kind", kinds, true);
        var title = f.text("title", true);
        var description = f.text("description", true);
        var evidence = f.refs("evidence", Ids.Kind.EVIDENCE, false);
        if (id.isPresent() && f.get("evidence").isPresent()) {
            cited.add(new Cited(what, id.get(), expected, evidence, f.get("evidence").get()));
        }
        var sources = f.refs("sources", Ids.Kind.SOURCE, true);
        return build(n, before, () -> new Factor<>(id.get(), kind.get(), title.get(), description.get(),
                evidence, sources));
    }

    Optional<Scenario> scenario(Node n) {
        int before = problems.count();
        Fields f = fields(n, "scenario", SCENARIO);
        var id = f.id(Ids.Kind.OTHER);
        var title = f.text("title", true);
        var description = f.text("description", true);
        var effect = f.word("effect", ScenarioEffect.class, true);
        var sources = f.refs("sources", Ids.Kind.SOURCE, true);
        var watches = f.list("indicators", false, this::watch);
        Map<String, List<String>> when = f.get("when").map(this::when).orElse(Map.of());
        return build(n, before, () -> new Scenario(id.get(), title.get(), description.get(), effect.get(),
                sources, watches, when));
    }

    /** Reads {variable: state} or {variable: [states]} and checks each against the outlook. */
    private Map<String, List<String>> when(Node n) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (!(n instanceof MappingNode m)) {
            problems.at(n, "'when' must map outlook variables to states", "e.g. when: {us-russia: normalisation}");
            return out;
        }
        for (NodeTuple t : m.getValue()) {
            String variable = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
            List<String> allowed = variableStates.get(variable);
            if (allowed == null) {
                problems.at(t.getKeyNode(), "outlook variable '" + variable + "' is not defined",
                        "define it under outlook.variables first; known: " + variableStates.keySet());
                continue;
            }
            List<Node> values = t.getValueNode() instanceof SequenceNode s ? s.getValue() : List.of(t.getValueNode());
            List<String> states = new ArrayList<>();
            for (Node v : values) {
                String state = v instanceof ScalarNode sc ? sc.getValue() : "?";
                if (!allowed.contains(state)) {
                    problems.at(v, "unknown state '" + state + "' of " + variable, "states: " + String.join(", ", allowed));
                }
                states.add(state);
            }
            out.put(variable, states);
        }
        return out;
    }

    private Optional<Scenario.Watch> watch(Node n) {
        int before = problems.count();
        Fields f = fields(n, "scenario indicator", WATCH);
        var id = f.id(Ids.Kind.OTHER);
        var description = f.text("description", true);
        var signals = f.word("signals", Signal.class, true);
        return build(n, before, () -> new Scenario.Watch(id.get(), description.get(), signals.get()));
    }
}
