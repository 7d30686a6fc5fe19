package org.entente.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entente.model.Spelling;
import org.entente.model.StateCatalog;
import org.entente.reference.data.BundleException;

/**
 * The bundled country cross-walk ({@code countries.csv}), looked up by any of its codes or by
 * name. See {@code docs/countries.md} for its sources and succession rules.
 */
public final class CountryTable implements StateCatalog {

    private static final String RESOURCE = "countries.csv";

    private final List<Country> rows;
    private final Map<String, Country> byIso = new LinkedHashMap<>();

    /**
     * An alpha-3 code may have several rows when ISO gives one code to states that COW counts
     * as two (DEU: Germany 255 and the Federal Republic 260); lookups by ISO code give the row
     * of the current state, the one without an end year.
     */
    private CountryTable(List<Country> countries) {
        this.rows = List.copyOf(countries);
        for (Country c : countries) {
            byIso.merge(c.iso3(), c, (a, b) -> b.toYear().isEmpty() && a.toYear().isPresent() ? b : a);
        }
    }

    /**
     * The COW code that stands for a state in a given year: for DEU, 260 (the Federal Republic)
     * up to 1990 and 255 after; for YEM, 678 (North Yemen) up to 1990 and 679 after.
     *
     * @param country a state
     * @param year    a year
     * @return its COW code that year, if it has one
     */
    public OptionalInt cowFor(Country country, int year) {
        OptionalInt alias = rows.stream()
                .filter(c -> c.iso3().equals(country.iso3()) && c.cowCode().isPresent())
                .filter(c -> c.fromYear().orElse(Integer.MIN_VALUE) <= year && year <= c.toYear().orElse(Integer.MAX_VALUE))
                .filter(c -> c.toYear().isPresent()) // an alias row for the year wins over the current state
                .mapToInt(c -> c.cowCode().getAsInt()).findFirst();
        return alias.isPresent() ? alias : country.cowCode();
    }

    /** @return the table bundled with Entente, read once (the table does not change once read) */
    public static CountryTable bundled() {
        return Bundled.TABLE;
    }

    /** Read on first use, by the class loader's lock. */
    private static final class Bundled {
        static final CountryTable TABLE = readBundled();
    }

    private static CountryTable readBundled() {
        try (InputStream in = CountryTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath; rebuild Entente");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + RESOURCE, e);
        }
    }

