package org.entente.casefile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.model.Dimension;
import org.entente.model.Outlook;
import org.entente.model.Spelling;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a case's {@code outlook}: the scenario model's variables (drivers with states, priors,
 * a parent, effects) and signposts (observable events with their likelihood under each state).
 * Probabilities must lie in [0, 1] and each distribution sum to 1; every state, parent and
 * target named must exist.
 */
final class OutlookReader extends ItemReader {

    private static final Set<String> OUTLOOK = Set.of("horizon", "inertia", "shock", "floor", "variables", "signposts");
    private static final Set<String> VARIABLE = Set.of("id", "title", "states", "depends_on", "prior", "effects", "sources");
    private static final Set<String> SIGNPOST = Set.of("id", "title", "variable", "likelihood", "observed", "sources");
    private static final double TOLERANCE = 0.011;

    private final Map<String, List<String>> states = new HashMap<>();

    private final AsOf asOf;

    OutlookReader(Problems problems, Ids ids, AsOf asOf) {
        super(problems, ids);
        this.asOf = asOf;
    }

    /** @return the states of every variable read so far, for checking scenarios' conditions */
    Map<String, List<String>> states() {
        return states;
    }

    Optional<Outlook> outlook(Node n) {
        int before = problems.count();
        Fields f = fields(n, "outlook", OUTLOOK);
        var horizonRead = f.integer("horizon", true);
        horizonRead.ifPresent(h -> asOf.checkHorizon(h, f.get("horizon").get()));
        int horizon = horizonRead.orElse(0);
        double inertia = f.number("inertia", false).orElse(0.6);
        double shock = f.number("shock", false).orElse(3.0);
        double floor = f.number("floor", false).orElse(0.0);
        var variables = f.list("variables", true, this::variable);
        var signposts = f.list("signposts", false, this::signpost);
        return build(n, before, () -> new Outlook(horizon, inertia, shock, floor, variables, signposts));
    }

    private Optional<Outlook.Variable> variable(Node n) {
        int before = problems.count();
        Fields f = fields(n, "outlook variable", VARIABLE);
        var id = f.id(Ids.Kind.VARIABLE);
        var title = f.text("title", true);
        List<String> values = new ArrayList<>();
        for (Node s : f.sequence("states", true)) {
            String v = s instanceof ScalarNode sc ? sc.getValue() : "";
            if (values.contains(v) || v.isBlank()) {
                problems.at(s, "state '" + v + "' is empty or repeated", "list each state once");
            }
            values.add(v);
        }
        if (values.size() < 2 && f.get("states").isPresent()) {
            problems.at(f.get("states").get(), "a variable needs at least two states", "e.g. [none, ceasefire, normalisation]");
        }
        var parent = f.text("depends_on", false);
        parent.ifPresent(p -> {
            if (!states.containsKey(p)) {
                problems.at(f.get("depends_on").get(), "variable '" + p + "' is not defined above this one",
                        "define a parent before the variables that depend on it");
            }
        });
        Map<String, Map<String, Double>> prior = prior(f, values, parent);
        Map<String, Map<String, Double>> effects = new LinkedHashMap<>();
        f.get("effects").ifPresent(e -> entries(e, "effects").forEach((state, node) -> {
            if (!values.contains(state.key())) {
                unknownState(state.node(), state.key(), values);
            } else {
                Map<String, Double> shifts = new LinkedHashMap<>();
                entries(node, "effects of " + state.key()).forEach((target, v) -> {
                    if (!validTarget(target.key())) {
                        List<String> near = Spelling.nearest(target.key(), TARGETS, 1);
                        problems.at(target.node(), "unknown effect target '" + target.key() + "'",
                                (near.isEmpty() ? "" : "did you mean '" + near.get(0) + "'? ") + "valid: "
                                        + String.join(", ", TARGETS));
                    } else {
                        number(v, "effect").ifPresent(x -> shifts.put(target.key(), x));
                    }
                });
                effects.put(state.key(), shifts);
            }
        }));
        var sources = f.refs("sources", Ids.Kind.SOURCE, true);
        id.ifPresent(i -> states.put(i, values));
        return build(n, before, () -> new Outlook.Variable(id.get(), title.get(), values, parent, prior, effects, sources));
    }

