package org.entente.events.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;

/**
 * The bundled CAMEO lookups: descriptions and Goldstein weights of the 311 event codes (GDELT's
 * lookup files), the CAMEO to PLOVER conversion, and CAMEO country codes by country name (for
 * ICEWS, which names countries in words). Sources and licences are in {@code PROVENANCE.md}
 * beside the files.
 */
public final class Cameo {

    private final Map<String, String> descriptions;
    private final Map<String, Double> goldstein;
    private final Map<String, String> plover;
    private final Map<String, String> countryByName;

    private Cameo(Map<String, String> descriptions, Map<String, Double> goldstein, Map<String, String> plover,
                  Map<String, String> countryByName) {
        this.descriptions = Map.copyOf(descriptions);
        this.goldstein = Map.copyOf(goldstein);
        this.plover = Map.copyOf(plover);
        this.countryByName = Map.copyOf(countryByName);
    }

    /** @return the lookups bundled in this module */
    public static Cameo bundled() {
        Map<String, String> descriptions = new HashMap<>();
        Map<String, Double> goldstein = new HashMap<>();
        Map<String, String> plover = new HashMap<>();
        Map<String, String> countries = new HashMap<>();
        read("CAMEO.eventcodes.txt", (no, line) -> tabbed(no, line, 2, f -> descriptions.put(f.get(0), f.get(1).strip())));
        read("CAMEO.goldsteinscale.txt", (no, line) -> tabbed(no, line, 2,
                f -> goldstein.put(f.get(0), Double.parseDouble(f.get(1)))));
        read("text_to_CAMEO_countrynames.txt", (no, line) -> tabbed(no + 1, line, 3,
                f -> countries.put(f.get(0).strip().toLowerCase(java.util.Locale.ROOT), f.get(1))));
        read("PLOVER_CAMEO2PLOVER-2021.txt", (no, line) -> {
            int colon = line.indexOf(':');
            if (!line.startsWith("#") && colon > 0 && line.substring(0, colon).matches("\\d{2,4}")) {
                String rest = line.substring(colon + 1);
                int hash = rest.indexOf('#');
                plover.put(line.substring(0, colon), (hash < 0 ? rest : rest.substring(0, hash)).strip());
            }
        });
        return new Cameo(descriptions, goldstein, plover, countries);
    }

    private static void tabbed(int lineNo, String line, int fields, java.util.function.Consumer<List<String>> use) {
        if (lineNo > 1 && !line.isBlank()) {
            List<String> f = List.of(line.split("\t", -1));
            if (f.size() < fields) {
                throw new IllegalStateException("bundled CAMEO lookup, line " + lineNo + ": expected " + fields
                        + " tab-separated fields in '" + line + "'");
            }
            use.accept(f);
        }
    }

    private static void read(String name, BiConsumer<Integer, String> line) {
        try (InputStream in = Cameo.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath; rebuild Entente");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int no = 0;
            for (String s = r.readLine(); s != null; s = r.readLine()) {
                line.accept(++no, s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled CAMEO lookup " + name, e);
        }
    }

    /**
     * @param code a CAMEO event code
     * @return its description, if the code is in the codebook
     */
    public Optional<String> describe(String code) {
        return Optional.ofNullable(descriptions.get(code));
    }

    /**
     * @param code a CAMEO event code
     * @return its Goldstein weight, if the code is in the codebook
     */
    public OptionalDouble goldstein(String code) {
        Double g = goldstein.get(code);
        return g == null ? OptionalDouble.empty() : OptionalDouble.of(g);
    }

    /**
     * @param code a CAMEO event code
     * @return its PLOVER event type, mode and context (e.g. {@code AGREE, , economic}), if mapped
     */
    public Optional<String> plover(String code) {
        return Optional.ofNullable(plover.get(code));
    }

    /**
     * @param name a country name as ICEWS writes it (e.g. {@code Russian Federation})
     * @return its CAMEO country code, if the dictionary knows the name
     */
    public Optional<String> countryCode(String name) {
        return Optional.ofNullable(countryByName.get(name.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    /** @return how many event codes the codebook holds */
    public int codes() {
        return descriptions.size();
    }

    /**
     * GDELT's quad class of a root code: 01–05 verbal cooperation (1), 06–09 material cooperation
     * (2), 10–14 verbal conflict (3), 15–20 material conflict (4) (GDELT Event Codebook 2.0, p. 5).
     *
     * @param root a two-digit root code, 01 to 20
     * @return the quad class, 1 to 4
     */
    public static int quadClass(String root) {
        int r = Integer.parseInt(root);
        if (r < 1 || r > 20) {
            throw new IllegalArgumentException("CAMEO root code '" + root + "' is not between 01 and 20");
        }
        return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
    }
}
