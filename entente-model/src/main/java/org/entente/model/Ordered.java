package org.entente.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Maps that are written out (JSON, web pages) keep their entries in the order given, so that the
 * same input gives the same output on every run; {@code Map.of} iterates in an order that changes
 * from one JVM start to the next.
 */
public final class Ordered {

    private Ordered() {
    }

    /**
     * @param map a map
     * @return an unmodifiable copy that iterates in the map's own order
     */
    public static <K, V> Map<K, V> copyOf(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * @param keysAndValues a key (a string), then its value (not null), and so on
     * @return an unmodifiable map in that order
     * @throws IllegalArgumentException on an odd count, a key that is not a string, or a repeated key
     */
    public static Map<String, Object> map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs; found " + keysAndValues.length + " items");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (!(keysAndValues[i] instanceof String key)) {
                throw new IllegalArgumentException("key " + i / 2 + " is not a string: " + keysAndValues[i]);
            }
            if (out.put(key, Objects.requireNonNull(keysAndValues[i + 1], key)) != null) {
                throw new IllegalArgumentException("key '" + key + "' is given twice");
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
