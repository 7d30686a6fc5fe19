package org.entente.events;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entente.events.cameo.Cameo;

/**
 * ICEWS rows, tab-separated (the native files) or comma-separated (the icews R package's
 * layout), located by the header's column names (so extra or reordered columns, and the two
 * naming styles, do not matter). ICEWS has no quad class, mentions or tone: the quad class is GDELT's for the CAMEO
 * root, and Intensity stands for the Goldstein weight, as the ICEWS documentation describes it.
 */
final class IcewsRows extends RowReader {

    private static final List<String> NEEDED = List.of("Event ID", "Event Date", "Source Name", "Source Country",
            "CAMEO Code", "Intensity", "Target Name", "Target Country", "Publisher", "City", "Country");

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(false).build();

    private final Countries countries;
    private final EventFormat format;
    private final int[] at = new int[NEEDED.size()];
    private final int columns;

    /**
     * @param header the header line; column names are matched ignoring case, with spaces and
     *               underscores alike ({@code Event ID} and {@code event_id})
     * @param format {@link EventFormat#ICEWS} (tab-separated) or {@link EventFormat#ICEWS_CSV}
     */
    IcewsRows(String header, EventFormat format, Countries countries) {
        this.countries = countries;
        this.format = format;
        List<String> names = new ArrayList<>();
        for (String n : split(header)) {
            names.add(normal(n));
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < NEEDED.size(); i++) {
            at[i] = names.indexOf(normal(NEEDED.get(i)));
            if (at[i] < 0) {
                missing.add(NEEDED.get(i));
            }
        }
        if (!missing.isEmpty()) {
            throw new BadRowException("ICEWS header lacks the column(s) " + missing);
        }
        this.columns = names.size();
    }

    private static String normal(String name) {
        return name.trim().toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
    }

    @Override
    String[] split(String line) {
        if (format != EventFormat.ICEWS_CSV) {
            return Fields.split(line, '\t');
        }
        try (CSVParser p = CSVParser.parse(line, CSV)) {
            List<CSVRecord> records = p.getRecords();
            if (records.size() != 1) {
                throw new BadRowException("not one CSV record");
            }
            return records.get(0).values();
        } catch (java.io.IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new BadRowException("malformed CSV (an unterminated quote?): " + e.getMessage());
        }
    }

    @Override
    Event read(String[] f) {
        if (f.length != columns) {
            throw new BadRowException("wrong column count " + f.length + " (the header has " + columns + ")");
        }
        String id = Long.toString(longField(f, at[0], "Event ID"));
        java.time.LocalDate date = isoDate(f[at[1]], "Event Date");
        String code = code(f[at[4]], "CAMEO Code");
        double intensity = goldstein(number(f, at[5], "Intensity"), "Intensity");
        String place = join(f[at[9]], f[at[10]]);
        return new Event(format, id, date, countries.fromName(f[at[3]]), f[at[2]],
                countries.fromName(f[at[7]]), f[at[6]], code, Cameo.quadClass(code.substring(0, 2)), intensity,
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalDouble.empty(), place,
                missing(f[at[8]]) ? "" : f[at[8]]);
    }

    private static String join(String city, String country) {
        return missing(city) ? (missing(country) ? "" : country) : missing(country) ? city : city + ", " + country;
    }

    private static boolean missing(String s) {
        return s.isEmpty() || s.equals("NA");
    }
}
