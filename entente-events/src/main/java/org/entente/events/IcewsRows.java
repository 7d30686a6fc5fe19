package org.entente.events;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.entente.events.cameo.Cameo;

/**
 * ICEWS rows, located by the header's column names (so extra or reordered columns do not
 * matter). ICEWS has no quad class, mentions or tone: the quad class is GDELT's for the CAMEO
 * root, and Intensity stands for the Goldstein weight, as the ICEWS documentation describes it.
 */
final class IcewsRows extends RowReader {

    private static final List<String> NEEDED = List.of("Event ID", "Event Date", "Source Name", "Source Country",
            "CAMEO Code", "Intensity", "Target Name", "Target Country", "Publisher", "City", "Country");

    private final Countries countries;
    private final int[] at = new int[NEEDED.size()];
    private final int columns;

    IcewsRows(String header, Countries countries) {
        this.countries = countries;
        List<String> names = List.of(Fields.split(header, '\t'));
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < NEEDED.size(); i++) {
            at[i] = names.indexOf(NEEDED.get(i));
            if (at[i] < 0) {
                missing.add(NEEDED.get(i));
            }
        }
        if (!missing.isEmpty()) {
            throw new BadRowException("ICEWS header lacks the column(s) " + missing);
        }
        this.columns = names.size();
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
        return new Event(EventFormat.ICEWS, id, date, countries.fromName(f[at[3]]), f[at[2]],
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
