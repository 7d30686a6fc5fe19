package org.entente.casefile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.entente.model.PartialDate;
import org.entente.model.Spelling;
import org.entente.model.Word;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed, checked access to one YAML mapping whose keys are known in advance. Each accessor
 * returns the value, or an empty result after recording a diagnostic, so that reading goes on
 * and every problem of a file is reported in one run.
 */
final class Fields {

    private static final String ID_FORM = "[a-z0-9][a-z0-9-]{0,63}";

    private final Node node;
    private final String what;
    private final Problems problems;
    private final Ids ids;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final boolean mapping;
    /** Whether the mapping takes a 'unit' key, where a number's unit belongs. */
    private final boolean unitKey;

    Fields(Node node, String what, Set<String> keys, Problems problems, Ids ids) {
        this.node = node;
        this.unitKey = keys.contains("unit");
        this.what = what;
        this.problems = problems;
        this.ids = ids;
        this.mapping = node instanceof MappingNode;
        if (!mapping) {
            problems.at(node, what + " must be a mapping of keys to values, found " + describe(node),
                    "write it as 'key: value' lines indented under its parent");
            return;
        }
        Map<String, Node> keyNodes = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            if (keyNodes.containsKey(key)) {
                problems.at(t.getKeyNode(), "duplicate key '" + key + "' in " + what + " (first at "
                        + Problems.where(keyNodes.get(key)) + ")", "keep one of the two");
            } else if (!keys.contains(key)) {
                List<String> near = Spelling.nearest(key, keys, 1);
                problems.at(t.getKeyNode(), "unknown key '" + key + "' in " + what,
                        near.isEmpty() ? "valid keys: " + String.join(", ", new java.util.TreeSet<>(keys)) : "did you mean '" + near.get(0) + "'?");
            } else if (!isNull(t.getValueNode())) {
                values.put(key, t.getValueNode());
            }
            keyNodes.putIfAbsent(key, t.getKeyNode());
        }
    }

    Node node() {
        return node;
    }

    /** @return whether the item was a mapping at all (if not, that has been reported) */
    boolean isMapping() {
        return mapping;
    }

    Optional<Node> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Records a missing required field, unless the item was not a mapping at all (reported already). */
    private void missing(String key) {
        if (!mapping) {
            return;
        }
        problems.at(node, "missing required field '" + key + "' in " + what,
                "add '" + key + ":' to this " + what + " (see docs/case-format.md)");
    }

    /** What a single value may be asked to be: the name the messages give it, and how to write one. */
    enum Shape {
        TEXT("text", "write it on one line, or as a '>' block"),
        NUMBER("a number", "write a plain number, e.g. 4.9"),
        WHOLE_NUMBER("a whole number", "write a plain whole number, e.g. 20"),
        DATE("a date", "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-01-17"),
        WORD("one word", "");

        private final String name;
        private final String hint;

        Shape(String name, String hint) {
            this.name = name;
            this.hint = hint;
        }
    }

    Optional<String> text(String key, boolean required) {
        return scalar(key, required, Shape.TEXT, Shape.TEXT.hint);
    }

    /** Reads a single value, naming {@code shape} when a list or mapping stands in its place. */
    private Optional<String> scalar(String key, boolean required, Shape shape, String hint) {
        Node v = values.get(key);
        if (v == null) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        if (v instanceof ScalarNode s) {
            String t = s.getValue().strip();
            if (t.isEmpty() && required) {
                problems.at(v, "'" + key + "' must not be empty", "write some text");
                return Optional.empty();
            }
            return Optional.of(t);
        }
        problems.at(v, "'" + key + "' must be " + shape.name + ", found " + describe(v), hint);
        return Optional.empty();
    }

    /** Reads this item's id and registers it. */
    Optional<String> id(Ids.Kind kind) {
        Optional<String> id = text("id", true);
        if (id.isPresent() && !id.get().matches(ID_FORM)) {
            problems.at(values.get("id"), "id '" + id.get() + "' is not of the form lower-case-words-with-hyphens",
                    "use a-z, 0-9 and '-', starting with a letter or digit, at most 64 characters");
            return Optional.empty();
        }
        id.ifPresent(i -> ids.define(i, kind, values.get("id")));
        return id;
    }

    Optional<PartialDate> date(String key, boolean required) {
        Optional<String> t = scalar(key, required, Shape.DATE, Shape.DATE.hint);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<PartialDate> d = PartialDate.parse(t.get());
            if (d.isEmpty()) {
                problems.at(values.get(key), "'" + t.get() + "' is not a date",
                        "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-01-17");
            }
            return d;
        } catch (IllegalArgumentException e) {
            problems.at(values.get(key), "impossible date '" + t.get() + "': " + e.getMessage(),
                    "check the month and day; write only the precision you know (YYYY or YYYY-MM)");
            return Optional.empty();
        }
    }

    Optional<Double> number(String key, boolean required) {
        return number(key, required, Shape.NUMBER);
    }

    private Optional<Double> number(String key, boolean required, Shape shape) {
        Node v = values.get(key);
        Optional<String> t = scalar(key, required, shape, shape.hint);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (((ScalarNode) v).getScalarStyle() == ScalarStyle.PLAIN) {
            try {
                double d = Double.parseDouble(t.get().replace("_", ""));
                if (Double.isFinite(d)) {
                    return Optional.of(d);
                }
                if (!Double.isNaN(d)) {
                    problems.at(v, "'" + key + "' is too large a number, found '" + t.get() + "'", "check the value");
                    return Optional.empty();
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problems.at(v, "'" + key + "' must be " + shape.name + ", found '" + t.get() + "'",
                shape == Shape.WHOLE_NUMBER ? "write a whole number in digits, without quotes, e.g. 20"
                        : "write a plain number without quotes or units, e.g. 4.9" + (unitKey ? "; put the unit in 'unit'" : ""));
        return Optional.empty();
    }

    OptionalInt integer(String key, boolean required) {
        Optional<Double> d = number(key, required, Shape.WHOLE_NUMBER);
        if (d.isEmpty()) {
            return OptionalInt.empty();
        }
        String written = ((ScalarNode) values.get(key)).getValue();
        if (d.get() != Math.rint(d.get())) {
            problems.at(values.get(key), "'" + key + "' must be a whole number, found " + written, "drop the fraction");
            return OptionalInt.empty();
        }
        if (Math.abs(d.get()) > Integer.MAX_VALUE) {
            problems.at(values.get(key), "'" + key + "' is too large, found " + written, "check the value");
            return OptionalInt.empty();
        }
        return OptionalInt.of(d.get().intValue());
    }

    /** As {@link #integer}, and at least {@code min} (a count, a number of years). */
    OptionalInt integer(String key, boolean required, int min, String meaning) {
        OptionalInt i = integer(key, required);
        if (i.isPresent() && i.getAsInt() < min) {
            problems.at(values.get(key), "'" + key + "' must be " + meaning + ", found " + i.getAsInt(), "check the value");
            return OptionalInt.empty();
        }
        return i;
    }

    <E extends Enum<E> & Word> Optional<E> word(String key, Class<E> vocabulary, boolean required) {
        Optional<String> t = scalar(key, required, Shape.WORD, "valid words: " + String.join(", ", Word.ids(vocabulary)));
        return t.flatMap(w -> checkWord(values.get(key), w, key, vocabulary));
    }

    /**
     * As {@link #word(String, Class, boolean)}, for a field that takes only some of the vocabulary's
     * words (evidence bears on a scored dimension, not {@code regional}): the hint lists only those,
     * and a word of the vocabulary that the field does not take is refused here, at the field.
     *
     * @param allowed the words the field takes
     * @param why     why a word of the vocabulary is refused, e.g. "evidence must bear on a scored dimension"
     */
    <E extends Enum<E> & Word> Optional<E> word(String key, Class<E> vocabulary, java.util.function.Predicate<E> allowed,
                                                String why, boolean required) {
        List<String> valid = java.util.Arrays.stream(vocabulary.getEnumConstants()).filter(allowed).map(Word::id).toList();
        Optional<String> t = scalar(key, required, Shape.WORD, "valid words: " + String.join(", ", valid));
        return t.flatMap(w -> {
            Optional<E> e = Word.parse(vocabulary, w);
            if (e.isEmpty()) {
                unknown(values.get(key), w, key, valid);
                return Optional.empty();
            }
            if (!allowed.test(e.get())) {
                problems.at(values.get(key), why + ", not " + e.get().id(), "valid: " + String.join(", ", valid));
                return Optional.empty();
            }
            return e;
        });
    }

    <E extends Enum<E> & Word> List<E> words(String key, Class<E> vocabulary, boolean required) {
        List<E> out = new ArrayList<>();
        for (Node item : sequence(key, required)) {
            if (item instanceof ScalarNode s) {
                String noun = key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
                checkWord(item, s.getValue(), noun, vocabulary).ifPresent(out::add);
            } else {
                problems.at(item, "each entry of '" + key + "' must be a single word, found " + describe(item),
                        "valid words: " + String.join(", ", Word.ids(vocabulary)));
            }
        }
        return out;
    }

    private <E extends Enum<E> & Word> Optional<E> checkWord(Node at, String w, String key, Class<E> vocabulary) {
        Optional<E> e = Word.parse(vocabulary, w);
        if (e.isEmpty()) {
            unknown(at, w, key, Word.ids(vocabulary));
        }
        return e;
    }

    /** Reports a word that is not among the valid ones, with the nearest of them and the list. */
    private void unknown(Node at, String w, String key, List<String> valid) {
        List<String> near = Spelling.nearest(w, valid, 1);
        problems.at(at, "unknown " + key.replace('_', ' ') + " '" + w + "'",
                (near.isEmpty() ? "" : "did you mean '" + near.get(0) + "'? ") + "valid: " + String.join(", ", valid));
    }

    /** Reads a list of ids that must be defined, as {@code kind}, somewhere in the file. */
    List<String> refs(String key, Ids.Kind kind, boolean requiredNonEmpty) {
        List<Node> items = sequence(key, requiredNonEmpty);
        if (requiredNonEmpty && values.get(key) instanceof SequenceNode && items.isEmpty()) {
            problems.at(values.get(key), "'" + key + "' must name at least one id", "every claim cites a source");
        }
        List<String> out = new ArrayList<>();
        for (Node item : items) {
            if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                ids.refer(s.getValue(), kind, item);
                out.add(s.getValue());
            } else {
                problems.at(item, "each entry of '" + key + "' must be an id, found " + describe(item), "write the id alone");
            }
        }
        return out;
    }

    /** Reads a list of mappings, each through {@code reader}; items that had problems are left out. */
    <T> List<T> list(String key, boolean requiredNonEmpty, Function<Node, Optional<T>> reader) {
        List<T> out = new ArrayList<>();
        List<Node> items = sequence(key, requiredNonEmpty);
        if (requiredNonEmpty && values.get(key) instanceof SequenceNode && items.isEmpty()) {
            problems.at(values.get(key), "'" + key + "' must have at least one entry", "add one");
        }
        for (Node item : items) {
            reader.apply(item).ifPresent(out::add);
        }
        return out;
    }

    List<Node> sequence(String key, boolean required) {
        Node v = values.get(key);
        if (v == null) {
            if (required) {
                missing(key);
            }
            return List.of();
        }
        if (v instanceof SequenceNode seq) {
            return seq.getValue();
        }
        problems.at(v, "'" + key + "' must be a list, found " + describe(v),
                "write one '- ' entry per line, or [a, b] on one line");
        return List.of();
    }

    /** YAML 1.2's core schema writes null in these ways; the reader's JSON schema knows only {@code null}. */
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

    /** @return whether the node is YAML null in any of its plain forms, so that each means "not given" alike */
    static boolean isNull(Node n) {
        return n instanceof ScalarNode s && (n.getTag().equals(Tag.NULL)
                || (s.getScalarStyle() == ScalarStyle.PLAIN && NULLS.contains(s.getValue())));
    }

    static String describe(Node n) {
        if (n instanceof MappingNode) {
            return "a mapping";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        String v = ((ScalarNode) n).getValue().replaceAll("\\s+", " ");
        // a whole file read as one string (a text file that is not YAML) is not repeated back in full
        return "'" + (v.length() > 60 ? v.substring(0, 57) + "...' (" + v.length() + " characters)" : v + "'");
    }
}
