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

    private SpectrumConfig(Map<String, Double> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** @return the defaults shipped with Entente */
    public static SpectrumConfig defaults() {
        try (InputStream in = SpectrumConfig.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the classpath; rebuild Entente");
            }
            return new SpectrumConfig(flatten(BUNDLED, in));
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
        Map<String, Double> merged = new LinkedHashMap<>(defaults().values);
        try (InputStream in = Files.newInputStream(file)) {
            for (Map.Entry<String, Double> e : flatten(file.toString(), in).entrySet()) {
                if (!merged.containsKey(e.getKey())) {
                    throw new ConfigException(file + ": unknown setting '" + e.getKey() + "'"
                            + Spelling.nearest(e.getKey(), merged.keySet(), 1).stream().map(n -> "; did you mean '" + n + "'?")
                            .findFirst().orElse("; see config/spectrum.yaml for the settings"));
                }
                merged.put(e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the configuration: " + e.getMessage());
        }
        return new SpectrumConfig(merged);
    }

    private static Map<String, Double> flatten(String name, InputStream in) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().setLabel(name).build()).loadFromInputStream(in);
        } catch (YamlEngineException e) {
            throw new ConfigException(name + ": not valid YAML: " + e.getMessage());
        }
        Map<String, Double> out = new LinkedHashMap<>();
        if (root != null) {
            flatten(name, "", root, out);
        }
        return out;
    }

    private static void flatten(String name, String prefix, Object node, Map<String, Double> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(name, prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, out));
        } else if (node instanceof Number n) {
            out.put(prefix, n.doubleValue());
        } else {
            throw new ConfigException(name + ": setting '" + prefix + "' must be a number, found '" + node + "'");
        }
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
