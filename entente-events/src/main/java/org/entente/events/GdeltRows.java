package org.entente.events;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * GDELT 1.0 (57 or 58 columns) and 2.0 (61 columns) rows. The two share their first 35 columns
 * (ids, dates, actors, event, counts, tone); GDELT 2.0's geography blocks have one more field
 * (ADM2Code), so ActionGeo_FullName and SOURCEURL sit at different places (GDELT Event Codebook
 * 1.0 and 2.0).
 */
final class GdeltRows extends RowReader {

    private final EventFormat format;
    private final Countries countries;

    GdeltRows(EventFormat format, Countries countries) {
        this.format = format;
        this.countries = countries;
    }

    @Override
    Event read(String[] f) {
        boolean v2 = format == EventFormat.GDELT2;
        if (v2 ? f.length != 61 : f.length != 57 && f.length != 58) {
            throw new BadRowException("wrong column count " + f.length + " (" + format.id() + " rows have "
                    + (v2 ? "61" : "57 or 58") + ")");
        }
        String id = Long.toString(longField(f, 0, "GLOBALEVENTID"));
        LocalDate date = compactDate(f[1], "SQLDATE");
        String code = code(f[26], "EventCode");
        if (!f[28].equals(code.substring(0, 2))) {
            throw new BadRowException("EventRootCode '" + clip(f[28]) + "' does not match EventCode " + code);
        }
        int quad = quad(f[29]);
        double goldstein = goldstein(number(f, 30, "GoldsteinScale"), "GoldsteinScale");
        OptionalInt mentions = count(f, 31, "NumMentions");
        OptionalInt sources = count(f, 32, "NumSources");
        OptionalInt articles = count(f, 33, "NumArticles");
        String place = f[v2 ? 52 : 50];
        String url = v2 ? f[60] : f.length == 58 ? f[57] : "";
        return new Event(format, id, date, countries.fromCameo(f[7]), name(f[6], f[5]), countries.fromCameo(f[17]),
                name(f[16], f[15]), code, quad, goldstein, mentions, sources, articles, tone(f, 34), place, url);
    }

    private static int quad(String s) {
        if (s.length() != 1 || s.charAt(0) < '1' || s.charAt(0) > '4') {
            throw new BadRowException("QuadClass '" + clip(s) + "' is not 1 to 4");
        }
        return s.charAt(0) - '0';
    }

    private static String name(String name, String code) {
        return name.isEmpty() ? code : name;
    }
}