    private Map<String, Map<String, Double>> prior(Fields f, List<String> values, Optional<String> parent) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        Optional<Node> node = f.get("prior");
        if (node.isEmpty()) {
            f.text("prior", true);
            return out;
        }
        if (parent.isEmpty() || !states.containsKey(parent.get())) {
            distribution(node.get(), values, "prior").ifPresent(d -> out.put("*", d));
            return out;
        }
        List<String> parentStates = states.get(parent.get());
        Map<Key, Node> rows = entries(node.get(), "prior");
        for (String ps : parentStates) {
            if (rows.keySet().stream().noneMatch(k -> k.key().equals(ps))) {
                problems.at(node.get(), "prior has no distribution for parent state '" + ps + "'",
                        "give one distribution per state of " + parent.get() + ": " + parentStates);
            }
        }
        rows.forEach((k, v) -> {
            if (!parentStates.contains(k.key())) {
                unknownState(k.node(), k.key(), parentStates);
            } else {
                distribution(v, values, "prior given " + k.key()).ifPresent(d -> out.put(k.key(), d));
            }
        });
        return out;
    }

    private Optional<Map<String, Double>> distribution(Node n, List<String> values, String what) {
        int before = problems.count();
        Map<String, Double> d = new LinkedHashMap<>();
        entries(n, what).forEach((k, v) -> {
            if (!values.contains(k.key())) {
                unknownState(k.node(), k.key(), values);
            } else {
                probability(v).ifPresent(p -> d.put(k.key(), p));
            }
        });
        if (problems.count() == before) {
            for (String v : values) {
                d.putIfAbsent(v, 0.0);
            }
            double sum = d.values().stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(sum - 1) > TOLERANCE) {
                problems.at(n, what + " sums to " + String.format("%.3f", sum) + ", not 1", "make the probabilities add up to 1");
            }
        }
        return problems.count() == before ? Optional.of(d) : Optional.empty();
    }

    private Optional<Outlook.Signpost> signpost(Node n) {
        int before = problems.count();
        Fields f = fields(n, "signpost", SIGNPOST);
        var id = f.id(Ids.Kind.OTHER);
        var title = f.text("title", true);
        var variable = f.text("variable", true);
        Map<String, Double> likelihood = new LinkedHashMap<>();
        variable.ifPresent(v -> {
            List<String> values = states.get(v);
            if (values == null) {
                problems.at(f.get("variable").get(), "variable '" + v + "' is not defined in outlook.variables",
                        "name one of: " + states.keySet());
            } else {
                f.get("likelihood").ifPresentOrElse(l -> entries(l, "likelihood").forEach((k, x) -> {
                    if (!values.contains(k.key())) {
                        unknownState(k.node(), k.key(), values);
                    } else {
                        probability(x).ifPresent(p -> likelihood.put(k.key(), p));
                    }
                }), () -> f.text("likelihood", true));
                if (f.get("likelihood").isPresent() && likelihood.size() != values.size() && problems.count() == before) {
                    problems.at(f.get("likelihood").get(), "likelihood must give P(observed) for every state of " + v,
                            "states: " + values);
                }
            }
        });
        Optional<Boolean> observed = f.text("observed", false).flatMap(o -> switch (o) {
            case "yes" -> Optional.of(true);
            case "no" -> Optional.of(false);
            default -> {
                problems.at(f.get("observed").get(), "observed must be yes or no, not '" + o + "'", "leave it out while unknown");
                yield Optional.empty();
            }
        });
        var sources = f.refs("sources", Ids.Kind.SOURCE, true);
        return build(n, before, () -> new Outlook.Signpost(id.get(), title.get(), variable.get(), likelihood, observed,
                sources));
    }

    /** A key of a free-form mapping, with its node for error positions. */
    private record Key(String key, Node node) {
    }

    private Map<Key, Node> entries(Node n, String what) {
        Map<Key, Node> out = new LinkedHashMap<>();
        if (!(n instanceof MappingNode m)) {
            problems.at(n, what + " must be a mapping, found " + Fields.describe(n), "write it as {state: value, ...}");
            return out;
        }
        for (NodeTuple t : m.getValue()) {
            out.put(new Key(t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?", t.getKeyNode()), t.getValueNode());
        }
        return out;
    }

    private Optional<Double> number(Node n, String what) {
        if (n instanceof ScalarNode s) {
            try {
                double d = Double.parseDouble(s.getValue());
                if (Double.isFinite(d)) {   // NaN would slip past every range check after this
                    return Optional.of(d);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problems.at(n, what + " must be a number, found " + Fields.describe(n), "write a plain number");
        return Optional.empty();
    }

    private Optional<Double> probability(Node n) {
        Optional<Double> p = number(n, "a probability");
        if (p.isPresent() && (p.get() < 0 || p.get() > 1)) {
            problems.at(n, "probability " + p.get() + " is outside 0-1", "write a share, e.g. 0.25");
            return Optional.empty();
        }
        return p;
    }

    private void unknownState(Node at, String state, List<String> values) {
        problems.at(at, "unknown state '" + state + "'", "states: " + String.join(", ", values));
    }

    /** What an effect may shift: the scored dimensions, then commitment and hedging. */
    private static final List<String> TARGETS = java.util.stream.Stream.concat(
            java.util.Arrays.stream(Dimension.values()).filter(Dimension::scored).map(Dimension::id),
            java.util.stream.Stream.of("commitment", "hedging")).toList();

    private static boolean validTarget(String target) {
        return TARGETS.contains(target);
    }
}