    /**
     * @param csv the table, with the header of {@code countries.csv}
     * @return the table
     * @throws IOException when the text cannot be read
     */
    static CountryTable read(Reader csv) throws IOException {
        List<Country> out = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord r : format.parse(csv)) {
            out.add(new Country(r.get("iso3"), r.get("name"), integer(r.get("cow_code")), text(r.get("cow_abb")),
                    text(r.get("un_code")), text(r.get("cameo_code")), text(r.get("fips")),
                    integer(r.get("from_year")), integer(r.get("to_year")), text(r.get("note"))));
        }
        return new CountryTable(out);
    }

    private static Optional<String> text(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    private static OptionalInt integer(String s) {
        return s == null || s.isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(s.strip()));
    }

    /** @return every row, in table order */
    public List<Country> all() {
        return rows;
    }

    /**
     * @param iso3 an alpha-3 code
     * @return the latest row with that code
     */
    public Optional<Country> byIso3(String iso3) {
        return Optional.ofNullable(byIso.get(iso3.toUpperCase(Locale.ROOT)));
    }

    /**
     * @param cow a Correlates of War numeric code
     * @return the country with that code
     */
    public Optional<Country> byCow(int cow) {
        return rows.stream().filter(c -> c.cowCode().isPresent() && c.cowCode().getAsInt() == cow).findFirst();
    }

    /**
     * @param country a state
     * @return every COW code it has had (two for DEU and YEM, one for most)
     */
    public java.util.Set<Integer> cowCodes(Country country) {
        return rows.stream().filter(c -> c.iso3().equals(country.iso3()) && c.cowCode().isPresent())
                .map(c -> c.cowCode().getAsInt()).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Finds the state a user means: an ISO alpha-3 code, a COW number or abbreviation, a name,
     * or the unique beginning of a name.
     *
     * @param input what the user typed
     * @return the state
     * @throws UnknownCountryException naming the nearest matches when there is none, or the
     *                                 candidates when the input is ambiguous
     */
    public Country resolve(String input) {
        String t = input.strip();
        String upper = t.toUpperCase(Locale.ROOT);
        Optional<Country> exact = byIso3(upper)
                .or(() -> t.matches("\\d{1,3}") ? byCow(Integer.parseInt(t)) : Optional.empty())
                .or(() -> rows.stream().filter(c -> c.name().equalsIgnoreCase(t)).findFirst())
                .or(() -> rows.stream().filter(c -> c.cowAbb().map(upper::equals).orElse(false)).findFirst())
                .or(() -> Optional.ofNullable(ALIASES.get(upper)).flatMap(this::byIso3));
        if (exact.isPresent()) {
            return exact.get();
        }
        // the start of a name, or of any word in it ("Korea" is in "North Korea" and "South Korea")
        List<Country> prefix = rows.stream().filter(c -> t.length() >= 3)
                .filter(c -> (" " + c.name().toUpperCase(Locale.ROOT)).contains(" " + upper))
                .filter(distinctIso()).toList();
        if (prefix.size() == 1) {
            return prefix.get(0);
        }
        if (prefix.size() > 1) {
            throw new UnknownCountryException("'" + input + "' matches several states",
                    prefix.stream().map(this::label).toList());
        }
        throw new UnknownCountryException("no state '" + input + "' in the country cross-walk", suggest(input));
    }

    /**
     * Other names users type for states, historical and current (USSR, Yugoslavia, West Germany,
     * DPRK, UK), upper-cased, to the ISO code whose row stands for them (aliases.csv, with a note each).
     */
    private static final String ALIASES_FILE = "aliases.csv";
    private static final Map<String, String> ALIASES = readAliases();

    private static Map<String, String> readAliases() {
        try (InputStream in = CountryTable.class.getResourceAsStream(ALIASES_FILE)) {
            if (in == null) {
                throw new IllegalStateException(ALIASES_FILE + " is missing from the classpath; rebuild Entente");
            }
            return readAliases(new InputStreamReader(in, StandardCharsets.UTF_8), ALIASES_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + ALIASES_FILE, e);
        }
    }

    /**
     * Reads the aliases as CSV (RFC 4180), so that a quoted name may hold a comma ("Korea,
     * Republic of", as ISO writes it).
     *
     * @param csv  the aliases, with the header {@code alias,iso3,note}
     * @param file the file's name, for errors
     * @return each alias, upper-cased, to its ISO code
     * @throws BundleException naming the file and line of a malformed row
     */
    static Map<String, String> readAliases(Reader csv, String file) {
        Map<String, String> out = new java.util.HashMap<>();
        long line = 1;
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
            if (!p.getHeaderNames().containsAll(List.of("alias", "iso3"))) {
                throw new BundleException(file, 1, "the header must name the columns alias and iso3, found " + p.getHeaderNames());
            }
            Iterator<CSVRecord> rows = p.iterator();
            for (line = p.getCurrentLineNumber() + 1; rows.hasNext(); line = p.getCurrentLineNumber() + 1) {
                CSVRecord r = rows.next();
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue;   // a blank line
                }
                if (!r.isSet("iso3") || r.get("alias").isBlank() || r.get("iso3").isBlank()) {
                    throw new BundleException(file, line, "an alias and an ISO code are needed, found " + r.values().length
                            + " field(s): " + String.join(",", r.values()));
                }
                out.put(r.get("alias").strip().toUpperCase(Locale.ROOT), r.get("iso3").strip());
            }
        } catch (IOException e) {
            throw new BundleException(file, line, "not readable as CSV: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new BundleException(file, line, "not readable as CSV: " + e.getCause().getMessage());
        }
        return Map.copyOf(out);
    }

    private static java.util.function.Predicate<Country> distinctIso() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return c -> seen.add(c.iso3());
    }

    @Override
    public boolean isKnown(String iso3) {
        return byIso.containsKey(iso3);
    }

    @Override
    public List<String> suggest(String input) {
        String upper = input.toUpperCase(Locale.ROOT);
        List<String> names = byIso.values().stream().map(Country::name).toList();
        List<String> viaName = Spelling.nearest(input, names, 3).stream()
                .flatMap(n -> byIso.values().stream().filter(c -> c.name().equals(n))).map(this::label).toList();
        List<String> viaCode = Spelling.nearest(upper, byIso.keySet(), 3).stream().map(byIso::get).map(this::label).toList();
        List<String> viaPrefix = byIso.values().stream()
                .filter(c -> c.name().toUpperCase(Locale.ROOT).startsWith(upper) && upper.length() >= 3)
                .map(this::label).toList();
        List<String> viaAlias = Spelling.nearest(upper, ALIASES.keySet(), 2).stream().map(ALIASES::get).map(byIso::get)
                .filter(java.util.Objects::nonNull).map(this::label).toList();
        List<String> viaLetters = byIso.values().stream().filter(c -> abbreviates(upper, c.name())).map(this::label)
                .limit(2).toList();
        return Stream.of(viaPrefix, viaLetters, viaName, viaAlias, viaCode).flatMap(List::stream).distinct().limit(5)
                .toList();
    }

    /**
     * @return whether a code-like input (three or four letters) could abbreviate the name as codes
     * are made up: the name's first letter, then the others in the name's order ("NKR" for North
     * Korea, "GRM" for Germany)
     */
    static boolean abbreviates(String code, String name) {
        String n = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        if (!code.matches("[A-Z]{3,4}") || n.isEmpty() || n.charAt(0) != code.charAt(0)) {
            return false;
        }
        int at = 1;
        for (int i = 1; i < code.length(); i++) {
            at = n.indexOf(code.charAt(i), at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }

    private String label(Country c) {
        return c.iso3() + " (" + c.name() + ")";
    }
}
