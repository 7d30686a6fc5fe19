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
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a case's {@code outlook}: the scenario model's variables (drivers with states, priors,
 * parents, effects) and signposts (observable events with their likelihood under each state).
 * Probabilities must lie in [0, 1] and each distribution sum to 1; every state, parent and
 * target named must exist. A prior may be given by year (years increasing, from the first
 * forecast year to the horizon, no state but the first losing chance), and a variable may depend
 * on several parents defined above it (one prior row per combination of their states).
 */
final class OutlookReader extends ItemReader {

    private static final Set<String> OUTLOOK = Set.of("horizon", "inertia", "shock", "floor", "variables", "signposts");
    private static final Set<String> VARIABLE = Set.of("id", "title", "states", "depends_on", "prior", "effects", "sources");
    private static final Set<String> SIGNPOST = Set.of("id", "title", "variable", "likelihood", "observed", "sources");
    private static final double TOLERANCE = 0.011;

    private final Map<String, List<String>> states = new HashMap<>();

    private final AsOf asOf;

    /** The outlook's horizon, once read (0 when it could not be): a prior by year speaks of years up to it. */
    private int horizon;

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
        this.horizon = horizon;
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
        List<String> parents = parents(f);
        Map<String, Map<String, Double>> prior = new LinkedHashMap<>();
        Map<String, java.util.SortedMap<Integer, Map<String, Double>>> byYear = new LinkedHashMap<>();
        prior(f, values, parents, prior, byYear);
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
        return build(n, before, () -> new Outlook.Variable(id.get(), title.get(), values, parents, prior, byYear,
                effects, sources));
    }

    /**
     * Reads {@code depends_on}: one variable, or a list of them, each defined above this one (so the
     * drivers form a directed graph without cycles).
     */
    private List<String> parents(Fields f) {
        Optional<Node> node = f.get("depends_on");
        List<String> out = new ArrayList<>();
        if (node.isEmpty()) {
            return out;
        }
        if (!(node.get() instanceof SequenceNode seq)) {
            f.text("depends_on", false).ifPresent(p -> {
                parent(p, node.get());
                out.add(p);
            });
            return out;
        }
        if (seq.getValue().isEmpty()) {
            problems.at(seq, "depends_on lists no variable", "name the variables this one depends on, e.g. "
                    + "[west-pressure, us-russia], or leave depends_on out");
        }
        for (Node item : seq.getValue()) {
            if (!(item instanceof ScalarNode sc) || sc.getValue().isBlank()) {
                problems.at(item, "depends_on must name variables, found " + Fields.describe(item),
                        "write the ids of variables defined above, e.g. [west-pressure, us-russia]");
                continue;
            }
            String p = sc.getValue().strip();
            if (out.contains(p)) {
                problems.at(item, "variable '" + p + "' is named twice in depends_on", "name each parent once");
                continue;
            }
            parent(p, item);
            out.add(p);
        }
        return out;
    }

    private void parent(String p, Node at) {
        if (!states.containsKey(p)) {
            problems.at(at, "variable '" + p + "' is not defined above this one",
                    "define a parent before the variables that depend on it");
        }
    }

    /**
     * Reads a variable's prior into {@code out} (the distribution by the horizon, per row) and
     * {@code byYear} (the rows given year by year). A row is one distribution over the states, or
     * a mapping from years to such distributions. With parents there is one row per combination
     * of their states: keyed by the parent's state, or with several parents by their states
     * separated by commas, in the order of depends_on.
     */
    private void prior(Fields f, List<String> values, List<String> parents, Map<String, Map<String, Double>> out,
                       Map<String, java.util.SortedMap<Integer, Map<String, Double>>> byYear) {
        Optional<Node> node = f.get("prior");
        if (node.isEmpty()) {
            f.text("prior", true);
            return;
        }
        if (parents.isEmpty()) {
            row(node.get(), values, "prior", "*", out, byYear);
            return;
        }
        if (!states.keySet().containsAll(parents)) {
            return; // a parent is not defined: reported at depends_on, and its states are unknown
        }
        if (parents.size() == 1) {
            String parent = parents.get(0);
            List<String> parentStates = states.get(parent);
            Map<Key, Node> rows = entries(node.get(), "prior");
            for (String ps : parentStates) {
                if (rows.keySet().stream().noneMatch(k -> k.key().equals(ps))) {
                    problems.at(node.get(), "prior has no distribution for parent state '" + ps + "'",
                            "give one distribution per state of " + parent + ": " + parentStates);
                }
            }
            rows.forEach((k, v) -> {
                if (!parentStates.contains(k.key())) {
                    unknownState(k.node(), k.key(), parentStates);
                } else {
                    row(v, values, "prior given " + k.key(), k.key(), out, byYear);
                }
            });
            return;
        }
        combinations(node.get(), values, parents, out, byYear);
    }

    /** The prior of a variable with several parents: one row per combination of their states. */
    private void combinations(Node node, List<String> values, List<String> parents, Map<String, Map<String, Double>> out,
                              Map<String, java.util.SortedMap<Integer, Map<String, Double>>> byYear) {
        String form = "write the state of each parent in the order of depends_on (" + String.join(", ", parents)
                + "), separated by commas, e.g. '" + Outlook.Variable.rowKey(parents.stream()
                .map(p -> states.get(p).get(0)).toList()) + "'";
        Map<String, Node> seen = new LinkedHashMap<>();
        entries(node, "prior").forEach((k, v) -> {
            List<String> parts = java.util.Arrays.stream(k.key().split(",", -1)).map(String::strip).toList();
            if (parts.size() != parents.size()) {
                problems.at(k.node(), "prior row '" + k.key() + "' names " + parts.size() + " state"
                        + (parts.size() == 1 ? "" : "s") + ", but the variable depends on " + parents.size()
                        + " variables", form);
                return;
            }
            boolean known = true;
            for (int i = 0; i < parts.size(); i++) {
                List<String> ps = states.get(parents.get(i));
                if (!ps.contains(parts.get(i))) {
                    problems.at(k.node(), "unknown state '" + parts.get(i) + "' of " + parents.get(i) + " in prior row '"
                            + k.key() + "'", "states of " + parents.get(i) + ": " + String.join(", ", ps) + "; " + form);
                    known = false;
                }
            }
            if (!known) {
                return;
            }
            String key = Outlook.Variable.rowKey(parts);
            Node first = seen.putIfAbsent(key, k.node());
            if (first != null) {
                problems.at(k.node(), "prior gives the parent states '" + key + "' twice (first at "
                        + Problems.where(first) + ")", "give each combination of parent states once");
                return;
            }
            row(v, values, "prior given " + key, key, out, byYear);
        });
        List<String> missing = new ArrayList<>();
        List<List<String>> all = new ArrayList<>();
        all.add(List.of());
        for (String p : parents) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> head : all) {
                for (String s : states.get(p)) {
                    List<String> c = new ArrayList<>(head);
                    c.add(s);
                    next.add(c);
                }
            }
            all = next;
        }
        for (List<String> c : all) {
            if (!seen.containsKey(Outlook.Variable.rowKey(c))) {
                missing.add("'" + Outlook.Variable.rowKey(c) + "'");
            }
        }
        if (!missing.isEmpty()) {
            problems.at(node, "prior has no distribution for the parent states " + String.join(", ", missing),
                    "give one distribution for each of the " + all.size() + " combinations of states of "
                            + String.join(", ", parents) + "; " + form);
        }
    }

    /**
     * One row of a prior: a distribution over the states (by the horizon), or a mapping from years
     * to distributions (by each year), told apart by its keys: a key that is a whole number and not
     * one of the states makes it a row by year.
     */
    private void row(Node n, List<String> values, String what, String key, Map<String, Map<String, Double>> out,
                     Map<String, java.util.SortedMap<Integer, Map<String, Double>>> byYear) {
        boolean yearly = n instanceof MappingNode m && m.getValue().stream().anyMatch(t -> t.getKeyNode() instanceof ScalarNode s
                && WHOLE.matcher(s.getValue()).matches() && !values.contains(s.getValue()));
        if (!yearly) {
            distribution(n, values, what).ifPresent(d -> out.put(key, d));
            return;
        }
        int before = problems.count();
        java.util.TreeMap<Integer, Map<String, Double>> years = new java.util.TreeMap<>();
        Integer previousYear = null;
        Map<String, Double> previous = null;
        Optional<Integer> first = asOf.firstForecastYear();
        for (Map.Entry<Key, Node> e : entries(n, what).entrySet()) {
            Key k = e.getKey();
            if (!WHOLE.matcher(k.key()).matches() || k.key().length() > 6) {
                problems.at(k.node(), what + " is given by year, but '" + k.key() + "' is not a year",
                        "give every entry a year, {2030: {...}, 2035: {...}}, or one distribution without years");
                continue;
            }
            int year = Integer.parseInt(k.key());
            boolean inOrder = previousYear == null || year > previousYear;
            if (!inOrder) {
                problems.at(k.node(), what + ": year " + year + " is listed after " + previousYear + "; the years must increase",
                        "list the years in increasing order, each once");
            }
            if (horizon > 0 && year > horizon) {
                problems.at(k.node(), what + ": year " + year + " is after the outlook horizon " + horizon,
                        "give years up to the horizon; the last year given holds at the horizon");
            }
            if (first.isPresent() && year < first.get()) {
                problems.at(k.node(), what + ": year " + year + " is before the first forecast year " + first.get(),
                        "the forecast runs from the year after as_of: give years from " + first.get() + " to the horizon");
            }
            Optional<Map<String, Double>> d = distribution(e.getValue(), values, what + " by " + year);
            if (d.isEmpty() || !inOrder) {
                continue;
            }
            if (previous != null) {
                for (String s : values.subList(1, values.size())) {
                    double was = previous.get(s);
                    double now = d.get().get(s);
                    if (now < was - 1e-9) {
                        problems.at(e.getValue(), what + ": P(" + s + ") falls from " + was + " by " + previousYear
                                        + " to " + now + " by " + year,
                                "a state other than the first (the status quo, '" + values.get(0) + "') only sets in and "
                                        + "then holds, so its chance by a later year is at least its chance by an "
                                        + "earlier one; only the first state's chance may fall");
                    }
                }
            }
            years.put(year, d.get());
            previous = d.get();
            previousYear = year;
        }
        if (problems.count() == before && !years.isEmpty()) {
            out.put(key, years.lastEntry().getValue());
            byYear.put(key, years);
        }
    }

    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("-?\\d+");

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
