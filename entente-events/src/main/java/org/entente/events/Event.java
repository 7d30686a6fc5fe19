package org.entente.events;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One coded event, whatever file it came from. Actor countries are ISO 3166 alpha-3 codes from
 * the country cross-walk, empty when the actor has no state (a region, an IGO, an unnamed group)
 * or the code is not a state's.
 *
 * @param format     the file format it was read from
 * @param id         the event's id in its data set (GLOBALEVENTID, ICEWS Event ID)
 * @param date       the day the event happened (SQLDATE, Event Date)
 * @param actor1     the source actor's state, ISO3, or empty
 * @param actor1Name the source actor as coded (name, or code when the file has no name)
 * @param actor2     the target actor's state, ISO3, or empty
 * @param actor2Name the target actor as coded
 * @param code       the CAMEO event code, 2 to 4 digits
 * @param quadClass  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein  the Goldstein weight (ICEWS: Intensity), −10 … +10
 * @param mentions   GDELT NumMentions; empty for ICEWS
 * @param sources    GDELT NumSources; empty for ICEWS
 * @param articles   GDELT NumArticles; empty for ICEWS
 * @param tone       GDELT AvgTone; empty for ICEWS
 * @param place      where it happened (ActionGeo_FullName, ICEWS city and country), may be empty
 * @param url        the source document (GDELT SOURCEURL; ICEWS publisher), may be empty
 */
public record Event(EventFormat format, String id, LocalDate date, String actor1, String actor1Name,
                    String actor2, String actor2Name, String code, int quadClass, double goldstein,
                    OptionalInt mentions, OptionalInt sources, OptionalInt articles, OptionalDouble tone,
                    String place, String url) {

    /** Checks the values every rollup relies on. */
    public Event {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(date, "date");
        if (!code.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("CAMEO code '" + code + "' is not 2 to 4 digits");
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("QuadClass " + quadClass + " is not 1 to 4");
        }
        if (!(goldstein >= -10 && goldstein <= 10)) {
            throw new IllegalArgumentException("Goldstein value " + goldstein + " is outside -10 to 10");
        }
    }

    /** @return the two-digit CAMEO root code */
    public String root() {
        return code.substring(0, 2);
    }

    /** @return whether both actors are states, so the event belongs to a dyad */
    public boolean dyadic() {
        return !actor1.isEmpty() && !actor2.isEmpty();
    }
}
