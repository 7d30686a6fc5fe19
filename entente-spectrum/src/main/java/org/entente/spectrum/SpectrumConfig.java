package org.entente.spectrum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.model.Spelling;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Every weight and threshold of the spectrum model, read from {@code spectrum.yaml} and held
 * flat by dotted name ({@code bands.st_overall}). A user's file may set any subset; it is laid
 * over the bundled defaults, and an unknown name or a value that is not a number is refused
 * with the file and the name.
 */
public final class SpectrumConfig {

    private static final String BUNDLED = "spectrum.yaml";

    private final Map<String, Double> values;
    private final String source;

    private SpectrumConfig(Map<String, Double> values, String source) {
        this.values = Collections.unmodifiableMap(values);
        this.source = source;
    }

    /** @return where the settings come from: the configuration file given, or the bundled defaults */
    public String source() {
        return source;
    }

    /** @return the defaults shipped with Entente */
    public static SpectrumConfig defaults() {
        try (InputStream in = SpectrumConfig.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the classpath; rebuild Entente");
            }
            return new SpectrumConfig(flatten(BUNDLED, in, java.util.Set.of()), "the bundled " + BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param file a user's configuration file
     * @return the defaults with the file's values laid over them
     * @throws ConfigException naming the file and the entry when an entry is unknown or not a number
     */
    public static SpectrumConfig load(Path file) {
        if (Files.isDirectory(file)) {
            throw new ConfigException(file + ": cannot read the configuration (it is a folder); give a YAML file "
                    + "such as a copy of config/spectrum.yaml");
        }
        Map<String, Double> merged = new LinkedHashMap<>(defaults().values);
        try (InputStream in = Files.newInputStream(file)) {
            for (Map.Entry<String, Double> e : flatten(file.toString(), in, merged.keySet()).entrySet()) {
                if (!merged.containsKey(e.getKey())) {
                    throw new ConfigException(file + ": unknown setting '" + e.getKey() + "'"
                            + Spelling.nearest(e.getKey(), merged.keySet(), 1).stream().map(n -> "; did you mean '" + n + "'?")
                            .findFirst().orElse("; see config/spectrum.yaml for the settings"));
                }
                merged.put(e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the configuration ("
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage())
                    + "); give a YAML file such as a copy of config/spectrum.yaml");
        }
        checkRanges(file, merged);
        return new SpectrumConfig(merged, file.toString());
    }

    /**
     * A setting's allowed values. Outside them the model gives nonsense, e.g. an overall score of
     * 112 with the interval upside down, or NaN everywhere.
     *
     * @param prefix    the settings it covers: one name, or a section ending in '.'
     * @param min       the least value
     * @param max       the greatest value
     * @param positive  whether min itself is excluded
     * @param meaning   what the values are, for the message
     */
    private record Range(String prefix, double min, double max, boolean positive, String meaning) {
    }

    private static final java.util.List<Range> RANGES = java.util.List.of(
            new Range("evidence.half_life_years", 0, 1000, true, "a number of years above 0"),
            new Range("data.half_life_years", 0, 1000, true, "a number of years above 0"),
            new Range("data.arms_volume_full", 0, Double.MAX_VALUE, true, "a volume above 0"),
            new Range("commitment.share_in_overall", 0, 1, false, "a share from 0 to 1"),
            new Range("commitment.unconfirmed_factor", 0, 1, false, "a factor from 0 to 1"),
            new Range("commitment.binding.", 0, 1, false, "a factor from 0 to 1"),
            new Range("evidence.ungraded", 0, 1, false, "a factor from 0 to 1"),
            new Range("evidence.reliability_letter.", 0, 1, false, "a factor from 0 to 1"),
            new Range("evidence.credibility_digit.", 0, 1, false, "a factor from 0 to 1"),
            new Range("evidence.target_", 0, 100, false, "a score from 0 to 100"),
            new Range("dimensions.prior_center", 0, 100, false, "a score from 0 to 100"),
            new Range("commitment.obligation.", 0, 100, false, "a score from 0 to 100"),
            new Range("bands.st_breadth", 0, 6, false, "a number of dimensions from 0 to 6"),
            new Range("bands.alignment_breadth", 0, 6, false, "a number of dimensions from 0 to 6"),
            new Range("bands.", 0, 100, false, "a score from 0 to 100"),
            new Range("bootstrap.samples", 1, 1_000_000, false, "a number of resamples from 1 to 1,000,000"),
            new Range("bootstrap.seed", -Double.MAX_VALUE, Double.MAX_VALUE, false, "a number"),
            new Range("events.quarters", 1, 40, false, "a whole number of quarters from 1 to 40"),
            new Range("", 0, Double.MAX_VALUE, false, "a number of 0 or more"));

    private static void checkRanges(Path file, Map<String, Double> values) {
        for (Map.Entry<String, Double> e : values.entrySet()) {
            Range r = RANGES.stream().filter(x -> e.getKey().startsWith(x.prefix())).findFirst().orElseThrow();
            double v = e.getValue();
            boolean whole = e.getKey().equals("events.quarters");
            if (!Double.isFinite(v) || v < r.min() || v > r.max() || r.positive() && v == r.min() || whole && v != Math.rint(v)) {
                throw new ConfigException(file + ": setting '" + e.getKey() + "' is " + format(v) + "; it must be "
                        + r.meaning() + " (config/spectrum.yaml says what each setting does)");
            }
        }
        // the bands are tried from the top: each band's bar must not sit below the next band down's
        String[][] order = {
            {"bands.adversarial_below", "bands.st_overall"},
            {"bands.st_overall", "bands.alignment_overall"},
            {"bands.st_breadth", "bands.alignment_breadth"},
            {"bands.alignment_commitment", "bands.alliance_commitment"}};
        for (String[] o : order) {
            if (values.get(o[0]) > values.get(o[1])) {
                throw new ConfigException(file + ": setting '" + o[0] + "' is " + format(values.get(o[0])) + ", above '"
                        + o[1] + "' (" + format(values.get(o[1])) + "); the bands would overlap, so that a partnership "
                        + "could meet a higher band's bar and not a lower one's; keep '" + o[0] + "' at or below '" + o[1] + "'");
            }
        }
        checkPrior(file, values);
        double weights = values.entrySet().stream().filter(e -> e.getKey().startsWith("dimensions.weights."))
                .mapToDouble(Map.Entry::getValue).sum();
        if (weights <= 0) {
            throw new ConfigException(file + ": the settings 'dimensions.weights' are all 0; at least one dimension "
                    + "needs a weight above 0");
        }
    }

    /**
     * A dimension's score is a weighted mean whose weights are the prior's, its evidence items' and
     * its data's. With the prior at 0, a dimension with no evidence and no data has no weight at all,
     * so no score (0 / 0); energy-nuclear has no data signal, so any case without evidence on it
     * hits this. A prior above 0 keeps every score defined.
     */
    private static void checkPrior(Path file, Map<String, Double> values) {
        if (values.get("dimensions.prior_weight") > 0) {
            return;
        }
        boolean nothing = values.entrySet().stream().filter(e -> e.getKey().startsWith("evidence.strength.")
                || e.getKey().equals("data.weight") || e.getKey().equals("events.weight")).allMatch(e -> e.getValue() == 0);
        throw new ConfigException(file + ": setting 'dimensions.prior_weight' is 0, so a dimension with no evidence and "
                + "no data has no score (energy-nuclear has no data signal)" + (nothing ? "; with 'evidence.strength' "
                + "(weak, moderate, strong), 'data.weight' and 'events.weight' all 0 too, no dimension has one" : "")
                + "; give 'dimensions.prior_weight' a value above 0 (the default is 2)");
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** Deeper than a configuration needs: config/spectrum.yaml nests three levels. */
    private static final int MAX_DEPTH = 10;

    /**
     * @param known the dotted names of the settings, which tell a section (such as {@code dimensions})
     *              from one number; empty for the bundled file itself
     */
    private static Map<String, Double> flatten(String name, InputStream in, java.util.Set<String> known) {
        LoadSettings settings = LoadSettings.builder().setLabel(name).build();
        Object root;
        try {
            String text;
            try {
                text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new ConfigException(name + ": not UTF-8 text; save the configuration as UTF-8 (a copy of "
                        + "config/spectrum.yaml is)");
            }
            shallow(name, settings, text);
            root = new Load(settings).loadFromString(text);
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot read the configuration (" + e.getMessage() + ")");
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            int col = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(1);
            String problem = (e.getContext() == null ? "" : e.getContext() + ", ") + e.getProblem();
            String hint = problem.contains("duplicate key") ? "give each setting once"
                    : problem.contains("another document") ? "a configuration is one YAML document: remove the '---' line"
                    : "check indentation and brackets on this line and the one before (config/spectrum.yaml shows the shape)";
            throw new ConfigException(name + ":" + line + ":" + col + ": not valid YAML: " + problem + "; " + hint);
        } catch (YamlEngineException e) {
            throw new ConfigException(name + ": not valid YAML: " + e.getMessage());
        }
        Map<String, Double> out = new LinkedHashMap<>();
        if (root != null) {
            flatten(name, "", root, known, out);
        }
        return out;
    }

    /**
     * Refuses lists and maps nested deeper than {@link #MAX_DEPTH}, reading the parser's events in
     * a loop before the tree is built: building it recurses once per level.
     */
    private static void shallow(String name, LoadSettings settings, String text) {
        int depth = 0;
        for (Event e : new Parse(settings).parseString(text)) {
            Event.ID id = e.getEventId();
            if (id == Event.ID.SequenceStart || id == Event.ID.MappingStart) {
                if (++depth > MAX_DEPTH) {
                    String at = e.getStartMark().map(m -> ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse("");
                    throw new ConfigException(name + at + ": lists and maps nested more than " + MAX_DEPTH
                            + " levels deep; a configuration nests three (see config/spectrum.yaml)");
                }
            } else if (id == Event.ID.SequenceEnd || id == Event.ID.MappingEnd) {
                depth--;
            }
        }
    }

    private static void flatten(String name, String prefix, Object node, java.util.Set<String> known,
                                Map<String, Double> out) {
        boolean section = !prefix.isEmpty() && known.stream().anyMatch(k -> k.startsWith(prefix + "."));
        if (node instanceof Map<?, ?> map && !known.contains(prefix)) {
            map.forEach((k, v) -> flatten(name, prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, known, out));
        } else if (node instanceof Number n && !section) {
            out.put(prefix, n.doubleValue());
        } else if (section) {   // a section of settings, such as 'dimensions', given a list or a number
            throw new ConfigException(name + ": setting '" + prefix + "' must be a mapping of settings, found "
                    + shape(node) + "; write its settings indented under it, as config/spectrum.yaml does");
        } else {
            throw new ConfigException(name + ": setting '" + prefix + "' must be a number, found " + shape(node));
        }
    }

    private static String shape(Object node) {
        if (node instanceof Map<?, ?>) {
            return "a mapping";
        }
        if (node instanceof java.util.List<?>) {
            return "a list";
        }
        return node == null ? "nothing" : "'" + node + "'";
    }

    /**
     * @param key a dotted name such as {@code bands.st_overall}
     * @return its value
     */
    public double get(String key) {
        Double v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no setting " + key + " in the spectrum configuration");
        }
        return v;
    }

    /** @return every setting by dotted name, for display */
    public Map<String, Double> values() {
        return values;
    }

    /** A configuration file that cannot be used; the message names the file and the setting. */
    public static final class ConfigException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConfigException(String message) {
            super(message);
        }
    }
}
